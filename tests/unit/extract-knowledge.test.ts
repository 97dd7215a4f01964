import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCueFile } from '../../server/extract/cue-file.ts';
import { parseActorsFile } from '../../server/extract/user-knowledge.ts';

const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const extract = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/extract.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

test('the shipped cue file parses, and patterns expand to every wording', () => {
  const entries = parseCueFile(readFileSync(new URL('../../seeds/cues.dict', import.meta.url), 'utf8'), 'seeds/cues.dict');
  assert.ok(entries.length > 250, `${entries.length} entries`);
  const [ties] = parseCueFile('[opposes]\n(cut|sever) [off] [diplomatic] ties > with ! v  # a comment\n', 'x');
  assert.deepEqual(ties!.phrases.map((p) => p.join(' ')).sort(), [
    'cut diplomatic ties', 'cut off diplomatic ties', 'cut off ties', 'cut ties',
    'sever diplomatic ties', 'sever off diplomatic ties', 'sever off ties', 'sever ties',
  ]);
  assert.deepEqual(ties!.cue.preps, ['with']);
  assert.equal(ties!.cue.verbOnly, true);
  assert.deepEqual(parseCueFile('[negotiates]\ncease-fire > with ! n\n', 'x')[0]!.phrases, [['cease', '-', 'fire']]);
});

test('a bad cue file names the file, the line and the problem', () => {
  assert.throws(() => parseCueFile('[opposes]\n\nsnub ! q\n', 'my-cues.dict'), /^CueFileError: my-cues\.dict:3: unknown flag 'q'/);
  assert.throws(() => parseCueFile('[hates]\nsnub\n', 'my-cues.dict'), /my-cues\.dict:1: unknown section \[hates\]/);
  assert.throws(() => parseCueFile('snub\n', 'my-cues.dict'), /my-cues\.dict:1: an entry before any/);
  assert.throws(() => parseCueFile('[opposes]\n(snub|rebuff ! v\n', 'my-cues.dict'), /my-cues\.dict:2: unbalanced brackets/);
  assert.throws(() => parseCueFile('[opposes]\nSnub ! v\n', 'my-cues.dict'), /my-cues\.dict:2: 'Snub' is not a lower-case word/);
  assert.throws(() => parseCueFile('[opposes]\nsnub ! nv\n', 'my-cues.dict'), /exclude each other/);
});

test('an actors file: CSV with quoting, aliases by |, a bad row named by its line', () => {
  const actors = parseActorsFile('name,kind,aliases,affiliation\n"Lantern Front, The",armed_group,LF|the Lanterns,\nTom Fletcher,person,,United Nations\n', 'a.csv');
  assert.deepEqual(actors[0], { name: 'Lantern Front, The', kind: 'armed_group', aliases: ['LF', 'the Lanterns'], affiliation: null });
  assert.equal(actors[1]!.affiliation, 'United Nations');
  assert.throws(() => parseActorsFile('name,kind,aliases,affiliation\nA,state,,\nB,militia,,\n', 'a.csv'), /^ActorsFileError: a\.csv:3: kind 'militia' is not one of/);
  assert.throws(() => parseActorsFile('name,type\nA,state\n', 'a.csv'), /a\.csv:1: unknown column 'type'/);
  assert.throws(() => parseActorsFile('name,kind,aliases,affiliation\nA,person,,Nowhere Land\n', 'a.csv'), /a\.csv:2: affiliation 'Nowhere Land' names no actor/);
  assert.throws(() => parseActorsFile('name,kind,aliases,affiliation\n,state,,\n', 'a.csv'), /a\.csv:2: the name is empty/);
  assert.throws(() => parseActorsFile('name,kind,aliases,affiliation\nA,state,,,extra\n', 'a.csv'), /a\.csv:2: /);
});

test('npm run extract --actors and --cues: the user knowledge is read, and a bad file stops with one line', () => {
  const article = file('article.txt', 'The Lantern Front snubbed Peru on Monday. Tom Fletcher met the Lanterns in Lima.');
  const actors = file('actors.csv', 'name,kind,aliases,affiliation\nLantern Front,armed_group,LF|the Lanterns,\nTom Fletcher,person,,United Nations\n');
  const cues = file('cues.dict', '[opposes]\nsnub ! v   # "snubbed Peru"\n');
  const run = extract(article, '--actors', actors, '--cues', cues);
  assert.equal(run.status, 0, run.stderr);
  const [extraction] = JSON.parse(run.stdout).articles;
  const relations = extraction.relations.map((r: { source: string; type: string; target: string }) => `${r.source} ${r.type} ${r.target}`);
  assert.ok(relations.includes('Lantern Front opposes Peru'), relations.join('; '));
  assert.ok(relations.includes('Tom Fletcher negotiates Lantern Front') || relations.includes('Lantern Front negotiates Tom Fletcher'), relations.join('; '));
  assert.equal(extraction.actors.find((a: { name: string }) => a.name === 'Tom Fletcher').affiliation, 'United Nations');

  const bad = extract(article, '--actors', file('bad.csv', 'name,kind,aliases,affiliation\nLantern Front,rebels,,\n'));
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr.trim(), /^\S*bad\.csv:2: kind 'rebels' is not one of state, armed_group, organization, person$/);
  const badCues = extract(article, '--cues', file('bad.dict', '[opposes]\nsnub ! z\n'));
  assert.equal(badCues.status, 1);
  assert.match(badCues.stderr.trim(), /bad\.dict:2: unknown flag 'z'/);
});
