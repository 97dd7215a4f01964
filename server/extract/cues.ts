import type { RelationType } from './schema.ts';
import type { Token } from './nlp.ts';
import { TokenTrie, type TrieHit } from './trie.ts';

/**
 * Cue lexicon. A line is "phrase > prepositions ! flags":
 *   prepositions introduce the other party ("offensive against X"; "between" makes every pair);
 *   flags: n = noun only, v = verb only (direct object), m = mutual (both directions),
 *          s = the party after the cue is the source ("with the support of X"),
 *          t = the other party may follow "that" ("charged that X failed …"),
 *          r = reciprocal: with no object, coordinated subjects relate to each other ("X and Y held talks"),
 *          p = patient noun: its owner or "of" object is the target ("sought Assad's removal"),
 *          x = reversed: the object is the source ("the regime was facing insurgents"),
 *          o = the object is a topic, so coordinated subjects still relate ("X and Y discussed trade"),
 *          g = goods: the preposition only counts after something given ("sent weapons to X", not "sent troops to X"),
 *          a = an agreement as well: its parties also negotiate ("signed a defense treaty").
 */
const CUE_LINES: Record<RelationType, string> = {
  supports: `
    support > for to of ; back ; backing > of for ! n ; arm ; fund ; funding > for to ! n ; finance ; help ; assist
    assistance > to for ! n ; aid > to for ! n ; bolster ; defend ; protect ; protection > of for ! n ; sponsor
    sponsorship > of ! n ; equip ; prop up ; shore up ; reinforce ; stand with ; endorse ; ally with ! m ; align with ! m ; side with
    partnership > with ! n ; alliance > with ! n ; solidarity > with ! n ; alongside ! v
    ally > of ! np ; backer > of ! np ; patron > of ! np ; supporter > of ! np ; supplier > of to ! np
    in support of ; in favor of ; in favour of ; on the side of ; supportive of ; arms to ; weapons to ; military aid to
    arms sale > to ! n ; sell > to ! vg ; send > to ! vg ; deliver > to ! vg ; supply > to ! vg ; provide > to ! vg
    pledge > to ! vg ; give > to ! vg ; transfer > to ! vg
    with the support of ! s ; with the help of ! s ; with the backing of ! s ; with support from ! s ; with help from ! s
    support from ! s ; help from ! s ; assistance from ! s ; backing from ! s ; aid from ! s
    defense treaty > with between ! nmra ; defence treaty > with between ! nmra ; defense pact > with between ! nmra
    security pact > with between ! nmra ; joint drill > with ! nmr ; joint exercise > with ! nmr
    joint military exercise > with ! nmr ; joint military drill > with ! nmr ; joint operation > with against ! nmr
    joint patrol > with ! nmr`,
  opposes: `
    attack > on against ; strike > on against at ; airstrike > on against ; air strike > on against at
    drone attack > on against ; missile attack > on against ; bomb ; bombing > of ! n ; shell ; shelling > of ! n ; target
    fight > against with ; battle > against with ; combat ; war > against on with between ; warfare > against ! n
    offensive > against on ! n ; counteroffensive > against ! n ; campaign > against ! n ; operation > against ! n
    struggle > against ! n ; coalition > against ! n ; vigilance > against ! n ; crackdown > on ! n
    oppose ; opposition > to ! n ; opposed to ; hostile to ; hostility > toward towards to ! n ; enemy > of ! n
    condemn ; condemnation > of ! n ; denounce ; criticize ; criticise ; criticism > of ! n ; accuse ! t ; charge ! t
    accusation > against ! n ; blame > on ! v ; sanction > on against ; threaten ; threat > against ! n ; warn ! vt
    invade ; invasion > of ! n ; raid ; assault > on against ; ambush ; besiege ; siege > of ! n ; kill ; repel ; punish
    seize > from ; capture > from ; take > from ! v ; retake > from ! v ; recapture > from ! v ; expel ; push back
    push > from out ; drive out ; clear > from of ; confront ; confrontation > with ! n ; counter ; resist
    resistance > to against ! n ; eliminate ; crush ; contain ! v ; force > to ! v ; face ! vx
    hit > at ; bombard ; pound ; pummel ; shoot down ; fire > at on toward towards ! v ; launch > at on against ! v
    retaliate > against ; retaliation > against ! n ; defend itself against ; defend themselves against
    drill > around near off against ! n ; exercise > around near off against ! n
    clash > with between ! mr ; fighting > between with against ! nmr ; conflict > with between ! nm ; at war with ! m
    in conflict with ; declare war on ; wage war on ; wage war against ; thorn in the side of ; on opposite sides of ! mr
    removal > of ! np ; ouster > of ! np ; overthrow > of ! np ; downfall > of ! np ; departure > of ! np
    destruction > of ! np ; disarmament > of ! np ; isolation > of ! np ; expulsion > of ! np ; elimination > of ! np
    defeat > of ! p ; neutralize ; neutralise ; cut ties > with ! v ; cut diplomatic ties > with ! v ; sever ties > with ! v ; sever diplomatic ties > with ! v
    break off relations > with ! v ; break off diplomatic relations > with ! v ; recall ambassador > from ! v
    recall its ambassador > from ! v ; recall their ambassador > from ! v ; expel ambassador > of ! v
    suspend > to ! vg ; cut > to ! vg ; freeze > to ! vg ; halt > to ! vg`,
  negotiates: `
    talk > with between among ! r ; talks > with between among ! nr ; peace talks > with between ! nr
    negotiate > with ! r ; negotiation > with between among ! nr ; meet > with ! r ; meeting > with between ! nr
    summit > with between ! nr ; dialogue > with between ! nr ; reconciliation > with between ! nr
    deal > with between ! nr ; agreement > with between ! nr ; accord > with between ! nr ; treaty > with between ! nr
    pact > with between ! nr ; understanding > with between ! n ; ceasefire > with between ! nr
    cease-fire > with between ! nr ; truce > with between ! nr ; cooperate > with ! r ; cooperation > with between ! n
    call on ; urge ; ask ; invite ; seek ; request > to from ; propose > to ; proposal > to ! n ; work with
    engage > with ; consult > with ; agree > with ; speak > with to ! r ; discuss > with ! ro ; visit ! v ; host ! v ; call > with ! n ; phone call > with ! n
    channels > with ! n ; contacts > with ! n ; envoy > to ! n ; mediate > between ; broker > between
    mediation > between ! n ; mediator > between ! n ; court ! v ; convey > to ! v`,
};

