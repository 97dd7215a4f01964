import type { Server } from 'node:http';
import { loadConfig } from '../config.ts';
import { createApp } from '../http/app.ts';
import { openDatabase } from '../neo4j/open.ts';
import { runMain } from './main.ts';

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

runMain(async () => {
  const config = loadConfig();
  const began = Date.now();
  const { db, description, stopStartedServer } = await openDatabase(config);
  const server = await listen(createApp({ db, config }), config.PORT, config.HOST);
  console.log(`Database: ${description}`);
  console.log(`Explorer on http://${config.HOST}:${config.PORT} (ready in ${((Date.now() - began) / 1000).toFixed(1)} s; Ctrl-C stops it)`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await db.close();
    await stopStartedServer();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
