/** Closed word classes the extractor reasons with (folded forms). */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Nouns that, after a demonym, name the state itself: "the Turkish military", "Syrian security officials". */
export const AGENT_HEADS = set(`
  government governments military militaries army armies forces force troops soldiers officials official authorities
  regime administration navy jets warplanes drones aircraft artillery diplomats delegation delegations leadership
  side state security intelligence police guard guards coastguard warships ships vessels ministry cabinet parliament junta command mediators negotiators
  kingdom republic emirate leaders lawmakers legislators parliamentarians`);

/** Nouns for what a state does: after a demonym ("Israeli airstrikes") the state is their owner. */
export const ACTION_HEADS = set(`
  strikes strike airstrikes airstrike attacks attack offensive offensives incursion incursions invasion operation operations
  bombardment bombing bombings shelling raids raid missiles missile fire support backing aid assistance help pressure
  intervention sanctions campaign occupation blockade counteroffensive counter-offensive mediation involvement influence
  presence role strategy policy policies request proposal restrictions actions conduct decision move moves plans behavior
  behaviour annexation deployment deployments buildup agreement agreements deal deals pact pacts treaty treaties accord accords`);

export const STATE_HEADS = new Set([...AGENT_HEADS, ...ACTION_HEADS]);

/** Words between a demonym and its head: "Syrian security officials", "Sudanese armed forces". */
export const HEAD_MODIFIERS = set(`security armed special regular national military naval air drone coast government-backed elite defense defence`);

/** Person titles: "Turkish President X", "Foreign Minister X Y". */
export const TITLES = set(`
  president vice prime minister foreign defense defence interior secretary chancellor king queen prince crown emir sheikh
  general gen. lt. lieutenant colonel col. commander chief leader spokesman spokeswoman spokesperson envoy ambassador
  special speaker supreme counterpart premier senator sen. representative rep. admiral marshal field army state
  mr. mrs. ms. dr. minister's top senior deputy acting interim transitional military junta ruling`);

/** Title heads after which a capitalised name is a person. */
export const PERSON_TITLE_HEADS = set(`
  president minister secretary chancellor king queen prince emir sheikh general gen. commander chief leader envoy
  ambassador speaker counterpart premier senator sen. admiral marshal mr. mrs. ms. dr. colonel col. lieutenant`);

/** Honorifics that point back to a person named earlier: "Mr. Blinken". */
export const HONORIFICS = set(`mr. mrs. ms. dr. mr mrs ms dr`);

/** Spokespeople are not actors (ANNOTATION.md). */
export const NON_ACTOR_TITLES = set(`spokesman spokeswoman spokesperson analyst reporter correspondent expert researcher`);

/** Last words of a named group ("Arakan Army", "Azawad Liberation Front"). */
export const GROUP_HEADS = new Map<string, 'armed_group' | 'organization'>([
  ...[...set(`army front movement brigade brigades forces force militia militias group battalion battalions corps guard guards
    resistance jihad mujahideen rebels fighters legion regiment division`)].map((w) => [w, 'armed_group'] as const),
  ...[...set(`party council alliance coalition organization organisation union committee league congress assembly`)].map(
    (w) => [w, 'organization'] as const,
  ),
]);

/** Generic words for the government side of the country a story is set in. */
export const GENERIC_GOVERNMENT = [
  'the army', 'army', 'the military', 'government forces', 'government troops', 'pro-government forces', 'the government',
  'the transitional government', 'the interim government', 'the new government', 'the military government', 'the junta',
  'the military junta', 'the ruling junta', 'the regime', 'the authorities',
];

/** Generic words that name the local armed opposition: "<Country> rebels". */
export const GENERIC_REBELS = [
  'rebels', 'rebel groups', 'rebel forces', 'rebel factions', 'rebel fighters', 'opposition groups', 'opposition forces',
  'opposition fighters', 'opposition factions', 'the opposition', 'armed opposition', 'insurgents', 'insurgent groups',
];

/** Prepositions after which a country or capital is a place, not an actor ("in Ankara"). */
export const LOCATIVES = set(`in into inside across throughout within from near toward towards along around outside at`);

/** Words between a locative and the country that keep it a place ("in northern Syria"). */
export const DIRECTIONS = set(`northern southern eastern western central north south east west northeastern northwestern
  southeastern southwestern northeast northwest southeast southwest rural occupied`);
export const PLACE_MODIFIERS = new Set([...DIRECTIONS, 'the']);

/** A mention after one of these is inside a prepositional phrase, hence not a clause subject. */
export const NON_SUBJECT_PREPOSITIONS = set(`in into inside across throughout within from near toward towards along around outside at
  of to for against on by with about over under including like than between among despite via per amid`);

/** Scanning left for a subject stops here. */
export const CLAUSE_STOPS = set(`; : — – " “ ” ( ) while although though whereas because since when unless if whether but yet
  after before until`);
