import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertHas, negotiates, relationsOf } from './extract-helpers.ts';
import { MAX_EVIDENCE_PER_RELATION } from '../../server/extract/assemble.ts';
import { extractArticle } from '../../server/extract/index.ts';

test('active and passive voice give the same direction', () => {
  assertHas('Russia attacked Ukraine on Tuesday.', ['Russia opposes Ukraine'], ['Ukraine opposes Russia']);
  assertHas('Ukraine was attacked by Russia on Tuesday.', ['Russia opposes Ukraine'], ['Ukraine opposes Russia']);
  assertHas('Houthi fighters backed by Iran seized the port.', ['Iran supports Houthis'], ['Houthis supports Iran']);
});

test('coordination distributes over subjects and objects', () => {
  assertHas('Germany and France pledged more air defense systems to Kyiv.', ['Germany supports Ukraine', 'France supports Ukraine']);
  assertHas('The IDF struck Hamas and Hezbollah positions overnight.', ['Israel opposes Hamas', 'Israel opposes Hezbollah']);
});

test('negated and denied statements do not count', () => {
  assertHas('Russia will not attack NATO, Peskov said.', [], ['Russia opposes NATO']);
  assertHas('Rwanda denied supporting M23.', [], ['Rwanda supports M23']);
  assertHas('Burhan refused to meet Hemedti in Jeddah.', [], [negotiates('Abdel Fattah al-Burhan', 'Mohamed Hamdan Dagalo')]);
});

test('hypothetical and hedged statements do not count, stated intentions do', () => {
  assertHas('If Russia attacks a NATO member, the alliance would respond.', [], ['Russia opposes NATO']);
  assertHas('Analysts said China could invade Taiwan within years.', [], ['China opposes Taiwan']);
  assertHas('A UN report said Rwanda may be arming M23.', [], ['Rwanda supports M23']);
  assertHas('Netanyahu said Israel would fight Hamas until it is destroyed.', ['Israel opposes Hamas']);
});

test('attributed speech keeps the reported relation between its own parties', () => {
  assertHas('Zelensky said Russia launched a massive missile attack on Ukraine overnight.', ['Russia opposes Ukraine'], ['Volodymyr Zelensky opposes Ukraine']);
});

test('an accusation: the accuser opposes the accused, and the alleged act counts', () => {
  assertHas('Armenia accused Azerbaijan of shelling villages near the border.', ['Armenia opposes Azerbaijan']);
  assertHas('A UN report accused Rwanda of backing the M23 rebels in eastern Congo.', ['United Nations opposes Rwanda', 'Rwanda supports M23']);
});

test('"X-backed Y", appositive "a X-backed group" and "pro-X Y"', () => {
  assertHas('Iran-backed Houthi rebels attacked Saudi Arabia.', ['Iran supports Houthis', 'Houthis opposes Saudi Arabia']);
  assertHas('M23, a Rwanda-backed group, seized Goma in January.', ['Rwanda supports M23']);
  assertHas('Pro-Russian separatists shelled Ukrainian positions near Donetsk.', ['pro-Russian separatists supports Russia', 'pro-Russian separatists opposes Ukraine']);
});

test('talks between several parties: every pair negotiates, mediators included', () => {
  const parties = ['Egypt', 'Qatar', 'United States', 'Hamas'];
  const pairs = parties.flatMap((a, i) => parties.slice(i + 1).map((b) => negotiates(a, b)));
  assertHas('Talks between Egypt, Qatar, the United States and Hamas resumed in Cairo on Monday.', pairs);
  assertHas('Qatar and Egypt mediated between Israel and Hamas.', [negotiates('Israel', 'Hamas'), negotiates('Qatar', 'Israel'), negotiates('Egypt', 'Hamas')]);
});

test('a ceasefire is negotiation, clashes are hostility both ways', () => {
  assertHas('Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt.', [negotiates('Israel', 'Hamas'), negotiates('Qatar', 'Hamas')], ['Israel opposes Hamas']);
  assertHas('Clashes between the Sudanese army and the RSF spread to Omdurman.', ['Sudan opposes RSF', 'RSF opposes Sudan']);
});

