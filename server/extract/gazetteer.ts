import { readFileSync } from 'node:fs';
import { countries } from 'countries-list';
import type { ActorKind } from './schema.ts';
import { foldedTokens } from './nlp.ts';
import { TokenTrie } from './trie.ts';
import { foldText } from './text.ts';

/** A known actor: canonical name, kind, affiliation (persons) and the aliases it is written as. */
export interface KnownActor {
  name: string;
  kind: ActorKind;
  affiliation: string | null;
  aliases: string[];
}

/** What a gazetteer phrase denotes: an actor, or a demonym adjective that may stand for its state. */
export type Lexeme = { type: 'actor'; name: string } | { type: 'demonym'; state: string } | { type: 'not-actor' };

interface GazetteerFile {
  actors: Array<{ name: string; kind: ActorKind; aliases: string[]; affiliation?: string }>;
  /** Names that contain an actor's name but are no actor: "The Washington Post", "Al Jazeera". */
  notActors: string[];
}

interface StatesFile {
  notStates: string[];
  ambiguousCapitals: string[];
  states: Record<string, { name?: string; aliases?: string[]; demonyms?: string[] }>;
}

function readSeedJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8')) as T;
}

/** Plural demonyms ("Turks", "Americans") name the state itself; the first demonym is the adjective. */
function splitDemonyms(demonyms: string[]): { adjectives: string[]; plurals: string[] } {
  const plurals = demonyms.filter((d, i) => i > 0 && /[a-z]s$/.test(d) && !d.endsWith('ss'));
  return { adjectives: demonyms.filter((d) => !plurals.includes(d)), plurals };
}

export class Gazetteer {
  readonly actors = new Map<string, KnownActor>();
  readonly trie = new TokenTrie<Lexeme>();
  /** Folded adjective → state ("turkish" → "Turkey"), for "pro-Turkish" and "Turkish-backed". */
  readonly demonymToState = new Map<string, string>();
  /** Folded alias → canonical name, for names built from parts ("Yemeni rebels" → "Houthis"). */
  readonly byAlias = new Map<string, string>();
  /** State → its adjective ("Syria" → "Syrian"), for "<Country> rebels". */
  readonly stateAdjective = new Map<string, string>();

  constructor(curated: GazetteerFile, states: StatesFile) {
    this.addStates(states);
    for (const entry of curated.actors) this.addActor(entry.name, entry.kind, entry.aliases, entry.affiliation ?? null);
    for (const name of curated.notActors) {
      const { folds, texts } = foldedTokens(name);
      this.trie.add(folds, texts, { type: 'not-actor' });
    }
  }

  private addStates(file: StatesFile): void {
    const ambiguous = new Set(file.ambiguousCapitals);
    for (const [code, country] of Object.entries(countries)) {
      if (file.notStates.includes(code)) continue;
      const override = file.states[code] ?? {};
      const name = override.name ?? country.name;
      const aliases = [country.name, ...(country.alias ?? []), ...(override.aliases ?? [])];
      for (const capital of country.capital.split(/,\s*/)) {
        const city = capital.replace(/ D\.C\.$/, '');
        if (city && !ambiguous.has(city)) aliases.push(city);
      }
      const { adjectives, plurals } = splitDemonyms(override.demonyms ?? []);
      this.addActor(name, 'state', [...aliases, ...plurals], null);
      if (adjectives[0]) this.stateAdjective.set(name, adjectives[0]);
      for (const adjective of adjectives) this.addDemonym(adjective, name);
    }
  }

  private addDemonym(adjective: string, state: string): void {
    const { folds, texts } = foldedTokens(adjective);
    this.trie.add(folds, texts, { type: 'demonym', state });
    if (folds.length === 1) this.demonymToState.set(folds[0]!, state);
  }

  /** Adds an actor, or merges aliases into one already known under that name. */
  private addActor(name: string, kind: ActorKind, aliases: string[], affiliation: string | null): void {
    const known = this.actors.get(name);
    const actor = known ?? { name, kind, affiliation, aliases: [] };
    if (!known) this.actors.set(name, actor);
    for (const alias of [name, ...aliases]) {
      if (alias !== name && !actor.aliases.includes(alias)) actor.aliases.push(alias);
      const { folds, texts } = foldedTokens(alias);
      if (folds.length > 0) this.trie.add(folds, texts, { type: 'actor', name });
      if (!this.byAlias.has(foldText(alias))) this.byAlias.set(foldText(alias), name);
    }
  }

  /** The state a folded name or alias stands for ("iran", "moscow"), else undefined. */
  stateNamed(fold: string): string | undefined {
    const name = this.byAlias.get(fold);
    return name && this.actors.get(name)?.kind === 'state' ? name : undefined;
  }

  /** A user's own actor (ACTORS_FILE): it wins over the built-in entries where they disagree on a name or an alias. */
  addUserActor(entry: KnownActor): void {
    const known = this.actors.get(entry.name);
    const actor: KnownActor = { ...entry, aliases: [...new Set([...(known?.aliases ?? []), ...entry.aliases])] };
    this.actors.set(entry.name, actor);
    for (const alias of [entry.name, ...entry.aliases]) {
      const { folds, texts } = foldedTokens(alias);
      if (folds.length > 0) this.trie.add(folds, texts, { type: 'actor', name: entry.name }, true);
      this.byAlias.set(foldText(alias), entry.name);
    }
  }
}

export const gazetteer = new Gazetteer(readSeedJson<GazetteerFile>('gazetteer.json'), readSeedJson<StatesFile>('gazetteer-states.json'));
