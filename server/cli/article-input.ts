import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { ArticleMeta } from '../extract/schema.ts';

/** Larger inputs are refused rather than read: an article is kilobytes, and memory must stay bounded. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const Manifest = z.object({ articles: z.record(z.string(), ArticleMeta.extend({ source: z.string().nullable().optional() })) });
export type Manifest = z.infer<typeof Manifest>;

export type ArticleInput = { file: string; text: string; meta: ArticleMeta } | { file: string; error: string };

const manifests = new Map<string, Manifest | null>();

/** The manifest.json beside a file, if there is a valid one. */
export function manifestFor(directory: string): Manifest | null {
  if (!manifests.has(directory)) {
    let manifest: Manifest | null = null;
    try {
      manifest = Manifest.parse(JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')));
    } catch {
      manifest = null;
    }
    manifests.set(directory, manifest);
  }
  return manifests.get(directory)!;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** Reads one article file, or says clearly why it cannot be an article. */
export function readArticle(path: string): ArticleInput {
  const file = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { file, error: 'not a regular file' };
    size = stat.size;
  } catch {
    return { file, error: 'file not found' };
  }
  if (size > MAX_ARTICLE_BYTES) return { file, error: `file too large (${size} bytes; the limit is ${MAX_ARTICLE_BYTES})` };
  const bytes = Buffer.alloc(size);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, bytes, 0, size, 0);
  } finally {
    closeSync(fd);
  }
  if (hasNul(bytes)) return { file, error: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { file, error: 'not valid UTF-8' };
  }
  if (text.trim() === '') return { file, error: 'empty file' };
  const meta = manifestFor(dirname(path))?.articles[file] ?? {};
  return { file, text, meta: { title: meta.title ?? null, date: meta.date ?? null, file } };
}