test('metonymy: a capital as subject is the state, "in Ankara" is a place', () => {
  assertHas('Ankara launched an offensive against the YPG.', ['Turkey opposes YPG']);
  assertHas('In Ankara, Blinken met Hakan Fidan.', [negotiates('Antony Blinken', 'Hakan Fidan')], [negotiates('Antony Blinken', 'Turkey')]);
  assertHas('The United States struck Houthi targets in Yemen.', ['United States opposes Houthis'], ['United States opposes Yemen']);
  assertHas('Mali\'s junta expelled French troops.', ['Mali opposes France']);
});

test('relative clauses and "the group" point back to their antecedent', () => {
  assertHas('The STC, which is backed by the United Arab Emirates, clashed with Houthi forces.', ['United Arab Emirates supports STC', 'STC opposes Houthis']);
  assertHas('JNIM claimed the attack. The group has repeatedly ambushed Malian soldiers.', ['JNIM opposes Mali']);
});

test('views as a threat, joint drills, the two allies', () => {
  assertHas('Beijing views the DPP as a separatist threat.', ['China opposes DPP']);
  assertHas('South Korea and the United States held joint drills near the border.', ['South Korea supports United States', 'United States supports South Korea']);
  assertHas('Greece and Turkey traded barbs. The two NATO allies later agreed to resume talks.', ['Greece supports Turkey', 'Turkey supports Greece']);
});

test('an official speaking as "we" speaks for the state', () => {
  assertHas('“We will continue to support Ukraine,” the German chancellor said.', ['Germany supports Ukraine']);
});

test('unknown groups and titled persons are discovered', () => {
  assertHas('The Arakan Army captured a military base from Myanmar\'s junta.', ['Arakan Army opposes Myanmar']);
  assertHas('Algerian Foreign Minister Ahmed Attaf urged Mali to return to talks. Attaf later met Assimi Goita in Bamako.', [
    negotiates('Ahmed Attaf', 'Mali'),
    negotiates('Ahmed Attaf', 'Assimi Goita'),
  ]);
});

test('a branch of a state is the state; a generic Kurdish mention is Kurdish forces', () => {
  assertHas('The Israeli military struck Hezbollah in southern Lebanon.', ['Israel opposes Hezbollah']);
  assertHas('Turkish troops launched operations against Kurdish fighters.', ['Turkey opposes Kurdish forces']);
  assertHas('Azerbaijan launched an offensive against ethnic Armenian forces in Nagorno-Karabakh.', ['Azerbaijan opposes Artsakh forces'], ['Azerbaijan opposes Armenia']);
});

test('rebels take the country the story is set in', () => {
  const text = 'Fighting continued in Syria on Sunday. In northern Syria, Turkey has supported rebel groups for years.';
  assertHas(text, ['Turkey supports Syrian rebels']);
});

test('appositives: "X, Y\'s ally", "X, Y\'s main arms supplier"', () => {
  assertHas("The Palestinian Islamic Jihad, Hamas's closest ally, said it would abide by the truce.", ['Palestinian Islamic Jihad supports Hamas'], ['Hamas supports Palestinian Islamic Jihad']);
  assertHas("The United States, Taiwan's main arms supplier, approved a new arms sale to Taipei.", ['United States supports Taiwan']);
});

test('a sentence-initial "It" is the subject of the sentence before', () => {
  assertHas('Beijing considers Taiwan part of its territory. It views the ruling DPP as separatists.', ['China opposes DPP']);
});

test('a coordinated verb shares the first verb\'s subject, not the object in between', () => {
  assertHas("Pashinyan froze Armenia's role in the Russia-led CSTO and accused Moscow of abandoning Armenia.", ['Nikol Pashinyan opposes Russia'], ['CSTO opposes Russia']);
});

