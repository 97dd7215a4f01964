import type { RelationType } from './schema.ts';
import type { Mention } from './mentions.ts';
import type { SentenceView } from './sentence.ts';
import { LOCAL_STATE, type ArticleContext } from './context.ts';
import { findCues, usedAsVerb, type CueDef, type CueHit } from './cues.ts';
import { isTitleCase, spanText } from './nlp.ts';
import { gazetteer } from './gazetteer.ts';
import { PartyFinder, type Party } from './parties.ts';
import {
  BE_FORMS, CLAUSE_STOPS, COMPOUND_CUES, DENIALS, FRIENDLY_VIEWS, GENERIC_GROUP_HEADS, GOODS, HEDGES, HINDERING_VERBS,
  HOSTILE_VIEWS, HYPOTHETICAL_OPENERS, MUTUAL_COMPOUNDS, NAMING_PHRASES, NAMING_VERBS, NEGATORS, PARTICIPATION_VERBS,
  OFFER_VERBS, REQUEST_VERBS, SAY_VERBS, SUSPENSIONS, VIEW_VERBS,
} from './lexicon.ts';

/** A relation stated by one sentence, before merging across sentences. */
export interface Claim {
  source: string;
  type: RelationType;
  target: string;
  cue: string;
  confidence: number;
}

interface Statement {
  source: Party;
  type: RelationType;
  target: Party;
  cue: string;
  confidence: number;
  /** Both directions (clashes, allied) or every pair (talks between A, B and C). */
  mutual?: boolean;
}

const ADVERBS_BEFORE_BY = new Set(['heavily', 'strongly', 'largely', 'partly', 'reportedly', 'allegedly', 'directly', 'also', 'openly']);

/** Words that may stand between a nominal cue and its preposition: "attacks of the war on X", "a deal reached with X". */
const NOUN_OBJECT_GAP = new Set(['of', 'the', 'this', 'war', 'conflict', 'year', 'month', 'week', 'day', 'recent', 'past', 'reached', 'signed', 'struck', 'agreed', 'concluded', 'since', 'for', 'years', 'decades']);

/** Verbs that may stand between a mutual noun and its "between": "clashes erupted between …", "talks were held between …". */
const BETWEEN_GAP_VERBS = new Set(['erupted', 'broke', 'took', 'were', 'was', 'are', 'is', 'will', 'have', 'has', 'continued', 'resumed', 'began', 'started', 'held']);

/** Confidence of a claim read by the nearest-party fallback rather than a frame. */
const NEAREST_CONFIDENCE = 0.5;
/** Parties acting together support each other, a reading one step removed from the text. */
const JOINT_ACTION_CONFIDENCE = 0.5;
/** How many tokens after a cue the fallback looks for the other party. */
const NEAREST_WINDOW = 10;

/** Finds what one sentence states about its actors. */
export class RelationFinder {
  private readonly parties: PartyFinder;
  private readonly statements: Statement[] = [];
  private readonly titleCase: boolean;
  /** Cues by first token. */
  private readonly cues = new Map<number, CueHit>();

  constructor(
    private readonly view: SentenceView,
    ctx: ArticleContext,
  ) {
    this.parties = new PartyFinder(view, ctx);
    this.titleCase = isTitleCase(view.tokens, view.start, view.end);
  }

  find(): Claim[] {
    if (this.view.mentions.length === 0) return [];
    for (const cue of findCues(this.view.tokens, this.view.start, this.view.end)) {
      const compound = this.view.fold(cue.start - 1) === '-';
      if (!compound && !this.view.covering(cue.start) && !this.insideName(cue.start)) this.cues.set(cue.start, { ...cue, value: this.sense(cue) });
    }
    for (const cue of this.cues.values()) this.readCue(cue);
    for (const mention of this.view.mentions) {
      if (mention.pair && this.view.fold(mention.end - 1) === 'allies') this.readAllies(mention);
    }
    for (let i = this.view.start; i < this.view.end; i++) {
      const fold = this.view.fold(i);
      if (fold === '-' && COMPOUND_CUES.has(this.view.fold(i + 1))) this.readCompound(i);
      else if (fold.startsWith('pro-')) this.readPro(i);
      else if (VIEW_VERBS.has(fold)) this.readView(i);
      if (fold === '-' || fold === '–') this.readPairCompound(i);
    }
    return this.statements.flatMap(toClaims);
  }

