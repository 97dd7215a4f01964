import { Worker } from 'node:worker_threads';
import { extractSafely, type ArticleToExtract, type ExtractionResult } from './extract-safely.ts';
import type { ExtractionRequest } from './extract-worker.ts';
import type { UserKnowledge } from '../extract/user-knowledge.ts';

/** Extracts a batch of articles; a failed article is an `error` result, not a thrown error. */
export interface Extractor {
  extract(articles: ArticleToExtract[]): Promise<ExtractionResult[]>;
  close(): Promise<void>;
}

/** Extracts on the calling thread: right for a handful of articles (the API's POST). */
export function inlineExtractor(): Extractor {
  return { extract: async (articles) => articles.map(extractSafely), close: async () => undefined };
}

/** Extracts on a worker thread, so the main thread keeps feeding Neo4j meanwhile. */
export function workerExtractor(knowledge: UserKnowledge = {}): Extractor {
  // The worker is TypeScript too, and a worker thread does not inherit tsx's loader: register it first.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: knowledge });
  const pending = new Map<number, { resolve: (results: ExtractionResult[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.on('message', ({ requestId, results }: { requestId: number; results: ExtractionResult[] }) => {
    pending.get(requestId)?.resolve(results);
    pending.delete(requestId);
  });
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the extraction worker stopped (exit code ${code})`)));
  return {
    extract(articles) {
      const requestId = nextId++;
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        pending.set(requestId, { resolve, reject });
        worker.postMessage({ requestId, articles } satisfies ExtractionRequest);
      });
    },
    close: async () => void (await worker.terminate()),
  };
}
