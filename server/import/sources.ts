import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleRecord, maxArticleChars, Manifest, type ArticleInput } from './article-input.ts';

/** Reads import paths (files and folders, recursively) into articles and per-input failures. */

export interface SourceFailure {
  file: string;
  reason: string;
}

export interface Sources {
  articles: ArticleInput[];
  failures: SourceFailure[];
  /** JSON files met in a folder that hold something other than article records (a gazetteer, say). */
  skipped: SourceFailure[];
}

const articleExtensions = new Set(['.txt', '.md']);
const recordExtensions = new Set(['.json', '.jsonl']);
/** An article file holds one article; a feed dump (.json, .jsonl) may hold thousands. */
const maxArticleFileBytes = maxArticleChars;
const maxFeedFileBytes = 200 * maxArticleChars;
const utf8 = new TextDecoder('utf-8', { fatal: true });

class InputError extends Error {}
class NotArticles extends Error {}

/** A file to read, and the key that names it (`seeds/001.txt`: from the folder named on the command line). */
interface FoundFile {
  file: string;
  key: string;
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function linkProblem(error: NodeJS.ErrnoException, link: string): string {
  if (error instanceof InputError) return error.message;
  if (error.code === 'ELOOP') return 'a symbolic link loop: not followed';
  if (error.code === 'ENOENT') return `a symbolic link to nothing (${fs.readlinkSync(link)}): not followed`;
  return error.message;
}

/**
 * The article and feed files under a path. A folder is walked recursively; a symbolic link in it is
 * followed only when it stays inside the folder; a loop, a dangling link or one leading out is a
 * failure of that entry alone. A link named on the command line is the user's choice and followed.
 */
function listFiles(entry: string, failures: SourceFailure[]): FoundFile[] {
  const absolute = path.resolve(entry);
  const keyOf = (file: string) => path.relative(path.dirname(absolute), file).split(path.sep).join('/');
  if (!fs.statSync(absolute).isDirectory()) return [{ file: absolute, key: keyOf(absolute) }];
  const root = fs.realpathSync(absolute);
  // Real paths already read: a link back to a folder, or to a file, already listed adds nothing.
  const seen = new Set<string>();
  const found: FoundFile[] = [];
  const walk = (folder: string) => {
    const real = fs.realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of fs.readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const child = path.join(folder, name);
      let stat: fs.Stats;
      try {
        if (fs.lstatSync(child).isSymbolicLink() && !isInside(root, fs.realpathSync(child))) {
          throw new InputError(`a symbolic link leading outside ${path.basename(absolute)} (${fs.readlinkSync(child)}): not followed`);
        }
        stat = fs.statSync(child);
      } catch (error) {
        failures.push({ file: keyOf(child), reason: linkProblem(error as NodeJS.ErrnoException, child) });
        continue;
      }
      const extension = path.extname(name).toLowerCase();
      if (stat.isDirectory()) walk(child);
      else if ((articleExtensions.has(extension) || (recordExtensions.has(extension) && name !== 'manifest.json')) && !seen.has(fs.realpathSync(child))) {
        seen.add(fs.realpathSync(child));
        found.push({ file: child, key: keyOf(child) });
      }
    }
  };
  walk(absolute);
  return found;
}

function readText(file: string): string {
  const size = fs.statSync(file).size;
  const limit = recordExtensions.has(path.extname(file).toLowerCase()) ? maxFeedFileBytes : maxArticleFileBytes;
  if (size > limit) throw new InputError(`file too large: ${(size / 1e6).toFixed(1)} MB, over the ${limit / 1e6} MB limit`);
  const bytes = fs.readFileSync(file);
  if (bytes.includes(0)) throw new InputError('binary file (it contains NUL bytes), not text');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text');
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || 'record'}: ${issue.message}`;
}

const manifests = new Map<string, Manifest['articles']>();

/** Metadata from the `manifest.json` in a file's folder, if there is one. */
function manifestEntry(file: string): Manifest['articles'][string] {
  const folder = path.dirname(file);
  if (!manifests.has(folder)) {
    const manifestFile = path.join(folder, 'manifest.json');
    const parsed = fs.existsSync(manifestFile) ? Manifest.safeParse(parseJson(readText(manifestFile), manifestFile)) : null;
    if (parsed && !parsed.success) throw new InputError(`${manifestFile}: ${describeIssue(parsed.error)}`);
    manifests.set(folder, parsed?.data.articles ?? {});
  }
  return manifests.get(folder)![path.basename(file)] ?? {};
}

/**
 * An article file, checked now; its text is read from disk again whenever it is asked for, so an
 * import of 100,000 files holds only the texts of the batches at hand, never the whole corpus.
 */
function articleFromFile({ file, key }: FoundFile): ArticleInput {
  const parsed = ArticleRecord.safeParse({ ...manifestEntry(file), text: readText(file) });
  if (!parsed.success) throw new InputError(describeIssue(parsed.error));
  const { text: _checked, ...meta } = parsed.data;
  return {
    ...meta,
    file: path.basename(file),
    key,
    get text() {
      return readText(file);
    },
  };
}

function isRecordLike(value: unknown): boolean {
  return Array.isArray(value) || (typeof value === 'object' && value !== null && 'text' in value);
}

function recordsFromFile(file: string, explicit: boolean): { records: unknown[]; label: (index: number, name?: string) => string } {
  const text = readText(file);
  if (file.toLowerCase().endsWith('.jsonl')) {
    const lines = text.split('\n');
    const records = lines.map((line, index) => ({ line: index + 1, text: line })).filter((line) => line.text.trim() !== '');
    return {
      records: records.map((line) => {
        try {
          return parseJson(line.text, `line ${line.line}`);
        } catch (error) {
          return error;
        }
      }),
      label: (index, name = path.basename(file)) => `${name}#${records[index]!.line}`,
    };
  }
  const value = parseJson(text, 'the file');
  if (!explicit && !isRecordLike(value)) throw new NotArticles('not article records (no "text" field)');
  const records = Array.isArray(value) ? value : [value];
  return { records, label: (index, name = path.basename(file)) => (records.length === 1 ? name : `${name}#${index + 1}`) };
}

function collectRecords({ file, key }: FoundFile, explicit: boolean, sources: Sources): void {
  const { records, label } = recordsFromFile(file, explicit);
  records.forEach((record, index) => {
    if (record instanceof InputError) return sources.failures.push({ file: label(index), reason: record.message });
    const parsed = ArticleRecord.safeParse(record);
    if (parsed.success) sources.articles.push({ ...parsed.data, file: label(index), key: label(index, key) });
    else sources.failures.push({ file: label(index), reason: describeIssue(parsed.error) });
  });
}

export function readSources(paths: string[]): Sources {
  const sources: Sources = { articles: [], failures: [], skipped: [] };
  for (const entry of paths) {
    let files: FoundFile[];
    try {
      files = listFiles(entry, sources.failures);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      sources.failures.push({ file: path.basename(entry), reason: missing ? 'not found: no such file or folder' : (error as Error).message });
      continue;
    }
    for (const found of files) {
      const { file } = found;
      try {
        if (recordExtensions.has(path.extname(file).toLowerCase())) collectRecords(found, file === path.resolve(entry), sources);
        else sources.articles.push(articleFromFile(found));
      } catch (error) {
        if (error instanceof NotArticles) {
          sources.skipped.push({ file: path.basename(file), reason: error.message });
          continue;
        }
        if (!(error instanceof InputError) && !(error as NodeJS.ErrnoException).code) throw error;
        sources.failures.push({ file: path.basename(file), reason: (error as Error).message });
      }
    }
  }
  return sources;
}
