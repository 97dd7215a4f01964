import type { ExportData } from './types.ts';

/** The attributes every graph format carries for an actor and for a relation, beside its id and ends. */

export function actorFields(actor: ExportData['nodes'][number]) {
  return { kind: actor.kind, aliases: actor.aliases.join('; '), affiliation: actor.affiliation, degree: actor.degree };
}

export function edgeFields(edge: ExportData['edges'][number], evidence: Map<string, string>) {
  return {
    claims: edge.claims,
    articles: edge.articles,
    first_seen: edge.first_seen,
    last_seen: edge.last_seen,
    evidence: evidence.get(edge.id),
  };
}
