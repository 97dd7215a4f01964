import { createHash } from 'node:crypto';
import { z } from 'zod';
import { IsoDate, type ArticleMeta } from '../extract/schema.ts';

/** Largest article text accepted; longer input is refused with a clear error rather than half-read. */
export const maxArticleChars = 5_000_000;

/** An article as a feed dump, the manifest or the API gives it. */
export const ArticleRecord = z.object({
  title: z.string().trim().min(1).max(1000).nullish(),
  date: IsoDate.nullish(),
  source: z.string().trim().min(1).max(500).nullish(),
  url: z
    .url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' })
    .max(2000)
    .nullish(),
  // Not trimmed: evidence offsets point into the text exactly as given.
  text: z
    .string()
    .max(maxArticleChars, `the article text is over ${maxArticleChars} characters`)
    .refine((text) => text.trim().length > 0, 'the article text is empty')
    .refine((text) => !text.includes('\0'), 'the article text holds NUL characters: binary data, not text')
    .refine((text) => /[\p{L}\p{N}]/u.test(text), 'the article text holds no letters or digits'),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** Metadata for files, keyed by base name, from a `manifest.json` beside them. */
export const Manifest = z.object({
  articles: z.record(z.string(), ArticleRecord.omit({ text: true }).partial()),
});
export type Manifest = z.infer<typeof Manifest>;

/** One article ready to import: the record plus where it came from. */
export interface ArticleInput extends ArticleRecord {
  /** Base name of the file, or `name.jsonl#12` for a record; null for an article posted to the API. */
  file: string | null;
  /**
   * Where it was found, from the folder named on the command line (`seeds/001.txt`, `feeds/a.jsonl#12`):
   * two folders holding the same file names give different articles. Unset: `file`.
   */
  key?: string | null;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * An article's id is stable across re-imports: it comes from its URL, else where it was found, else
 * its text. So a file whose text changed keeps its id (and its claims are replaced), while the same
 * text posted twice is one article.
 */
export function articleId(input: ArticleInput): string {
  const where = input.key ?? input.file;
  return idFrom(input.url ? `url:${input.url}` : where ? `file:${where}` : `text:${sha256(input.text)}`);
}

function idFrom(key: string): string {
  return sha256(key).slice(0, 16);
}

/**
 * The id an article found in a folder had before ids took the folder into account (from its base
 * name alone); an article stored under it with the same text is that article, not a new one.
 */
export function legacyArticleId(input: ArticleInput): string | null {
  if (input.url || !input.file || !input.key || input.key === input.file) return null;
  return idFrom(`file:${input.file}`);
}

/** What the extractor is told about an article besides its text. */
export function articleMeta(input: ArticleInput): ArticleMeta {
  return { file: input.file, title: input.title ?? null, date: input.date ?? null };
}
