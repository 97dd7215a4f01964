import type { ArticleExtraction, Evidence, ExtractedActor, ExtractedRelation } from './schema.ts';
import { LOCAL_REBELS, LOCAL_STATE, type ArticleContext } from './context.ts';
import { gazetteer } from './gazetteer.ts';
import type { Claim } from './relations.ts';
import { actorId, foldText } from './text.ts';

export interface SentenceClaims {
  claims: Claim[];
  evidence: Omit<Evidence, 'cue' | 'confidence'>;
}

/** "rebels" in an article set in Syria are the Syrian rebels and "the army" is Syria; with no clear setting they stay unnamed. */
function localNames(ctx: ArticleContext): Map<string, string | null> {
  const setting = ctx.settingState();
  const generic = setting ? `${gazetteer.stateAdjective.get(setting) ?? setting} rebels` : null;
  const rebels = generic ? (gazetteer.byAlias.get(foldText(generic)) ?? generic) : null;
  return new Map([[LOCAL_REBELS, rebels], [LOCAL_STATE, setting]]);
}

/** A person does not relate to the state they act for. */
function isOwnSide(ctx: ArticleContext, source: string, target: string): boolean {
  return ctx.actors.get(source)?.affiliation === target || ctx.actors.get(target)?.affiliation === source;
}

/**
 * An article states a relation a handful of times; a broken page that repeats one sentence thousands of
 * times keeps this many, so one file cannot turn into an unbounded number of claims.
 */
export const MAX_EVIDENCE_PER_RELATION = 100;

function relationKey(claim: Claim): string {
  const ends = claim.type === 'negotiates' ? [claim.source, claim.target].sort() : [claim.source, claim.target];
  return `${ends[0]}\u0001${claim.type}\u0001${ends[1]}`;
}

function mergeRelations(sentences: SentenceClaims[], ctx: ArticleContext, local: Map<string, string | null>): ExtractedRelation[] {
  const relations = new Map<string, ExtractedRelation>();
  const evidenceStarts = new Map<string, Set<number>>();
  const rename = (name: string) => (local.has(name) ? local.get(name)! : name);
  for (const { claims, evidence } of sentences) {
    for (const raw of claims) {
      const source = rename(raw.source);
      const target = rename(raw.target);
      if (!source || !target || source === target || isOwnSide(ctx, source, target)) continue;
      const claim = { ...raw, source, target };
      const key = relationKey(claim);
      let relation = relations.get(key);
      if (!relation) {
        relation = { source, type: claim.type, target, confidence: 0, evidence: [] };
        relations.set(key, relation);
        evidenceStarts.set(key, new Set());
      }
      const starts = evidenceStarts.get(key)!;
      if (starts.has(evidence.start) || relation.evidence.length >= MAX_EVIDENCE_PER_RELATION) continue;
      starts.add(evidence.start);
      relation.evidence.push({ ...evidence, cue: claim.cue, confidence: claim.confidence });
      relation.confidence = Math.max(relation.confidence, claim.confidence);
    }
  }
  return [...relations.values()];
}

function listActors(ctx: ArticleContext, relations: ExtractedRelation[], local: Map<string, string | null>): ExtractedActor[] {
  const related = new Set(relations.flatMap((r) => [r.source, r.target]));
  const actors = new Map<string, ExtractedActor>();
  const add = (name: string, kind: ExtractedActor['kind'], affiliation: string | null, aliases: string[], mentions: number) => {
    const known = actors.get(name);
    if (known) {
      known.mentions += mentions;
      known.aliases = [...new Set([...known.aliases, ...aliases])].sort();
      return;
    }
    actors.set(name, { id: actorId(name), name, kind, affiliation, aliases: [...new Set(aliases)].sort(), mentions });
  };
  for (const actor of ctx.actors.values()) {
    const name = local.has(actor.name) ? local.get(actor.name)! : actor.name;
    if (!name || (actor.mentions === 0 && !related.has(name))) continue;
    const known = gazetteer.actors.get(name)?.aliases ?? [];
    add(name, actor.kind, actor.affiliation, [...actor.aliases, ...known].filter((a) => a !== name), actor.mentions);
  }
  for (const actor of [...actors.values()]) {
    if (actor.affiliation && !actors.has(actor.affiliation)) {
      add(actor.affiliation, gazetteer.actors.get(actor.affiliation)?.kind ?? 'organization', null, [], 0);
    }
  }
  return [...actors.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

export function assembleArticle(
  meta: { file: string | null; title: string | null; date: string | null },
  sentences: SentenceClaims[],
  ctx: ArticleContext,
): ArticleExtraction {
  const local = localNames(ctx);
  const relations = mergeRelations(sentences, ctx, local);
  return { ...meta, actors: listActors(ctx, relations, local), relations };
}
