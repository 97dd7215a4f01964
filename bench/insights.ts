/**
 * `npm run bench:insights [-- --articles N --runs R]`: balance and blocs on the 500-actor overview of the generated
 * graph (10,000 articles, imported into a throw-away Neo4j unless NEO4J_URI holds articles). Each run reads the view
 * and computes the metric, as GET /api/insights/<name>?limit=500 does without its answer cache; one HTTP request
 * alone (computed, not cached) is timed too. Target: ≤ 1 s.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { drawnGraph, type CountedEdge } from '../server/http/graph.ts';
import { GraphFilters } from '../server/http/inputs.ts';
import { balanceOf } from '../server/insights/balance.ts';
import { blocsOf } from '../server/insights/blocs.ts';
import { signedTies } from '../server/insights/signs.ts';
import { benchApp, ensureCorpus, timed } from './support.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const metrics: Record<string, (edges: CountedEdge[]) => unknown> = { balance: (edges) => balanceOf(signedTies(edges)), blocs: blocsOf };

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

const bench = await benchApp();
const { db, url } = bench;
try {
  await ensureCorpus(db, values.articles!);
  const filters = GraphFilters.parse({ limit: '500' });
  const view = await drawnGraph(db, filters); // warms the query plans
  const ties = signedTies(view.edges);
  console.log(`overview: ${view.nodes.length} actors, ${view.edges.length} edges, ${ties.length} signed ties`);

  const figures: Record<string, number> = {};
  for (const [name, compute] of Object.entries(metrics)) {
    const http = await timed(async () => {
      const response = await fetch(`${url}/api/insights/${name}?limit=500`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${name}: ${response.status}`);
    });
    const whole: number[] = [];
    const computeOnly: number[] = [];
    for (let run = 0; run < runs; run++) {
      whole.push(await timed(async () => compute((await drawnGraph(db, filters)).edges)));
      computeOnly.push(await timed(() => compute(view.edges)));
    }
    console.log(
      `${name}: one HTTP request alone ${http.toFixed(0)} ms; view + metric median ${median(whole).toFixed(0)} ms, max ${Math.max(...whole).toFixed(0)} ms; metric alone median ${median(computeOnly).toFixed(1)} ms (target ≤ 1000 ms)`,
    );
    Object.assign(figures, { [`${name}HttpMs`]: Math.round(http), [`${name}MedianMs`]: Math.round(median(whole)), [`${name}MaxMs`]: Math.round(Math.max(...whole)), [`${name}ComputeMs`]: Number(median(computeOnly).toFixed(1)) });
  }
  const load = os.loadavg().map((value) => Number(value.toFixed(2)));
  console.log(`load average ${load.join(', ')} on ${os.cpus().length} cores`);
  console.log(`BENCH ${JSON.stringify({ name: 'insights', actors: view.nodes.length, edges: view.edges.length, ties: ties.length, ...figures, load })}`);
} finally {
  await bench.close();
}
