import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { z } from 'zod';
import { ActorKind, IsoDate, RelationType } from '../extract/schema.ts';
import { toGraphml } from './graphml.ts';
import type { ExportData } from './types.ts';

/**
 * The reproducible export bundle (GET /api/export?format=bundle): a zip holding
 *   manifest.json   what was selected (filters, ids or query), when, by which extractor, counts, corrections in force
 *   graph.json      the actors and relation edges, as /api/graph gives them
 *   graph.graphml   the same for yEd and Gephi
 *   claims.json     the claims between the actors, with their sentences
 *   articles.json   the articles they come from: metadata, fingerprint and text
 *   README.md       this list, for a reader
 * `npm run import -- bundle.zip` loads it into another database (server/import/bundle.ts).
 */

export const bundleFormat = 'actor-relations-bundle';

const Counts = z.object({ actors: z.number(), edges: z.number(), claims: z.number(), articles: z.number() });

export const BundleManifest = z.object({
  format: z.literal(bundleFormat),
  version: z.literal(1),
  generated: z.string(),
  extractorVersion: z.string(),
  selection: z.record(z.string(), z.unknown()),
  counts: Counts,
  correctionsApplied: z.number(),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

const Actor = z.object({ id: z.string(), name: z.string(), kind: ActorKind, aliases: z.array(z.string()), affiliation: z.string().nullable() }).loose();
const Edge = z.object({ id: z.string(), source: z.string(), target: z.string(), type: RelationType }).loose();
const Claim = z.object({
  id: z.string(),
  type: RelationType,
  sentence: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  cue: z.string().nullable(),
  confidence: z.number().min(0).max(1).nullable(),
  date: IsoDate.nullable(),
  source: z.string(),
  target: z.string(),
  article: z.string(),
});
const Article = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: IsoDate.nullable(),
  source: z.string().nullable(),
  file: z.string().nullable(),
  url: z.string().nullable(),
  sha256: z.string().nullable(),
  text: z.string().nullable(),
});
export type BundleArticle = z.infer<typeof Article>;

export const Bundle = z.object({
  manifest: BundleManifest,
  graph: z.object({ nodes: z.array(Actor), edges: z.array(Edge) }),
  claims: z.array(Claim),
  articles: z.array(Article),
});
export type Bundle = z.infer<typeof Bundle>;
/** A bundle as written: the subgraph as the export selected it. */
export type BundleContent = Omit<Bundle, 'graph'> & { graph: Pick<ExportData, 'nodes' | 'edges'> };

const readme = (manifest: BundleManifest) => `# Actor-relations export bundle

Generated ${manifest.generated} by ${manifest.extractorVersion}: ${manifest.counts.actors} actors, ${manifest.counts.edges} relations,
${manifest.counts.claims} claims from ${manifest.counts.articles} articles; ${manifest.correctionsApplied} corrections were in force.

- \`manifest.json\`: what was selected (the /api/graph filters, actor ids or a Cypher query), when, and these counts
- \`graph.json\`: the actors and relation edges (weight = claims; outlets = distinct article sources)
- \`graph.graphml\`: the same graph for yEd or Gephi
- \`claims.json\`: every claim between the actors: type, sentence, offsets in the article, cue, confidence, date
- \`articles.json\`: the articles the claims come from: title, date, source, URL, SHA-256 and text

Load it into another explorer with \`npm run import -- this-file.zip\`: its actors, articles and claims are merged in
and the relations are recounted from the claims, so the explorer shows the same graph with its evidence.
`;

/** The bundle as a zip. */
export function toBundleZip({ manifest, graph, claims, articles }: BundleContent): Uint8Array {
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
  return zipSync({
    'manifest.json': json(manifest),
    'graph.json': json(graph),
    'graph.graphml': strToU8(toGraphml(graph)),
    'claims.json': json(claims),
    'articles.json': json(articles),
    'README.md': strToU8(readme(manifest)),
  });
}

/** Reads and checks a bundle zip; throws a readable Error when it is not one. */
export function readBundleZip(zip: Uint8Array): Bundle {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    throw new Error('not a zip file');
  }
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`not an export bundle: ${name} is missing`);
    try {
      return JSON.parse(strFromU8(file)) as unknown;
    } catch {
      throw new Error(`${name} is not valid JSON`);
    }
  };
  const parsed = Bundle.safeParse({ manifest: part('manifest.json'), graph: part('graph.json'), claims: part('claims.json'), articles: part('articles.json') });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`not a valid export bundle: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
