/**
 * `npm run bench:api [-- --articles N --seconds S]`: generates a corpus (10,000 articles), imports it
 * into a throw-away Neo4j (or uses NEO4J_URI, importing only if it holds no articles), serves the API
 * and loads it with autocannon, 20 connections: the neighbourhood at depth 2 of a hub and of an actor of
 * median degree, and the overview at limit=500. Then the same work without HTTP (the service functions
 * straight on the driver, so without the answer cache), for the ratio of endpoint latency to bare driver
 * latency. One request alone (computed, not cached) is timed first, endpoint and driver, for the ratio
 * without the cache.
 */
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { relationTypes } from '../server/extract/schema.ts';
import { createApp } from '../server/http/app.ts';
import { filteredGraph, neighborhood } from '../server/http/graph.ts';
import { GraphFilters } from '../server/http/inputs.ts';
import { benchDatabase, ensureCorpus } from './support.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '10' } } });
const seconds = Number(values.seconds);
const connections = 20;

interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
}

/** Loads one path from a worker thread, so that the load generator does not share the server's event loop. */
async function loadEndpoint(url: string): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: seconds, workers: 1 });
  if (result.non2xx > 0 || result.errors > 0) console.log(`  (${result.non2xx} non-2xx answers, ${result.errors} errors or timeouts for ${url})`);
  return { p50: result.latency.p50, p99: result.latency.p99, perSecond: result.requests.average };
}

/** The same work as an endpoint, called in-process by `connections` concurrent workers, without HTTP. */
async function loadDirect(work: (index: number) => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const began = performance.now();
      await work(next++);
      latencies.push(performance.now() - began);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))]!;
  return { p50: at(0.5), p99: at(0.99), perSecond: latencies.length / seconds };
}

const loadAverage = () => `load average ${os.loadavg().map((load) => load.toFixed(2)).join(', ')}`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const began = performance.now();
  await work();
  return performance.now() - began;
}

/** One request alone, the first for its path (the answer cache computes it), and the same work on the driver. */
async function reportAlone(url: string, work: () => Promise<unknown>): Promise<void> {
  const endpoint = await timed(async () => {
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
  });
  const direct = await timed(work);
  console.log(`  one request alone, computed: endpoint ${endpoint.toFixed(1)} ms, driver ${direct.toFixed(1)} ms, ratio ×${(endpoint / direct).toFixed(2)}`);
}

function report(name: string, endpoint: Figures, direct: Figures, target: string): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`\n${name}  (${target})`);
  console.log(`  HTTP endpoint  : p50 ${ms(endpoint.p50)}, p99 ${ms(endpoint.p99)}, ${endpoint.perSecond.toFixed(0)} req/s`);
  console.log(`  driver, no HTTP (no cache): p50 ${ms(direct.p50)}, p99 ${ms(direct.p99)}, ${direct.perSecond.toFixed(0)} calls/s`);
  console.log(`  ratio endpoint (cached) / driver: p50 ×${(endpoint.p50 / direct.p50).toFixed(2)}, p99 ×${(endpoint.p99 / direct.p99).toFixed(2)}`);
}

const bench = await benchDatabase();
const { db, config } = bench;
const server = createApp({ db, config }).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
try {
  await ensureCorpus(db, Number(values.articles));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const [stats] = await db.read('api/stats');
  console.log(`graph: ${JSON.stringify(stats!.labels)} ${JSON.stringify(stats!.relationships)}; ${loadAverage()}`);

  // Centres: the most connected actor (a hub: its neighbourhood is the heaviest to compute) and one of median degree.
  const ranked = (await filteredGraph(db, GraphFilters.parse({ limit: '5000' }))).nodes;
  const centres = { hub: ranked[0]!, median: ranked[Math.floor(ranked.length / 2)]! };
  const options = { depth: 2, types: [...relationTypes], limit: 100 };

  for (const [role, actor] of Object.entries(centres)) {
    const path = `/api/actors/${actor.id}/neighborhood?depth=2`;
    const sample = await neighborhood(db, [actor.id], options);
    console.log(`\n${role}: ${actor.id} (degree ${actor.degree}): ${sample.total.nodes} actors and ${sample.total.edges} edges within depth 2, ${sample.nodes.length} actors and ${sample.edges.length} edges shown`);
    const work = () => neighborhood(db, [actor.id], options);
    await reportAlone(url + path, work);
    report(
      `GET ${path}, ${connections} connections`,
      await loadEndpoint(url + path),
      await loadDirect(work),
      'target: p99 ≤ 50 ms, ≥ 300 req/s',
    );
  }

  const graphFilters = GraphFilters.parse({ limit: '500' });
  const overview = () => filteredGraph(db, graphFilters);
  console.log('\noverview (limit=500)');
  await overview(); // query plans
  await reportAlone(`${url}/api/graph?limit=500`, overview);
  report(
    `GET /api/graph?limit=500, ${connections} connections`,
    await loadEndpoint(`${url}/api/graph?limit=500`),
    await loadDirect(overview),
    'target: p99 ≤ 200 ms',
  );
  console.log(`\n${loadAverage()} (the machine's other work competes for its ${os.cpus().length} cores)`);
} finally {
  server.close();
  await bench.close();
}
