import { UserError } from '../errors.ts';
import { relationTypes, type RelationType } from './schema.ts';

/** One cue as the relation frames read it (the format is documented at the top of seeds/cues.dict). */
export interface CueDef {
  /** The entry as written in its file, for messages and the claim's record. */
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
  jointAction: boolean;
}

/** A cue entry with every word sequence its pattern stands for. */
export interface CueEntry {
  cue: CueDef;
  phrases: string[][];
}

const FLAGS: Record<string, keyof CueDef> = {
  n: 'nounOnly', v: 'verbOnly', m: 'mutual', s: 'sourceAfter', t: 'thatClause', r: 'reciprocal',
  p: 'patient', x: 'reversed', g: 'goods', o: 'topicObject', a: 'agreement', j: 'jointAction',
};

export class CueFileError extends UserError {
  override name = 'CueFileError';
}

/** "(cut|sever) [off] ties": each word slot as its alternatives, '' standing for an optional slot left out. */
function slots(pattern: string): string[][] | string {
  const result: string[][] = [];
  for (const word of pattern.split(/\s+/)) {
    const optional = /^\[.*\]$/.test(word);
    const grouped = /^\(.*\)$/.test(word);
    const inner = optional || grouped ? word.slice(1, -1) : word;
    if (/[()[\]]/.test(inner)) return `unbalanced brackets in '${word}'`;
    const choices = inner.split('|');
    if (choices.some((c) => !/^[a-z0-9'.-]+$/.test(c))) return `'${word}' is not a lower-case word or (a|b) / [a] group`;
    result.push(optional ? [...choices, ''] : choices);
  }
  return result;
}

/** Every word sequence of the slots, hyphenated words split as the tokenizer splits them ("cease-fire" → cease - fire). */
function expand(slotList: string[][]): string[][] {
  let sequences: string[][] = [[]];
  for (const choices of slotList) sequences = sequences.flatMap((seq) => choices.map((c) => (c ? [...seq, c] : seq)));
  const split = (w: string) => (w.includes('-') && w !== '-' ? w.split(/(-)/).filter(Boolean) : [w]);
  return sequences.filter((seq) => seq.length > 0).map((seq) => seq.flatMap(split));
}

function parseEntry(text: string, type: RelationType): CueEntry | string {
  const [head = '', flags = '', ...extra] = text.split('!').map((s) => s.trim());
  if (extra.length) return "more than one '!'";
  const [pattern = '', preps = '', ...more] = head.split('>').map((s) => s.trim());
  if (more.length) return "more than one '>'";
  if (!pattern) return 'no phrase before > or !';
  const cue: CueDef = {
    phrase: pattern, type, preps: preps ? preps.split(/\s+/) : [], nounOnly: false, verbOnly: false, mutual: false, sourceAfter: false,
    thatClause: false, reciprocal: false, patient: false, reversed: false, goods: false, topicObject: false, agreement: false,
    jointAction: false,
  };
  if (cue.preps.some((p) => !/^[a-z]+$/.test(p))) return `prepositions must be lower-case words: '${preps}'`;
  for (const flag of flags.replace(/\s+/g, '')) {
    const field = FLAGS[flag];
    if (!field) return `unknown flag '${flag}' (known: ${Object.keys(FLAGS).join(' ')})`;
    (cue as unknown as Record<string, unknown>)[field] = true;
  }
  if (cue.nounOnly && cue.verbOnly) return "flags 'n' and 'v' exclude each other";
  const slotList = slots(pattern);
  if (typeof slotList === 'string') return slotList;
  return { cue, phrases: expand(slotList) };
}

/** Parses a cue file's text; `name` is how errors name the file. Throws CueFileError naming the line and the problem. */
export function parseCueFile(text: string, name: string): CueEntry[] {
  const entries: CueEntry[] = [];
  let type: RelationType | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const fail = (problem: string) => {
      throw new CueFileError(`${name}:${index + 1}: ${problem}`);
    };
    const section = /^\[(.*)\]$/.exec(line);
    if (section) {
      if (!(relationTypes as readonly string[]).includes(section[1]!)) fail(`unknown section [${section[1]}] (expected ${relationTypes.map((t) => `[${t}]`).join(' ')})`);
      type = section[1] as RelationType;
      return;
    }
    if (!type) return fail('an entry before any [supports] / [opposes] / [negotiates] section');
    const entry = parseEntry(line, type);
    if (typeof entry === 'string') return fail(entry);
    entries.push(entry);
  });
  return entries;
}
