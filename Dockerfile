# The explorer's image for docker-compose.yml; Neo4j runs in its own container (NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-fund --no-audit
COPY . .
RUN npm run build
EXPOSE 3000
CMD ["npx", "tsx", "server/cli/start.ts"]