  /**
   * "backing" is the noun "backing of X" after "'s", the verb in "accused Rwanda of backing M23"; "defeat" the patient
   * noun in "the defeat of ISIS", the verb in "to degrade and defeat ISIS": one entry per use, told apart by the words.
   */
  private sense(hit: CueHit): CueDef {
    const isNoun = (cue: CueDef) => cue.nounOnly || cue.patient;
    const verb = hit.values.find((cue) => !isNoun(cue));
    const noun = hit.values.find(isNoun);
    if (!verb || !noun) return hit.value;
    return this.usedAsVerb({ ...verb, verbOnly: false }, hit) ? verb : noun;
  }

  /** Whether `cue`, found at `hit`, is used as a verb in this sentence. */
  private usedAsVerb(cue: CueDef, hit: CueHit): boolean {
    return usedAsVerb(cue, this.view.tokens[hit.start]!, this.view.token(hit.start - 1), this.view.token(hit.end), !!this.view.startingAt(hit.end));
  }

  /** The subject opening this sentence, for a following sentence that starts with "It" or "They". */
  openingSubject(): Mention | null {
    return this.parties.openingSubject();
  }

  /** "the Mediterranean Dialogues forum": a capitalised word inside a sentence is part of a name, not a cue. */
  private insideName(i: number): boolean {
    const token = this.view.tokens[i]!;
    if (i === this.view.start || this.view.fold(i - 1) === ':' || this.titleCase) return false;
    return token.pos === 'PROPN' && /^[A-Z]/.test(token.text);
  }

  private text(start: number, end: number): string {
    return spanText(this.view.tokens, start, end);
  }

  private state(source: Party | null, type: RelationType, target: Party | null, cue: string, confidence: number, mutual = false): void {
    if (source && target) this.statements.push({ source, type, target, cue, confidence, mutual });
  }

  /**
   * What one cue states; an agreement cue ("signed a defense treaty") also makes its parties negotiate, and the
   * coordinated parties of a joint action ("an offensive by A, B and C") support each other.
   */
  private readCue(hit: CueHit): void {
    const before = this.statements.length;
    this.readCueFrame(hit);
    if (this.statements.length === before) this.readNearest(hit);
    const read = this.statements.slice(before);
    if (hit.value.agreement) for (const statement of read) this.statements.push({ ...statement, type: 'negotiates' });
    if (!hit.value.jointAction || this.blocked(hit.start)) return;
    const allies = read.find((s) => s.source.actors.length > 1)?.source ?? this.agentPhrase(hit.end)?.agent;
    if (allies && allies.actors.length > 1) this.state(allies, 'supports', allies, this.text(hit.start, hit.end), JOINT_ACTION_CONFIDENCE, true);
  }

  /** Reads a cue in its frame: the party after it as source, "between", a verb or a noun. */
  private readCueFrame(hit: CueHit): void {
    const cue = hit.value;
    const cueText = this.text(hit.start, hit.end);
    if (cue.sourceAfter) {
      if (this.afterRequestVerb(hit.start)) return;
      // "banning UNRWA …, drawing condemnation from the UN": the act's subject is the target, not its object.
      this.state(this.parties.objectAt(hit.end, true), cue.type, this.parties.subjectBefore(hit.start, true), cueText, 0.75);
      return;
    }
    const between = this.betweenAfter(hit.end);
    if (between >= 0) {
      if (cue.preps.includes('between')) this.readBetween(hit, between, cueText);
      return;
    }
    if (this.usedAsVerb(cue, hit)) this.readVerb(hit, cueText);
    else this.readNoun(hit, cueText);
  }

