import type { ArticleExtraction, RelationType } from '../extract/schema.ts';
import { actorId } from '../extract/index.ts';
import { sha256, type ArticleInput } from './article-input.ts';
import { BucketCounter, type MonthBucket } from './month-buckets.ts';

/** Turns extracted articles into the parameter rows of one import batch (pure). */

export interface ExtractedArticle {
  id: string;
  sha256: string;
  input: ArticleInput;
  extraction: ArticleExtraction;
}

export interface PairDelta {
  source: string;
  target: string;
  type: RelationType;
  relType: string;
  claims: number;
  articles: number;
  first: string | null;
  last: string | null;
  /** The distinct sources of the batch's articles with claims on the edge ('' for articles without one). */
  outlets: string[];
}

export interface BatchRows {
  articles: Record<string, unknown>[];
  actors: { id: string; name: string; kind: string; aliases: string[]; affiliation: string | null }[];
  affiliations: { person: string; actor: string; name: string }[];
  mentions: { article: string; actor: string; count: number }[];
  claims: Record<string, unknown>[];
  /** What the batch's claims add to each aggregated edge. */
  deltas: PairDelta[];
  /** What they add to each month bucket of those edges (see month-buckets.ts). */
  buckets: MonthBucket[];
}

/** negotiates is symmetric: its edge runs from the smaller id to the larger. */
export function edgeEnds(type: RelationType, source: string, target: string): [string, string] {
  return type === 'negotiates' && target < source ? [target, source] : [source, target];
}

export function planBatch(batch: ExtractedArticle[], importedAt: string): BatchRows {
  const rows: BatchRows = { articles: [], actors: [], affiliations: [], mentions: [], claims: [], deltas: [], buckets: [] };
  const deltas = new Map<string, Pick<PairDelta, 'source' | 'target' | 'type' | 'relType'> & { buckets: BucketCounter }>();
  // One row per actor and batch: busy actors appear in most articles of a batch.
  const actors = new Map<string, Omit<BatchRows['actors'][number], 'aliases'> & { aliases: Set<string> }>();
  const affiliations = new Map<string, BatchRows['affiliations'][number]>();

  for (const { id, sha256: hash, input, extraction } of batch) {
    rows.articles.push({
      id,
      sha256: hash,
      file: input.file,
      title: input.title ?? extraction.title,
      date: input.date ?? extraction.date,
      source: input.source ?? null,
      url: input.url ?? null,
      text: input.text,
      imported_at: importedAt,
    });
    for (const actor of extraction.actors) {
      const actorKey = actorId(actor.name);
      const known = actors.get(actorKey);
      if (known) for (const alias of actor.aliases) known.aliases.add(alias);
      else actors.set(actorKey, { id: actorKey, name: actor.name, kind: actor.kind, aliases: new Set(actor.aliases), affiliation: actor.affiliation });
      rows.mentions.push({ article: id, actor: actorKey, count: Math.max(actor.mentions, 1) });
      if (actor.affiliation) affiliations.set(actorKey, { person: actorKey, actor: actorId(actor.affiliation), name: actor.affiliation });
    }
    const claimIds = new Set<string>();
    for (const relation of extraction.relations) {
      const source = actorId(relation.source);
      const target = actorId(relation.target);
      for (const evidence of relation.evidence) {
        const claimId = sha256(`${id}|${relation.type}|${source}|${target}|${evidence.start}`).slice(0, 24);
        if (claimIds.has(claimId)) continue;
        claimIds.add(claimId);
        const date = evidence.date ?? input.date ?? extraction.date;
        rows.claims.push({
          id: claimId,
          article: id,
          source,
          target,
          type: relation.type,
          sentence: evidence.sentence,
          start: evidence.start,
          end: evidence.end,
          cue: evidence.cue,
          confidence: evidence.confidence,
          date,
        });
        const [from, to] = edgeEnds(relation.type, source, target);
        const key = `${from}|${relation.type}|${to}`;
        const delta = deltas.get(key) ?? {
          source: from,
          target: to,
          type: relation.type,
          relType: relation.type.toUpperCase(),
          buckets: new BucketCounter(),
        };
        delta.buckets.add(date, id, input.source ?? null);
        deltas.set(key, delta);
      }
    }
  }
  rows.actors = [...actors.values()].map((actor) => ({ ...actor, aliases: [...actor.aliases] }));
  rows.affiliations = [...affiliations.values()];
  rows.deltas = [...deltas.values()].map(({ buckets, ...delta }) => ({ ...delta, ...buckets.totals() }));
  rows.buckets = [...deltas.values()].flatMap(({ source, type, target, buckets }) => buckets.rows({ source, type, target }));
  return rows;
}
