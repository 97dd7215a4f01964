import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Config } from '../../server/config.ts';
import { createApp } from '../../server/http/app.ts';
import type { Db } from '../../server/neo4j/client.ts';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the app on a free loopback port. */
export async function serve(db: Db, config: Config): Promise<TestServer> {
  const server: Server = await new Promise((resolve) => {
    const listening = createApp({ db, config }).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
