/**
 * npm run extract -- FILE...
 * Prints {"articles":[…]} where each entry is an ArticleExtraction, or {"file","error"} for a file that could not be
 * read as an article (missing, empty, binary, invalid UTF-8, over 5 MB). Errors also go to stderr; exit status 1 if any.
 */
import { extractArticle, type ArticleExtraction } from '../extract/index.ts';
import { readArticle } from './article-input.ts';

type Output = ArticleExtraction | { file: string; error: string };

function main(paths: string[]): number {
  if (paths.length === 0) {
    process.stderr.write('usage: npm run extract -- FILE...\n');
    return 2;
  }
  const articles: Output[] = [];
  let failed = false;
  for (const path of paths) {
    const input = readArticle(path);
    if ('error' in input) {
      failed = true;
      process.stderr.write(`extract: ${path}: ${input.error}\n`);
      articles.push(input);
      continue;
    }
    try {
      articles.push(extractArticle(input.text, input.meta));
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`extract: ${path}: extraction failed: ${message}\n`);
      articles.push({ file: input.file, error: `extraction failed: ${message}` });
    }
  }
  process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
