import { loadConfig } from '../config.ts';
import { localPasswordFile } from '../neo4j/local-password.ts';
import { describe, localServer, startLocalNeo4j } from '../neo4j/local-server.ts';
import { runMain } from './main.ts';

runMain(async () => {
  const config = loadConfig();
  if (config.NEO4J_URI) {
    console.log(`NEO4J_URI is set (${config.NEO4J_URI}): nothing to start.`);
    return;
  }
  const server = localServer(config);
  const began = Date.now();
  const { pid, started } = await startLocalNeo4j(config);
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  console.log(started ? `Started ${describe(server)}, pid ${pid}, in ${seconds} s.` : `Already running: ${describe(server)}, pid ${pid}.`);
  if (!config.NEO4J_PASSWORD) console.log(`User ${config.NEO4J_USER}; its password is in ${localPasswordFile(config)}.`);
});
