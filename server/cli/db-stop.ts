import { loadConfig } from '../config.ts';
import { localServer, stopLocalNeo4j } from '../neo4j/local-server.ts';
import { runMain } from './main.ts';

runMain(async () => {
  const config = loadConfig();
  const stopped = await stopLocalNeo4j(config);
  console.log(stopped ? 'Stopped the local Neo4j.' : `No local Neo4j is running in ${localServer(config).dir}.`);
});
