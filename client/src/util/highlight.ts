import { h } from './dom.ts';

/** Marks parts of a text with DOM nodes (never HTML strings). */

export interface Range {
  start: number;
  end: number;
  element: (text: string) => HTMLElement;
}

/** The text cut into plain text nodes and marked elements; overlapping ranges keep the earlier one. */
export function markRanges(text: string, ranges: Range[]): Node[] {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes: Node[] = [];
  let at = 0;
  for (const range of sorted) {
    if (range.start < at) continue;
    if (range.start > at) nodes.push(document.createTextNode(text.slice(at, range.start)));
    nodes.push(range.element(text.slice(range.start, range.end)));
    at = range.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

export interface Term {
  words: string[];
  className: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where each term occurs in the text, as whole words, case-insensitively; longer words first. */
export function findTerms(text: string, terms: Term[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    const words = [...new Set(term.words.filter((word) => word.trim().length > 1))].sort((a, b) => b.length - a.length);
    if (!words.length) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of text.matchAll(pattern)) {
      ranges.push({ start: match.index, end: match.index + match[0].length, element: (part) => h('mark', { class: term.className }, part) });
    }
  }
  return ranges;
}
