import { isAcronym, isCapitalized } from './text.ts';
import type { Token } from './nlp.ts';

/** How a surface token must be written to match an alias token. */
type CaseRule = 'any' | 'capital' | 'acronym';

export interface TrieHit<T> {
  value: T;
  /** Every value stored for the matched words whose case rules hold, `value` first. */
  values: T[];
  /** Tokens covered: [start, end). */
  start: number;
  end: number;
}

interface Entry<T> {
  value: T;
  rules: CaseRule[];
}

interface Node<T> {
  children: Map<string, Node<T>>;
  entries: Entry<T>[];
}

function caseRule(text: string, index: number): CaseRule {
  if (isAcronym(text) && /^[A-Z0-9.]+$/.test(text)) return 'acronym';
  return index === 0 && isCapitalized(text) ? 'capital' : 'any';
}

function satisfies(rule: CaseRule, token: Token): boolean {
  if (rule === 'acronym') return token.text === token.text.toUpperCase();
  if (rule === 'capital') return isCapitalized(token.text) || /^\d/.test(token.text);
  return true;
}

/** A token trie over folded forms: longest match from a position, linear in the match length. */
export class TokenTrie<T> {
  private readonly root: Node<T> = { children: new Map(), entries: [] };

  /** Adds a phrase; with `first`, it wins over values added before for the same words. */
  add(folds: string[], texts: string[], value: T, first = false): void {
    let node = this.root;
    for (const fold of folds) {
      let next = node.children.get(fold);
      if (!next) {
        next = { children: new Map(), entries: [] };
        node.children.set(fold, next);
      }
      node = next;
    }
    const entry = { value, rules: texts.map(caseRule) };
    if (first) node.entries.unshift(entry);
    else node.entries.push(entry);
  }

  /** The longest alias starting at `start` whose case rules the tokens satisfy. */
  longestAt(tokens: Token[], start: number, end: number): TrieHit<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: TrieHit<T> | null = null;
    for (let i = start; i < end && node; i++) {
      node = node.children.get(tokens[i]!.fold);
      if (!node) break;
      const values = node.entries.filter((entry) => entry.rules.every((rule, k) => satisfies(rule, tokens[start + k]!))).map((entry) => entry.value);
      if (values.length > 0) best = { value: values[0]!, values, start, end: i + 1 };
    }
    return best;
  }
}
