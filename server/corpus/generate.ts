import type { KnownActor } from '../extract/gazetteer.ts';
import type { RelationType } from '../extract/schema.ts';
import { adjectiveOf, loadCast, written, type Cast } from './cast.ts';
import { Random } from './random.ts';
import { BACKGROUND, BYLINE_NAMES, HEADLINES, NOISE_LINES, PERSON_TITLES, SHAPES, SOURCES, WEEKDAYS, type Shape } from './templates.ts';
import { gazetteer } from '../extract/gazetteer.ts';

export interface GeneratedRelation {
  source: string;
  type: RelationType;
  target: string;
}

export interface GeneratedArticle {
  file: string;
  title: string;
  date: string;
  source: string | null;
  text: string;
  /** What the article states, for sanity checks of the extractor on generated text. */
  relations: GeneratedRelation[];
}

const CITIES = ['Doha', 'Cairo', 'Geneva', 'Istanbul', 'Jeddah', 'Nairobi', 'Vienna', 'Addis Ababa', 'Luanda', 'Abu Dhabi', 'Oslo', 'Muscat'];
const FIRST_DAY = Date.UTC(2018, 0, 1);
const DAYS = 8 * 365;

interface Roles {
  A: KnownActor;
  B: KnownActor;
  C: KnownActor;
}

function pickDistinct(random: Random, pool: KnownActor[], count: number): KnownActor[] {
  const chosen = new Set<KnownActor>();
  while (chosen.size < count) chosen.add(random.pickSkewed(pool));
  return [...chosen];
}

/** Three parties for a story: a mix of states, armed groups and organizations. */
function castStory(random: Random, cast: Cast): KnownActor[] {
  const parties = [...pickDistinct(random, cast.states, 2), random.pickSkewed(cast.groups)];
  if (random.chance(0.3)) parties.push(random.pickSkewed(cast.organizations));
  return parties;
}

/** "Turkish Foreign Minister Hakan Fidan" at first, the bare name afterwards. */
function titled(person: KnownActor, random: Random): string {
  const state = person.affiliation ? gazetteer.actors.get(person.affiliation) : undefined;
  const adjective = state?.kind === 'state' ? adjectiveOf(state) : null;
  return adjective && random.chance(0.6) ? `${adjective} ${random.pick(PERSON_TITLES)} ${person.name}` : person.name;
}

function fill(shape: Shape, roles: Roles, persons: [KnownActor, KnownActor], random: Random): string {
  const [pa, pb] = persons;
  return shape.text
    .replace('{PA}', titled(pa, random))
    .replace('{PB}', titled(pb, random))
    .replace('{ADJ}', adjectiveOf(roles.A) ?? roles.A.name)
    .replace(/\{A\}/g, written(roles.A, random))
    .replace(/\{B\}/g, written(roles.B, random))
    .replace(/\{C\}/g, written(roles.C, random))
    .replace('{CITY}', random.pick(CITIES))
    .replace('{DAY}', random.pick(WEEKDAYS))
    .replace('{N}', String(random.int(3, 40)));
}

function statedRelations(shape: Shape, roles: Roles, persons: [KnownActor, KnownActor]): GeneratedRelation[] {
  const personal = shape.text.includes('{PA}');
  const name = (role: 'A' | 'B' | 'C') => (personal ? (role === 'A' ? persons[0] : persons[1]).name : roles[role].name);
  return shape.relations.map(([source, type, target]) => ({ source: name(source), type, target: name(target) }));
}

function sentence(random: Random, parties: KnownActor[], persons: [KnownActor, KnownActor]): { text: string; relations: GeneratedRelation[] } {
  const [A, B, C] = pickDistinct(random, parties, 3) as [KnownActor, KnownActor, KnownActor];
  const roles = { A, B, C };
  // Half the sentences of a report state no relation; the rest use the relation shapes.
  let shape = random.chance(0.5) ? random.pick(BACKGROUND) : random.pick(SHAPES);
  while (shape.text.includes('{ADJ}') && !adjectiveOf(A)) shape = random.pick(SHAPES);
  return { text: fill(shape, roles, persons, random), relations: statedRelations(shape, roles, persons) };
}

function isoDay(random: Random): string {
  return new Date(FIRST_DAY + random.int(0, DAYS) * 86_400_000).toISOString().slice(0, 10);
}

/** One news-like article: headline, optional byline and caption, paragraphs, page noise. */
function article(random: Random, cast: Cast, index: number): GeneratedArticle {
  const parties = castStory(random, cast);
  const persons = pickDistinct(random, cast.persons, 2) as [KnownActor, KnownActor];
  const lines: string[] = [];
  const relations: GeneratedRelation[] = [];
  const title = random
    .pick(HEADLINES)
    .replace('{A}', parties[0]!.name)
    .replace('{B}', parties[1]!.name)
    .replace('{C}', parties[2]!.name);
  const date = isoDay(random);
  const source = random.pick(SOURCES);
  lines.push(title, '');
  if (random.chance(0.5)) lines.push(`By ${random.pick(BYLINE_NAMES)}`, '');
  if (random.chance(0.3)) lines.push(`${persons[0].name} speaks to reporters in ${random.pick(CITIES)}. (AP)`, '');
  const paragraphs = random.int(5, 12);
  for (let p = 0; p < paragraphs; p++) {
    const sentences = Array.from({ length: random.int(1, 3) }, () => sentence(random, parties, persons));
    for (const s of sentences) relations.push(...s.relations);
    const dateline = p === 0 ? `${random.pick(CITIES).toUpperCase()} (${source ?? 'Wire'}) — ` : '';
    lines.push(dateline + sentences.map((s) => s.text).join(' '), '');
    if (random.chance(0.15)) lines.push(random.pick(NOISE_LINES), '');
  }
  const file = `corpus_${String(index).padStart(6, '0')}.txt`;
  return { file, title, date, source, text: lines.join('\n'), relations };
}

/** `count` reproducible articles for seed `seed`, generated lazily so memory stays flat. */
export function* generateArticles(count: number, seed: number): Generator<GeneratedArticle> {
  const random = new Random(seed);
  const cast = loadCast();
  for (let i = 0; i < count; i++) yield article(random, cast, i);
}
