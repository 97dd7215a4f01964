/**
 * npm run extract -- PATH... [--actors FILE] [--cues FILE]
 * Prints {"articles":[…]} where each entry is an ArticleExtraction, or {"file","error"} for an input that could not be
 * read as an article (missing, empty, binary, invalid UTF-8, too large, a bad JSON record). PATH is a file or a folder
 * of .txt, .md, .json and .jsonl files, as for `npm run import`. Errors also go to stderr; exit status 1 if any.
 * Articles are written as they are extracted.
 */
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig, userKnowledge } from '../config.ts';
import { UserError } from '../errors.ts';
import { loadUserKnowledge } from '../extract/user-knowledge.ts';
import { knowledgeOptions } from './knowledge-options.ts';
import { runMain } from './main.ts';
import { extractArticle, type ArticleExtraction } from '../extract/index.ts';
import { articleMeta, type ArticleInput } from '../import/article-input.ts';
import { readSources, type SourceFailure } from '../import/sources.ts';

type Output = ArticleExtraction | { file: string; error: string };

function extract(input: ArticleInput): Output {
  try {
    return extractArticle(input.text, articleMeta(input));
  } catch (error) {
    return { file: input.file ?? '', error: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function extractAll(paths: string[]): number {
  let failed = false;
  let count = 0;
  const write = (output: Output) => {
    if ('error' in output) {
      failed = true;
      process.stderr.write(`extract: ${output.file}: ${output.error}\n`);
    }
    writeSync(1, `${count++ ? ',' : ''}\n    ${JSON.stringify(output, null, 2).replace(/\n/g, '\n    ')}`);
  };
  writeSync(1, '{\n  "articles": [');
  for (const path of paths) {
    const sources = readSources([path]);
    sources.failures.forEach(({ file, reason }: SourceFailure) => write({ file, error: reason }));
    sources.articles.forEach((input) => write(extract(input)));
  }
  writeSync(1, '\n  ]\n}\n');
  return failed ? 1 : 0;
}

runMain(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { actors: { type: 'string' }, cues: { type: 'string' } } });
  if (positionals.length === 0) throw new UserError('usage: npm run extract -- PATH... [--actors FILE] [--cues FILE]');
  loadUserKnowledge({ ...userKnowledge(loadConfig()), ...knowledgeOptions(values) });
  return extractAll(positionals);
});
