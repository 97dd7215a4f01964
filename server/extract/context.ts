import type { ActorKind } from './schema.ts';
import { ReferenceMemory } from './references.ts';

/** An actor as this article knows it (gazetteer or discovered). */
export interface ArticleActor {
  name: string;
  kind: ActorKind;
  affiliation: string | null;
  aliases: Set<string>;
  mentions: number;
}

/** Placeholders for "rebels"/"the opposition" and "the army"/"the government" until the article's country is known. */
export const LOCAL_REBELS = '\u0000local-rebels';
export const LOCAL_STATE = '\u0000local-state';

/** What one article remembers across its sentences: actors, persons' short names, the last person and group. */
export class ArticleContext {
  readonly actors = new Map<string, ArticleActor>();
  /** Folded surname or full name → person, for "Mr. X" and "X said". */
  readonly personNames = new Map<string, string>();
  /** Folded acronym or name → discovered actor ("(AA)" after "Arakan Army"). */
  readonly discoveredNames = new Map<string, string>();
  /** How often each state appears as a place or a setting ("in Syria", "Syrian conflict"). */
  readonly settingCounts = new Map<string, number>();
  /** Actors named so far, for "the country", "the bloc", "accusing it of …". */
  readonly references = new ReferenceMemory();
  lastPerson: string | null = null;
  /** The last person named before the current sentence: what its "he" refers to when no person precedes it there. */
  personBeforeSentence: string | null = null;
  lastGroup: string | null = null;
  recentStates: string[] = [];
  /** The subject that opened the previous sentence: what a sentence-initial "It" or "They" refers to. */
  previousSubject: { actor: string; kind: ActorKind } | null = null;

  /** A new sentence begins: remember who was named before it. */
  startSentence(): void {
    this.references.nextSentence();
    this.personBeforeSentence = this.lastPerson;
  }

  noteActor(name: string, kind: ActorKind, affiliation: string | null, surface: string): void {
    let actor = this.actors.get(name);
    if (!actor) {
      actor = { name, kind, affiliation, aliases: new Set(), mentions: 0 };
      this.actors.set(name, actor);
    }
    actor.mentions++;
    if (surface !== name) actor.aliases.add(surface);
    if (kind === 'person') this.lastPerson = name;
  }

  /** An armed group named as a party (not "a faction of X"): what "the group" refers to next. */
  noteGroup(name: string): void {
    if (name !== LOCAL_REBELS) this.lastGroup = name;
  }

  /** States named as actors, latest first: what "the two countries" refers to. */
  noteState(name: string): void {
    this.recentStates = [name, ...this.recentStates.filter((s) => s !== name)].slice(0, 2);
  }

  /** A mention turned out to be a place ("in Syria"): it does not count as the actor. */
  unnoteMention(name: string): void {
    const actor = this.actors.get(name);
    if (actor) actor.mentions = Math.max(0, actor.mentions - 1);
  }

  noteSetting(state: string): void {
    this.settingCounts.set(state, (this.settingCounts.get(state) ?? 0) + 1);
  }

  /** The state the story happens in: the one most often used as a place or setting. */
  settingState(): string | null {
    let best: string | null = null;
    let bestCount = 1;
    for (const [state, count] of this.settingCounts) {
      if (count > bestCount) {
        best = state;
        bestCount = count;
      }
    }
    return best;
  }
}
