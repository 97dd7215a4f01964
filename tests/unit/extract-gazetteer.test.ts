import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../server/extract/gazetteer.ts';
import { foldText } from '../../server/extract/text.ts';

test('every affiliation in the gazetteer names a known actor', () => {
  for (const actor of gazetteer.actors.values()) {
    if (actor.affiliation) assert.ok(gazetteer.actors.has(actor.affiliation), `${actor.name} → ${actor.affiliation}`);
  }
});

test('no alias names two actors', () => {
  const owner = new Map<string, string>();
  for (const actor of gazetteer.actors.values()) {
    for (const alias of [actor.name, ...actor.aliases]) {
      const key = foldText(alias);
      assert.ok(!owner.has(key) || owner.get(key) === actor.name, `"${alias}" is both ${owner.get(key)} and ${actor.name}`);
      owner.set(key, actor.name);
    }
  }
});

test('states use canonical English short names and cover the conflicts we are scored on', () => {
  const states = [...gazetteer.actors.values()].filter((a) => a.kind === 'state').map((a) => a.name);
  for (const name of ['Turkey', 'United States', 'Russia', 'Syria', 'North Korea', 'South Korea', 'DR Congo', 'Taiwan', 'Palestine']) {
    assert.ok(states.includes(name), name);
  }
  assert.ok(!states.includes('Türkiye'));
  for (const name of ['RSF', 'JNIM', 'Wagner Group', 'Houthis', 'STC', 'M23', 'FDLR', 'MONUSCO', 'Hamas', 'Hezbollah', 'Palestinian Islamic Jihad', 'DPP', 'KMT', 'ECOWAS', 'IAEA', 'ICC', 'Arab League', 'G7']) {
    assert.ok(gazetteer.actors.has(name), name);
  }
  assert.equal(gazetteer.actors.get('Mohamed Hamdan Dagalo')?.affiliation, 'RSF');
  assert.equal(gazetteer.actors.get('Abdel Fattah al-Burhan')?.affiliation, 'Sudan');
});