/** Subordinators that also have other uses ("views X as Y"): they stop the scan only at the start of a clause. */
export const CLAUSE_INITIAL_STOPS = set(`as once`);

/** Relative pronouns whose antecedent is the mention before them. */
export const RELATIVE_PRONOUNS = set(`which who that whom whose`);

export const NEGATORS = set(`not n't never no neither nor without`);
/** "refused to attack", "denied backing": the act did not happen. */
export const DENIALS = set(`refuse refused refuses refusing decline declined declines deny denied denies denying reject rejected
  fail failed fails failing`);
/** "suspended aid to", "cut support for": the support stops, so it is not stated (the suspension itself opposes). */
export const SUSPENSIONS = set(`suspend suspends suspended suspending cut cuts cutting freeze freezes froze frozen freezing halt halts halted
  halting block blocks blocked blocking veto vetoes vetoed vetoing`);
export const HEDGES = set(`may might could would`);
export const HYPOTHETICAL_OPENERS = set(`if unless whether`);
export const BE_FORMS = set(`be is are was were been being 's`);

/** Tokens the object scan may step over before the object: "against the new Turkish incursion". */
export const OBJECT_FILLERS = set(`the a an its their his her both all several some other new possible renewed fresh continued
  growing so-called alleged suspected main rival various remaining two three major key militant armed outlawed banned last
  latest former local powerful any ruling governing embattled beleaguered self-proclaimed breakaway
  kurdish arab druze alawite sunni shia shiite christian tuareg tigrayan amhara oromo hutu tutsi rohingya uyghur baloch pashtun
  yazidi islamist jihadist western european african asian`);

/** Words of a quantity before an object: "struck more than 100 Hamas targets", "dozens of M23 fighters". */
export const QUANTIFIERS = set(`more less fewer than least about nearly almost roughly some over up dozens hundreds thousands scores`);
/** Nouns of number that take "of": "hundreds of". */
export const QUANTITY_NOUNS = set(`dozens hundreds thousands scores millions tens`);

/** Nouns that stand for the actor they belong to: "positions of ISIS", "bases housing US troops". */
export const TARGET_PROXIES = set(`positions position bases base targets target strongholds stronghold troops forces fighters member members
  militant militants insurgents rebels jihadists guerrillas camps camp facilities convoy convoys headquarters leader leaders commander
  commanders leadership unit units hideouts airbase airbases ships vessels warships embassy infrastructure caliphate outposts
  peacekeepers soldiers militiamen mercenaries warplanes jets drones grid ports cities refineries airports airspace sovereignty
  integrity unity independence territory waters`);

/** Nouns after a mention that keep it a party: its agents, its acts and what stands for it ("Turkish strikes", "ISIS positions"). */
export const PARTY_HEADS = new Set([...STATE_HEADS, ...TARGET_PROXIES]);

/** Things given in support: "sent weapons to X". */
export const GOODS = set(`weapons arms aid ammunition missiles tanks systems equipment funding money support assistance drones jets
  munitions shells artillery loans supplies vehicles information intelligence training troops soldiers forces peacekeepers
  reinforcements advisers advisors instructors contingent battalion battalions`);

/** Nouns after a mention that still make it the speaker or actor: "a UN report accused …". */
export const REPORTING_NOUNS = set(`report reports statement statements resolution panel experts investigators envoy mission monitors
  court prosecutor prosecutors judges inquiry probe spokesman spokeswoman`);

/** Subordinators that are also prepositions: "seized Goma after clashes with X" keeps the main subject. */
export const PREPOSITIONAL_STOPS = set(`after before until since`);
export const PROXY_LINKS = set(`of housing hosting belonging`);

/** Words that open an example list after a generic object: "foreign forces, including Iranian troops". */
export const LIST_OPENERS = set(`including notably particularly especially`);

/** Verbs of asking: "seeking assistance from Turkey" is a request (negotiates), not support. */
export const REQUEST_VERBS = set(`seek seeks sought seeking request requests requested requesting ask asks asked asking appeal appeals
  appealed appealing`);

/** "X-backed Y": the relation each compound participle states; "X-brokered", "X-mediated": X negotiates with the parties. */
export const COMPOUND_CUES = new Map<string, 'supports' | 'negotiates'>([
  ['backed', 'supports'], ['supported', 'supports'], ['sponsored', 'supports'], ['funded', 'supports'], ['armed', 'supports'],
  ['allied', 'supports'], ['recognised', 'supports'], ['recognized', 'supports'], ['aligned', 'supports'], ['linked', 'supports'], ['trained', 'supports'], ['financed', 'supports'],
  ['brokered', 'negotiates'], ['mediated', 'negotiates'], ['hosted', 'negotiates'],
]);
/** "Kurdish-led", "Hutu-dominated": compounds that describe a party without relating it to anyone. */
export const DESCRIBING_PARTICIPLES = set(`led dominated based majority run`);
/** "allied", "aligned": supports both ways. */
export const MUTUAL_COMPOUNDS = set(`allied aligned`);

