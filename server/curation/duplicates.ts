import { distance } from 'fastest-levenshtein';
import neo4j from 'neo4j-driver';
import type { Db } from '../neo4j/client.ts';

/**
 * Likely duplicate actors: names or aliases that are near spellings of each other, or one inside the other
 * ("Mohamed Shia" in "Mohammed Shia al-Sudani"), scored higher when both are of the same kind and when
 * articles mention both.
 */

interface Candidate {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  mentions: number;
}

export interface DuplicatePair {
  actors: [Pick<Candidate, 'id' | 'name' | 'kind' | 'mentions'>, Pick<Candidate, 'id' | 'name' | 'kind' | 'mentions'>];
  score: number;
  /** Why: the two names that matched, a shared kind, articles mentioning both. */
  names: [string, string];
  sameKind: boolean;
  sharedArticles: number;
}

/** Words that do not tell one actor from another. */
const fillers = new Set(['the', 'of', 'and', 'al', 'el']);

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !fillers.has(word));
}

/** A near spelling: one edit per five letters. */
function nearWord(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 4 && distance(a, b) <= Math.floor(Math.max(a.length, b.length) / 5));
}

/** How alike two names are, 0 to 1. */
export function nameSimilarity(a: string, b: string): number {
  const [wa, wb] = [words(a), words(b)];
  if (wa.length === 0 || wb.length === 0) return 0;
  const [ja, jb] = [wa.join(' '), wb.join(' ')];
  const whole = 1 - distance(ja, jb) / Math.max(ja.length, jb.length);
  // The shorter name's words (two at least: one word says too little) all found, near enough, in the longer one.
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const contained = short.length >= 2 && short.every((word) => long.some((other) => nearWord(word, other))) && short.some((word) => word.length >= 4);
  return Math.max(whole, contained ? 0.85 + 0.1 * (short.length / long.length) : 0);
}

/** An actor's names, without descriptive aliases ("the group", "rebel forces"), which many actors share. */
function names(actor: Candidate): string[] {
  return [actor.name, ...actor.aliases.filter((alias) => !/^\p{Ll}/u.test(alias))];
}

function bestNames(a: Candidate, b: Candidate): { score: number; names: [string, string] } {
  let best = { score: 0, names: [a.name, b.name] as [string, string] };
  for (const x of names(a)) {
    for (const y of names(b)) {
      const score = nameSimilarity(x, y);
      if (score > best.score) best = { score, names: [x, y] };
    }
  }
  return best;
}

const minNameScore = 0.8;

/** The likely duplicates among the `scan` most mentioned actors, best first, at most `limit`. */
export async function duplicateActors(db: Db, { limit, scan }: { limit: number; scan: number }): Promise<DuplicatePair[]> {
  const candidates = (await db.read('suggestions/actors', { limit: neo4j.int(scan) })) as unknown as Candidate[];
  const pairs: Omit<DuplicatePair, 'sharedArticles'>[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const [a, b] = [candidates[i]!, candidates[j]!];
      const { score, names } = bestNames(a, b);
      if (score < minNameScore) continue;
      const sameKind = a.kind === b.kind;
      // The actor mentioned less is offered for merging into the other.
      const [from, into] = a.mentions < b.mentions ? [a, b] : [b, a];
      const pick = ({ id, name, kind, mentions }: Candidate) => ({ id, name, kind, mentions });
      pairs.push({ actors: [pick(from), pick(into)], score: score + (sameKind ? 0.1 : 0), names: from === a ? names : [names[1], names[0]], sameKind });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const kept = pairs.slice(0, limit * 2);
  const shared = new Map(
    (await db.read('suggestions/shared-articles', { pairs: kept.map(({ actors }) => [actors[0].id, actors[1].id]) })).map((row) => [
      (row.pair as string[]).join('|'),
      row.shared as number,
    ]),
  );
  return kept
    .map((pair) => {
      const sharedArticles = shared.get(`${pair.actors[0].id}|${pair.actors[1].id}`) ?? 0;
      return { ...pair, sharedArticles, score: Math.round((pair.score + Math.min(sharedArticles, 5) * 0.02) * 1000) / 1000 };
    })
    .sort((x, y) => y.score - x.score)
    .slice(0, limit);
}
