import type { ActorKind } from './schema.ts';

/**
 * References back within an article: a pronoun or a definite description ("the kingdom", "the bloc") stands for
 * the latest earlier actor of a compatible kind. When the two latest compatible actors were named in the same
 * sentence, the reference is ambiguous and stands for no one.
 */

/** Definite descriptions, after "the" (one or two words), and the kinds of actor each may refer to. */
export const DESCRIPTIONS = new Map<string, ActorKind[]>([
  ...['country', 'nation', 'kingdom', 'republic', 'emirate', 'sultanate', 'island nation', 'gulf state', 'gulf nation', 'neighbouring country', 'neighboring country', 'neighbor country', 'neighbour country', 'communist state', 'island']
    .map((words) => [words, ['state']] as [string, ActorKind[]]),
  ...['bloc', 'regional bloc', 'organisation', 'organization', 'body', 'union', 'council', 'commission', 'court', 'agency', 'un body']
    .map((words) => [words, ['organization']] as [string, ActorKind[]]),
  ...['coalition', 'alliance', 'military alliance', 'international coalition', 'global coalition']
    .map((words) => [words, ['organization', 'armed_group']] as [string, ActorKind[]]),
  ...['armed group', 'faction', 'insurgent group', 'jihadist group', 'terrorist group', 'guerrilla group', 'extremist group']
    .map((words) => [words, ['armed_group']] as [string, ActorKind[]]),
]);

/** Pronouns that stand for a non-person actor when they are not a clause's subject ("accusing it of …", "urged them to …"). */
export const OBJECT_PRONOUNS = new Map<string, ActorKind[]>([
  ['it', ['state', 'organization', 'armed_group']],
  ['them', ['armed_group', 'organization', 'state']],
]);

/** Words that, lower case before a noun, stand for an earlier actor so named: "continued coalition operations against …". */
export const NAMED_MODIFIERS = new Set(['coalition', 'alliance']);

interface Seen {
  actor: string;
  kind: ActorKind;
  sentence: number;
}

/** The actors an article has named so far, latest first, with the sentence each was last named in. */
export class ReferenceMemory {
  private seen: Seen[] = [];
  private sentence = 0;

  nextSentence(): void {
    this.sentence++;
  }

  note(actor: string, kind: ActorKind): void {
    this.seen = [{ actor, kind, sentence: this.sentence }, ...this.seen.filter((s) => s.actor !== actor)].slice(0, 40);
  }

  /** The latest actor whose name holds `word` ("the coalition" after "the U.S.-led coalition"), named within `reach` sentences. */
  resolveNamed(word: string, reach: number): { actor: string; kind: ActorKind } | null {
    const found = this.seen.find((s) => this.sentence - s.sentence <= reach && s.actor.toLowerCase().split(/[\s-]+/).includes(word));
    return found ? { actor: found.actor, kind: found.kind } : null;
  }

  /**
   * The latest actor of one of `kinds` named within the last `reach` sentences, other than `except`; null when none or
   * when the runner-up was named in the same sentence (ambiguous).
   */
  resolve(kinds: ActorKind[], reach: number, except: ReadonlySet<string> = new Set()): { actor: string; kind: ActorKind } | null {
    const candidates = this.seen.filter((s) => kinds.includes(s.kind) && !except.has(s.actor) && this.sentence - s.sentence <= reach);
    const [first, second] = candidates;
    if (!first) return null;
    if (second && second.sentence === first.sentence && second.kind === first.kind) return null;
    return { actor: first.actor, kind: first.kind };
  }
}
