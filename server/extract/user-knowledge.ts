import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { UserError } from '../errors.ts';
import { addCues } from './cues.ts';
import { parseCueFile } from './cue-file.ts';
import { gazetteer, type KnownActor } from './gazetteer.ts';
import { actorKinds, type ActorKind } from './schema.ts';

/** Files a user keeps beside the built-in knowledge: ACTORS_FILE / --actors and CUES_FILE / --cues. */
export interface UserKnowledge {
  actorsFile?: string;
  cuesFile?: string;
}

export class ActorsFileError extends UserError {
  override name = 'ActorsFileError';
}

const COLUMNS = ['name', 'kind', 'aliases', 'affiliation'];

function readText(file: string, kind: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`${file}: cannot read the ${kind} file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Parses an actors CSV (header `name,kind,aliases,affiliation`; aliases separated by `|`; `#` starts a comment line).
 * Throws ActorsFileError naming the file, the line and the problem.
 */
export function parseActorsFile(text: string, file: string): KnownActor[] {
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, comment: '#', info: true, bom: true });
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    throw new ActorsFileError(`${file}:${lines ?? 1}: ${message.replace(/^Invalid Record Length: /, '')}`);
  }
  const header = rows[0] ? Object.keys(rows[0].record) : [];
  const unknown = header.find((column) => !COLUMNS.includes(column));
  if (unknown !== undefined) throw new ActorsFileError(`${file}:1: unknown column '${unknown}' (expected ${COLUMNS.join(',')})`);
  const actors = rows.map(({ record, info }) => {
    const fail = (problem: string): never => {
      throw new ActorsFileError(`${file}:${info.lines}: ${problem}`);
    };
    const name = record.name ?? '';
    if (!name) fail('the name is empty');
    const kind = record.kind ?? '';
    if (!(actorKinds as readonly string[]).includes(kind)) fail(`kind '${kind}' is not one of ${actorKinds.join(', ')}`);
    const aliases = (record.aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean);
    return { line: info.lines, actor: { name, kind: kind as ActorKind, aliases, affiliation: record.affiliation || null } };
  });
  const names = new Set(actors.map(({ actor }) => actor.name));
  for (const { line, actor } of actors) {
    if (actor.affiliation && !names.has(actor.affiliation) && !gazetteer.actors.has(actor.affiliation)) {
      throw new ActorsFileError(`${file}:${line}: affiliation '${actor.affiliation}' names no actor of this file or of the built-in list`);
    }
  }
  return actors.map(({ actor }) => actor);
}

const loaded = new Set<string>();

/** Adds the user's actors and cues to the extractor's knowledge (once per file); throws a UserError naming the bad line. */
export function loadUserKnowledge({ actorsFile, cuesFile }: UserKnowledge): void {
  if (actorsFile && !loaded.has(`actors:${actorsFile}`)) {
    for (const actor of parseActorsFile(readText(actorsFile, 'actors'), actorsFile)) gazetteer.addUserActor(actor);
    loaded.add(`actors:${actorsFile}`);
  }
  if (cuesFile && !loaded.has(`cues:${cuesFile}`)) {
    addCues(parseCueFile(readText(cuesFile, 'cues'), cuesFile), true);
    loaded.add(`cues:${cuesFile}`);
  }
}
