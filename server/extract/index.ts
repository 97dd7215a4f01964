/** The extractor's public API: pure, synchronous, deterministic. */
export { extractArticle } from './article.ts';
export { actorId } from './text.ts';
export * from './schema.ts';