export interface CueDef {
  phrase: string;
  type: RelationType;
  preps: string[];
  nounOnly: boolean;
  verbOnly: boolean;
  mutual: boolean;
  sourceAfter: boolean;
  thatClause: boolean;
  reciprocal: boolean;
  patient: boolean;
  reversed: boolean;
  goods: boolean;
  topicObject: boolean;
  agreement: boolean;
}

const IRREGULAR: Record<string, string[]> = {
  fight: ['fought'], strike: ['struck'], meet: ['met'], seek: ['sought'], speak: ['spoke', 'spoken'], drive: ['drove', 'driven'],
  shoot: ['shot'], give: ['gave', 'given'], sell: ['sold'], send: ['sent'], stand: ['stood'], ally: ['allied', 'allies'],
  take: ['took', 'taken'], retake: ['retook', 'retaken'],
};

/** Regular inflections of an English word; over-generation is harmless because only cue words are inflected. */
function inflections(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`, ...(IRREGULAR[word] ?? [])]);
  if (word.endsWith('e')) forms.add(`${word.slice(0, -1)}ing`);
  if (word.endsWith('y')) ['ies', 'ied'].forEach((s) => forms.add(word.slice(0, -1) + s));
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(word)) ['ed', 'ing'].forEach((s) => forms.add(word + word.slice(-1) + s));
  return [...forms];
}

/** A phrase with its first word inflected ("called on") and, in longer phrases, its last in the plural too ("recalled their ambassadors"). */
function inflectedPhrases(words: string[]): string[][] {
  const [first = '', ...rest] = words;
  if (rest.length === 0) return inflections(first).map((form) => [form]);
  const middle = rest.slice(0, -1);
  const last = rest[rest.length - 1]!;
  return inflections(first).flatMap((form) => [last, `${last}s`, `${last}es`].map((end) => [form, ...middle, end]));
}

function parseLine(entry: string, type: RelationType): CueDef {
  const [head = '', flags = ''] = entry.split('!').map((s) => s.trim());
  const [phrase = '', preps = ''] = head.split('>').map((s) => s.trim());
  return {
    phrase, type, preps: preps ? preps.split(/\s+/) : [],
    nounOnly: flags.includes('n'), verbOnly: flags.includes('v'), mutual: flags.includes('m'),
    sourceAfter: flags.includes('s'), thatClause: flags.includes('t'), reciprocal: flags.includes('r'),
    patient: flags.includes('p'), reversed: flags.includes('x'), goods: flags.includes('g'), topicObject: flags.includes('o'),
    agreement: flags.includes('a'),
  };
}

const cueTrie = new TokenTrie<CueDef>();
for (const [type, lines] of Object.entries(CUE_LINES) as Array<[RelationType, string]>) {
  for (const entry of lines.split(/[;\n]/).map((s) => s.trim()).filter(Boolean)) {
    const cue = parseLine(entry, type);
    const words = cue.phrase.split(/\s+/).flatMap((w) => (w.includes('-') && w !== '-' ? w.split(/(-)/) : [w]));
    for (const forms of inflectedPhrases(words)) cueTrie.add(forms, forms, cue);
  }
}

export type CueHit = TrieHit<CueDef>;

/** Cues in tokens [start, end), longest first, not overlapping. */
export function findCues(tokens: Token[], start: number, end: number): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = start; i < end; ) {
    const hit = cueTrie.longestAt(tokens, i, end);
    if (hit) hits.push(hit);
    i = hit ? hit.end : i + 1;
  }
  return hits;
}

/** Whether the cue word is used as a verb here ("Turkey backs X") rather than a noun ("Turkey's backing of X"). */
export function usedAsVerb(cue: CueDef, token: Token, previous: Token | undefined, next: Token | undefined, objectFollows: boolean): boolean {
  if (cue.nounOnly) return false;
  if (cue.verbOnly) return true;
  if (previous && ['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s"].includes(previous.fold)) return false;
  if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  if (cue.preps.length === 0 && !cue.phrase.includes(' ') && token.pos === 'NOUN' && (objectFollows || next?.pos === 'DET')) return true;
  return /(ed|ing)$/.test(token.fold) && !cue.phrase.endsWith('ing');
}
