import assert from 'node:assert/strict';
import { extractArticle, type ArticleExtraction } from '../../server/extract/index.ts';

/** "A type B" for every relation; negotiates is symmetric, so its ends are sorted. */
export function relationsOf(text: string, meta = {}): Set<string> {
  return relationSet(extractArticle(text, meta));
}

export function relationSet(extraction: ArticleExtraction): Set<string> {
  return new Set(
    extraction.relations.map((r) => {
      const [a, b] = r.type === 'negotiates' ? [r.source, r.target].sort() : [r.source, r.target];
      return `${a} ${r.type} ${b}`;
    }),
  );
}

export function negotiates(a: string, b: string): string {
  const [x, y] = [a, b].sort();
  return `${x} negotiates ${y}`;
}

/** Asserts that the text states every expected relation and none of the unexpected ones. */
export function assertHas(text: string, expected: string[], unexpected: string[] = []): void {
  const found = relationsOf(text);
  for (const relation of expected) assert.ok(found.has(relation), `expected "${relation}" in ${JSON.stringify([...found])} for: ${text}`);
  for (const relation of unexpected) assert.ok(!found.has(relation), `did not expect "${relation}" for: ${text}`);
}
