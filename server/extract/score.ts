import { z } from 'zod';
import { relationTypes, type ArticleExtraction, type RelationType } from './schema.ts';
import { foldText } from './text.ts';

/** Gold files as ANNOTATION.md defines them. */
export const GoldRelation = z.object({
  source: z.array(z.string()).min(1),
  type: z.enum(relationTypes),
  target: z.array(z.string()).min(1),
  evidence: z.string().optional(),
  more_evidence: z.array(z.string()).optional(),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldFile = z.object({
  articles: z.array(z.object({ file: z.string(), title: z.string().nullable().optional(), date: z.string().nullable().optional(), relations: z.array(GoldRelation) })),
  affiliations: z.record(z.string(), z.string()).default({}),
  aliases: z.record(z.string(), z.array(z.string())).default({}),
});
export type GoldFile = z.infer<typeof GoldFile>;

export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  byType: Record<RelationType, Counts>;
  overall: Counts;
}

/** A relation reduced to what scoring compares: acceptable names per end. */
interface Triple {
  source: string[];
  type: RelationType;
  target: string[];
  evidence: string;
}

export interface ArticleReport {
  file: string;
  missed: Triple[];
  spurious: Triple[];
}

export type Mode = 'asWritten' | 'rolledUp';

/** Folds names and maps aliases onto canonical names. */
class NameNormalizer {
  private readonly canonical = new Map<string, string>();
  private readonly affiliation = new Map<string, string>();

  constructor(gold: GoldFile) {
    for (const [name, aliases] of Object.entries(gold.aliases)) {
      for (const alias of [name, ...aliases]) this.canonical.set(foldText(alias), foldText(name));
    }
    for (const [person, state] of Object.entries(gold.affiliations)) this.affiliation.set(this.name(person), this.name(state));
  }

  name(raw: string): string {
    const folded = foldText(raw).trim();
    return this.canonical.get(folded) ?? folded;
  }

  rollUp(name: string, predictedAffiliation?: string | null): string {
    if (predictedAffiliation) return this.name(predictedAffiliation);
    return this.affiliation.get(name) ?? name;
  }
}

function dedupe(triples: Triple[]): Triple[] {
  const seen = new Map<string, Triple>();
  for (const triple of triples) {
    const key = `${[...triple.source].sort().join('|')}\u0001${triple.type}\u0001${[...triple.target].sort().join('|')}`;
    if (!seen.has(key)) seen.set(key, triple);
  }
  return [...seen.values()];
}

function withoutSelfRelations(triples: Triple[]): Triple[] {
  return triples
    .map((t) => ({ ...t, source: t.source.filter((s) => !t.target.includes(s) || t.target.length > 1), target: t.target.filter((g) => !t.source.includes(g) || t.source.length > 1) }))
    .filter((t) => t.source.length > 0 && t.target.length > 0 && !(t.source.length === 1 && t.target.length === 1 && t.source[0] === t.target[0]));
}

function matches(predicted: Triple, gold: Triple): boolean {
  if (predicted.type !== gold.type) return false;
  const [source, target] = [predicted.source[0]!, predicted.target[0]!];
  if (gold.source.includes(source) && gold.target.includes(target)) return true;
  return gold.type === 'negotiates' && gold.source.includes(target) && gold.target.includes(source);
}

/** Maximum bipartite matching (Kuhn): returns gold index → predicted index. */
function maximumMatching(predicted: Triple[], gold: Triple[]): Map<number, number> {
  const goldToPredicted = new Map<number, number>();
  const tryAssign = (p: number, visited: Set<number>): boolean => {
    for (let g = 0; g < gold.length; g++) {
      if (visited.has(g) || !matches(predicted[p]!, gold[g]!)) continue;
      visited.add(g);
      const owner = goldToPredicted.get(g);
      if (owner === undefined || tryAssign(owner, visited)) {
        goldToPredicted.set(g, p);
        return true;
      }
    }
    return false;
  };
  for (let p = 0; p < predicted.length; p++) tryAssign(p, new Set());
  return goldToPredicted;
}

function emptyScores(): Scores {
  const counts = (): Counts => ({ truePositives: 0, predicted: 0, gold: 0 });
  return { byType: { supports: counts(), opposes: counts(), negotiates: counts() }, overall: counts() };
}

function predictedTriples(extraction: ArticleExtraction, names: NameNormalizer, mode: Mode): Triple[] {
  const affiliations = new Map(extraction.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.affiliation]));
  const end = (name: string) => (mode === 'rolledUp' ? names.rollUp(names.name(name), affiliations.get(name)) : names.name(name));
  const triples = extraction.relations.map((r) => ({ source: [end(r.source)], type: r.type, target: [end(r.target)], evidence: r.evidence[0]?.sentence ?? '' }));
  return dedupe(withoutSelfRelations(triples));
}

function goldTriples(relations: GoldRelation[], names: NameNormalizer, mode: Mode): Triple[] {
  const end = (options: string[]) => [...new Set(options.map((o) => (mode === 'rolledUp' ? names.rollUp(names.name(o)) : names.name(o))))];
  const triples = relations.map((r) => ({ source: end(r.source), type: r.type, target: end(r.target), evidence: r.evidence ?? '' }));
  return dedupe(withoutSelfRelations(triples));
}

/** Scores extractions against gold per ANNOTATION.md: per article, maximum matching, micro-averaged. */
export function score(gold: GoldFile, extractions: Map<string, ArticleExtraction>, mode: Mode): { scores: Scores; reports: ArticleReport[] } {
  const names = new NameNormalizer(gold);
  const scores = emptyScores();
  const reports: ArticleReport[] = [];
  for (const article of gold.articles) {
    const extraction = extractions.get(article.file);
    const predicted = extraction ? predictedTriples(extraction, names, mode) : [];
    const expected = goldTriples(article.relations, names, mode);
    const matching = maximumMatching(predicted, expected);
    const matchedPredicted = new Set(matching.values());
    for (const triple of predicted) scores.byType[triple.type].predicted++;
    for (const triple of expected) scores.byType[triple.type].gold++;
    for (const g of matching.keys()) scores.byType[expected[g]!.type].truePositives++;
    reports.push({
      file: article.file,
      missed: expected.filter((_, g) => !matching.has(g)),
      spurious: predicted.filter((_, p) => !matchedPredicted.has(p)),
    });
  }
  for (const counts of Object.values(scores.byType)) {
    scores.overall.truePositives += counts.truePositives;
    scores.overall.predicted += counts.predicted;
    scores.overall.gold += counts.gold;
  }
  return { scores, reports };
}

export function precisionRecallF1(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted ? counts.truePositives / counts.predicted : 0;
  const recall = counts.gold ? counts.truePositives / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