  /**
   * When no frame fits the cue, the nearest reading: "an attack by X on Y", or the clause subject (or the cue's owner)
   * acting on the first party after the cue in the same clause. Lower confidence than a frame.
   */
  private readNearest(hit: CueHit): void {
    const cue = hit.value;
    if (cue.sourceAfter || cue.goods || this.blocked(hit.start)) return;
    const cueText = this.text(hit.start, hit.end);
    const by = this.agentPhrase(hit.end);
    if (by) {
      const agentEnd = Math.max(...by.agent.actors.map((m) => m.end));
      const target = this.parties.objectAfterPreposition(agentEnd, cue.preps, 4) ?? this.parties.subjectBefore(hit.start);
      this.state(by.agent, cue.type, target, cueText, NEAREST_CONFIDENCE, cue.mutual);
      return;
    }
    if (cue.nounOnly || !this.usedAsVerb(cue, hit)) return;
    const source = this.parties.subjectBefore(hit.start);
    const target = source && this.parties.firstPartyAfter(hit.end, NEAREST_WINDOW);
    if (!source || !target) return;
    if (cue.reversed) this.state(target, cue.type, source, cueText, NEAREST_CONFIDENCE);
    else this.state(source, cue.type, target, cueText, NEAREST_CONFIDENCE, cue.mutual);
  }

  /** "an offensive by Somali and African Union forces", "sanctions were imposed by X": the agent of a nominal or passive cue. */
  private agentPhrase(after: number): { agent: Party } | null {
    let k = after;
    const passive = (i: number) => BE_FORMS.has(this.view.fold(i)) || this.view.fold(i) === 'out' || ['VERB', 'AUX'].includes(this.view.token(i)?.pos ?? '');
    while (k < Math.min(this.view.end, after + 4) && (ADVERBS_BEFORE_BY.has(this.view.fold(k)) || passive(k))) k++;
    if (this.view.fold(k) !== 'by') return null;
    const agent = this.parties.objectAt(k + 1, false);
    return agent ? { agent } : null;
  }

  /** Negated, hedged or conditional, the cue or the verb it hangs on ("may be supplying weapons to"): nothing is stated. */
  private blocked(cueStart: number): boolean {
    const verb = this.view.token(cueStart)?.pos === 'VERB' ? cueStart : this.verbBefore(cueStart);
    return this.negatedVerb(cueStart) || this.negatedNoun(cueStart) || this.hypothetical(cueStart) || this.hedged(cueStart) || (verb !== cueStart && (this.hedged(verb) || this.negatedVerb(verb)));
  }

  /** "clashes between …", "clashes erupted on Tuesday night between …": where "between"/"among" introduces the parties, else -1. */
  private betweenAfter(end: number): number {
    for (let k = end; k < Math.min(this.view.end, end + 7); k++) {
      const fold = this.view.fold(k);
      if (fold === 'between' || fold === 'among') return k;
      if (k === end && !BETWEEN_GAP_VERBS.has(fold)) return -1;
      if (this.view.startingAt(k) || CLAUSE_STOPS.has(fold) || fold === ',') return -1;
    }
    return -1;
  }

  /** "seeking assistance from Turkey" asks for support; the request verb states the relation. */
  private afterRequestVerb(cueStart: number): boolean {
    let k = cueStart - 1;
    while (k > this.view.start && ['the', 'a', 'an', 'its', 'their', 'military', 'financial'].includes(this.view.fold(k))) k--;
    return REQUEST_VERBS.has(this.view.fold(k));
  }

  /** "talks between Egypt, Qatar and Hamas", "clashes between the army and the RSF". */
  private readBetween(hit: CueHit, between: number, cueText: string): void {
    const group = this.parties.objectAt(between + 1, true, 1, true);
    if (!group || group.actors.length < 2) return;
    this.state(group, hit.value.type, group, cueText, 0.8, true);
    if (hit.value.type === 'negotiates') this.state(this.parties.possessorOf(hit.start) ?? this.parties.subjectBefore(hit.start), 'negotiates', group, cueText, 0.7);
  }

  private readVerb(hit: CueHit, cueText: string): void {
    const cue = hit.value;
    if (this.blocked(hit.start)) return;
    let after = hit.end;
    while (ADVERBS_BEFORE_BY.has(this.view.fold(after))) after++;
    const agent = this.view.fold(after) === 'by' ? this.parties.objectAt(after + 1, true) : null;
    if (agent) {
      this.state(agent, cue.type, this.parties.subjectBefore(hit.start), cueText, 0.8, cue.mutual);
      return;
    }
    // "fought the M23 alongside the army": a prepositional cue takes the subject of the verb it follows.
    const verb = this.view.tokens[hit.start]!.pos === 'ADP' ? this.verbBefore(hit.start) : hit.start;
    const subject = this.parties.subjectBefore(verb);
    const object = this.verbObject(hit) ?? (subject ? this.parties.objectRelativeAntecedent(subject) : null);
    if (object && cue.reversed) this.state(object, cue.type, subject, cueText, 0.75);
    else if (object) {
      this.state(subject, cue.type, object, cueText, 0.8, cue.mutual);
      if (cue.type === 'supports') this.readJointAction(subject, object);
      if (verb !== hit.start) this.readSharedAction(verb, object);
    }
    else if (subject && subject.actors.length > 1 && cue.reciprocal && (cue.topicObject || !this.hasNounObject(hit.end))) this.state(subject, cue.type, subject, cueText, 0.7, true);
  }

