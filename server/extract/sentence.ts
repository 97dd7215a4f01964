import type { Token } from './nlp.ts';
import type { Mention } from './mentions.ts';

/** One sentence's tokens and mentions, with O(1) lookups by token index. */
export class SentenceView {
  private readonly byStart = new Map<number, Mention>();
  private readonly byEnd = new Map<number, Mention>();

  constructor(
    readonly tokens: Token[],
    readonly start: number,
    readonly end: number,
    readonly mentions: Mention[],
  ) {
    for (const mention of mentions) {
      this.byStart.set(mention.start, mention);
      this.byEnd.set(mention.end - 1, mention);
    }
  }

  fold(i: number): string {
    return i >= this.start && i < this.end ? this.tokens[i]!.fold : '';
  }

  token(i: number): Token | undefined {
    return i >= this.start && i < this.end ? this.tokens[i] : undefined;
  }

  startingAt(i: number): Mention | undefined {
    return this.byStart.get(i);
  }

  /** The mention whose last token is i. */
  endingAt(i: number): Mention | undefined {
    return this.byEnd.get(i);
  }

  covering(i: number): Mention | undefined {
    return this.mentions.find((m) => m.start <= i && i < m.end);
  }
}
