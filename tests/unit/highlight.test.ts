import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTerms } from '../../client/src/util/highlight.ts';

/** The words of `text` that the evidence panel would mark for these names. */
function marked(text: string, words: string[]): string[] {
  return findTerms(text, [{ words, className: 'actor' }])
    .sort((a, b) => a.start - b.start)
    .map((range) => text.slice(range.start, range.end));
}

test('short all-capitals names match as written, so "is" and "us" are not taken for IS and US', () => {
  assert.deepEqual(marked('Erdogan is likely to press IS, as he told us; ISIS lost.', ['IS', 'ISIS']), ['IS', 'ISIS']);
  assert.deepEqual(marked('The US and the UN met; talks are up to us.', ['US', 'UN']), ['US', 'UN']);
});

test('other names match whole words, whatever their case', () => {
  assert.deepEqual(marked('Nato and NATO allies; the Natos are not a word.', ['NATO']), ['Nato', 'NATO']);
  assert.deepEqual(marked('turkey and Turkey, Türkiye too', ['Turkey', 'Türkiye']), ['turkey', 'Turkey', 'Türkiye']);
});
