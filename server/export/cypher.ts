import type { ExportData } from './types.ts';

/**
 * A Cypher script that recreates the subgraph in an empty database (cypher-shell -f, or statement by
 * statement in Neo4j Browser): constraints, then batched UNWIND statements with the data as literals.
 */

const batchSize = 500;

/** A value as a Cypher literal. Strings use JSON's escapes, which Cypher string literals share. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => `\`${key.replace(/`/g, '``')}\`: ${cypherLiteral(item)}`);
  return `{${entries.join(', ')}}`;
}

function batches<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += batchSize) result.push(rows.slice(start, start + batchSize));
  return result;
}

function unwind<T>(rows: T[], body: string): string[] {
  return batches(rows).map((batch) => `UNWIND ${cypherLiteral(batch)} AS row\n${body};`);
}

export function toCypher(graph: ExportData, now = new Date()): string {
  const actors = graph.nodes.map(({ degree: _degree, ...actor }) => actor);
  const statements = [
    `// Exported by the actor-relations explorer on ${now.toISOString()}: ${graph.nodes.length} actors, ${graph.edges.length} relation edges${graph.claims ? `, ${graph.claims.length} claims` : ''}.`,
    '// Run it in an empty database, for example: cypher-shell -f export.cypher',
    'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;',
    ...unwind(actors, 'CREATE (a:Actor) SET a = row'),
  ];
  for (const type of ['supports', 'opposes', 'negotiates']) {
    const edges = graph.edges
      .filter((edge) => edge.type === type)
      .map(({ source, target, weight, claims, articles, first_seen, last_seen }) => ({ source, target, properties: { weight, claims, articles, first_seen, last_seen } }));
    statements.push(...unwind(edges, `MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})\nCREATE (s)-[r:${type.toUpperCase()}]->(t) SET r = row.properties`));
  }
  if (graph.claims && graph.articles) {
    statements.push(
      'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;',
      'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;',
      ...unwind(graph.articles, 'CREATE (a:Article) SET a = row'),
      ...unwind(
        graph.claims.map(({ source, target, article, ...claim }) => ({ source, target, article, properties: claim })),
        'MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target}), (a:Article {id: row.article})\nCREATE (c:Claim) SET c = row.properties\nCREATE (c)-[:SOURCE]->(s), (c)-[:TARGET]->(t), (c)-[:FROM]->(a)',
      ),
    );
  }
  return statements.join('\n') + '\n';
}