  /** "failed to meet promises": the verb has an object of its own, so "X and Y" did not meet each other. */
  private hasNounObject(after: number): boolean {
    const pos = this.view.token(after)?.pos;
    return !!pos && !['PUNCT', 'ADP', 'ADV', 'CCONJ', 'SCONJ', 'PART'].includes(pos);
  }

  /** "the US is helping the SDF to eliminate ISIS", "help Kinshasa against the rebels": both helper and helped take on the foe. */
  private readJointAction(helper: Party | null, helped: Party): void {
    const foe = helper && this.foeAfter(Math.max(...helped.actors.map((m) => m.end)));
    if (foe) for (const side of [helper, helped]) this.state(side, 'opposes', foe.target, foe.cue, 0.6);
  }

  /** The foe named right after the helped party: "against the rebels", "(to) fight Y". */
  private foeAfter(end: number): { target: Party | null; cue: string } | null {
    if (this.view.fold(end) === 'against') return { target: this.parties.objectAt(end + 1, false), cue: this.text(end, end + 1) };
    const action = this.cues.get(this.view.fold(end) === 'to' ? end + 1 : end);
    if (action?.value.type !== 'opposes') return null;
    return { target: this.parties.objectAt(action.end, false), cue: this.text(action.start, action.end) };
  }

  /** The verb a prepositional cue hangs on: "fought the M23 alongside …" → "fought". */
  private verbBefore(cueStart: number): number {
    for (let k = cueStart - 1; k > this.view.start && !CLAUSE_STOPS.has(this.view.fold(k)); k--) {
      if (this.view.token(k)?.pos === 'VERB') return k;
    }
    return cueStart;
  }

  /** "fought the M23 alongside the Congolese army": the ally shares the verb's hostile act. */
  private readSharedAction(verb: number, ally: Party): void {
    const action = this.cues.get(verb);
    if (action?.value.type !== 'opposes') return;
    this.state(ally, 'opposes', this.verbObject(action), this.text(action.start, action.end), 0.6);
  }

  /** "sent weapons to X": something given comes before the recipient. */
  private givesGoods(from: number): boolean {
    for (let k = from; k < Math.min(this.view.end, from + 6); k++) {
      if (GOODS.has(this.view.fold(k))) return true;
      if (this.view.fold(k) === 'to') return false;
    }
    return false;
  }

  private verbObject(hit: CueHit): Party | null {
    const cue = hit.value;
    let k = hit.end;
    if (cue.thatClause) {
      while (k < this.view.end && k < hit.end + 3 && this.view.fold(k) !== 'that') k++;
      if (this.view.fold(k) === 'that') return this.parties.objectAt(k + 1, false, 1, true);
      k = hit.end;
    }
    const direct = this.parties.objectAt(k, false);
    if (direct || cue.preps.length === 0) return direct;
    if (cue.goods && !this.givesGoods(k)) return null;
    return this.parties.objectAfterPreposition(k, cue.preps, this.windowBeforeSourceCue(k, 8));
  }

  /** "recaptured the city with support from the US": the preposition after "support" introduces that cue's party. */
  private windowBeforeSourceCue(from: number, window: number): number {
    for (let k = from; k < from + window; k++) if (this.cues.get(k)?.value.sourceAfter) return k - from;
    return window;
  }

