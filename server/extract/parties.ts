import type { ActorKind } from './schema.ts';
import { LOCAL_REBELS, type ArticleContext } from './context.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './nlp.ts';
import type { SentenceView } from './sentence.ts';
import { gazetteer } from './gazetteer.ts';
import {
  AGENT_HEADS, AGENTIVE_NOUNS, ENDEAVOUR_NOUNS, HEAD_MODIFIERS, CLAUSE_INITIAL_STOPS, CLAUSE_STOPS, COMPOUND_CUES, DESCRIBING_PARTICIPLES, DIRECTIONS, FIRST_PERSON,
  GENERIC_GROUP_HEADS, LIST_OPENERS, LOCATIVES, NON_SUBJECT_PREPOSITIONS, OBJECT_FILLERS, PERSON_PRONOUNS, PLACE_MODIFIERS,
  PREPOSITIONAL_STOPS, PROXY_LINKS, QUANTIFIERS, QUANTITY_NOUNS, RELATIVE_PRONOUNS, REPORTING_NOUNS, SAY_VERBS, PARTY_HEADS,
  TARGET_PROXIES, TITLES,
} from './lexicon.ts';

/** A party to a relation: one or more coordinated actors, and how sure we are that they are the party. */
export interface Party {
  actors: Mention[];
  confidence: number;
}

/** Subjects are looked for within this many tokens: keeps pathological one-line "sentences" linear. */
const MAX_SCAN = 60;
/** Coordinated lists longer than this are enumerations, not parties acting together. */
const MAX_GROUP = 12;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const COORDINATORS = new Set([',', 'and', 'or', '&']);
/** Head nouns between coordinated owners: "Rwandan military commanders and an M23 leader". */
const MEMBER_HEADS = new Set([...TARGET_PROXIES, ...AGENT_HEADS, ...TITLES]);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const REASON_PREPOSITIONS = new Set(['for', 'over', 'about']);
/** "it"/"they" as subject of a complement clause stand for the subject of the main clause. */
const NEUTER_PRONOUNS = new Set(['it', 'they']);
const FRONTED_OPENERS = new Set(['during', 'after', 'following', 'speaking', 'in', 'at', 'on', 'amid', 'despite', 'with', 'before', 'addressing', 'meeting']);

/** A party the sentence refers to without naming it here ("he", "we", a sentence-initial "It"). */
function impliedParty(actor: string, kind: ActorKind, confidence: number): Party {
  return { actors: [{ actor, kind, start: -1, end: -1, place: false, possessive: false, head: null, confidence }], confidence };
}

/** Finds subjects, objects and possessors around a cue: the shallow syntax the relation frames rely on. */
export class PartyFinder {
  constructor(
    private readonly view: SentenceView,
    private readonly ctx: ArticleContext,
  ) {}

  private skippable(i: number): boolean {
    const token = this.view.token(i);
    if (!token || this.view.startingAt(i)) return false;
    if (token.fold === 'of') return (TITLES.has(this.view.fold(i - 1)) && TITLES.has(this.view.fold(i + 1))) || QUANTITY_NOUNS.has(this.view.fold(i - 1));
    if (token.fold === 'at') return this.view.fold(i + 1) === 'least';
    const participle = token.pos === 'VERB' && this.view.token(i - 1)?.pos === 'DET' && !!this.view.startingAt(i + 1);
    if (this.inLedCompound(i)) return true;
    return OBJECT_FILLERS.has(token.fold) || QUANTIFIERS.has(token.fold) || TITLES.has(token.fold) || gazetteer.demonymToState.has(token.fold)
      || token.pos === 'ADJ' || token.pos === 'NUM' || participle || (token.pos === 'PROPN' && (this.isOfficeState(i) || this.inDemonym(i)));
  }

  /** "North Korean": a word of a demonym written in several words. */
  private inDemonym(i: number): boolean {
    return [i, i - 1].some((from) => {
      const hit = from >= this.view.start ? gazetteer.trie.longestAt(this.view.tokens, from, this.view.end) : null;
      return hit?.value.type === 'demonym' && hit.end > i;
    });
  }

