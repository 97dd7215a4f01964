import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertHas, negotiates } from './extract-helpers.ts';
import { extractArticle } from '../../server/extract/index.ts';
import { eventDate } from '../../server/extract/dates.ts';

// Each class of wording from issue 10, on sentences of its own (never the evaluation sets' sentences).

test('ties restored, broken and cut; ambassadors recalled', () => {
  assertHas('Chile and Peru restored diplomatic relations after a decade.', ['Chile supports Peru', 'Peru supports Chile', negotiates('Chile', 'Peru')]);
  assertHas('Ghana broke off diplomatic ties with Togo.', ['Ghana opposes Togo']);
  assertHas('Somalia recalled its ambassador from Kenya.', ['Somalia opposes Kenya']);
});

test('receiving reads the other way; agents in passives and nominalisations', () => {
  assertHas('The militia received money from Eritrea and Sudan.', [], ['Eritrea opposes Sudan']);
  assertHas('Libya received weapons from Turkey.', ['Turkey supports Libya'], ['Libya supports Turkey']);
  assertHas('The invasion of Ukraine by Russia shocked Europe.', ['Russia opposes Ukraine'], ['Ukraine opposes Russia']);
  assertHas('An attack by ISIS on Iraq killed dozens.', ['ISIS opposes Iraq']);
  assertHas('Iraqi forces came under fire from ISIS fighters.', ['ISIS opposes Iraq']);
});

test('a state acts through its people', () => {
  assertHas('Officials in Tehran met with envoys from Oman.', [negotiates('Iran', 'Oman')]);
  assertHas('Lawmakers in Japan condemned North Korea.', ['Japan opposes North Korea']);
  assertHas('Soldiers from Chad fought Boko Haram.', ['Chad opposes Boko Haram']);
  assertHas('Russia withdrew troops from Syria.', [], ['Syria opposes Russia', 'Russia supports Syria']);
});

test('references back: the kingdom, the bloc, it; none when ambiguous', () => {
  assertHas('Morocco hosted the summit. The kingdom also condemned Algeria.', ['Morocco opposes Algeria']);
  assertHas('ECOWAS met in Abuja. The bloc later sanctioned Niger.', ['ECOWAS opposes Niger']);
  assertHas('Yemen cut ties with Qatar, accusing it of backing the Houthis.', ['Yemen opposes Qatar', 'Qatar supports Houthis']);
  const ambiguous = extractArticle('Iran and Saudi Arabia held talks in Beijing. The country later condemned Israel.');
  assert.ok(!ambiguous.relations.some((r) => r.target === 'Israel'), 'two countries just named: "the country" is ambiguous');
});

test('joint action: the coordinated agents of an attack support each other', () => {
  assertHas('The offensive launched by the M23, the ADF and the CODECO took three towns.', ['M23 supports CODECO', 'CODECO supports ADF']);
  assertHas('Chad and Niger attacked Boko Haram camps.', ['Chad opposes Boko Haram', 'Niger opposes Boko Haram', 'Chad supports Niger', 'Niger supports Chad']);
  assertHas('Chad and Niger condemned Boko Haram.', ['Chad opposes Boko Haram'], ['Chad supports Niger']);
});

test('pairs written as a compound, and "between" after a verb', () => {
  assertHas('The Belgrade-Pristina dialogue resumed.', [negotiates('Serbia', 'Kosovo')]);
  assertHas('Clashes erupted on Friday between Sudanese troops and the RSF.', ['Sudan opposes RSF', 'RSF opposes Sudan']);
});

test('false positives the issue names stay out', () => {
  assertHas('The Global Coalition to Counter ISIL met in Rome on Monday.', [], ['Global Coalition opposes ISIS']);
  assertHas('Britain imposed sanctions on Iran for its support of Russia.', ['United Kingdom opposes Iran', 'Iran supports Russia'], ['United Kingdom supports Russia']);
  assertHas('Egypt may be supplying weapons to Sudan, a report said.', [], ['Egypt supports Sudan']);
  assertHas('Washington condemned the attack on Kyiv.', [], ['United States opposes Ukraine']);
});

test('a claim carries the date of the event its sentence gives, else the story date', () => {
  assert.equal(eventDate('Iraq and Iran fought a war in 1980.', '2024-05-02'), '1980');
  assert.equal(eventDate('Russia struck Kyiv on Tuesday.', '2024-05-02'), '2024-04-30');
  assert.equal(eventDate('Last month Russia struck Kyiv.', '2024-05-02'), '2024-04');
  assert.equal(eventDate('Last month Russia struck Kyiv.', null), null, 'a relative date needs the story date');
  assert.equal(eventDate('After seven years of tensions they met.', '2024-05-02'), null, 'a duration dates nothing');
  const extraction = extractArticle('Morocco and Israel normalised relations in 2020. Algeria condemned Morocco.', { date: '2021-08-24' });
  const dates = Object.fromEntries(extraction.relations.map((r) => [`${r.source} ${r.type} ${r.target}`, r.evidence[0]!.date]));
  assert.equal(dates['Morocco supports Israel'], '2020');
  assert.equal(dates['Algeria opposes Morocco'], '2021-08-24');
});

