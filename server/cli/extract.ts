/**
 * npm run extract -- FILE...
 * Prints {"articles":[…]} where each entry is an ArticleExtraction, or {"file","error"} for a file that could not be
 * read as an article (missing, empty, binary, invalid UTF-8, over 5 MB). Errors also go to stderr; exit status 1 if any.
 * Articles are written as they are extracted, so memory holds one article at a time.
 */
import { writeSync } from 'node:fs';
import { extractArticle, type ArticleExtraction } from '../extract/index.ts';
import { readArticle } from './article-input.ts';

type Output = ArticleExtraction | { file: string; error: string };

function extractFile(path: string): Output {
  const input = readArticle(path);
  if ('error' in input) return input;
  try {
    return extractArticle(input.text, input.meta);
  } catch (error) {
    return { file: input.file, error: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function indent(json: string): string {
  return json.replace(/\n/g, '\n    ');
}

function main(paths: string[]): number {
  if (paths.length === 0) {
    process.stderr.write('usage: npm run extract -- FILE...\n');
    return 2;
  }
  let failed = false;
  writeSync(1, '{\n  "articles": [');
  paths.forEach((path, index) => {
    const output = extractFile(path);
    if ('error' in output) {
      failed = true;
      process.stderr.write(`extract: ${path}: ${output.error}\n`);
    }
    writeSync(1, `${index ? ',' : ''}\n    ${indent(JSON.stringify(output, null, 2))}`);
  });
  writeSync(1, '\n  ]\n}\n');
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
