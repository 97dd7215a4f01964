import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * The web explorer. `npm run build` writes dist/client, which the server serves at /.
 * In development (`npx vite --config client/vite.config.ts`) /api goes to EXPLORER_API
 * (default http://127.0.0.1:3000, a running `npm start`).
 */
export default defineConfig({
  root: clientRoot,
  build: {
    outDir: path.resolve(clientRoot, '../dist/client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    fs: { allow: [path.resolve(clientRoot, '..')] },
    proxy: { '/api': process.env.EXPLORER_API ?? 'http://127.0.0.1:3000' },
  },
});