/** After a compound or "pro-X", a generic head noun refers back to a named group or to a naming phrase. */
export const GENERIC_GROUP_HEADS = set(`group groups militia militias force forces faction factions movement rebels fighters
  coalition government administration alliance organization organisation network paramilitaries paramilitary outfit`);
export const NAMING_PHRASES = [['calling', 'itself'], ['calling', 'themselves'], ['known', 'as'], ['called'], ['named']];

/** "X views Y as a threat" (opposes) or "as essential" (supports). */
export const VIEW_VERBS = set(`view views viewed viewing see sees saw seen seeing consider considers considered regard regards regarded
  deem deems deemed designate designates designated label labels labelled labeled brand brands branded perceive perceives`);
/** Naming verbs need no "as": "designated the Houthis a terrorist group". */
export const NAMING_VERBS = set(`designate designates designated label labels labelled labeled brand brands branded`);
export const HOSTILE_VIEWS = set(`threat threats enemy enemies terrorist terrorists adversary adversaries foe foes danger menace
  hostile aggressor separatist separatists`);
export const FRIENDLY_VIEWS = set(`essential critical crucial vital key partner partners ally allies indispensable important`);

/** Pronouns that stand for a person named earlier. */
export const PERSON_PRONOUNS = set(`he she`);
/** Anaphors for the latest armed group. */
export const GROUP_ANAPHORS = [['the', 'group'], ['the', 'militia'], ['the', 'militant', 'group'], ['the', 'rebel', 'group'], ['the', 'movement']];

/** Verbs whose object is someone else's act: "threatening the fight against ISIS", "condemned the attack on Kyiv". */
export const HINDERING_VERBS = new Set(
  ['threaten', 'undermine', 'hamper', 'complicate', 'disrupt', 'jeopardize', 'jeopardise', 'hinder', 'weaken', 'derail', 'endanger', 'obstruct',
    'condemn', 'denounce', 'criticize', 'criticise', 'deplore', 'decry', 'slam', 'blast', 'protest',
    'investigate', 'describe', 'document', 'report']
    .flatMap((verb) => [verb, `${verb}s`, `${verb.replace(/e$/, '')}ed`, `${verb.replace(/e$/, '')}ing`]),
);

/** Nouns whose owner is the one acting: "Erdoğan's announcement of plans to expel …". */
export const AGENTIVE_NOUNS = set(`announcement plan plans decision pledge vow threat threats promise call offer proposal bid attempt
  efforts effort intention order orders move push readiness determination insistence demand demands refusal warning`);

/** Nouns after a modifying mention that keep it the actor: "Coalition efforts to support …", "US plans to strike …". */
export const ENDEAVOUR_NOUNS = set(`efforts effort plan plans bid bids attempt attempts push drive`);

/** Verbs that report speech: the speaker of "we …" is the mention next to them. */
export const SAY_VERBS = set(`said says say told tells added stated declared warned insisted noted argued wrote according`);
/** Verbs of offering and promising: "proposed that it could take over the fight" states an intention, not a hedge. */
export const OFFER_VERBS = set(`proposed proposes offered offers pledged pledges vowed vows promised promises`);
/** First-person subjects inside a quote stand for the speaker's side. */
export const FIRST_PERSON = set(`we our us`);

/** "the two countries", "the two NATO allies". */
export const PAIR_NOUNS = ['allies', 'countries', 'nations', 'neighbors', 'neighbours', 'states', 'governments', 'powers'];
export const PAIR_MODIFIERS = ['nato', 'gulf', 'nuclear', 'neighboring', 'neighbouring', 'rival', 'former', 'longtime', 'western', 'asian', 'african', 'arab', 'european'];

/** Verbs whose subjects take part in the talks, deal or clashes that follow: "X and Y held talks". */
export const PARTICIPATION_VERBS = new Set(
  ['be', 'been', 'are', 'were', 'hold', 'held', 'agree', 'sign', 'reach', 'conclude', 'enter', 'resume', 'begin', 'began', 'begun', 'start', 'open', 'continue',
    'launch', 'join', 'engage', 'have', 'had', 'seal', 'strike', 'struck', 'broker', 'negotiate', 'finalize', 'finalise', 'announce']
    .flatMap((verb) => [verb, `${verb}s`, `${verb.replace(/e$/, '')}ed`, `${verb.replace(/e$/, '')}ing`]),
);

/** Capitalised heads that make a name of their own out of an actor's: "United States Institute of Peace", "Kenya Airways". */
export const NON_ACTOR_NAME_HEADS = set(`institute institution university college foundation fund bank airlines airways museum company corporation
  society association press times post news daily herald today tribune journal centre center studies`);
