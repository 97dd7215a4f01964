/**
 * `npm run bench:ui`: the explorer page in headless Chromium on synthetic graphs.
 * - first render: navigation until 1,000 actors and 5,000 relations are drawn and laid out, median of 5 (goal ≤ 3 s);
 * - pan and zoom: frames per second while dragging and wheel-zooming 2,000 actors and 10,000 relations (goal ≥ 30).
 * The page is the built client (run `npm run build` first), served with its /api answers (the synthetic graph) by one local server.
 */
import express from 'express';
import fs from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { clientDist } from '../server/http/app.ts';
import { openBrowser } from '../tests/support/browser.ts';

const KINDS = ['state', 'armed_group', 'organization', 'person'];
const TYPES = ['supports', 'opposes', 'negotiates'];

/** A deterministic pseudo-random generator (mulberry32), so every run draws the same graph. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A graph shaped like news data: a few hubs with many relations (preferential attachment), many actors with few. */
export function syntheticGraph(actorCount: number, edgeCount: number) {
  const next = random(actorCount * 31 + edgeCount);
  const ids = Array.from({ length: actorCount }, (_, index) => `actor-${index}`);
  const ends: string[] = [];
  const edges = new Map<string, { id: string; source: string; target: string; type: string; weight: number; claims: number; articles: number; first_seen: string; last_seen: string }>();
  while (edges.size < edgeCount) {
    const source = ends.length && next() < 0.7 ? ends[Math.floor(next() * ends.length)]! : ids[Math.floor(next() * actorCount)]!;
    const target = ids[Math.floor(next() * actorCount)]!;
    if (source === target) continue;
    const type = TYPES[Math.floor(next() * TYPES.length)]!;
    const id = `${source}|${type}|${target}`;
    if (edges.has(id)) continue;
    const weight = 1 + Math.floor(next() ** 3 * 12);
    edges.set(id, { id, source, target, type, weight, claims: weight, articles: Math.ceil(weight / 2), first_seen: '2019-03', last_seen: '2024-11' });
    ends.push(source, target);
  }
  const degree = new Map<string, number>();
  for (const edge of edges.values()) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const nodes = ids.map((id, index) => ({ id, name: `Actor ${index}`, kind: KINDS[index % KINDS.length]!, aliases: [], affiliation: null, degree: degree.get(id) ?? 0 }));
  return {
    nodes,
    edges: [...edges.values()],
    truncated: false,
    total: { nodes: actorCount, edges: edgeCount },
    dates: { min: '2018-01', max: '2024-12' },
  };
}

type Graph = ReturnType<typeof syntheticGraph>;

/**
 * The built client and the few API answers the page asks for on load, from one local server as in use (answers
 * routed through Playwright would add the browser protocol's cost to every measurement). `show` changes the graph.
 */
export async function serveClient(): Promise<{ url: string; show(graph: Graph): void; close(): void }> {
  if (!fs.existsSync(clientDist)) throw new Error('no built client: run `npm run build` first');
  let body = '{}';
  const app = express()
    .get('/api/health', (_request, response) => void response.json({ status: 'ok', neo4j: 'up' }))
    .get('/api/graph', (_request, response) => void response.type('json').send(body))
    .use('/api', (request, response) => void response.status(404).json({ error: `no such endpoint in the benchmark: ${request.path}` }))
    .use(express.static(clientDist));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    show: (graph) => void (body = JSON.stringify(graph)),
    close: () => server.close(),
  };
}

/** Milliseconds from navigation until the graph is drawn and laid out. */
async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graph === 'ready', undefined, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

/** Frames per second while the mouse drags the view around and then wheel-zooms in and out. */
async function panZoomFps(page: Page): Promise<{ pan: number; zoom: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const measure = async (gesture: () => Promise<void>) => {
    // A string, not a function: the page must not see the helpers tsx adds to compiled functions.
    await page.evaluate(`(() => {
      const counter = { frames: 0, start: performance.now(), running: true };
      window.fpsCounter = counter;
      const tick = () => { if (counter.running) { counter.frames++; requestAnimationFrame(tick); } };
      requestAnimationFrame(tick);
    })()`);
    await gesture();
    return page.evaluate(() => {
      const counter = (window as unknown as { fpsCounter: { frames: number; start: number; running: boolean } }).fpsCounter;
      counter.running = false;
      return counter.frames / ((performance.now() - counter.start) / 1000);
    });
  };
  // Grab the background at the left edge (inside the layout's padding, so not a node) and circle around.
  const grab = { x: box.x + 12, y: centre.y };
  const pan = await measure(async () => {
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    for (let step = 0; step < 120; step++) {
      const angle = (step / 120) * 4 * Math.PI;
      await page.mouse.move(grab.x + 150 + 150 * Math.cos(angle + Math.PI), grab.y + 100 * Math.sin(angle));
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  });
  const zoom = await measure(async () => {
    await page.mouse.move(centre.x, centre.y);
    for (let step = 0; step < 120; step++) {
      await page.mouse.wheel(0, step % 40 < 20 ? -60 : 60);
      await page.waitForTimeout(16);
    }
  });
  return { pan, zoom };
}

if (process.argv[1]?.endsWith('ui.ts')) await main();

async function main(): Promise<void> {
const site = await serveClient();
const browser = await openBrowser({ width: 1600, height: 1000 });
try {
  const { page } = browser;
  site.show(syntheticGraph(1000, 5000));
  const renders = [];
  for (let run = 0; run < 5; run++) renders.push(await firstRender(page, `${site.url}/?limit=1000`));
  const median = [...renders].sort((a, b) => a - b)[2]!;
  console.log(`first render, 1,000 actors / 5,000 relations: ${renders.map((ms) => (ms / 1000).toFixed(2)).join(' s, ')} s (median ${(median / 1000).toFixed(2)} s; goal ≤ 3 s)`);

  site.show(syntheticGraph(2000, 10000));
  const big = await firstRender(page, `${site.url}/?limit=2000`);
  const fps = await panZoomFps(page);
  console.log(`2,000 actors / 10,000 relations: drawn in ${(big / 1000).toFixed(2)} s; pan ${fps.pan.toFixed(0)} frames/s, zoom ${fps.zoom.toFixed(0)} frames/s (goal ≥ 30)`);
  await browser.screenshot('bench-2000');
  if (browser.pageErrors.length) console.log(`page errors: ${browser.pageErrors.join('; ')}`);
  const load = os.loadavg().map((value) => Number(value.toFixed(2)));
  console.log(`load average ${load.join(', ')} on ${os.cpus().length} cores`);
  const figures = {
    first_render_s: Number((median / 1000).toFixed(2)),
    first_render_runs_s: renders.map((ms) => Number((ms / 1000).toFixed(2))),
    large_render_s: Number((big / 1000).toFixed(2)),
    pan_fps: Math.round(fps.pan),
    zoom_fps: Math.round(fps.zoom),
  };
  console.log(`BENCH ${JSON.stringify({ name: 'ui', ...figures, load })}`);
  process.exitCode = median <= 3000 && fps.pan >= 30 && fps.zoom >= 30 ? 0 : 1;
} finally {
  await browser.close();
  site.close();
}
}
