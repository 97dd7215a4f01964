import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApi, type Api } from './api-support.ts';

/**
 * What the page shows for a filtered view agrees with /api/graph: the evidence of a relation drawn with a time
 * window or with persons rolled up (GET /api/edges/…/claims), and an export of the actors on screen by their ids.
 */

let api: Api;
/** Persons of two states talk: a relation of the states that exists only rolled up. */
const talks = {
  title: 'Talks in Istanbul',
  date: '2025-01-10',
  text: 'Abbas Araghchi held talks with Hakan Fidan on Monday. Abbas Araghchi met Hakan Fidan again on Tuesday to discuss the crisis.',
};

before(async () => {
  api = await openApi();
  assert.equal((await api.post('/api/articles', talks)).status, 201);
});
after(() => api.close());

async function cypher<T = any>(text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.db.driver.executeQuery(text, params);
  return records.map((record) => record.toObject() as T);
}

interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  claims: number;
  articles: number;
  first_seen: string | null;
  last_seen: string | null;
}

async function storedEdges(): Promise<Map<string, number>> {
  const rows = await cypher<{ id: string; weight: number }>(
    `MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor) RETURN s.id + '|' + toLower(type(r)) + '|' + t.id AS id, r.weight AS weight`,
  );
  return new Map(rows.map((row) => [row.id, row.weight]));
}

/** For each edge of /api/graph?<filters>, the claims endpoint given the same filters answers that edge and its claims. */
async function assertEvidenceMatchesGraph(filters: string): Promise<Edge[]> {
  const { status, body: graph } = await api.get(`/api/graph?limit=5000&${filters}`);
  assert.equal(status, 200);
  assert.ok(graph.edges.length > 0, `the view ${filters} has relations`);
  for (const edge of graph.edges as Edge[]) {
    const { status, body } = await api.get(`/api/edges/${edge.source}/${edge.type}/${edge.target}/claims?limit=5000&${filters}`);
    assert.equal(status, 200, `${edge.id} (${filters}): ${body.error}`);
    // In a window or roll-up the drawn edge's `articles` sums the distinct articles of each month bucket (README);
    // the panel counts them from the claims. Everything else is the same.
    const { articles: summed, ...drawn } = edge;
    const { articles: exact, ...panel } = body.edge;
    assert.deepEqual(panel, drawn, `${edge.id} (${filters}): the panel's edge is the drawn one`);
    assert.equal(body.claims.length, edge.claims, `${edge.id} (${filters}): one claim per counted claim`);
    assert.equal(new Set(body.claims.map((claim: any) => claim.article.id)).size, exact);
    assert.ok(summed >= exact, `${edge.id} (${filters}): bucket sums never count fewer articles`);
    for (const claim of body.claims) assert.equal(claim.type, edge.type);
    const dates = body.claims.map((claim: any) => claim.date ?? '');
    assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  }
  return graph.edges;
}

test('with persons rolled up, every drawn relation has its evidence, counted as the graph counts it', async () => {
  const rolled = await assertEvidenceMatchesGraph('rollup=true');
  const stored = await storedEdges();
  const onlyRolledUp = rolled.find((edge) => edge.id === 'iran|negotiates|turkey');
  assert.ok(onlyRolledUp && !stored.has(onlyRolledUp.id), 'Iran and Turkey negotiate only through their persons');
  const { body: talksEvidence } = await api.get('/api/edges/iran/negotiates/turkey/claims?rollup=true');
  assert.deepEqual(
    talksEvidence.claims.map((claim: any) => [claim.source.id, claim.target.id, claim.article.title]),
    [['abbas-araghchi', 'hakan-fidan', talks.title], ['abbas-araghchi', 'hakan-fidan', talks.title]],
  );
  assert.equal((await api.get('/api/edges/iran/negotiates/turkey/claims')).status, 404, 'not a stored edge');
  assert.ok(rolled.some((edge) => stored.has(edge.id) && stored.get(edge.id) !== edge.weight), 'some count more claims rolled up than stored');

  // Each claim of a rolled-up relation is written by the source's side about the target's side.
  const edge = rolled.find((candidate) => candidate.type !== 'negotiates' && stored.get(candidate.id) !== candidate.weight)!;
  const { body } = await api.get(`/api/edges/${edge.source}/${edge.type}/${edge.target}/claims?rollup=true`);
  const side = async (id: string) => [id, ...(await cypher(`MATCH (p:Actor {kind: 'person'})-[:AFFILIATED_WITH]->(:Actor {id: $id}) RETURN p.id AS id`, { id })).map((row) => row.id)];
  const [sources, targets] = [await side(edge.source), await side(edge.target)];
  for (const claim of body.claims) {
    assert.ok(sources.includes(claim.source.id), claim.source.id);
    assert.ok(targets.includes(claim.target.id), claim.target.id);
  }
  assert.ok(body.claims.some((claim: any) => claim.source.id !== edge.source || claim.target.id !== edge.target), 'persons’ claims are part of it');
});

test('in a time window, with or without roll-up, the evidence is the claims dated inside it', async () => {
  for (const filters of ['from=2022&to=2024-12', 'to=2022', 'from=2019&to=2024&rollup=true']) {
    const edges = await assertEvidenceMatchesGraph(filters);
    const from = /from=([\d-]+)/.exec(filters)?.[1];
    const to = /to=([\d-]+)/.exec(filters)?.[1];
    for (const edge of edges.slice(0, 5)) {
      const { body } = await api.get(`/api/edges/${edge.source}/${edge.type}/${edge.target}/claims?${filters}`);
      for (const claim of body.claims) {
        assert.ok(claim.date !== null && (!from || claim.date >= from) && (!to || claim.date < `${to}~`), `${claim.date} in ${filters}`);
      }
    }
  }
});

