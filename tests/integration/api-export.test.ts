import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { toCsvZip } from '../../server/export/csv.ts';
import { toGexf } from '../../server/export/gexf.ts';
import { toGraphml } from '../../server/export/graphml.ts';
import type { ExportData } from '../../server/export/types.ts';
import { resetDatabase } from '../support/import.ts';
import { openApi, type Api } from './api-support.ts';

/** GET /api/export: every format parses, the selections work, and the Cypher export recreates the subgraph. */

let api: Api;
before(async () => {
  api = await openApi();
});
after(async () => {
  await resetDatabase(api.db);
  await api.close();
});

async function download(query: string): Promise<{ status: number; type: string; disposition: string; bytes: Uint8Array }> {
  const response = await fetch(`${api.server.url}/api/export?${query}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['node', 'edge', 'data', 'attvalue', 'key', 'attribute'].includes(name),
});
const sortedIds = (list: { id: string }[]) => list.map((item) => item.id).sort();

test('JSON export is the /api/graph subgraph, with claims and articles on request, as an attachment', async () => {
  const { body: graph } = await api.get('/api/graph?limit=5000');
  const { status, type, disposition, bytes } = await download('format=json&limit=5000&claims=true');
  assert.equal(status, 200);
  assert.match(type, /application\/json/);
  assert.match(disposition, /^attachment; filename=.*\.json/);
  const data = JSON.parse(text(bytes));
  assert.deepEqual(sortedIds(data.nodes), sortedIds(graph.nodes));
  assert.deepEqual(sortedIds(data.edges), sortedIds(graph.edges));
  const { records } = await api.db.driver.executeQuery('MATCH (c:Claim) RETURN count(c) AS claims');
  assert.equal(data.claims.length, records[0]!.get('claims'), 'every claim links two exported actors');
  const articleIds = new Set(data.articles.map((article: any) => article.id));
  assert.ok(data.claims.every((claim: any) => articleIds.has(claim.article)));
});

test('Cytoscape export loads as elements', async () => {
  const { bytes } = await download('format=cytoscape&types=opposes&limit=5000');
  const { elements } = JSON.parse(text(bytes));
  assert.ok(elements.edges.length > 0);
  const nodeIds = new Set(elements.nodes.map((node: any) => node.data.id));
  assert.ok(elements.edges.every((edge: any) => edge.data.type === 'opposes' && nodeIds.has(edge.data.source) && nodeIds.has(edge.data.target)));
});

test('GraphML export is valid XML with declared keys, every actor and edge, undirected negotiations', async () => {
  const { body: graph } = await api.get('/api/graph?limit=5000');
  const { status, bytes } = await download('format=graphml&limit=5000&claims=true');
  assert.equal(status, 200);
  const doc = xml.parse(text(bytes)).graphml;
  const keys = new Set(doc.key.map((key: any) => key.id));
  assert.deepEqual(sortedIds(doc.graph.node), sortedIds(graph.nodes));
  assert.deepEqual(sortedIds(doc.graph.edge), sortedIds(graph.edges));
  for (const element of [...doc.graph.node, ...doc.graph.edge]) for (const data of element.data) assert.ok(keys.has(data.key), data.key);
  const negotiation = doc.graph.edge.find((edge: any) => edge.id.includes('|negotiates|'));
  assert.equal(negotiation.directed, 'false');
  assert.ok(doc.graph.edge.some((edge: any) => edge.data.some((data: any) => data.key === 'edge_evidence')));
});

test('GEXF export is valid XML with declared attributes and time spells from first_seen / last_seen', async () => {
  const { bytes } = await download('format=gexf&limit=5000');
  const { graph } = xml.parse(text(bytes)).gexf;
  assert.equal(graph.mode, 'dynamic');
  const declared = new Set([graph.attributes].flat().flatMap((group: any) => group.attribute.map((attribute: any) => attribute.id)));
  const edges = graph.edges.edge;
  for (const element of [...graph.nodes.node, ...edges]) for (const value of element.attvalues.attvalue ?? []) assert.ok(declared.has(value.for), value.for);
  const dated = edges.find((edge: any) => edge.start);
  assert.match(dated.start, /^\d{4}-\d{2}-\d{2}$/);
  assert.match(dated.end, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(dated.start <= dated.end);
});

test('CSV export is a zip of nodes, edges, claims and articles files', async () => {
  const { type, bytes } = await download('format=csv&limit=5000&claims=true');
  assert.match(type, /application\/zip/);
  const files = unzipSync(bytes);
  assert.deepEqual(Object.keys(files).sort(), ['articles.csv', 'claims.csv', 'edges.csv', 'nodes.csv']);
  const { body: graph } = await api.get('/api/graph?limit=5000');
  const lines = (name: string) => strFromU8(files[name]!).trim().split('\r\n');
  assert.equal(lines('nodes.csv')[0], 'id,name,kind,aliases,affiliation,degree');
  assert.equal(lines('nodes.csv').length, graph.nodes.length + 1);
  assert.equal(lines('edges.csv').length, graph.edges.length + 1);
});

test('an export selects by actor ids and depth, or by a read-only query', async () => {
  const { body: neighbourhood } = await api.get('/api/actors/turkey/neighborhood?depth=1&limit=2000');
  const byIds = JSON.parse(text((await download('format=json&ids=turkey&depth=1&limit=2000')).bytes));
  assert.deepEqual(sortedIds(byIds.nodes), sortedIds(neighbourhood.nodes));

  const query = encodeURIComponent("MATCH (a:Actor {id: 'turkey'})-[r:OPPOSES]->(b:Actor) RETURN a, r, b");
  const byQuery = JSON.parse(text((await download(`format=json&query=${query}`)).bytes));
  assert.ok(byQuery.edges.length > 0);
  assert.ok(byQuery.edges.every((edge: any) => edge.source === 'turkey' && edge.type === 'opposes'));
  assert.equal(byQuery.nodes.length, byQuery.edges.length + 1);

  const write = await download(`format=json&query=${encodeURIComponent('MATCH (n) DETACH DELETE n')}`);
  assert.equal(write.status, 400);
  assert.equal((await download('format=pdf')).status, 400);
  assert.equal((await download('ids=nobody')).status, 404);
});

test('hostile names are escaped: the XML exports still parse and keep the text', () => {
  const hostile = `<script>alert("x")</script> & 'quotes' ]]> \u0001\u0008 ok`;
  const data: ExportData = {
    nodes: [
      { id: 'a&b', name: hostile, kind: 'state', aliases: [hostile], affiliation: null, degree: 1 },
      { id: '"b"', name: 'B', kind: 'person', aliases: [], affiliation: hostile, degree: 1 },
    ],
    edges: [{ id: 'a&b|supports|"b"', source: 'a&b', target: '"b"', type: 'supports', weight: 1, claims: 1, articles: 1, first_seen: '2024', last_seen: '2024-02' }],
  };
  const readable = hostile.replace(/[\u0001\u0008]/g, '');
  const graphml = xml.parse(toGraphml(data)).graphml.graph;
  assert.equal(graphml.node[0].id, 'a&b');
  assert.equal(graphml.node[0].data.find((d: any) => d.key === 'node_name')['#text'], readable);
  assert.equal(graphml.edge[0].target, '"b"');
  const gexf = xml.parse(toGexf(data)).gexf.graph;
  assert.equal(gexf.nodes.node[0].label, readable);
  assert.equal(gexf.edges.edge[0].start, '2024-01-01');
  assert.equal(gexf.edges.edge[0].end, '2024-02-29');
});

test('CSV cells a spreadsheet would run as a formula start with an apostrophe; numbers and plain text are kept', () => {
  const data: ExportData = {
    nodes: [
      { id: '=cmd', name: '+SUM(A1:A9)', kind: 'state', aliases: ['@attack', 'plain'], affiliation: '-2+3', degree: -1 },
      { id: 'plain', name: 'Plain, "quoted"', kind: 'person', aliases: [], affiliation: '\tTabbed', degree: 2 },
    ],
    edges: [],
  };
  const [header, first, second] = strFromU8(unzipSync(toCsvZip(data))['nodes.csv']!).split('\r\n');
  assert.equal(header, 'id,name,kind,aliases,affiliation,degree');
  assert.equal(first, "'=cmd,'+SUM(A1:A9),state,'@attack; plain,'-2+3,-1");
  assert.equal(second, `plain,"Plain, ""quoted""",person,,'\tTabbed,2`);
});

test('the Cypher export, run in an emptied database, recreates the same actors, edges and claims', async () => {
  const before = JSON.parse(text((await download('format=json&limit=5000&claims=true')).bytes));
  const script = text((await download('format=cypher&limit=5000&claims=true')).bytes);

  await resetDatabase(api.db);
  assert.equal((await api.get('/api/graph')).body.nodes.length, 0);
  const statements = script.split(/;\n/).map((statement) => statement.replace(/^\/\/.*$/gm, '').trim()).filter(Boolean);
  for (const statement of statements) await api.db.driver.executeQuery(statement);
  // As when the app starts on that database: the schema is applied and the edges' month buckets filled from the claims.
  await api.db.applySchema();

  const afterLoad = JSON.parse(text((await download('format=json&limit=5000&claims=true')).bytes));
  const byKey = (list: any[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.deepEqual(byKey(afterLoad.nodes), byKey(before.nodes));
  assert.deepEqual(byKey(afterLoad.edges), byKey(before.edges));
  assert.deepEqual(byKey(afterLoad.claims), byKey(before.claims));
  assert.deepEqual(byKey(afterLoad.articles), byKey(before.articles));
});
