/**
 * `npm run bench:api [-- --articles N --seconds S]`: generates a corpus (10,000 articles), imports it
 * into a throw-away Neo4j (or uses NEO4J_URI, importing only if it holds no articles), serves the API
 * and loads it with autocannon, 20 connections: the neighbourhood at depth 2 of a hub and of an actor of
 * median degree, and the overview at limit=500. Then the same work without HTTP (the service functions
 * straight on the driver, so without the answer cache), for the ratio of endpoint latency to bare driver
 * latency. One request alone (computed, not cached) is timed first, endpoint and driver, for the ratio
 * without the cache. Ends with the first-request figures (bench/first-requests.ts: computed, service functions on the
 * driver) and one `BENCH {json}` line.
 */
import autocannon from 'autocannon';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { relationTypes } from '../server/extract/schema.ts';
import { filteredGraph, neighborhood } from '../server/http/graph.ts';
import { GraphFilters } from '../server/http/inputs.ts';
import { firstRequestFigures } from './first-requests.ts';
import { benchApp, ensureCorpus, timed } from './support.ts';

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

function report(name: string, endpoint: Figures, direct: Figures, target: string): Figures {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`\n${name}  (${target})`);
  console.log(`  HTTP endpoint  : p50 ${ms(endpoint.p50)}, p99 ${ms(endpoint.p99)}, ${endpoint.perSecond.toFixed(0)} req/s`);
  console.log(`  driver, no HTTP (no cache): p50 ${ms(direct.p50)}, p99 ${ms(direct.p99)}, ${direct.perSecond.toFixed(0)} calls/s`);
  console.log(`  ratio endpoint (cached) / driver: p50 ×${(endpoint.p50 / direct.p50).toFixed(2)}, p99 ×${(endpoint.p99 / direct.p99).toFixed(2)}`);
  return endpoint;
}

/** `prefix_p50_ms`, `prefix_p99_ms`, `prefix_rps` of the endpoint under load. */
function underLoad(prefix: string, { p50, p99, perSecond }: Figures): Record<string, number> {
  return { [`${prefix}_p50_ms`]: p50, [`${prefix}_p99_ms`]: p99, [`${prefix}_rps`]: Math.round(perSecond) };
}

const bench = await benchApp();
const { db, url } = bench;
try {
  await ensureCorpus(db, values.articles!);
  const [stats] = await db.read('api/stats');
  console.log(`graph: ${JSON.stringify(stats!.labels)} ${JSON.stringify(stats!.relationships)}; ${loadAverage()}`);

  // Centres: the most connected actor (a hub: its neighbourhood is the heaviest to compute) and one of median degree.
  const ranked = (await filteredGraph(db, GraphFilters.parse({ limit: '5000' }))).nodes;
  const centres = { hub: ranked[0]!, median: ranked[Math.floor(ranked.length / 2)]! };
  const options = { depth: 2, types: [...relationTypes], limit: 100 };
  const loaded: Record<string, number> = {};

  for (const [role, actor] of Object.entries(centres)) {
    const path = `/api/actors/${actor.id}/neighborhood?depth=2`;
    const sample = await neighborhood(db, [actor.id], options);
    console.log(`\n${role}: ${actor.id} (degree ${actor.degree}): ${sample.total.nodes} actors and ${sample.total.edges} edges within depth 2, ${sample.nodes.length} actors and ${sample.edges.length} edges shown`);
    const work = () => neighborhood(db, [actor.id], options);
    await reportAlone(url + path, work);
    const endpoint = report(
      `GET ${path}, ${connections} connections`,
      await loadEndpoint(url + path),
      await loadDirect(work),
      'target: p99 ≤ 50 ms, ≥ 300 req/s',
    );
    Object.assign(loaded, underLoad(role, endpoint));
  }

  const graphFilters = GraphFilters.parse({ limit: '500' });
  const overview = () => filteredGraph(db, graphFilters);
  console.log('\noverview (limit=500)');
  await overview(); // query plans
  await reportAlone(`${url}/api/graph?limit=500`, overview);
  const overviewLoaded = report(
    `GET /api/graph?limit=500, ${connections} connections`,
    await loadEndpoint(`${url}/api/graph?limit=500`),
    await loadDirect(overview),
    'target: p99 ≤ 200 ms',
  );
  Object.assign(loaded, underLoad('overview', overviewLoaded));

  const first = await firstRequestFigures(db);
  console.log('\nfirst requests, computed (service functions on the driver, no answer cache; median of 3, target ≤ 300 ms for views, ≤ 150 ms for the hub):');
  for (const [key, ms] of Object.entries(first)) console.log(`  ${key.padEnd(22)} ${ms.toFixed(1)} ms`);
  console.log(`\n${loadAverage()} (the machine's other work competes for its ${os.cpus().length} cores)`);
  const articles = (stats!.labels as { Article: number }).Article;
  const load = os.loadavg().map((value) => Number(value.toFixed(2)));
  console.log(`BENCH ${JSON.stringify({ name: 'api', articles, ...first, ...loaded, connections, load_average: load, cores: os.cpus().length })}`);
} finally {
  await bench.close();
}
