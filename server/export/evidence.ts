import type { ExportData } from './types.ts';

/** Per edge id, the evidence sentences behind it (one per line), for formats that carry claims as an edge attribute. */
export function evidenceByEdge({ edges, claims }: ExportData): Map<string, string> {
  const evidence = new Map<string, string[]>();
  const edgeIds = new Set(edges.map((edge) => edge.id));
  for (const claim of claims ?? []) {
    const direct = `${claim.source}|${claim.type}|${claim.target}`;
    const id = edgeIds.has(direct) ? direct : `${claim.target}|${claim.type}|${claim.source}`;
    evidence.set(id, [...(evidence.get(id) ?? []), claim.sentence]);
  }
  return new Map([...evidence].map(([id, sentences]) => [id, sentences.join('\n')]));
}
