/**
 * Sentence shapes for generated news. Slots: {A} {B} {C} actors, {PA} {PB} persons with their titles, {ADJ} the
 * demonym of A, {CITY} a capital used as a place, {DAY} a weekday. Each shape says which relations it states.
 */
export interface Shape {
  text: string;
  relations: Array<[source: 'A' | 'B' | 'C', type: 'supports' | 'opposes' | 'negotiates', target: 'A' | 'B' | 'C']>;
}

export const SHAPES: Shape[] = [
  { text: '{A} launched a new offensive against {B} on {DAY}, officials said.', relations: [['A', 'opposes', 'B']] },
  { text: '{B} was attacked by {A} near the border, according to local sources.', relations: [['A', 'opposes', 'B']] },
  { text: '{ADJ} airstrikes on {B} positions killed at least {N} fighters overnight.', relations: [['A', 'opposes', 'B']] },
  { text: '{A} and {C} condemned {B} for the attack on a convoy.', relations: [['A', 'opposes', 'B'], ['C', 'opposes', 'B']] },
  { text: '{A} accused {B} of backing {C} in the conflict.', relations: [['A', 'opposes', 'B'], ['B', 'supports', 'C']] },
  { text: '{A} imposed new sanctions on {B} after the vote in {CITY}.', relations: [['A', 'opposes', 'B']] },
  { text: 'Clashes between {A} and {B} left dozens dead in the east.', relations: [['A', 'opposes', 'B'], ['B', 'opposes', 'A']] },
  { text: '{A} has stepped up its support for {B} in recent months.', relations: [['A', 'supports', 'B']] },
  { text: 'The {A}-backed {B} seized a key town on {DAY}.', relations: [['A', 'supports', 'B']] },
  { text: '{B}, which is backed by {A}, denied the report.', relations: [['A', 'supports', 'B']] },
  { text: '{A} and {C} pledged military aid to {B} at a donor conference in {CITY}.', relations: [['A', 'supports', 'B'], ['C', 'supports', 'B']] },
  { text: '{A} sent weapons to {B}, two officials said.', relations: [['A', 'supports', 'B']] },
  { text: 'Talks between {A}, {B} and {C} resumed in {CITY} on {DAY}.', relations: [['A', 'negotiates', 'B'], ['A', 'negotiates', 'C'], ['B', 'negotiates', 'C']] },
  { text: '{PA} met with {PB} in {CITY} to discuss a ceasefire.', relations: [['A', 'negotiates', 'B']] },
  { text: '{A} called on {B} to release the detained aid workers.', relations: [['A', 'negotiates', 'B']] },
  { text: 'A ceasefire between {A} and {B} took effect at midnight.', relations: [['A', 'negotiates', 'B']] },
  { text: '{A} reached an agreement with {B} on prisoner exchanges.', relations: [['A', 'negotiates', 'B']] },
  { text: '{A} will not support {B}, a spokesperson said on {DAY}.', relations: [] },
  { text: 'Analysts said {A} could attack {B} if the talks collapse.', relations: [] },
  { text: 'Thousands of people fled {CITY} as the fighting spread.', relations: [] },
  { text: 'Aid agencies warned of a worsening humanitarian crisis in the region.', relations: [] },
  { text: '{PA} said {A} was ready to defend its territory.', relations: [] },
];

/** Sentences that state no relation: context, figures, attributions, as most sentences of real reports. */
export const BACKGROUND: Shape[] = [
  'Thousands of civilians have fled the fighting since {DAY}, aid groups said.',
  'Casualty figures could not be independently verified.',
  'The economy of {A} has been badly hit by years of conflict.',
  'Officials in {CITY} gave no further details.',
  'More than {N} people were killed in the violence last week, according to local health officials.',
  'The situation on the ground remains fluid, analysts say.',
  'Prices of food and fuel have soared in recent months.',
  '{PA} is due to travel to {CITY} later this month.',
  'Roads into the region remained closed on {DAY}.',
  'The report did not say how the figures were compiled.',
].map((text) => ({ text, relations: [] }));

export const NOISE_LINES = [
  'Advertisement', '- Advertisement -', 'Subscribe to our newsletter', 'Share', 'Read more', 'More',
  'Sign up here to get the latest news delivered directly to your inbox.',
];

export const HEADLINES = [
  '{A} and {B} trade blame as {C} fighting escalates',
  '{A} steps up pressure on {C} as talks with {B} stall',
  'Fresh clashes test fragile truce between {A} and {C}',
  '{B} says it will keep backing {C} despite warnings from {A}',
  'Mediators push {A} and {B} toward a deal',
];
export const PERSON_TITLES = ['President', 'Foreign Minister', 'Prime Minister', 'Defense Minister'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const SOURCES = ['Global Wire', 'Daily Dispatch', 'The Regional Times', 'Frontline News', 'Capital Herald', null];
export const BYLINE_NAMES = ['Jane Doe', 'Omar Haddad', 'Li Wei', 'Maria Santos', 'Kofi Mensah', 'Anna Petrova'];