  /** "U.S. envoy Steve Witkoff": a state written as part of a person's title is no mention of its own, and no barrier. */
  private isOfficeState(i: number): boolean {
    const hit = gazetteer.trie.longestAt(this.view.tokens, i, this.view.end);
    if (hit?.value.type !== 'actor') return false;
    let k = hit.end;
    while (k < this.view.end && TITLES.has(this.view.fold(k))) k++;
    return k > hit.end && this.view.startingAt(k)?.kind === 'person';
  }

  /** "the Kurdish-led SDF", "Islamist-led HTS rebels": the dash and participle of a describing compound. */
  private inLedCompound(i: number): boolean {
    const fold = this.view.fold(i);
    if (fold === '-') return DESCRIBING_PARTICIPLES.has(this.view.fold(i + 1));
    return DESCRIBING_PARTICIPLES.has(fold) && this.view.fold(i - 1) === '-';
  }

  /** "the Rwanda-backed rebels", "the US-led coalition": the head after the compound is the party, X only its backer or leader. */
  private throughCompound(mention: Mention): Mention {
    const participle = this.view.fold(mention.end + 1);
    if (this.view.fold(mention.end) !== '-' || !(COMPOUND_CUES.has(participle) || DESCRIBING_PARTICIPLES.has(participle))) return mention;
    return this.view.startingAt(mention.end + 2) ?? this.view.startingAt(mention.end + 3) ?? mention;
  }

  /** A mention as the actors it stands for: "the two countries" is two states. */
  expand(mention: Mention): Mention[] {
    return mention.pair ? mention.pair.map((actor) => ({ ...mention, actor, pair: undefined })) : [mention];
  }

  /** Actors coordinated after a mention: "Egypt, Qatar, the US and Hamas"; a bare comma joins only inside a list. */
  groupRight(first: Mention, asObject = false): Mention[] {
    const members = [first];
    let last = first;
    while (!last.possessive && members.length < MAX_GROUP) {
      let k = this.afterBracket(last.end);
      while (MEMBER_HEADS.has(this.view.fold(k))) k++;
      const bareComma = this.view.fold(k) === ',' && !['and', 'or'].includes(this.view.fold(k + 1));
      if (this.view.fold(k) === 'as' && this.view.fold(k + 1) === 'well' && this.view.fold(k + 2) === 'as') k += 3;
      else if (COORDINATORS.has(this.view.fold(k))) k += this.view.fold(k + 1) === 'and' || this.view.fold(k + 1) === 'or' ? 2 : 1;
      else break;
      while (k < this.view.end && this.skippable(k)) k++;
      const found = this.view.startingAt(k);
      const next = found && this.throughCompound(found);
      if (!next || next.place) break;
      if (bareComma && !COORDINATORS.has(this.view.fold(next.end))) break;
      // "attacked Y and Z said …": Z opens a clause; "by A, B and C took …": a list's last item does not.
      if (asObject && members.length === 1 && ['VERB', 'AUX'].includes(this.view.token(next.end)?.pos ?? '')) break;
      members.push(next);
      last = next;
    }
    return members.flatMap((m) => this.expand(m));
  }

  /** "the Arakan Army (AA) and …": past a bracketed acronym or aside right after a mention. */
  private afterBracket(k: number): number {
    if (this.view.fold(k) !== '(') return k;
    for (let j = k + 1; j < Math.min(this.view.end, k + 6); j++) if (this.view.fold(j) === ')') return j + 1;
    return k;
  }

  /** Actors coordinated before a mention: "both Moscow and Washington", "Egypt, Qatar and the US". */
  groupLeft(last: Mention): Mention[] {
    const members = [last];
    let first = last;
    let conjunction = false;
    while (members.length < MAX_GROUP) {
      let k = first.start - 1;
      while (k > this.view.start && this.skippable(k)) k--;
      const fold = this.view.fold(k);
      if (fold === 'as' && this.view.fold(k - 1) === 'well' && this.view.fold(k - 2) === 'as') k -= 3;
      else if (fold === 'and' || fold === 'or' || fold === '&') k -= this.view.fold(k - 1) === ',' ? 2 : 1;
      else if (fold === ',' && conjunction) k -= 1;
      else break;
      conjunction = true;
      while (k > this.view.start && this.skippable(k)) k--;
      const previous = this.view.endingAt(k);
      if (!previous || previous.place || previous.possessive) break;
      members.unshift(previous);
      first = previous;
    }
    return members.flatMap((m) => this.expand(m));
  }

