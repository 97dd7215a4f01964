import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleExtraction, extractArticle } from '../../server/extract/index.ts';
import { fullDate, monthDay, storyDate } from '../../server/extract/dates.ts';

const PAGE = [
  'More',
  '    HomeWorld NewsSudan army pushes into Omdurman',
  '',
  'Sudan army pushes into Omdurman',
  '',
  'Published on',
  '',
  'Soldiers patrol a street in Khartoum, Sudan, Monday, March 4, 2024. (AP)',
  'Soldiers patrol a street in Khartoum, Sudan, Monday, March 4, 2024. (AP)',
  'TT',
  'By Amina Yusuf',
  '',
  'The Sudanese army launched an offensive against the RSF in Omdurman, U.S. officials said.',
  '- Advertisement -',
  'Mr. Blinken called on the RSF to stop the attacks, a senior U.S. official said on Tuesday.',
  '',
  'Subscribe to our newsletter',
  'Sign up here to get the latest news delivered directly to your inbox.',
].join('\n');

test('page furniture is dropped and evidence offsets point into the original text', () => {
  const result = ArticleExtraction.parse(extractArticle(PAGE));
  assert.ok(result.relations.length > 0);
  for (const relation of result.relations) {
    for (const evidence of relation.evidence) {
      assert.equal(PAGE.slice(evidence.start, evidence.end), evidence.sentence);
      assert.doesNotMatch(evidence.sentence, /Advertisement|Subscribe|HomeWorld|Published|\(AP\)|\n/);
    }
  }
  assert.equal(result.title, 'Sudan army pushes into Omdurman');
  assert.ok(!result.actors.some((a) => /Amina|Washington Post/.test(a.name)));
});

test('on every seed, evidence is a trimmed sentence of one line at its offsets', () => {
  for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join('seeds', file), 'utf8');
    for (const relation of extractArticle(text).relations) {
      for (const evidence of relation.evidence) {
        assert.equal(text.slice(evidence.start, evidence.end), evidence.sentence);
        assert.equal(evidence.sentence, evidence.sentence.trim());
        assert.ok(!evidence.sentence.includes('\n'), `${file}: ${evidence.sentence}`);
      }
    }
  }
});

test('"U.S.", "Dec." and "Mr." do not end a sentence', () => {
  const text = 'The U.S. Treasury imposed sanctions on the RSF on Dec. 5, 2024. Mr. Blinken said the U.S. government would keep up pressure.';
  const sanctions = extractArticle(text).relations.find((r) => r.target === 'RSF');
  assert.ok(sanctions);
  assert.equal(sanctions.evidence[0]!.sentence, 'The U.S. Treasury imposed sanctions on the RSF on Dec. 5, 2024.');
});

test('each story in a file keeps its own date', () => {
  const text = [
    'Turkey and Syria hold security talks',
    '',
    'Turkish Foreign Minister Hakan Fidan speaks in Ankara, Friday, Dec. 2, 2022. (AP)',
    '',
    'Turkish and Syrian security officials held talks in Moscow, officials said.',
    '',
    '',
    '',
    'Houthis Target Ships in the Red Sea',
    '',
    'FILE - A cargo ship sails off the coast of Yemen, Jan. 3, 2019. (AP Photo, File)',
    'Houthis Target Ships in the Red Sea',
    '',
    'The United States struck Houthi targets on March 3, 2024, the Pentagon said.',
  ].join('\n');
  const result = extractArticle(text);
  const talks = result.relations.find((r) => r.type === 'negotiates');
  const strikes = result.relations.find((r) => r.target === 'Houthis');
  assert.equal(talks?.evidence[0]?.date, '2022-12-02');
  assert.equal(strikes?.evidence[0]?.date, '2024-03-03');
  assert.equal(result.date, '2022-12-02');
});

test('the manifest date wins for the first story; without one the text dates it', () => {
  const text = 'ANKARA – Blinken on December 13 called on Turkey to keep up the fight against ISIS, weeks after the 2024 fall of Assad.';
  assert.equal(extractArticle(text, { date: '2024-12-13' }).relations[0]?.evidence[0]?.date, '2024-12-13');
  assert.equal(extractArticle(text).date, '2024-12-13');
});

test('wire furniture is dropped; "Published:" and a wire dateline date the story', () => {
  const text = [
    'Sudan army says it retook Omdurman',
    '',
    'Published: 2 December 2024',
    'Listen to this article',
    '3 min read',
    '',
    "KHARTOUM, Dec 2 (Reuters) - Sudan's army launched an offensive against the RSF in Omdurman.",
    '',
    'Reporting by Khalid Abdelaziz in Port Sudan; Editing by Jane Doe',
    'Our Standards: The Thomson Reuters Trust Principles.',
  ].join('\n');
  const result = extractArticle(text);
  assert.equal(result.date, '2024-12-02');
  assert.equal(result.relations.length, 1);
  assert.equal(result.relations[0]!.evidence[0]!.date, '2024-12-02');
  assert.equal(extractArticle("KHARTOUM, Dec 2 (Reuters) - Talks stalled after the 2024 offensive.").date, '2024-12-02');
});

test('date parsing', () => {
  assert.equal(fullDate('in Rome, Friday, Dec. 2, 2022. (AP)'), '2022-12-02');
  assert.equal(fullDate('on 13 December 2024'), '2024-12-13');
  assert.equal(monthDay('Blinken on December 13 called', '2024'), '2024-12-13');
  assert.equal(storyDate([], ['No dates here.'], 'Nothing either.', null), null);
  assert.equal(storyDate([], ['Attacks doubled in 2023 and 2024.'], 'Attacks doubled in 2023 and 2024.', null), null, 'a year mentioned is no date');
  assert.equal(storyDate([], ['Talks resumed on March 3.'], 'Talks resumed on March 3 after the 2021 coup.', null), '2021-03-03');
  assert.equal(storyDate([], ['The bloc met on Sunday.'], 'The junta must cede power in a week.', null), null, 'a relative date is not counted from today');
});