test('the owner of an effort acts in its infinitive; a verb the tagger took for a noun; a party that belongs to another cue', () => {
  assertHas('Ministers stressed the importance of NATO efforts to support Ukrainian forces.', ['NATO supports Ukraine']);
  assertHas("The summit is part of Kenya's efforts to support Somalia.", ['Kenya supports Somalia']);
  assertHas('Nigeria vowed to degrade and defeat Boko Haram.', ['Nigeria opposes Boko Haram']);
  assertHas('Chad called for the defeat of Boko Haram.', ['Chad opposes Boko Haram']);
  assertHas('Ukrainian troops recaptured the town of Kupiansk with air support from Poland.', ['Poland supports Ukraine'], ['Ukraine opposes Poland']);
});

test('an act named with its agent stands for the agent; a state at sea; a party after "with" is no subject', () => {
  assertHas('Ghana condemned the decision by Togo to close the border.', ['Ghana opposes Togo']);
  assertHas('The Chinese coast guard blocked Vietnamese ships.', ['China opposes Vietnam']);
  assertHas('Sudan\'s army chief said there would be no talks with the RSF, following a meeting with Egyptian President Abdel Fattah el-Sisi in Cairo.', [], ['RSF negotiates Abdel Fattah el-Sisi']);
});

test('a reaction drawn from a party: objections, criticism, praise from X', () => {
  assertHas("Ethiopia's move to fill the dam drew objections from both Egypt and Sudan.", ['Egypt opposes Ethiopia', 'Sudan opposes Ethiopia']);
  assertHas("Kenya's decision to send police to Haiti drew praise from the United States.", ['United States supports Kenya'], ['Kenya supports United States']);
});

test('helping a party fight: the helper supports it, and both take on the foe', () => {
  assertHas('Tanzania helped the Mozambican army fight the insurgents of ISIS.', ['Tanzania supports Mozambique', 'Tanzania opposes ISIS', 'Mozambique opposes ISIS'], ['Tanzania supports ISIS']);
  assertHas('Uganda helped the army defeat the ADF.', ['Uganda opposes ADF'], ['Uganda supports ADF']);
  assertHas('French troops fought the jihadists of JNIM near Gao.', ['France opposes JNIM']);
});

test('pro- before a state name, a state\'s integrity, a blockade on, a withdrawal demanded', () => {
  assertHas('Pro-Russia Wagner fighters entered the town.', ['Wagner Group supports Russia']);
  assertHas('Poland pledged to defend Lithuania\'s territorial integrity.', ['Poland supports Lithuania']);
  assertHas('Israel tightened its blockade on Hamas.', ['Israel opposes Hamas']);
  assertHas('Mali demanded the withdrawal of French troops.', ['Mali opposes France']);
});

test('an act of a state named through its weapon; one commander of a group stands for the group', () => {
  assertHas('A Turkish drone strike killed a senior PKK commander in Sinjar.', ['Turkey opposes PKK']);
  assertHas('Colombian troops killed a leader of the ELN.', ['Colombia opposes ELN']);
});

test('demonyms of smaller states; "help stop X" is no help for X', () => {
  assertHas('Peruvian troops shelled Bolivian positions.', ['Peru opposes Bolivia']);
  assertHas('Guyana asked Brazil to help stop Venezuela from annexing the region.', [], ['Brazil supports Venezuela', 'Guyana supports Venezuela']);
});

test('a demonym before a title word and an act: "Japanese defence agreements" are Japan\'s', () => {
  assertHas('China was irritated by new Japanese defence agreements with Australia.', ['Japan supports Australia'], ['China supports Australia']);
});

test('a reaction drawn by an act is aimed at who acted, not at its object; blocked aid is no aid', () => {
  assertHas("Hungary blocked Ukraine's bid to join, drawing criticism from Poland.", ['Poland opposes Hungary'], ['Poland opposes Ukraine']);
  assertHas('Hungary blocked aid for Ukraine.', [], ['Hungary supports Ukraine']);
});

test('a state\'s name inside a think tank\'s or an airline\'s is not the state', () => {
  assertHas('The Pakistan Institute of Peace Studies accused India of backing the TTP.', ['India supports Tehrik-i-Taliban Pakistan'], ['Pakistan opposes India']);
});
