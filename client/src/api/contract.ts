import { z } from 'zod';

/** The JSON the HTTP API answers (see the API contract); responses are checked against these schemas. */

export const RELATION_TYPES = ['supports', 'opposes', 'negotiates'] as const;
export const ACTOR_KINDS = ['state', 'armed_group', 'organization', 'person'] as const;

export const RelationType = z.enum(RELATION_TYPES);
export const ActorKind = z.enum(ACTOR_KINDS);
export type RelationType = z.infer<typeof RelationType>;
export type ActorKind = z.infer<typeof ActorKind>;

const nullableDate = z.string().nullable();

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  aliases: z.array(z.string()).default([]),
  affiliation: z.string().nullable().default(null),
  degree: z.number().default(0),
});
export type Actor = z.infer<typeof Actor>;

export const Edge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  weight: z.number().default(1),
  claims: z.number().default(0),
  articles: z.number().default(0),
  first_seen: nullableDate.default(null),
  last_seen: nullableDate.default(null),
  /** Distinct article sources of its claims (absent on a Cypher result's relations). */
  outlets: z.number().optional(),
  /** The pair has both supports and opposes claims in the window. */
  contested: z.boolean().optional(),
});
export type Edge = z.infer<typeof Edge>;

const Totals = z.object({ nodes: z.number(), edges: z.number() });

export const Subgraph = z.object({
  nodes: z.array(Actor),
  edges: z.array(Edge),
  truncated: z.boolean().default(false),
  total: Totals.optional(),
});
export type Subgraph = z.infer<typeof Subgraph>;

export const GraphResponse = Subgraph.extend({
  dates: z.object({ min: nullableDate, max: nullableDate }).default({ min: null, max: null }),
});
export type GraphResponse = z.infer<typeof GraphResponse>;

export const TimelineResponse = z.object({
  months: z.array(z.object({ month: z.string(), claims: z.number() })),
  undated: z.number(),
  maxWeight: z.number(),
});
export type TimelineResponse = z.infer<typeof TimelineResponse>;

export const ActorSearchResponse = z.object({
  actors: z.array(Actor.extend({ score: z.number().optional() })),
});

const NamedRef = z.object({ id: z.string(), name: z.string() });
export type NamedRef = z.infer<typeof NamedRef>;
const InOut = z.object({ out: z.number(), in: z.number() });

export const ArticleRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: nullableDate,
  file: z.string().nullable().optional(),
  /** The outlet that published it. */
  source: z.string().nullable().optional(),
  /** The start of the text of an article without a title. */
  opening: z.string().nullable().optional(),
});
export type ArticleRef = z.infer<typeof ArticleRef>;

export const ActorDetailsResponse = z.object({
  actor: Actor,
  affiliation: NamedRef.nullable(),
  members: z.array(NamedRef),
  degree: z.object({ supports: InOut, opposes: InOut, negotiates: InOut }),
  articles: z.array(ArticleRef.extend({ mentions: z.number().nullable().optional() })),
});
export type ActorDetailsResponse = z.infer<typeof ActorDetailsResponse>;

export const PathResponse = z.object({
  paths: z.array(z.object({ nodes: z.array(Actor), edges: z.array(Edge) })),
});
export type PathResponse = z.infer<typeof PathResponse>;

const ClaimCore = z.object({
  id: z.string(),
  type: z.string(),
  sentence: z.string(),
  start: z.number(),
  end: z.number(),
  cue: z.string().nullable(),
  confidence: z.number().nullable(),
  /** Set by a correction: rejected (shown in the article only), edited or added. */
  status: z.enum(['rejected', 'edited', 'added']).nullable().default(null),
  source: NamedRef,
  target: NamedRef,
});
export type ClaimCore = z.infer<typeof ClaimCore>;

export const EdgeClaimsResponse = z.object({
  edge: Edge,
  claims: z.array(ClaimCore.extend({ date: nullableDate, article: ArticleRef })),
});
export type EdgeClaimsResponse = z.infer<typeof EdgeClaimsResponse>;
export type EvidenceClaim = EdgeClaimsResponse['claims'][number];

export const ArticleResponse = z.object({
  article: z.object({
    id: z.string(),
    title: z.string().nullable(),
    date: nullableDate,
    source: z.string().nullable(),
    file: z.string().nullable(),
    url: z.string().nullable(),
    text: z.string(),
  }),
  claims: z.array(ClaimCore),
});
export type ArticleResponse = z.infer<typeof ArticleResponse>;

/** The extractor's records may come back as lists or as counts; both are shown. */
const ExtractedActor = z.object({ name: z.string(), kind: z.string() }).loose();
const ExtractedRelation = z.object({ source: z.string(), type: z.string(), target: z.string() }).loose();