test('failing to act is not acting; fighting alongside is support', () => {
  assertHas('Armenia accused Russia of failing to protect Armenia.', ['Armenia opposes Russia'], ['Russia supports Armenia']);
  assertHas('MONUSCO peacekeepers fought alongside the Congolese army against M23.', ['MONUSCO supports DR Congo', 'MONUSCO opposes M23']);
  assertHas('North Korean troops fought alongside Russian forces against Ukraine.', ['North Korea supports Russia', 'North Korea opposes Ukraine']);
});

test('"the junta in Niamey" is Niger; drills around Taiwan are hostile; a defense treaty is mutual support', () => {
  assertHas('Nigeria called for dialogue with the junta in Niamey.', [negotiates('Nigeria', 'Niger')]);
  assertHas('China staged large-scale military drills around Taiwan on Monday.', ['China opposes Taiwan']);
  assertHas('Russia and North Korea signed a mutual defense treaty in Pyongyang.', ['Russia supports North Korea', 'North Korea supports Russia']);
});

test('a nominal cue reaches its object across short gaps and possessed targets', () => {
  assertHas("Russia launched one of its biggest drone attacks of the war on Ukraine's energy infrastructure.", ['Russia opposes Ukraine']);
  assertHas("Turkey vowed to clear Syria's border of Kurdish militants.", ['Turkey opposes Kurdish forces'], ['Turkey opposes Syria']);
});

test('only the parties to a truce negotiate, not those who oversee it', () => {
  assertHas('Aoun called on the United States and France, which oversee the truce, to rein in Israel.', [negotiates('Joseph Aoun', 'France')], [negotiates('United States', 'France')]);
  assertHas('Hamas and Israel agree on first phase of Gaza ceasefire', [negotiates('Hamas', 'Israel')]);
});

test('"said X but accused Y": the speaker accuses', () => {
  assertHas('Lavrov said Moscow was open to negotiations but accused Kyiv of sabotaging peace efforts.', ['Sergei Lavrov opposes Ukraine']);
  assertHas('Russia said it would not provide military aid to Iran but offered to mediate between Iran and Israel.', [negotiates('Russia', 'Israel'), negotiates('Russia', 'Iran')], ['Russia supports Iran']);
});

test('whoever condemns an attack is not its author; news outlets are not actors', () => {
  assertHas('Washington condemned the attack on Kyiv, The Washington Post reported.', [], ['United States opposes Ukraine']);
  assertHas('Hamas claimed the attack on Israel, Al Jazeera reported.', ['Hamas opposes Israel']);
});

test('"allied" and "X-aligned" are support both ways; ties and membership are no relation', () => {
  assertHas('Russia is allied with Iran.', ['Russia supports Iran', 'Iran supports Russia']);
  assertHas('The Iran-aligned Houthis fired missiles at Israel.', ['Iran supports Houthis', 'Houthis supports Iran', 'Houthis opposes Israel']);
  assertHas('Ankara sees the SDF as linked to the PKK, a founding member of the alliance.', [], ['SDF supports PKK', 'PKK supports SDF']);
});

test('no self-relations and no relation to a place', () => {
  const found = relationsOf('Russian troops withdrew from Syria after Russia attacked Russia-backed militias in Aleppo.');
  for (const relation of found) {
    const [source, , target] = relation.split(/ (supports|opposes|negotiates) /);
    assert.notEqual(source, target);
  }
  assert.ok(![...found].some((r) => r.endsWith('Syria')), JSON.stringify([...found]));
});

test('a page that repeats one sentence keeps a bounded number of evidences for its relation', () => {
  const text = 'Russia launched airstrikes on Ukraine. '.repeat(300);
  const { relations } = extractArticle(text);
  const opposes = relations.find((r) => r.source === 'Russia' && r.type === 'opposes' && r.target === 'Ukraine');
  assert.ok(opposes);
  assert.equal(opposes.evidence.length, MAX_EVIDENCE_PER_RELATION);
  assert.deepEqual(
    opposes.evidence.slice(0, 2).map((e) => e.start),
    [0, 39],
  );
});