  /** "the importance of Coalition efforts to support …": the owner of an endeavour acts in its infinitive, whatever precedes it. */
  private ownsInfinitive(mention: Mention): boolean {
    const head = mention.possessive ? mention.end + 1 : mention.end; // past "'s"
    return ENDEAVOUR_NOUNS.has(this.view.fold(head)) && this.view.fold(head + 1) === 'to';
  }

  private precededByPreposition(mention: Mention): boolean {
    return NON_SUBJECT_PREPOSITIONS.has(this.tokenBefore(mention)?.fold ?? '');
  }

  /** The subject of the clause a cue at `position` sits in, scanning left; relative pronouns lead to their antecedent. */
  subjectBefore(position: number, skipObjects = false): Party | null {
    let pronounSubject = false;
    let verbSeen = false;
    let coordinatedVerb = this.followsConjunction(position);
    for (let i = position - 1; i >= Math.max(this.view.start, position - MAX_SCAN); i--) {
      const fold = this.view.fold(i);
      if (this.view.token(i)?.pos === 'VERB') verbSeen = true;
      if (PREPOSITIONAL_STOPS.has(fold) && (!verbSeen || this.opensPhrase(i + 1))) continue;
      if (['and', 'or', 'but'].includes(fold) && (coordinatedVerb || this.view.token(i + 1)?.pos === 'VERB')) {
        coordinatedVerb = true;
        continue;
      }
      // "ISPR said this attack killed …": the subject of reported speech is not the speaker.
      if (SAY_VERBS.has(fold) && this.view.token(i)?.pos === 'VERB' && !pronounSubject && !coordinatedVerb) return null;
      const mention = this.view.endingAt(i);
      if (mention) {
        const verbObject = skipObjects && this.tokenBefore(mention)?.pos === 'VERB';
        if (!verbObject && this.canBeSubject(mention, pronounSubject ? 'pronoun' : coordinatedVerb ? 'coordinated' : 'plain')) return { actors: this.groupLeft(mention), confidence: mention.confidence };
        i = mention.start;
        continue;
      }
      if (fold === ')') {
        while (i > this.view.start && this.view.fold(i) !== '(') i--;
        continue;
      }
      const quoted = fold === '"' ? this.scareQuoteStart(i) : -1;
      if (quoted >= 0) {
        i = quoted;
        continue;
      }
      if (this.isRelativePronoun(i) && !pronounSubject) return this.antecedentOf(i);
      if (PERSON_PRONOUNS.has(fold)) return this.lastPerson(i);
      if (FIRST_PERSON.has(fold) && !pronounSubject) return this.speakerSide();
      if ((NEUTER_PRONOUNS.has(fold) || POSSESSIVE_PRONOUNS.has(fold)) && i === this.view.start) return this.previousSubject();
      if (NEUTER_PRONOUNS.has(fold)) pronounSubject = true;
      else if ((fold === 'that' || RELATIVE_PRONOUNS.has(fold)) && pronounSubject) continue;
      else if (CLAUSE_STOPS.has(fold) || fold === 'that' || this.startsClause(i)) return null;
    }
    return this.subjectAfterFrontedPhrase(position);
  }

  /** The opening quote of a short quoted phrase without a verb that closes at i ("so-called \"axis of resistance\""), else -1. */
  private scareQuoteStart(close: number): number {
    let quotes = 0;
    for (let k = this.view.start; k <= close; k++) if (this.view.fold(k) === '"') quotes++;
    if (quotes % 2 !== 0) return -1;
    for (let k = close - 1; k > this.view.start && k >= close - 7; k--) {
      if (this.view.fold(k) === '"') return k;
      if (['VERB', 'AUX'].includes(this.view.token(k)?.pos ?? '')) return -1;
    }
    return -1;
  }

  /** "since 2015", "after the coup": a prepositional phrase, not a clause. */
  private opensPhrase(i: number): boolean {
    const token = this.view.token(i);
    return !!token && (token.pos === 'NUM' || token.pos === 'DET' || MONTHS.has(token.fold));
  }