test('the claims endpoint: stored edges by default; no rolled-up relation ends on a rolled-up person; bad windows are refused', async () => {
  const stored = await storedEdges();
  const [id, weight] = [...stored].find(([key]) => key.includes('|opposes|'))!;
  const [source, type, target] = id.split('|');
  const { body } = await api.get(`/api/edges/${source}/${type}/${target}/claims`);
  assert.equal(body.edge.weight, weight);
  assert.equal(body.claims.length, weight);

  const [member] = await cypher(
    `MATCH (p:Actor {kind: 'person'})-[:AFFILIATED_WITH]->(:Actor), (p)-[r:SUPPORTS|OPPOSES]->(t:Actor)
     RETURN p.id AS source, toLower(type(r)) AS type, t.id AS target LIMIT 1`,
  );
  assert.ok(member, 'the seeds hold a relation of an affiliated person');
  const rolledUp = await api.get(`/api/edges/${member.source}/${member.type}/${member.target}/claims?rollup=true`);
  assert.equal(rolledUp.status, 404);
  assert.match(rolledUp.body.error, /rolled up/);
  assert.equal((await api.get(`/api/edges/${member.source}/${member.type}/${member.target}/claims`)).status, 200);

  assert.equal((await api.get(`/api/edges/${source}/${type}/${target}/claims?from=1800&to=1801`)).status, 404);
  assert.equal((await api.get(`/api/edges/${source}/${type}/${target}/claims?from=2024&to=2023`)).body.field, 'to');
  assert.equal((await api.get(`/api/edges/${source}/${type}/${target}/claims?from=last-year`)).body.field, 'from');
  assert.equal((await api.get(`/api/edges/${source}/${type}/${target}/claims?rollup=yes`)).body.field, 'rollup');
});

// ---------- exports by actor ids ----------

async function exportJson(query: string): Promise<{ nodes: { id: string }[]; edges: Edge[]; claims?: any[] }> {
  const response = await fetch(`${api.server.url}/api/export?format=json&${query}`);
  assert.equal(response.status, 200, query);
  return response.json() as Promise<any>;
}

const ids = (list: { id: string }[]) => list.map((item) => item.id).sort();

test('an export by actor ids keeps the relation types, time window, minimum weight and roll-up of the view', async () => {
  for (const filters of ['types=opposes', 'minWeight=2', 'from=2022&to=2024-12', 'rollup=true', 'types=supports,negotiates&from=2019&rollup=true&minWeight=2']) {
    const { body: graph } = await api.get(`/api/graph?limit=5000&${filters}`);
    assert.ok(graph.edges.length > 0, filters);
    // The actors on screen: all of the view, then half of them (a selection).
    const all: string[] = ids(graph.nodes);
    for (const shown of [all, all.filter((_, index) => index % 2 === 0)]) {
      const exported = await exportJson(`ids=${shown.join(',')}&depth=0&limit=${shown.length}&${filters}`);
      assert.deepEqual(ids(exported.nodes), shown, `${filters}: the actors asked for`);
      const inView = new Set(shown);
      const expected = graph.edges.filter((edge: Edge) => inView.has(edge.source) && inView.has(edge.target));
      const byId = (a: Edge, b: Edge) => (a.id < b.id ? -1 : 1);
      assert.deepEqual([...exported.edges].sort(byId), [...expected].sort(byId), `${filters}: the relations /api/graph draws between them`);
    }
  }
});

test('an export by ids with claims keeps only the claims of the window and types', async () => {
  const { body: graph } = await api.get('/api/graph?limit=5000&types=opposes&from=2022&to=2024-12');
  const exported = await exportJson(`ids=${ids(graph.nodes).join(',')}&depth=0&limit=5000&types=opposes&from=2022&to=2024-12&claims=true`);
  assert.ok(exported.claims!.length > 0);
  for (const claim of exported.claims!) {
    assert.equal(claim.type, 'opposes');
    assert.ok(claim.date >= '2022' && claim.date < '2024-12~', claim.date);
  }
  const everything = await exportJson(`ids=${ids(graph.nodes).join(',')}&depth=0&limit=5000&claims=true`);
  assert.ok(everything.claims!.length > exported.claims!.length, 'without filters, every claim between them');
});

test('without filters an export by ids is unchanged: the stored relations among the actors', async () => {
  const stored = await storedEdges();
  const exported = await exportJson('ids=turkey&depth=1&limit=2000');
  assert.ok(exported.edges.length > 0);
  for (const edge of exported.edges) assert.equal(edge.weight, stored.get(edge.id), edge.id);
});

test('the page’s export of an expanded view (ids with the view’s filters) holds the relations on screen', async () => {
  // ?limit=5&types=opposes, then a double-click on Turkey (its 20 nearest neighbours by opposes): what the page draws.
  const { body: overview } = await api.get('/api/graph?limit=5&types=opposes');
  const { body: expanded } = await api.get('/api/actors/turkey/neighborhood?depth=1&limit=20&types=opposes');
  const shown = [...new Set([...overview.nodes, ...expanded.nodes].map((node: any) => node.id as string))].sort();
  const drawn = [...new Set([...overview.edges, ...expanded.edges].map((edge: any) => edge.id as string))].sort();
  assert.ok(drawn.length > overview.edges.length, 'the expansion adds relations');
  // The query export-menu.ts sends for { kind: 'ids', ids, filters: graphFilters(state) }.
  const exported = await exportJson(`ids=${shown.join(',')}&depth=0&limit=${shown.length}&types=opposes&minWeight=1&rollup=false`);
  assert.deepEqual(ids(exported.nodes), shown);
  assert.deepEqual(ids(exported.edges), drawn);
});