  private readNoun(hit: CueHit, cueText: string): void {
    const cue = hit.value;
    if (this.blocked(hit.start) || this.view.fold(hit.start - 1) === 'to') return;
    if (cue.patient) {
      this.readPatientNoun(hit, cueText);
      return;
    }
    const owner = this.parties.possessorOf(hit.start) ?? (this.objectOfHinderingVerb(hit.start) ? null : this.parties.subjectBefore(hit.start));
    const multiword = hit.end - hit.start > 1 && cue.preps.length === 0;
    const object = multiword ? this.parties.objectAt(hit.end, true) : this.nounObject(hit);
    // "the invasion of Kuwait by Iraq": the agent follows the object.
    const agent = object && !owner ? this.agentPhrase(Math.max(...object.actors.map((m) => m.end)))?.agent : undefined;
    if (object) this.state(agent ?? owner, cue.type, object, cueText, 0.7, cue.mutual);
    else if (owner && owner.actors.length > 1 && cue.reciprocal && this.takenPartIn(hit.start)) this.state(owner, cue.type, owner, cueText, 0.65, true);
  }

  /** "strikes are threatening the fight against ISIS": whoever threatens a fight is not the one fighting it. */
  private objectOfHinderingVerb(cueStart: number): boolean {
    let k = cueStart - 1;
    while (k > this.view.start && ['the', 'a', 'an', 'its', 'their'].includes(this.view.fold(k))) k--;
    return HINDERING_VERBS.has(this.view.fold(k));
  }

  /** "held a series of talks", "agreed to a ceasefire": the subjects are the parties, not overseers ("which oversee the truce"). */
  private takenPartIn(nounStart: number): boolean {
    for (let k = nounStart - 1; k >= Math.max(this.view.start, nounStart - 6); k--) {
      const fold = this.view.fold(k);
      if (PARTICIPATION_VERBS.has(fold)) return true;
      if (COMPOUND_CUES.has(fold) && this.view.fold(k - 1) === '-') {
        k = this.view.endingAt(k - 2)?.start ?? k - 1;
        continue;
      }
      if (!['DET', 'ADJ', 'NUM', 'ADP', 'NOUN', 'PROPN', 'PRON'].includes(this.view.token(k)?.pos ?? '') || this.view.endingAt(k)) return false;
    }
    return false;
  }

  /** "sought Assad's removal", "called for the departure of Russian troops": the owner or "of" object is the target. */
  private readPatientNoun(hit: CueHit, cueText: string): void {
    const possessor = this.parties.possessorOf(hit.start);
    const owner = possessor?.actors.every((m) => m.possessive) ? possessor : null;
    const modified = owner ? null : this.modifiedPatient(hit);
    if (modified) {
      this.state(modified.source, hit.value.type, modified.target, cueText, 0.6);
      return;
    }
    const target = owner ?? this.nounObject(hit);
    if (!target) return;
    const ownerStart = owner ? Math.min(...owner.actors.map((m) => m.start)) : hit.start;
    // "Russia, Belarus' main international backer": the noun phrase describes the party before the comma.
    const source = this.parties.appositiveAntecedent(this.parties.nounPhraseStart(ownerStart)) ?? this.parties.subjectBefore(ownerStart);
    this.state(source, hit.value.type, target, cueText, 0.65);
  }

  /** "AMISOM contributors are Uganda and Burundi": the noun's modifier is its patient, the copula's complement its agent. */
  private modifiedPatient(hit: CueHit): { source: Party | null; target: Party } | null {
    const modifier = this.view.endingAt(hit.start - 1);
    if (!modifier || modifier.place || modifier.possessive || !BE_FORMS.has(this.view.fold(hit.end))) return null;
    return { source: this.parties.objectAt(hit.end + 1, false), target: { actors: [modifier], confidence: modifier.confidence } };
  }

  /** "attacks on X", "the biggest attacks of the war on X", "at war since 2015 with X". */
  private nounObject(hit: CueHit): Party | null {
    for (let k = hit.end; k < Math.min(this.view.end, hit.end + 5); k++) {
      const fold = this.view.fold(k);
      if (hit.value.preps.includes(fold)) return this.parties.objectAt(k + 1, true);
      if (this.view.startingAt(k) || !(NOUN_OBJECT_GAP.has(fold) || this.view.token(k)?.pos === 'NUM')) return null;
    }
    return null;
  }

