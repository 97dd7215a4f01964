import type { EditorOptions } from '@neo4j-cypher/codemirror';

/** The graph model, so the editor can complete labels, relationship types and properties. */
export const GRAPH_SCHEMA: EditorOptions['schema'] = {
  labels: ['Actor', 'Article', 'Claim', 'ImportRun'],
  relationshipTypes: ['SUPPORTS', 'OPPOSES', 'NEGOTIATES', 'AFFILIATED_WITH', 'MENTIONS', 'SOURCE', 'TARGET', 'FROM'],
  propertyKeys: [
    'id', 'name', 'kind', 'aliases', 'affiliation',
    'file', 'title', 'date', 'source', 'url', 'sha256', 'text',
    'type', 'sentence', 'start', 'end', 'confidence', 'cue',
    'weight', 'claims', 'articles', 'first_seen', 'last_seen', 'count',
  ],
};
