import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readSources } from '../../server/import/sources.ts';

test('an article file is checked when listed and its text read from disk when used, so a large corpus is not held in memory', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sources-'));
  try {
    fs.writeFileSync(path.join(folder, 'a.txt'), 'Turkey opposes the PKK.');
    fs.writeFileSync(path.join(folder, 'empty.txt'), '   ');
    const sources = readSources([folder]);
    assert.deepEqual(sources.failures.map((failure) => failure.file), ['empty.txt'], 'a bad file is named before the import starts');
    const [article] = sources.articles;
    assert.equal(article!.text, 'Turkey opposes the PKK.');
    fs.writeFileSync(path.join(folder, 'a.txt'), 'Iran supports Hezbollah.');
    assert.equal(article!.text, 'Iran supports Hezbollah.', 'the text is read again, not kept');
    assert.equal({ ...article! }.text, 'Iran supports Hezbollah.', 'a copy holds the text as read then');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
