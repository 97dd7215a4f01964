import { parentPort, workerData } from 'node:worker_threads';
import { loadUserKnowledge, type UserKnowledge } from '../extract/user-knowledge.ts';
import { extractSafely, type ArticleToExtract } from './extract-safely.ts';

/** Runs the extractor off the main thread, so that an import extracts one batch while Neo4j writes the last. */

export interface ExtractionRequest {
  requestId: number;
  articles: ArticleToExtract[];
}

// The main thread has read the same files already, so a bad file cannot get this far.
loadUserKnowledge(workerData as UserKnowledge);

parentPort!.on('message', ({ requestId, articles }: ExtractionRequest) => {
  parentPort!.postMessage({ requestId, results: articles.map(extractSafely) });
});