  /** "… frozen its membership in the CSTO and accused Moscow": the second verb shares the first one's subject. */
  private followsConjunction(position: number): boolean {
    let k = position - 1;
    while (k > this.view.start && ['ADV', 'AUX'].includes(this.view.token(k)?.pos ?? '')) k--;
    return ['and', 'or', 'but'].includes(this.view.fold(k)) && !this.view.endingAt(k - 1)?.possessive && this.view.token(position)?.pos === 'VERB';
  }

  private previousSubject(): Party | null {
    const previous = this.ctx.previousSubject;
    if (!previous) return null;
    return impliedParty(previous.actor, previous.kind, 0.6);
  }

  /** The mention opening this sentence as its subject, remembered for the next sentence's "It". */
  openingSubject(): Mention | null {
    for (let k = this.view.start; k < Math.min(this.view.end, this.view.start + 3); k++) {
      const mention = this.view.startingAt(k);
      if (mention) return this.canBeSubject(mention, 'plain') ? mention : null;
      if (!this.skippable(k)) return null;
    }
    return null;
  }

  /** "As the Kurds gained influence, …" but not "views X as a threat". */
  private startsClause(i: number): boolean {
    return CLAUSE_INITIAL_STOPS.has(this.view.fold(i)) && (i === this.view.start || this.view.fold(i - 1) === ',');
  }

  /**
   * Not a subject: a place, the object of a preposition, a noun modifier ("ISIS threat"), an owner inside an object
   * ("sought Assad's removal"); after a pronoun subject ("it", "they"), only a mention opening a clause.
   */
  private canBeSubject(mention: Mention, mode: 'plain' | 'pronoun' | 'coordinated'): boolean {
    if (mention.place || (this.precededByPreposition(mention) && !this.ownsInfinitive(mention))) return false;
    const next = this.view.token(mention.end);
    if (next?.fold === '-' && COMPOUND_CUES.has(this.view.fold(mention.end + 1))) return false;
    const head = this.headNoun(mention);
    const modifier = !PARTY_HEADS.has(head) && !REPORTING_NOUNS.has(head) && !ENDEAVOUR_NOUNS.has(head);
    const misTaggedVerb = this.view.token(mention.end + 1)?.pos === 'DET' || !!this.view.startingAt(mention.end + 1);
    if (!mention.possessive && next?.pos === 'NOUN' && modifier && !misTaggedVerb) return false;
    const before = this.tokenBefore(mention);
    const agentive = mention.possessive && AGENTIVE_NOUNS.has(mention.head ?? '');
    if (mention.possessive && before?.pos === 'VERB' && !agentive) return false;
    const ownerHead = PARTY_HEADS.has(mention.head ?? '') || TITLES.has(mention.head ?? '');
    if (mention.possessive && !agentive && !ownerHead) return false;
    if (mode === 'plain') return !this.closesInsertedClause(mention);
    if (mode === 'coordinated') return before?.pos !== 'VERB' || agentive;
    if (['AUX', 'VERB'].includes(next?.pos ?? '')) return true;
    return !before || before.fold === ',' || before.fold === 'that' || CLAUSE_STOPS.has(before.fold) || CLAUSE_INITIAL_STOPS.has(before.fold);
  }

  /** "Egypt, which backs the army, hosted …": a mention ending an inserted relative clause is not the main verb's subject. */
  private closesInsertedClause(mention: Mention): boolean {
    let k = mention.end;
    if (this.view.fold(k) === '(') while (k < this.view.end && this.view.fold(k) !== ')') k++;
    if (this.view.fold(k) === ')') k++;
    if (this.view.fold(k) !== ',') return false;
    for (let j = mention.start - 1; j > this.view.start; j--) {
      const fold = this.view.fold(j);
      if (['which', 'who', 'whom'].includes(fold)) return this.view.fold(j - 1) === ',';
      if (fold === ',' || CLAUSE_STOPS.has(fold)) return false;
    }
    return false;
  }

  /** The first word before a mention that is not a filler; "in the Russia-led CSTO" looks past the describing compound. */
  private tokenBefore(mention: Mention): Token | undefined {
    let k = mention.start - 1;
    while (k >= this.view.start && this.skippable(k)) k--;
    const modifier = this.view.endingAt(k);
    return modifier && this.inLedCompound(modifier.end) ? this.tokenBefore(modifier) : this.view.token(k);
  }

