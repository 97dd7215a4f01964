import type { ActorKind } from './schema.ts';
import { ArticleContext, LOCAL_REBELS, LOCAL_STATE } from './context.ts';
import { gazetteer } from './gazetteer.ts';
import { foldedTokens, isTitleCase, spanText, type Token } from './nlp.ts';
import { isCapitalized } from './text.ts';
import { monthNumber } from './dates.ts';
import { TokenTrie } from './trie.ts';
import { DESCRIPTIONS, NAMED_MODIFIERS, OBJECT_PRONOUNS } from './references.ts';
import {
  AGENT_HEADS, AGENTIVE_NOUNS, COMPOUND_CUES, DIRECTIONS, NON_ACTOR_NAME_HEADS, GENERIC_GOVERNMENT, GENERIC_REBELS, GROUP_ANAPHORS, GROUP_HEADS, HEAD_MODIFIERS, HONORIFICS, LOCATIVES,
  NON_ACTOR_TITLES, PAIR_MODIFIERS, PAIR_NOUNS, PERSON_TITLE_HEADS, PARTY_HEADS, PLACE_MODIFIERS, STATE_HEADS, TITLES,
} from './lexicon.ts';

/** One actor mention in a sentence; token indices are [start, end). */
export interface Mention {
  start: number;
  end: number;
  actor: string;
  kind: ActorKind;
  /** "in Syria", "in Ankara": a place, never a party to a relation. */
  place: boolean;
  /** Followed by "'s". */
  possessive: boolean;
  /** The folded noun after the mention or its "'s", adjectives skipped ("Syria's northern border" → "border"). */
  head: string | null;
  confidence: number;
  /** "the two allies": the two states it stands for (actor is the first). */
  pair?: [string, string];
}

type Phrase = 'rebels' | 'government' | 'group-anaphor' | 'pair-anaphor';
const phraseTrie = new TokenTrie<Phrase>();
for (const [phrases, kind] of [[GENERIC_REBELS, 'rebels'], [GENERIC_GOVERNMENT, 'government']] as const) {
  for (const phrase of phrases) {
    const { folds, texts } = foldedTokens(phrase);
    phraseTrie.add(folds, texts.map((t) => t.toLowerCase()), kind);
  }
}
for (const words of GROUP_ANAPHORS) phraseTrie.add(words, words, 'group-anaphor');
for (const noun of PAIR_NOUNS) {
  phraseTrie.add(['the', 'two', noun], ['the', 'two', noun], 'pair-anaphor');
  for (const modifier of PAIR_MODIFIERS) phraseTrie.add(['the', 'two', modifier, noun], ['the', 'two', modifier, noun], 'pair-anaphor');
}

/** Head nouns of group anaphors: "the group", "the militia", "the movement". */
const ANAPHOR_HEADS = new Set(GROUP_ANAPHORS.map((words) => words[words.length - 1]!));
/** "HTS rebels", "M23 fighters": a group's members are the group. */
const GROUP_MEMBERS = new Set(['rebels', 'fighters', 'militants', 'militiamen', 'militia', 'militias', 'paramilitaries', 'insurgents', 'guerrillas', 'jihadists', 'combatants', 'loyalists']);
const NAME_CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'der', 'da', '-']);
const POSSESSIVE_MARKS = new Set(["'s", "'"]);
/** People who act for the state they are "in": "officials in Beijing" is China, where "soldiers in Syria" may be anyone's. */
const SERVICE_PEOPLE = new Set(['soldiers', 'officers', 'peacekeepers', 'police', 'policemen', 'sailors', 'pilots', 'commandos']);
const STATE_PEOPLE = new Set(['officials', 'lawmakers', 'legislators', 'authorities', 'diplomats', 'leaders', 'parliamentarians', 'politicians', 'negotiators', 'ministers', 'delegation', 'delegates', 'envoys']);
/** "the Kingdom of Morocco": words that, before "of" and a state, name the state itself. */
const STATE_TITLES = new Set(['kingdom', 'republic', 'government', 'state', 'sultanate', 'emirate', 'federation', 'principality', 'commonwealth']);
/** Small words inside a name spelt out before its acronym. */
const ACRONYM_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'del', 'la', '-', "'s", '&']);
const PERSON_STATE_NOUNS = new Set(['regime', 'government', 'administration', 'forces', 'troops', 'army', 'military']);

