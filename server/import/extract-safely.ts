import { extractArticle } from '../extract/index.ts';
import type { ArticleExtraction, ArticleMeta } from '../extract/schema.ts';

export interface ArticleToExtract {
  text: string;
  meta: ArticleMeta;
}

export type ExtractionResult = { extraction: ArticleExtraction } | { error: string };

/** Extracts one article; a failure becomes an `error` result so the rest of the batch goes on. */
export function extractSafely({ text, meta }: ArticleToExtract): ExtractionResult {
  try {
    return { extraction: extractArticle(text, meta) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
