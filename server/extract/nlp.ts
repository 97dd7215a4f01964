import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldText } from './text.ts';

/** One wink token with its UTF-16 offsets in the original article text. */
export interface Token {
  text: string;
  /** foldText(text) */
  fold: string;
  pos: string;
  start: number;
  end: number;
}

export interface TokenizedBlock {
  tokens: Token[];
  /** Sentences as [first token, last token + 1). */
  sentences: Array<[number, number]>;
}

// Sentence boundaries and POS are all we use; skipping NER, negation and sentiment roughly halves wink's time.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Tokenizes `text`, which starts at `offset` in the article; wink keeps every character, so offsets add up. */
export function tokenizeBlock(text: string, offset: number): TokenizedBlock {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let cursor = offset;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i]!.length;
    const value = values[i]!;
    tokens[i] = { text: value, fold: foldText(value), pos: pos[i]!, start: cursor, end: cursor + value.length };
    cursor += value.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentences = spans.map(([first, last]) => [first, last + 1] as [number, number]);
  return { tokens, sentences };
}

/** Folded tokens of a short phrase (gazetteer aliases, cue phrases), tokenized exactly like article text. */
export function foldedTokens(phrase: string): { folds: string[]; texts: string[] } {
  const block = tokenizeBlock(phrase, 0);
  return { folds: block.tokens.map((t) => t.fold), texts: block.tokens.map((t) => t.text) };
}
