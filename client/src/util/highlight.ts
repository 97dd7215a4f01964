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

/**
 * A short all-capitals name ("IS", "US", "UN") is matched as written, so that "is" or "us" is not
 * taken for it; longer ones ("NATO", "ISIS") are also written "Nato", "Isis".
 */
function isAcronym(word: string): boolean {
  return word.length <= 3 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

/** Where each term occurs in the text, as whole words, case-insensitively except short acronyms; longer words first. */
export function findTerms(text: string, terms: Term[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    const words = [...new Set(term.words.filter((word) => word.trim().length > 1))].sort((a, b) => b.length - a.length);
    const mark = (part: string) => h('mark', { class: term.className }, part);
    for (const [group, flags] of [[words.filter(isAcronym), 'gu'], [words.filter((word) => !isAcronym(word)), 'giu']] as const) {
      if (!group.length) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${group.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);
      for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length, element: mark });
    }
  }
  return ranges;
}