  /** "Belgrade-Pristina dialogue", "the U.S.-Iraq partnership", "Borrell – Kurti talks": the two parties relate both ways. */
  private readPairCompound(dash: number): void {
    const left = this.view.endingAt(dash - 1);
    const right = this.view.startingAt(dash + 1);
    const cue = right && this.cues.get(right.end);
    if (!left || !right || left.place || right.place || !cue || !(cue.value.reciprocal || cue.value.mutual)) return;
    if (this.negatedNoun(left.start)) return;
    const pair = { actors: [left, right], confidence: Math.min(left.confidence, right.confidence) };
    this.state(pair, cue.value.type, pair, this.text(left.start, cue.end), 0.7, true);
  }

  /** "X-backed Y": X supports Y; "a U.S.-backed group" after "the SDF," points back to the SDF; "a U.S.-brokered deal": X negotiates with its parties. */
  private readCompound(dash: number): void {
    const sourceMention = this.view.endingAt(dash - 1);
    if (!sourceMention || sourceMention.place) return;
    const participle = this.view.fold(dash + 1);
    const type = COMPOUND_CUES.get(participle)!;
    const target = type === 'negotiates' ? this.mediatedParties(dash + 2, sourceMention.start) : this.compoundTarget(dash + 2, sourceMention.start);
    const source = { actors: [sourceMention], confidence: sourceMention.confidence };
    this.state(source, type, target, this.text(dash - 1, dash + 2), 0.85, MUTUAL_COMPOUNDS.has(participle));
  }

  /** "a Qatar-mediated truce between Israel and Hamas", "Congo and Rwanda signed a U.S.-brokered deal". */
  private mediatedParties(from: number, compoundStart: number): Party | null {
    for (let k = from; k < Math.min(this.view.end, from + 4); k++) {
      if (this.view.fold(k) === 'between') return this.parties.objectAt(k + 1, true, 1, true);
    }
    return this.parties.subjectBefore(compoundStart);
  }

  private compoundTarget(from: number, compoundStart: number): Party | null {
    const direct = this.view.startingAt(from) ?? this.view.covering(from);
    if (direct) return { actors: [direct], confidence: direct.confidence };
    if (!GENERIC_GROUP_HEADS.has(this.view.fold(from))) return this.parties.objectAt(from, false);
    const named = this.view.startingAt(from + 1);
    if (named) return { actors: [named], confidence: named.confidence };
    for (const phrase of NAMING_PHRASES) {
      if (phrase.every((word, k) => this.view.fold(from + 1 + k) === word)) return this.parties.objectAt(from + 1 + phrase.length, true);
    }
    return this.parties.appositiveAntecedent(compoundStart);
  }

  /** "the two NATO allies": supports both ways (ANNOTATION.md settled case). */
  private readAllies(mention: Mention): void {
    const pair = { actors: this.parties.expand(mention), confidence: 0.6 };
    this.state(pair, 'supports', pair, this.text(mention.start, mention.end), 0.6, true);
  }

  /** "pro-Russian separatists", "pro-Iran rebels": the group supports the state; "the Wazalendo, pro-government militias": the local state. */
  private readPro(i: number): void {
    const side = this.view.fold(i).slice(4);
    const state = side === 'government' ? LOCAL_STATE : gazetteer.demonymToState.get(side) ?? gazetteer.stateNamed(side);
    if (!state) return;
    const group = this.view.covering(i) ?? this.view.startingAt(i + 1) ?? this.appositiveGroup(i + 1);
    if (!group || group.actor === state) return;
    const stateMention: Mention = { actor: state, kind: 'state', start: i, end: i + 1, place: false, possessive: false, head: null, confidence: 1 };
    this.state({ actors: [group], confidence: group.confidence }, 'supports', { actors: [stateMention], confidence: 1 }, this.view.tokens[i]!.text, 0.8);
  }

  /** "the Wazalendo, pro-government militias": a generic head in apposition stands for the group before it. */
  private appositiveGroup(head: number): Mention | undefined {
    if (!GENERIC_GROUP_HEADS.has(this.view.fold(head))) return undefined;
    return this.parties.appositiveAntecedent(head - 1)?.actors[0];
  }