  /** "groups that are opposed to X" (relative) as against "proposed that it could …" (complement clause). */
  isRelativePronoun(i: number): boolean {
    const fold = this.view.fold(i);
    if (!RELATIVE_PRONOUNS.has(fold)) return false;
    if (fold !== 'that') return true;
    const next = this.view.token(i + 1);
    return !!next && !this.view.startingAt(i + 1) && ['AUX', 'VERB', 'ADV'].includes(next.pos);
  }

  /** "Turkey, which backs X": the mention right before the relative pronoun; "the PKK, a separatist group that …": the PKK. */
  antecedentOf(pronoun: number): Party | null {
    const before = this.view.fold(pronoun - 1) === ',' ? pronoun - 2 : pronoun - 1;
    const found = this.view.endingAt(before);
    const mention = found?.place ? this.ownerOfPlace(found) : found;
    if (!mention) return GENERIC_GROUP_HEADS.has(this.view.fold(before)) ? this.appositiveAntecedent(this.nounPhraseStart(before)) : null;
    if (mention.place) return null;
    return { actors: this.groupLeft(mention), confidence: mention.confidence * 0.9 };
  }

  /** "the Houthis in Yemen": the mention a locative phrase hangs on. */
  private ownerOfPlace(place: Mention): Mention | undefined {
    let k = place.start - 1;
    while (k > this.view.start && PLACE_MODIFIERS.has(this.view.fold(k))) k--;
    return LOCATIVES.has(this.view.fold(k)) ? this.view.endingAt(k - 1) : undefined;
  }

  /** "Kataib Hezbollah, which Iran supports": the object of a relative clause is its antecedent. */
  objectRelativeAntecedent(subject: Party): Party | null {
    const start = Math.min(...subject.actors.map((m) => m.start));
    if (start < 0 || !['which', 'whom', 'that'].includes(this.view.fold(start - 1))) return null;
    return this.antecedentOf(start - 1);
  }

  /** Start of "a Kurdish separatist group" given its head noun. */
  nounPhraseStart(head: number): number {
    let k = head;
    while (k > this.view.start && !['a', 'an', ','].includes(this.view.fold(k - 1)) && k > head - 5) k--;
    return k;
  }

  /** "the Syrian Democratic Forces (SDF), a U.S.-backed group": the mention before ", a". */
  appositiveAntecedent(phraseStart: number): Party | null {
    let k = phraseStart - 1;
    if (['a', 'an', 'the'].includes(this.view.fold(k))) k--;
    if (this.view.fold(k) !== ',') return null;
    k--;
    if (this.view.fold(k) === ')') {
      while (k > this.view.start && this.view.fold(k) !== '(') k--;
      k--;
    }
    const mention = this.view.endingAt(k);
    return mention && !mention.place ? { actors: [mention], confidence: mention.confidence * 0.9 } : null;
  }

  /** "he" at i: the latest person named before it in this sentence, else before this sentence. */
  private lastPerson(i: number): Party | null {
    const before = this.view.mentions.filter((m) => m.kind === 'person' && m.end <= i).pop();
    const name = before?.actor ?? this.ctx.personBeforeSentence;
    if (!name) return null;
    return impliedParty(name, 'person', 0.7);
  }

  /** "“We reached an understanding with X,” Cavusoglu said": the state the speaker acts for. */
  private speakerSide(): Party | null {
    let speaker: Mention | undefined;
    for (let i = this.view.start; i < this.view.end && !speaker; i++) {
      if (!SAY_VERBS.has(this.view.fold(i))) continue;
      speaker = this.view.endingAt(i - 1) ?? this.view.startingAt(i + 1);
    }
    const name = speaker?.actor ?? this.ctx.lastPerson;
    if (!name) return null;
    const affiliation = speaker && speaker.kind !== 'person' ? null : this.ctx.actors.get(name)?.affiliation;
    const side = affiliation ?? name;
    const kind = affiliation ? (gazetteer.actors.get(affiliation)?.kind ?? 'state') : speaker?.kind ?? 'person';
    return impliedParty(side, kind, 0.7);
  }

