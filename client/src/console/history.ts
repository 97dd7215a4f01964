/** The queries run in this browser, newest first, kept in localStorage. */

const KEY = 'explorer.cypherHistory';
const KEEP = 40;

export interface HistoryEntry {
  query: string;
  params: string;
  at: string;
}

export function readHistory(): HistoryEntry[] {
  try {
    const entries: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(entries) ? entries.filter((entry): entry is HistoryEntry => typeof entry?.query === 'string') : [];
  } catch {
    return [];
  }
}

export function remember(query: string, params: string): HistoryEntry[] {
  const entries = [{ query, params, at: new Date().toISOString() }, ...readHistory().filter((entry) => entry.query !== query)].slice(0, KEEP);
  localStorage.setItem(KEY, JSON.stringify(entries));
  return entries;
}
