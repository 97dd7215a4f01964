/**
 * npm run corpus -- --articles N --out DIR [--seed S]
 * Writes N reproducible news-like articles as .txt files plus manifest.json ({"articles":{file:{title,date,source}}}).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from '../corpus/generate.ts';

function main(): number {
  const usage = 'usage: npm run corpus -- --articles N --out DIR [--seed S]';
  const options = { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean' } } as const;
  let values;
  try {
    ({ values } = parseArgs({ options }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const count = Number(values.articles);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error(usage);
    return 2;
  }
  mkdirSync(values.out, { recursive: true });
  const manifest: Record<string, { title: string; date: string; source: string | null }> = {};
  const started = performance.now();
  for (const article of generateArticles(count, seed)) {
    writeFileSync(join(values.out, article.file), article.text);
    manifest[article.file] = { title: article.title, date: article.date, source: article.source };
  }
  writeFileSync(join(values.out, 'manifest.json'), `${JSON.stringify({ articles: manifest }, null, 1)}\n`);
  console.log(`wrote ${count} articles and manifest.json to ${values.out} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return 0;
}

process.exitCode = main();
