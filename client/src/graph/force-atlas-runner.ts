import type cytoscape from 'cytoscape';
import type { LayoutGraph } from './layout-graph.ts';

/**
 * Runs ForceAtlas2 layouts on a Web Worker, so that the page can add the elements and work out
 * their style meanwhile, on the other core. Where no worker starts, the layout runs on the page.
 */

export interface ForceAtlasRun {
  /**
   * Settles once the worker has the graph. Chromium hands a message to a worker only when the
   * page's thread is free: wait for this before keeping that thread busy.
   */
  received: Promise<void>;
  /** The position of every actor, by id. */
  positions: Promise<Map<string, cytoscape.Position>>;
}

type Reply = { id: number; received: true } | { id: number; coordinates: Float64Array };

interface Request {
  received(): void;
  done(coordinates: Float64Array | null): void;
}

let worker: Worker | null | undefined;
let nextRequest = 0;
const requests = new Map<number, Request>();

/** Starts the worker now, so that its script is loaded by the time a big graph arrives. */
export function startForceAtlasWorker(): void {
  layoutWorker();
}

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./force-atlas-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      const request = requests.get(data.id);
      if ('received' in data) return request?.received();
      requests.delete(data.id);
      request?.done(data.coordinates);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      for (const request of requests.values()) request.done(null);
      requests.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Lays `graph` out on the worker (or, where it failed, on this thread). */
export function runForceAtlas(graph: LayoutGraph): ForceAtlasRun {
  const request: Request = { received: () => {}, done: () => {} };
  const received = new Promise<void>((resolve) => (request.received = resolve));
  const fromWorker = new Promise<Float64Array | null>((resolve) => {
    request.done = (coordinates) => {
      request.received();
      resolve(coordinates);
    };
  });
  const runner = layoutWorker();
  if (runner) {
    const id = nextRequest++;
    requests.set(id, request);
    runner.postMessage({ id, graph });
  } else request.done(null);
  const positions = fromWorker.then(async (coordinates) => {
    const xy = coordinates ?? (await import('./force-atlas.ts')).forceAtlasLayout(graph);
    return new Map(graph.nodes.map((id, at) => [id, { x: xy[2 * at]!, y: xy[2 * at + 1]! }]));
  });
  return { received, positions };
}
