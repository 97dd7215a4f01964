import { strToU8, zipSync } from 'fflate';
import type { ExportData } from './types.ts';

/** CSV files in a zip: nodes.csv and edges.csv (Gephi's spreadsheet import), plus claims.csv and articles.csv with claims. */

/**
 * Text a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets a leading
 * apostrophe, as OWASP recommends against CSV injection; numbers stay numbers.
 */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; lists joined with "; ". */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralised(Array.isArray(value) ? value.join('; ') : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
  return [columns.join(','), ...rows.map((row) => columns.map((column) => field(row[column])).join(','))].join('\r\n') + '\r\n';
}

export function toCsvZip(graph: ExportData): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'nodes.csv': strToU8(toCsv(graph.nodes, ['id', 'name', 'kind', 'aliases', 'affiliation', 'degree'])),
    'edges.csv': strToU8(toCsv(graph.edges, ['id', 'source', 'target', 'type', 'weight', 'claims', 'articles', 'first_seen', 'last_seen'])),
  };
  if (graph.claims) {
    files['claims.csv'] = strToU8(toCsv(graph.claims, ['id', 'source', 'type', 'target', 'sentence', 'cue', 'confidence', 'status', 'date', 'article', 'start', 'end']));
  }
  if (graph.articles) files['articles.csv'] = strToU8(toCsv(graph.articles, ['id', 'title', 'date', 'source', 'file', 'url']));
  return zipSync(files);
}
