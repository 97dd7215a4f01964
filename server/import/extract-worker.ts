import { parentPort } from 'node:worker_threads';
import { extractSafely, type ArticleToExtract } from './extract-safely.ts';

/** Runs the extractor off the main thread, so that an import extracts one batch while Neo4j writes the last. */

export interface ExtractionRequest {
  requestId: number;
  articles: ArticleToExtract[];
}

parentPort!.on('message', ({ requestId, articles }: ExtractionRequest) => {
  parentPort!.postMessage({ requestId, results: articles.map(extractSafely) });
});
