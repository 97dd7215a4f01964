import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldText, isCapitalized } from './text.ts';

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

/** A line of the article: its text and where it starts in the original. */
export interface TextLine {
  text: string;
  start: number;
}

/** Zero-width spaces and joiners, direction marks and embeddings, word joiners, byte-order marks. */
const INVISIBLE_MARKS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

// A space, not a newline: wink makes newlines into tokens of their own, but a space only precedes the next token.
const LINE_SEPARATOR = ' ';

/**
 * Tokenizes lines in one wink call (cheaper than one call per line); offsets map back into the original text, and a
 * sentence never spans two lines.
 */
export function tokenizeLines(lines: TextLine[]): TokenizedBlock {
  // Invisible marks (a left-to-right mark pasted inside "Prime Minister‎ Haider al-Abadi") become spaces of the same length.
  const doc = nlp.readDoc(lines.map((l) => l.text).join(LINE_SEPARATOR).replace(INVISIBLE_MARKS, ' '));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  const lineOfToken = new Int32Array(values.length);
  let line = 0;
  let lineStart = 0;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i]!.length;
    while (line + 1 < lines.length && cursor >= lineStart + lines[line]!.text.length + LINE_SEPARATOR.length) {
      lineStart += lines[line]!.text.length + LINE_SEPARATOR.length;
      line++;
    }
    const value = values[i]!;
    const start = lines[line]!.start + cursor - lineStart;
    tokens[i] = { text: value, fold: foldText(value), pos: pos[i]!, start, end: start + value.length };
    lineOfToken[i] = line;
    cursor += value.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { tokens, sentences: spans.flatMap(([first, last]) => splitAtLines(first, last + 1, lineOfToken)) };
}

function splitAtLines(first: number, end: number, lineOfToken: Int32Array): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let start = first;
  for (let i = first + 1; i < end; i++) {
    if (lineOfToken[i] !== lineOfToken[i - 1]) {
      sentences.push([start, i]);
      start = i;
    }
  }
  sentences.push([start, end]);
  return sentences;
}

/** Text handed to wink at once is capped, so a huge file is read in pieces and memory stays bounded. */
const MAX_BATCH_CHARS = 50_000;

/** Splits an over-long line after a sentence end (or, failing that, a space) so no piece exceeds the batch size. */
function* pieces(line: TextLine): Generator<TextLine> {
  let { text, start } = line;
  while (text.length > MAX_BATCH_CHARS) {
    const window = text.slice(0, MAX_BATCH_CHARS);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! ')) + 1 || window.lastIndexOf(' ') + 1 || MAX_BATCH_CHARS;
    yield { text: text.slice(0, cut).trimEnd(), start };
    const rest = text.slice(cut);
    start += cut + (rest.length - rest.trimStart().length);
    text = rest.trimStart();
  }
  if (text) yield { text, start };
}

/** Groups lines into batches of at most MAX_BATCH_CHARS characters for tokenizeLines. */
export function* batches(lines: TextLine[]): Generator<TextLine[]> {
  let batch: TextLine[] = [];
  let size = 0;
  for (const line of lines) {
    for (const piece of pieces(line)) {
      if (size + piece.text.length > MAX_BATCH_CHARS && batch.length) {
        yield batch;
        batch = [];
        size = 0;
      }
      batch.push(piece);
      size += piece.text.length + LINE_SEPARATOR.length;
    }
  }
  if (batch.length) yield batch;
}

/** Tokenizes `text`, which starts at `offset` in the article. */
export function tokenizeBlock(text: string, offset: number): TokenizedBlock {
  return tokenizeLines([{ text, start: offset }]);
}

/** The text of tokens [start, end) as written, with one space where the original had any. */
export function spanText(tokens: Token[], start: number, end: number): string {
  let text = '';
  for (let k = start; k < end; k++) text += (k > start && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return text;
}

/** Words a Title Case headline leaves in lower case: articles, conjunctions and prepositions. */
const HEADLINE_LOWER_WORDS = new Set(
  'and but for nor the yet via with from into onto over upon than amid after about above among below under until since while near past off out per'.split(' '),
);

/** A Title Case Headline capitalises every word, so capitals there say nothing about names. */
export function isTitleCase(tokens: Token[], start: number, end: number): boolean {
  // A verb, noun or adjective in lower case ("Defense Secretary Ash Carter met with …") is body text, however many names it holds.
  if (tokens.slice(start, end).some((t) => /^[a-z]{3,}$/.test(t.text) && !HEADLINE_LOWER_WORDS.has(t.fold))) return false;
  const words = tokens.slice(start, end).filter((t) => /^[a-z]{4,}/i.test(t.text));
  // A sentence closed by a full stop is body text unless nearly every word is capitalised (names and titles run long).
  const bar = tokens[end - 1]?.text === '.' ? 0.85 : 0.7;
  return words.length >= 4 && words.filter((t) => isCapitalized(t.text)).length / words.length > bar;
}

/** Folded tokens of a short phrase (gazetteer aliases, cue phrases), tokenized exactly like article text. */
export function foldedTokens(phrase: string): { folds: string[]; texts: string[] } {
  const block = tokenizeBlock(phrase, 0);
  return { folds: block.tokens.map((t) => t.fold), texts: block.tokens.map((t) => t.text) };
}
