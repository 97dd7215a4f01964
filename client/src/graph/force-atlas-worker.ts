/// <reference lib="webworker" />
import { forceAtlasLayout } from './force-atlas.ts';
import type { LayoutGraph } from './layout-graph.ts';

/** The Web Worker that lays out big graphs off the page's thread (see force-atlas-runner.ts). */

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = ({ data }: MessageEvent<{ id: number; graph: LayoutGraph }>) => {
  self.postMessage({ id: data.id, received: true });
  const coordinates = forceAtlasLayout(data.graph);
  self.postMessage({ id: data.id, coordinates }, [coordinates.buffer]);
};