function isNameToken(token: Token | undefined): boolean {
  return !!token && isCapitalized(token.text) && /[a-z]/i.test(token.text) && !TITLES.has(token.fold) && token.pos !== 'PUNCT';
}

const isUpperWord = (token: Token | undefined) => !!token && /^[A-Z][A-Z.'-]+$/.test(token.text);

/** A wire dateline opening a sentence: upper-case places ("TAIPEI/SEOUL"), an optional country, then a month. */
function datelineEnd(tokens: Token[], start: number, end: number): number {
  let k = start;
  while (k < end && (isUpperWord(tokens[k]) || tokens[k]!.text === '/')) k++;
  if (k === start || tokens[k]?.fold !== ',') return start;
  k++;
  for (let words = 0; words < 3 && isNameToken(tokens[k]) && !monthNumber(tokens[k]!.text); words++) k++;
  if (tokens[k]?.fold === ',') k++;
  return k < end && monthNumber(tokens[k]!.text) ? k : start;
}

/** Finds actor mentions in tokens [start, end) of one sentence, updating the article context. */
export class MentionFinder {
  private readonly mentions: Mention[] = [];
  /** Affiliation read from "Turkish President …" for the person that follows. */
  private pendingAffiliation: { state: string; nameStart: number } | null = null;
  private readonly titleCase: boolean;
  /** "PORT SUDAN, Sudan, June 14 (Reuters)": the places of a wire dateline end here (the sentence start if none). */
  private readonly datelineEnd: number;

  constructor(
    private readonly tokens: Token[],
    private readonly start: number,
    private readonly end: number,
    private readonly ctx: ArticleContext,
  ) {
    this.titleCase = isTitleCase(tokens, start, end);
    this.datelineEnd = datelineEnd(tokens, start, end);
  }

  find(): Mention[] {
    let i = this.start;
    while (i < this.end) i = this.mentionAt(i) ?? i + 1;
    for (const mention of this.mentions) this.annotate(mention);
    return this.mentions.filter((m) => !this.isTitleOfPerson(m));
  }

  /** Tries each kind of mention at token i; returns the index after it, or null. */
  private mentionAt(i: number): number | null {
    const hit = this.gazetteerAt(i);
    const stateTitled = this.addTitledState(i);
    if (stateTitled !== null) return stateTitled;
    if (hit?.value.type === 'actor' && this.discoveredNameEnd(i) > hit.end && gazetteer.actors.get(hit.value.name)?.kind === 'state') return this.addDiscoveredGroup(i);
    if (hit?.value.type === 'actor' && this.namesSomethingElse(hit.end)) return hit.end + 1;
    if (hit?.value.type === 'actor') return this.addKnown(hit.value.name, i, hit.end);
    if (hit?.value.type === 'demonym') return this.addDemonym(hit.value.state, i, hit.end);
    if (hit?.value.type === 'not-actor') return hit.end;
    return this.addKnownPerson(i) ?? this.addPhrase(i) ?? this.addReference(i) ?? this.addBackedGroup(i) ?? this.addTitledPerson(i) ?? this.addDiscoveredGroup(i);
  }

  /** "the United States Institute of Peace": a capitalised head after the name makes it a think tank's, an airline's … */
  private namesSomethingElse(end: number): boolean {
    const next = this.tokens[end];
    return !!next && /^[A-Z]/.test(next.text) && NON_ACTOR_NAME_HEADS.has(next.fold);
  }

  /** The longest gazetteer name at i; "the Global Coalition to Counter ISIL" is the longer name after "the", not "the Global Coalition". */
  private gazetteerAt(i: number) {
    const hit = gazetteer.trie.longestAt(this.tokens, i, this.end);
    if (this.tokens[i]!.fold !== 'the') return hit;
    const inner = gazetteer.trie.longestAt(this.tokens, i + 1, this.end);
    return hit && inner && inner.end > hit.end ? inner : hit;
  }

  private push(actor: string, kind: ActorKind, start: number, end: number, confidence = 1): number {
    this.mentions.push({ actor, kind, start, end, place: false, possessive: false, head: null, confidence });
    if (actor !== LOCAL_REBELS && actor !== LOCAL_STATE) this.ctx.references.note(actor, kind);
    return end;
  }

  /** "the country", "the regional bloc" (a definite description), "accusing it of …" (a pronoun object): an actor named earlier. */
  private addReference(i: number): number | null {
    const token = this.tokens[i]!;
    const pronounKinds = OBJECT_PRONOUNS.get(token.fold);
    if (pronounKinds) {
      const before = this.tokens[i - 1];
      const next = this.tokens[i + 1];
      if (i === this.start || !before || !['VERB', 'ADP'].includes(before.pos) || ['VERB', 'AUX'].includes(next?.pos ?? '')) return null;
      const subject = this.mentions.find((m) => !m.place);
      const referent = this.ctx.references.resolve(pronounKinds, 1, new Set(subject ? [subject.actor] : []));
      return referent ? this.push(referent.actor, referent.kind, i, i + 1, 0.6) : null;
    }
    if (NAMED_MODIFIERS.has(token.text) && this.tokens[i + 1]?.pos === 'NOUN' && this.tokens[i - 1]?.fold !== 'the') {
      const referent = this.ctx.references.resolveNamed(token.fold, 3);
      return referent ? this.push(referent.actor, referent.kind, i, i + 1, 0.6) : null;
    }
    if (token.fold !== 'the') return null;
    for (const length of [2, 1]) {
      const words = this.tokens.slice(i + 1, i + 1 + length);
      if (words.length < length || words.some((w) => w.text !== w.text.toLowerCase())) continue;
      const kinds = DESCRIPTIONS.get(words.map((w) => w.fold).join(' '));
      if (!kinds || isNameToken(this.tokens[i + 1 + length]) || this.tokens[i + 1 + length]?.fold === 'of') continue;
      // "the coalition" is the coalition named last, before any other organization.
      const head = words[words.length - 1]!.fold;
      const referent = (NAMED_MODIFIERS.has(head) && this.ctx.references.resolveNamed(head, 3)) || this.ctx.references.resolve(kinds, 3);
      return referent ? this.push(referent.actor, referent.kind, i, i + 1 + length, 0.6) : null;
    }
    return null;
  }

  private surface(start: number, end: number): string {
    return spanText(this.tokens, start, end);
  }

  private addKnown(name: string, start: number, gazetteerEnd: number): number {
    const actor = gazetteer.actors.get(name)!;
    const end = actor.kind === 'armed_group' && GROUP_MEMBERS.has(this.tokens[gazetteerEnd]?.fold ?? '') ? gazetteerEnd + 1 : gazetteerEnd;
    // The office the text gives wins over the gazetteer's: "Syrian President Ahmed al-Sharaa" acts for Syria.
    const affiliation = actor.kind === 'person' ? (this.titleAffiliation(start) ?? actor.affiliation) : actor.affiliation;
    this.ctx.noteActor(name, actor.kind, affiliation, this.surface(start, end));
    if (actor.kind === 'person') this.rememberPerson(name, start, end);
    return this.push(name, actor.kind, start, end);
  }

  private rememberPerson(name: string, start: number, end: number): void {
    this.ctx.personNames.set(this.tokens[end - 1]!.fold, name);
    this.ctx.personNames.set(this.surface(start, end).toLowerCase(), name);
  }

  /** "Turkish troops" is Turkey; "Turkish President X" gives X an affiliation; "Syrian refugees" is a setting. */
  private addDemonym(state: string, start: number, end: number): number {
    let j = end;
    if (this.tokens[j]?.fold === '-' && this.tokens[j + 1]) return this.push(state, 'state', start, end);
    const rebels = phraseTrie.longestAt(this.tokens, j, this.end);
    if (rebels?.value === 'rebels') {
      const name = `${gazetteer.stateAdjective.get(state) ?? state} rebels`;
      this.ctx.noteActor(name, 'armed_group', null, this.surface(start, rebels.end));
      return this.push(name, 'armed_group', start, rebels.end, 0.8);
    }
    let coordinated = false;
    for (let steps = 0; j < this.end && steps < 4; steps++, j++) {
      const token = this.tokens[j]!;
      if (AGENT_HEADS.has(token.fold) && !coordinated) return this.addState(state, start, j + 1);
      if (PARTY_HEADS.has(token.fold)) return this.addState(state, start, end);
      if (TITLES.has(token.fold)) return this.addTitleAffiliation(state, start, end, j);
      if ((token.fold === 'and' || token.fold === ',') && this.agentHeadAhead(j + 1)) return this.addState(state, start, end);
      if (token.fold === 'and' || token.fold === ',' || gazetteer.trie.longestAt(this.tokens, j, this.end)?.value.type === 'demonym') coordinated = true;
      else if (!HEAD_MODIFIERS.has(token.fold) && token.pos !== 'ADJ') break;
    }
    this.ctx.noteSetting(state);
    return end;
  }

  /** "Somali and African Union forces": a coordinated demonym shares the agent noun that closes the list. */
  private agentHeadAhead(from: number): boolean {
    for (let k = from; k < Math.min(this.end, from + 6); k++) {
      const token = this.tokens[k]!;
      if (AGENT_HEADS.has(token.fold)) return true;
      if (['PUNCT', 'VERB', 'ADP', 'AUX'].includes(token.pos)) return false;
    }
    return false;
  }

  private addState(state: string, start: number, end: number): number {
    this.ctx.noteActor(state, 'state', null, this.surface(start, end));
    return this.push(state, 'state', start, end);
  }

  /** A demonym before a title: the affiliation of the named person after it, the state itself before an office ("the Turkish foreign minister"), else a setting. */
  private addTitleAffiliation(state: string, start: number, end: number, titleStart: number): number {
    let j = titleStart;
    while (j < this.end && (TITLES.has(this.tokens[j]!.fold) || this.tokens[j]!.fold === 'of')) j++;
    if (isNameToken(this.tokens[j])) {
      this.pendingAffiliation = { state, nameStart: j };
      return end;
    }
    const next = this.tokens[j]?.fold ?? '';
    if (!PERSON_TITLE_HEADS.has(this.tokens[j - 1]!.fold) && !AGENT_HEADS.has(next)) {
      if (PARTY_HEADS.has(next)) return this.addState(state, start, end); // "Greek defence agreements"
      this.ctx.noteSetting(state); // "American defense companies"
      return end;
    }
    this.ctx.noteActor(state, 'state', null, this.surface(start, j));
    return this.push(state, 'state', start, j, 0.9);
  }

  /** "Mr. Blinken", "Cavusoglu said": a person named earlier in the article. */
  private addKnownPerson(i: number): number | null {
    const token = this.tokens[i]!;
    const nameAt = HONORIFICS.has(token.fold) ? i + 1 : i;
    const name = isNameToken(this.tokens[nameAt]) ? this.ctx.personNames.get(this.tokens[nameAt]!.fold) : undefined;
    if (!name) return this.addDiscoveredName(i);
    const actor = this.ctx.actors.get(name)!;
    this.ctx.noteActor(name, 'person', actor.affiliation, this.surface(i, nameAt + 1));
    return this.push(name, 'person', i, nameAt + 1);
  }

  private addDiscoveredName(i: number): number | null {
    const name = isNameToken(this.tokens[i]) ? this.ctx.discoveredNames.get(this.tokens[i]!.fold) : undefined;
    if (!name) return null;
    const actor = this.ctx.actors.get(name)!;
    this.ctx.noteActor(name, actor.kind, actor.affiliation, this.tokens[i]!.text);
    return this.push(name, actor.kind, i, i + 1, 0.6);
  }

  /** "rebels", "the opposition" (the local rebels), "the group" (the latest armed group). */
  private addPhrase(i: number): number | null {
    const hit = phraseTrie.longestAt(this.tokens, i, this.end);
    if (!hit) return null;
    if (hit.value === 'rebels') {
      this.ctx.noteActor(LOCAL_REBELS, 'armed_group', null, this.surface(i, hit.end));
      return this.push(LOCAL_REBELS, 'armed_group', i, hit.end, 0.7);
    }
    if (hit.value === 'government') {
      const previous = this.mentions[this.mentions.length - 1];
      if (previous?.end === i && previous.kind === 'state') {
        previous.end = hit.end;
        return hit.end;
      }
      const state = this.stateNamedAfter(hit.end) ?? LOCAL_STATE;
      this.ctx.noteActor(state, 'state', null, this.surface(i, hit.end));
      return this.push(state, 'state', i, hit.end, 0.6);
    }
    if (hit.value === 'pair-anaphor') return this.addPair(i, hit.end);
    const group = this.ctx.lastGroup;
    if (!group || isNameToken(this.tokens[hit.end])) return null;
    this.ctx.noteActor(group, 'armed_group', null, this.surface(i, hit.end));
    return this.push(group, 'armed_group', i, hit.end, 0.6);
  }

  /** "the Iran-backed group": the latest armed group, as "the group" would be. */
  private addBackedGroup(i: number): number | null {
    const group = this.ctx.lastGroup;
    if (!group || !ANAPHOR_HEADS.has(this.tokens[i]!.fold) || isNameToken(this.tokens[i + 1])) return null;
    if (this.tokens[i - 2]?.fold !== '-' || !COMPOUND_CUES.has(this.tokens[i - 1]?.fold ?? '')) return null;
    let k = i - 3;
    while (k > this.start && k > i - 7 && this.tokens[k]!.fold !== 'the' && this.tokens[k]!.fold !== 'a') k--;
    if (this.tokens[k]?.fold !== 'the') return null;
    this.ctx.noteActor(group, 'armed_group', null, this.surface(k, i + 1));
    return this.push(group, 'armed_group', i, i + 1, 0.6);
  }

  /** "the junta in Niamey": the state a generic government phrase is placed in. */
  private stateNamedAfter(end: number): string | null {
    if (this.tokens[end]?.fold !== 'in' || end + 1 >= this.end) return null;
    const hit = gazetteer.trie.longestAt(this.tokens, end + 1, this.end);
    return hit?.value.type === 'actor' && gazetteer.actors.get(hit.value.name)?.kind === 'state' ? hit.value.name : null;
  }

  /** "the two countries", "the two NATO allies": the two states named last. */
  private addPair(start: number, end: number): number | null {
    const [first, second] = this.ctx.recentStates;
    if (!first || !second) return null;
    this.mentions.push({ actor: first, kind: 'state', start, end, place: false, possessive: false, head: null, confidence: 0.6, pair: [first, second] });
    return end;
  }

  /** "Foreign Minister Ahmed Attaf": an office holder the gazetteer does not know. */
  private addTitledPerson(i: number): number | null {
    if (this.titleCase) return null;
    let j = i;
    let lastTitle = '';
    while (j < this.end && (TITLES.has(this.tokens[j]!.fold) || (j > i && this.tokens[j]!.fold === 'of'))) {
      if (NON_ACTOR_TITLES.has(this.tokens[j]!.fold)) return null;
      if (PERSON_TITLE_HEADS.has(this.tokens[j]!.fold)) lastTitle = this.tokens[j]!.fold;
      j++;
    }
    if (!lastTitle || HONORIFICS.has(lastTitle)) return null;
    const nameStart = j;
    while (j < this.end && j - nameStart < 6 && (isNameToken(this.tokens[j]) || (j > nameStart && this.connectsName(j)))) {
      if (gazetteer.trie.longestAt(this.tokens, j, this.end)) break;
      j++;
    }
    if (j - nameStart < 2) return null;
    const name = this.surface(nameStart, j);
    const affiliation = this.affiliationBefore(i, nameStart);
    this.ctx.noteActor(name, 'person', affiliation, name);
    this.rememberPerson(name, nameStart, j);
    return this.push(name, 'person', nameStart, j, 0.7);
  }

  /** A particle inside a name, before more of it: "Haider al-Abadi", "Ursula von der Leyen". */
  private connectsName(j: number): boolean {
    if (!NAME_CONNECTORS.has(this.tokens[j]!.fold)) return false;
    return isNameToken(this.tokens[j + 1]) || (this.tokens[j + 1]?.fold === '-' && isNameToken(this.tokens[j + 2]));
  }

  /** The state in a title run before a name: "Turkish President …", "Algeria's foreign minister …". */
  private titleAffiliation(nameStart: number): string | null {
    let k = nameStart;
    while (k > this.start && (TITLES.has(this.tokens[k - 1]!.fold) || this.tokens[k - 1]!.fold === 'of')) k--;
    return k < nameStart ? this.affiliationBefore(k, nameStart) : null;
  }

  /** The state named just before a title: "Turkish …" or "Algeria's …". */
  private affiliationBefore(titleStart: number, nameStart: number): string | null {
    if (this.pendingAffiliation?.nameStart === nameStart) return this.pendingAffiliation.state;
    let k = titleStart - 1;
    if (k >= this.start && POSSESSIVE_MARKS.has(this.tokens[k]!.fold)) k--;
    const before = this.mentions.find((m) => m.end - 1 === k && m.kind === 'state');
    return before?.actor ?? null;
  }

  /** "the Kingdom of Morocco", "the Federal Government of Ethiopia", "the Republic of Guyana": the state itself. */
  private addTitledState(i: number): number | null {
    let k = i;
    if (this.tokens[k]?.fold === 'the') k++;
    while (k < i + 4 && k < this.end && isCapitalized(this.tokens[k]!.text) && !STATE_TITLES.has(this.tokens[k]!.fold)) k++;
    if (!STATE_TITLES.has(this.tokens[k]?.fold ?? '') || this.tokens[k + 1]?.fold !== 'of') return null;
    const hit = gazetteer.trie.longestAt(this.tokens, k + 2, this.end);
    if (hit?.value.type !== 'actor' || gazetteer.actors.get(hit.value.name)?.kind !== 'state') return null;
    return this.addState(hit.value.name, i, hit.end);
  }

  /** Where a discovered name starting at i ends: a group word ("Arakan Army") or an acronym in brackets ("… Accord (GNA)"); -1 if none. */
  private discoveredNameEnd(i: number): number {
    return Math.max(this.groupNameEnd(i), this.acronymNameEnd(i));
  }

  /** "the Arakan Army", "Azawad Liberation Front (FLA)", "Government of National Accord (GNA)": a name the gazetteer does not know. */
  private addDiscoveredGroup(i: number): number | null {
    const end = this.discoveredNameEnd(i);
    if (end < 0) return null;
    const name = this.surface(i, end);
    const kind = GROUP_HEADS.get(this.tokens[end - 1]!.fold) ?? 'organization';
    this.ctx.discoveredNames.set(name.toLowerCase(), name);
    const acronym = this.tokens[end]?.text === '(' && this.tokens[end + 2]?.text === ')' ? this.tokens[end + 1]! : null;
    if (acronym && /^[A-Z0-9-]{2,8}$/.test(acronym.text)) this.ctx.discoveredNames.set(acronym.fold, name);
    this.ctx.noteActor(name, kind, null, name);
    return this.push(name, kind, i, end, 0.6);
  }

  /** "Movement for Self-determination of Kabylie (MAK)": capitalised words whose initials the bracketed acronym after them spells. */
  private acronymNameEnd(i: number): number {
    if (this.titleCase || !isNameToken(this.tokens[i]) || this.tokens[i]!.pos !== 'PROPN') return -1;
    let j = i;
    const initials: string[] = [];
    while (j < this.end && j - i < 9) {
      const token = this.tokens[j]!;
      if (isCapitalized(token.text) && /[a-z]/i.test(token.text)) initials.push(token.text[0]!);
      else if (!(j > i && ACRONYM_CONNECTORS.has(token.fold))) break;
      j++;
    }
    const acronym = this.tokens[j]?.text === '(' && this.tokens[j + 2]?.text === ')' ? this.tokens[j + 1]!.text : '';
    if (initials.length < 2 || !/^[A-Z][A-Z0-9-]{1,7}$/.test(acronym) || acronym[0] !== initials[0]) return -1;
    return j;
  }

  /**
   * Where a group name starting at i ends (after its group word), or -1. A name made of a country and force words
   * ("Mali Armed Forces") is the state, not a group.
   */
  private groupNameEnd(i: number): number {
    if (this.titleCase || !isNameToken(this.tokens[i]) || this.tokens[i]!.pos !== 'PROPN') return -1;
    let end = -1;
    let named = false;
    for (let j = i; j < this.end && j - i < 7; j++) {
      const token = this.tokens[j]!;
      const connector = j > i && (token.fold === 'of' || token.fold === 'for' || NAME_CONNECTORS.has(token.fold)) && isNameToken(this.tokens[j + 1]);
      const groupWord = j > i && GROUP_HEADS.has(token.fold) && isCapitalized(token.text);
      if (!isNameToken(token) && !connector && !groupWord) break;
      if (j > i && GROUP_HEADS.has(token.fold) && !isNameToken(this.tokens[j + 1]) && named) end = j + 1;
      if (j > i && !HEAD_MODIFIERS.has(token.fold) && !GROUP_HEADS.has(token.fold)) named = true;
      if (j === i && !gazetteer.trie.longestAt(this.tokens, i, this.end)) named = true;
    }
    return end;
  }

  /** Possessive, head noun, place; "Putin's government" is Russia. */
  private annotate(mention: Mention): void {
    const next = this.tokens[mention.end];
    mention.possessive = !!next && POSSESSIVE_MARKS.has(next.fold) && mention.end < this.end;
    let head = mention.end + (mention.possessive ? 1 : 0);
    while (head < this.end - 1 && this.tokens[head]!.pos === 'ADJ' && !STATE_HEADS.has(this.tokens[head]!.fold) && !TITLES.has(this.tokens[head]!.fold)) head++;
    mention.head = head < this.end ? this.tokens[head]!.fold : null;
    if (mention.kind === 'person' && mention.possessive && PERSON_STATE_NOUNS.has(mention.head ?? '')) {
      const affiliation = this.ctx.actors.get(mention.actor)?.affiliation;
      if (affiliation && gazetteer.actors.get(affiliation)?.kind === 'state') Object.assign(mention, { actor: affiliation, kind: 'state' });
    }
    if (mention.kind === 'person') {
      const affiliation = this.ctx.actors.get(mention.actor)?.affiliation;
      if (affiliation && gazetteer.actors.get(affiliation)?.kind === 'state') this.ctx.noteState(affiliation);
    }
    if (mention.kind !== 'state') {
      if (mention.kind === 'armed_group' && this.tokens[mention.start - 1]?.fold !== 'of') this.ctx.noteGroup(mention.actor);
      return;
    }
    if (this.isPlace(mention)) {
      mention.place = true;
      this.ctx.unnoteMention(mention.actor);
      this.ctx.noteSetting(mention.actor);
      return;
    }
    // "Syria's border" sets the story; "Niger's ruling general" and "Niamey's demand" are the state acting.
    const owned = mention.head ?? '';
    if (mention.possessive && !STATE_HEADS.has(owned) && !TITLES.has(owned) && !AGENTIVE_NOUNS.has(owned)) this.ctx.noteSetting(mention.actor);
    if (!mention.pair && mention.actor !== LOCAL_STATE) this.ctx.noteState(mention.actor);
  }

  /** "in Ankara", "of northern Syria", "in Iraq and Syria", "in Rome, Italy"; not "at Niamey's demand". */
  private isPlace(mention: Mention): boolean {
    if (mention.end <= this.datelineEnd) return true;
    const owned = mention.head ?? '';
    if (mention.possessive && (AGENTIVE_NOUNS.has(owned) || STATE_HEADS.has(owned))) return false;
    let k = mention.start - 1;
    let directions = 0;
    while (k >= this.start && PLACE_MODIFIERS.has(this.tokens[k]!.fold)) {
      if (DIRECTIONS.has(this.tokens[k]!.fold)) directions++;
      k--;
    }
    const before = this.tokens[k]?.fold ?? '';
    if (k < this.start) return false;
    if (directions === 0 && this.peopleOfState(k)) {
      mention.start = k - 1; // "officials in Beijing", "soldiers from Rwanda": the state's people act for it
      return false;
    }
    if (LOCATIVES.has(before) || (before === 'of' && directions > 0)) return true;
    if (before === 'and' || before === 'or') return this.mentions.find((m) => m.end === k)?.place ?? false;
    if (before !== ',') return false;
    const city = this.tokens[k - 1];
    const closes = mention.end >= this.end || this.tokens[mention.end]!.pos === 'PUNCT';
    return before === ',' && k === mention.start - 1 && closes && !!city && isCapitalized(city.text) && LOCATIVES.has(this.tokens[k - 2]?.fold ?? '');
  }

  /** "lawmakers in Japan", "a delegation from Taiwan", "soldiers of Eritrea": the preposition at k joins a state to its people. */
  private peopleOfState(k: number): boolean {
    const preposition = this.tokens[k]?.fold ?? '';
    const people = this.tokens[k - 1];
    if (!people || k - 1 < this.start || this.mentions.some((m) => m.start <= k - 1 && k - 1 < m.end)) return false;
    if (preposition === 'in') return STATE_PEOPLE.has(people.fold);
    // Not "troops from Syria": troops are withdrawn from places, where soldiers, officers and police come from their state.
    return (preposition === 'from' || preposition === 'of') && (STATE_PEOPLE.has(people.fold) || SERVICE_PEOPLE.has(people.fold));
  }

  /** "U.S. Secretary of State Antony Blinken": the state is part of the person's title, not a mention of its own. */
  private isTitleOfPerson(mention: Mention): boolean {
    if (mention.kind !== 'state') return false;
    let k = mention.end;
    if (POSSESSIVE_MARKS.has(this.tokens[k]?.fold ?? '')) k++;
    if (!TITLES.has(this.tokens[k]?.fold ?? '')) return false;
    while (k < this.end && (TITLES.has(this.tokens[k]!.fold) || this.tokens[k]!.fold === 'of')) k++;
    return this.mentions.some((m) => m.kind === 'person' && m.start === k);
  }
}