  /** "Ankara views the SDF as a threat" (opposes) or "as essential" (supports); "which Ankara views as a threat". */
  private readView(verb: number): void {
    if (this.negatedVerb(verb)) return;
    const relative = this.view.fold(verb + 1) === 'as';
    const object = relative ? this.relativeObject(verb) : this.parties.objectAt(verb + 1, false);
    if (!object) return;
    const objectEnd = relative ? verb + 1 : Math.max(...object.actors.map((m) => m.end));
    let as = objectEnd;
    while (as < Math.min(this.view.end, objectEnd + 3) && this.view.fold(as) !== 'as') as++;
    if (this.view.fold(as) !== 'as' && !NAMING_VERBS.has(this.view.fold(verb))) return;
    if (this.view.fold(as) !== 'as') as = objectEnd - 1;
    for (let k = as + 1; k < Math.min(this.view.end, as + 6); k++) {
      const fold = this.view.fold(k);
      const type = HOSTILE_VIEWS.has(fold) ? 'opposes' : FRIENDLY_VIEWS.has(fold) ? 'supports' : null;
      if (type) {
        this.state(this.parties.subjectBefore(verb), type, object, this.text(verb, k + 1), 0.75);
        return;
      }
    }
  }

  private relativeObject(verb: number): Party | null {
    for (let k = verb - 1; k > this.view.start; k--) {
      if (this.parties.isRelativePronoun(k)) return this.parties.antecedentOf(k);
      if (CLAUSE_STOPS.has(this.view.fold(k))) return null;
    }
    return null;
  }

  /** "did not attack", "never backed", "refused to meet". */
  private negatedVerb(cueStart: number): boolean {
    for (let k = cueStart - 1; k >= Math.max(this.view.start, cueStart - 4); k--) {
      const token = this.view.tokens[k]!;
      if (NEGATORS.has(token.fold) || DENIALS.has(token.fold)) return true;
      if (this.view.endingAt(k) || token.fold === ',') return false;
    }
    return false;
  }

  /** "no support for", "without backing", "suspended aid to". */
  private negatedNoun(cueStart: number): boolean {
    for (let k = cueStart - 1; k >= Math.max(this.view.start, cueStart - 3); k--) {
      if (NEGATORS.has(this.view.fold(k)) || DENIALS.has(this.view.fold(k)) || SUSPENSIONS.has(this.view.fold(k))) return true;
      if (this.view.endingAt(k)) return false;
    }
    return false;
  }

  /** "may be arming", "could attack": hedged, not stated; "said it would attack" is reported intention. */
  private hedged(cueStart: number): boolean {
    for (let k = cueStart - 1; k >= Math.max(this.view.start, cueStart - 3); k--) {
      const fold = this.view.fold(k);
      if ((fold === 'would' && this.reportedBefore(k, SAY_VERBS)) || ((fold === 'would' || fold === 'could') && this.reportedBefore(k, OFFER_VERBS))) return false;
      if (HEDGES.has(fold)) return true;
      if (!BE_FORMS.has(fold) && fold !== 'have' && fold !== 'also' && this.view.tokens[k]!.pos !== 'ADV') return false;
    }
    return false;
  }

  /** "said it would", "proposed that it could": a verb of `kind` earlier in the sentence. */
  private reportedBefore(position: number, kind: Set<string>): boolean {
    for (let k = position - 1; k >= this.view.start; k--) if (kind.has(this.view.fold(k))) return true;
    return false;
  }

  /** "if Russia attacks …": inside a conditional clause. */
  private hypothetical(cueStart: number): boolean {
    for (let k = cueStart - 1; k >= this.view.start; k--) {
      const fold = this.view.fold(k);
      if (HYPOTHETICAL_OPENERS.has(fold)) return true;
      if (fold === ',' || fold === ';') return false;
    }
    return false;
  }
}

/** Expands parties into actor-to-actor claims; mutual statements give both directions. */
function toClaims(statement: Statement): Claim[] {
  const claims: Claim[] = [];
  const confidenceOf = (a: Mention, b: Mention) => Math.min(statement.confidence, a.confidence, b.confidence);
  const add = (a: Mention, b: Mention) => {
    if (a.actor !== b.actor) claims.push({ source: a.actor, type: statement.type, target: b.actor, cue: statement.cue, confidence: confidenceOf(a, b) });
  };
  const sameGroup = statement.source === statement.target;
  for (const [i, a] of statement.source.actors.entries()) {
    for (const [j, b] of statement.target.actors.entries()) {
      if (sameGroup && j <= i) continue;
      add(a, b);
      if (statement.mutual && statement.type !== 'negotiates') add(b, a);
    }
  }
  return claims;
}