export const ImportResponse = z.object({
  article: z.object({ id: z.string(), status: z.enum(['new', 'changed', 'unchanged']) }),
  /** null when the text was already imported (nothing was extracted again). */
  extraction: z
    .object({
      actors: z.union([z.number(), z.array(ExtractedActor)]),
      relations: z.union([z.number(), z.array(ExtractedRelation)]),
    })
    .nullable(),
});
export type ImportResponse = z.infer<typeof ImportResponse>;

export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean(),
  graph: z.object({
    nodes: z.array(Actor.partial({ aliases: true, affiliation: true, degree: true, kind: true }).loose()),
    edges: z.array(Edge.loose()),
  }),
  elapsedMs: z.number(),
});
export type CypherResponse = z.infer<typeof CypherResponse>;

/** The body of every error answer. */
export const ErrorBody = z
  .object({
    error: z.string(),
    field: z.string().optional(),
    code: z.string().optional(),
    position: z.object({ line: z.number(), column: z.number(), offset: z.number() }).optional(),
    neo4j: z.string().optional(),
  })
  .loose();
export type ErrorBody = z.infer<typeof ErrorBody>;

export const BalanceResponse = z.object({
  triangles: z.number(),
  balanced: z.number(),
  ratio: z.number().nullable(),
  unbalanced: z.array(z.object({ actors: z.tuple([z.string(), z.string(), z.string()]), signs: z.array(z.number()), claims: z.number() })),
});
export type BalanceResponse = z.infer<typeof BalanceResponse>;

const Agreement = z.object({ ties: z.number(), agreeing: z.number(), share: z.number().nullable(), weightedShare: z.number().nullable() });
export const BlocsResponse = z.object({
  blocs: z.array(z.object({ id: z.number(), actors: z.array(z.string()), positive: z.number(), negative: z.number() })),
  membership: z.record(z.string(), z.number()),
  agreement: Agreement,
  unsigned: z.object({ communities: z.number(), membership: z.record(z.string(), z.number()), agreement: Agreement }),
});
export type BlocsResponse = z.infer<typeof BlocsResponse>;

const Stance = z.enum(['supports', 'opposes']);
const FlipClaim = ClaimCore.extend({ date: nullableDate, article: ArticleRef });
export const FlipsResponse = z.object({
  total: z.number(),
  flips: z.array(z.object({ actors: z.tuple([z.string(), z.string()]), from: Stance, to: Stance, at: z.string(), before: FlipClaim, after: FlipClaim })),
});
export type FlipsResponse = z.infer<typeof FlipsResponse>;

export const CentralityResponse = z.object({
  actors: z.array(z.object({ id: z.string(), degree: z.number(), weightedDegree: z.number(), pagerank: z.number() })),
});
export type CentralityResponse = z.infer<typeof CentralityResponse>;

/** A pair's claims per month and type (/api/insights/timeline), for the relation panel's chart. */
export const PairTimelineResponse = z.object({
  months: z.array(z.object({ month: z.string().nullable(), supports: z.number(), opposes: z.number(), negotiates: z.number() })),
});
export type PairTimelineResponse = z.infer<typeof PairTimelineResponse>;

export const HealthResponse = z.object({ status: z.string(), neo4j: z.string() });

/** A correction (server/curation): what was done, when, with its note; `reverted` once undone. */
export const Correction = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  summary: z.string(),
  note: z.string().nullable(),
  reverted: z.string().nullable(),
  fits: z.boolean(),
});
export type Correction = z.infer<typeof Correction>;
export const CorrectionResponse = z.object({ correction: Correction });
export const CorrectionsResponse = z.object({ corrections: z.array(Correction) });
export const CorrectionsImportResponse = z.object({ applied: z.number(), skipped: z.number(), unfit: z.array(z.object({ summary: z.string(), reason: z.string() })) });

export const ReviewResponse = z.object({
  claims: z.array(ClaimCore.extend({ date: nullableDate, article: ArticleRef, edgeWeight: z.number() })),
});
export type ReviewClaim = z.infer<typeof ReviewResponse>['claims'][number];
const DuplicateActor = z.object({ id: z.string(), name: z.string(), kind: z.string(), mentions: z.number() });
export const DuplicatesResponse = z.object({
  duplicates: z.array(z.object({ actors: z.tuple([DuplicateActor, DuplicateActor]), score: z.number(), names: z.tuple([z.string(), z.string()]), sameKind: z.boolean(), sharedArticles: z.number() })),
});
export type DuplicatePair = z.infer<typeof DuplicatesResponse>['duplicates'][number];