  /** "During a meeting with X, Blinken urged …": the subject follows the fronted phrase. */
  private subjectAfterFrontedPhrase(position: number): Party | null {
    if (!FRONTED_OPENERS.has(this.view.fold(this.view.start))) return null;
    let comma = position;
    while (comma < this.view.end && this.view.fold(comma) !== ',') comma++;
    let k = comma + 1;
    while (this.skippable(k) && k < this.view.end) k++;
    const mention = this.view.startingAt(k);
    return mention && !mention.place ? { actors: this.groupRight(mention), confidence: mention.confidence * 0.9 } : null;
  }

  /** The object starting at `from` (after fillers): "the new Turkish incursion", "bases housing US troops", "civilians and Hamas". */
  objectAt(from: number, acceptPlace: boolean, proxyHops = 1, clauseSubject = false): Party | null {
    let k = from;
    for (let steps = 0; steps < 5 && k < this.view.end && this.skippable(k); steps++) k++;
    const found = this.namedGroup(this.headAfterModifier(this.view.startingAt(k)));
    const mention = found && this.throughCompound(found);
    if (mention && mention !== found) return { actors: this.groupRight(mention, !clauseSubject), confidence: mention.confidence };
    if (mention) {
      if (mention.place && (!acceptPlace || DIRECTIONS.has(this.view.fold(mention.start - 1)))) return null;
      if (mention.possessive && !this.ownsAgentOrTarget(mention)) return null;
      const actors = this.groupRight(mention, !clauseSubject);
      const examples = proxyHops > 0 ? this.listedExamples(Math.max(...actors.map((m) => m.end)), proxyHops) : null;
      return { actors: [...actors, ...(examples?.actors ?? [])], confidence: mention.confidence };
    }
    if (proxyHops > 0 && TARGET_PROXIES.has(this.view.fold(k)) && PROXY_LINKS.has(this.view.fold(k + 1))) {
      return this.objectAt(k + 2, true, proxyHops - 1);
    }
    // "condemned the decision by Togo to …" as "condemned Togo's decision": the act stands for its agent.
    if (proxyHops > 0 && AGENTIVE_NOUNS.has(this.view.fold(k)) && this.view.fold(k + 1) === 'by') return this.objectAt(k + 2, false, proxyHops - 1);
    if (this.view.token(k)?.pos === 'NOUN' && ['and', 'or'].includes(this.view.fold(k + 1))) return this.objectAt(k + 2, acceptPlace, proxyHops, clauseSubject);
    return proxyHops > 0 ? this.listedExamples(k, proxyHops) : null;
  }

  /** "the insurgents of ISIS": the named group stands for the generic one. */
  private namedGroup(mention: Mention | undefined): Mention | undefined {
    if (mention?.actor !== LOCAL_REBELS || this.view.fold(mention.end) !== 'of') return mention;
    const named = this.view.startingAt(mention.end + 1);
    return named && !named.place ? named : mention;
  }

  /** "NATO ally Greece", "Kremlin critic X": a mention modifying a noun before another mention gives way to it. */
  private headAfterModifier(mention: Mention | undefined): Mention | undefined {
    // "helped the army defeat ISIS": a mention ending in its own head noun ("army") modifies nothing after it.
    if (!mention || !this.isNounModifier(mention) || AGENT_HEADS.has(this.view.fold(mention.end - 1))) return mention;
    return this.view.startingAt(mention.end + 1) ?? mention;
  }

  /**
   * "Syria's government", "Ukraine's energy infrastructure", "Libya's internationally recognised government": the
   * possessed noun stands for the owner; "Syria's border" does not.
   */
  private ownsAgentOrTarget(mention: Mention): boolean {
    for (let k = mention.end + 1; k < Math.min(this.view.end, mention.end + 5); k++) {
      const fold = this.view.fold(k);
      if (PARTY_HEADS.has(fold)) return true;
      const pos = this.view.token(k)?.pos ?? '';
      const describing = ['ADJ', 'NOUN', 'ADV'].includes(pos) || (pos === 'VERB' && /(ed|en)$/.test(fold));
      if (!describing) return false;
    }
    return false;
  }

