import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';

const cypherDir = path.join(projectRoot, 'cypher');
const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. `query('import/merge-actors')`. */
export function query(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements (such as schema.cypher) on the `;` that ends a line. */
export function statements(name: string): string[] {
  return query(name)
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}