  /** "foreign forces, including Iranian and Russian troops": the named examples of a generic object. */
  private listedExamples(from: number, proxyHops: number): Party | null {
    for (let k = from; k < Math.min(this.view.end, from + 8); k++) {
      if (LIST_OPENERS.has(this.view.fold(k))) return this.objectAt(k + 1, false, proxyHops - 1);
      if (CLAUSE_STOPS.has(this.view.fold(k)) || this.view.token(k)?.pos === 'VERB') return null;
    }
    return null;
  }

  /** The party after the first of `preps` within a short window: "push Kurdish fighters from …", "clear the border of …". */
  objectAfterPreposition(from: number, preps: string[], window: number): Party | null {
    for (let k = from; k < Math.min(this.view.end, from + window); k++) {
      const fold = this.view.fold(k);
      if (preps.includes(fold)) return this.objectAt(k + 1, true);
      if (CLAUSE_STOPS.has(fold) || this.view.token(k)?.pos === 'VERB' || fold === 'to' || fold === ',') return null;
    }
    return null;
  }

  /**
   * The first party after a cue in the same clause, for the fallback reading; stops at clause ends, commas, reported
   * speech and a noun of its own ("condemned the attack on Kyiv": the attack is the object, not Kyiv).
   */
  firstPartyAfter(from: number, window: number): Party | null {
    for (let k = from; k < Math.min(this.view.end, from + window); k++) {
      const fold = this.view.fold(k);
      if (CLAUSE_STOPS.has(fold) || fold === ',' || SAY_VERBS.has(fold) || RELATIVE_PRONOUNS.has(fold)) return null;
      const pos = this.view.token(k)?.pos ?? '';
      // "help stop Venezuela": a verb right after the cue takes the party; "backed armed groups": a participle does not.
      if ((pos === 'VERB' || pos === 'AUX') && (k > from || !/ed$/.test(fold))) return null;
      if (pos === 'NOUN' && !this.view.covering(k) && !this.skippable(k)) return null;
      const mention = this.view.startingAt(k);
      if (!mention) continue;
      if (mention.place || this.isNounModifier(mention)) return null;
      if (mention.possessive) return this.objectAt(k, false); // "Syria's ISIS fight" is no party, "Syria's army" is
      return this.objectAt(k, false) ?? { actors: this.groupRight(mention, true), confidence: mention.confidence };
    }
    return null;
  }

  /** "Mozambique insurgency", "ISIS threat": a mention modifying the noun after it is not a party. */
  private isNounModifier(mention: Mention): boolean {
    const next = this.view.token(mention.end);
    const head = this.headNoun(mention);
    return !mention.possessive && next?.pos === 'NOUN' && !PARTY_HEADS.has(head);
  }

  /** The noun a mention's modifiers lead to: "American drone strike" → "strike". */
  private headNoun(mention: Mention): string {
    let k = mention.end;
    while (k < mention.end + 2 && HEAD_MODIFIERS.has(this.view.fold(k))) k++;
    return this.view.fold(k);
  }

  /** The owner of a nominal cue: "Turkey's offensive", "Israeli airstrikes", "its fight" (→ the clause subject). */
  possessorOf(cueStart: number): Party | null {
    let k = cueStart - 1;
    for (let steps = 0; steps < 3 && k > this.view.start && ['ADJ', 'NOUN'].includes(this.view.token(k)?.pos ?? '') && !this.view.endingAt(k); steps++) k--;
    if (this.view.fold(k) === "'s" || this.view.fold(k) === "'") k--;
    const mention = this.view.endingAt(k);
    if (mention && !mention.place) return { actors: this.groupLeft(mention), confidence: mention.confidence };
    if (!POSSESSIVE_PRONOUNS.has(this.view.fold(k))) return null;
    if (k === this.view.start) return this.previousSubject();
    // "sanctions on Iran for its support of Russia": after "for" or "over", "its" is the party just named.
    return REASON_PREPOSITIONS.has(this.view.fold(k - 1)) ? this.nearestBefore(k) : this.subjectBefore(k);
  }

  /** The latest non-place mention before token i. */
  private nearestBefore(i: number): Party | null {
    for (let k = i - 1; k >= this.view.start; k--) {
      const mention = this.view.endingAt(k);
      if (mention && !mention.place) return { actors: [mention], confidence: mention.confidence * 0.9 };
    }
    return null;
  }

}
