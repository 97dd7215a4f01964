import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApi, type Api } from './api-support.ts';

/** GET /api/graph, /api/actors…, /api/path, /api/edges…/claims, /api/articles…, /api/stats on the seed articles. */

let api: Api;
before(async () => {
  api = await openApi();
});
after(() => api.close());

/** An independent look at the database, straight through the driver. */
async function cypher<T = any>(text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.db.driver.executeQuery(text, params);
  return records.map((record) => record.toObject() as T);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

test('GET /api/graph returns every relation edge and its actors when under the limit', async () => {
  const { status, body } = await api.get('/api/graph?limit=5000');
  assert.equal(status, 200);
  const stored = await cypher<{ id: string; weight: number }>(
    `MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor) RETURN s.id + '|' + toLower(type(r)) + '|' + t.id AS id, r.weight AS weight`,
  );
  assert.ok(stored.length > 10, 'the seeds give a graph worth testing');
  assert.deepEqual(body.edges.map((edge: any) => ({ id: edge.id, weight: edge.weight })).sort(byId), stored.sort(byId));
  const ends = new Set(body.edges.flatMap((edge: any) => [edge.source, edge.target]));
  assert.deepEqual(new Set(body.nodes.map((node: any) => node.id)), ends);
  assert.equal(body.truncated, false);
  assert.deepEqual(body.total, { nodes: ends.size, edges: stored.length });
  const [dates] = await cypher(`MATCH (c:Claim) RETURN min(c.date) AS min, max(c.date) AS max`);
  assert.deepEqual(body.dates, dates);

  const turkey = body.nodes.find((node: any) => node.id === 'turkey');
  assert.deepEqual(Object.keys(turkey).sort(), ['affiliation', 'aliases', 'degree', 'id', 'kind', 'name']);
  const [{ degree }] = await cypher(`MATCH (a:Actor {id: 'turkey'}) RETURN COUNT { (a)-[:SUPPORTS|OPPOSES|NEGOTIATES]-() } AS degree`);
  assert.equal(turkey.degree, degree);
  const edge = body.edges[0];
  assert.deepEqual(Object.keys(edge).sort(), ['articles', 'claims', 'contested', 'first_seen', 'id', 'last_seen', 'outlets', 'source', 'target', 'type', 'weight']);
});

test('GET /api/graph keeps the most connected actors up to the limit and says it truncated', async () => {
  const { body: all } = await api.get('/api/graph?limit=5000');
  const { body } = await api.get('/api/graph?limit=3');
  assert.equal(body.nodes.length, 3);
  assert.equal(body.truncated, true);
  assert.deepEqual(body.total, all.total);
  const degreeIn = (id: string) => all.edges.filter((edge: any) => edge.source === id || edge.target === id).length;
  const kept = body.nodes.map((node: any) => degreeIn(node.id));
  const dropped = all.nodes.filter((node: any) => !body.nodes.some((kept: any) => kept.id === node.id)).map((node: any) => degreeIn(node.id));
  assert.ok(Math.min(...kept) >= Math.max(...dropped), 'no dropped actor is better connected than a kept one');
  const ids = new Set(body.nodes.map((node: any) => node.id));
  assert.ok(body.edges.every((edge: any) => ids.has(edge.source) && ids.has(edge.target)));
});

test('GET /api/graph lists at most maxEdges edges, the heaviest, and says it truncated', async () => {
  const { body: all } = await api.get('/api/graph?limit=5000');
  const { status, body } = await api.get('/api/graph?limit=5000&maxEdges=3');
  assert.equal(status, 200);
  assert.equal(body.edges.length, 3);
  assert.equal(body.truncated, true);
  assert.deepEqual(body.total, all.total);
  assert.deepEqual(body.nodes, all.nodes, 'the cap drops edges, not actors');
  const kept = new Set(body.edges.map((edge: any) => edge.id));
  const dropped = all.edges.filter((edge: any) => !kept.has(edge.id)).map((edge: any) => edge.weight);
  assert.ok(Math.min(...body.edges.map((edge: any) => edge.weight)) >= Math.max(...dropped), 'no dropped edge is heavier than a kept one');
  const { body: few } = await api.get('/api/graph?limit=2');
  assert.ok(few.edges.length <= 10, 'by default at most 5 edges per actor of the limit');
  assert.equal((await api.get('/api/graph?maxEdges=0')).body.field, 'maxEdges');
});

test('GET /api/graph and neighbourhoods carry an ETag: a client that holds the answer gets 304', async () => {
  for (const path of ['/api/graph?limit=5', '/api/actors/turkey/neighborhood?depth=2']) {
    const first = await fetch(`${api.server.url}${path}`);
    const etag = first.headers.get('etag');
    assert.ok(etag, path);
    // As a browser revalidates (fetch() with If-None-Match alone would add Cache-Control: no-cache).
    const revalidate = (tag: string) => fetch(`${api.server.url}${path}`, { headers: { 'if-none-match': tag, 'cache-control': 'max-age=0' } });
    assert.equal((await revalidate(etag)).status, 304, path);
    assert.equal((await revalidate('"other"')).status, 200, path);
  }
});

test('GET /api/graph filters by relation type, actor kind and minimum weight', async () => {
  const { body: opposes } = await api.get('/api/graph?types=opposes&limit=5000');
  assert.ok(opposes.edges.length > 0);
  assert.ok(opposes.edges.every((edge: any) => edge.type === 'opposes'));

  const { body: everyKind } = await api.get('/api/graph?kinds=state,armed_group,organization,person&limit=5000');
  const { body: unfiltered } = await api.get('/api/graph?limit=5000');
  assert.deepEqual(everyKind, unfiltered);

  const { body: states } = await api.get('/api/graph?kinds=state&limit=5000');
  assert.ok(states.nodes.length > 0);
  assert.ok(states.nodes.every((node: any) => node.kind === 'state'));

  const { body: heavy } = await api.get('/api/graph?minWeight=2&limit=5000');
  const [{ count }] = await cypher(`MATCH ()-[r:SUPPORTS|OPPOSES|NEGOTIATES]->() WHERE r.weight >= 2 RETURN count(r) AS count`);
  assert.equal(heavy.edges.length, count);
  assert.ok(heavy.edges.every((edge: any) => edge.weight >= 2));
});

test('GET /api/graph with a date window recomputes the weights from the claims dated in it', async () => {
  const { body } = await api.get('/api/graph?from=2024&to=2024&limit=5000');
  const expected = await cypher<{ id: string; weight: number }>(
    `MATCH (c:Claim)-[:SOURCE]->(s), (c)-[:TARGET]->(t) WHERE c.date STARTS WITH '2024'
     WITH CASE WHEN c.type = 'negotiates' AND s.id > t.id THEN [t.id, s.id] ELSE [s.id, t.id] END AS ends, c
     RETURN ends[0] + '|' + c.type + '|' + ends[1] AS id, count(c) AS weight`,
  );
  assert.ok(expected.length > 0);
  assert.deepEqual(body.edges.map((edge: any) => ({ id: edge.id, weight: edge.weight })).sort(byId), expected.sort(byId));
  assert.ok(body.edges.every((edge: any) => edge.first_seen.startsWith('2024') && edge.last_seen.startsWith('2024')));
});

test('GET /api/graph with rollup=true replaces affiliated persons by their state or organization', async () => {
  const { body } = await api.get('/api/graph?rollup=true&limit=5000');
  const affiliated = await cypher<{ id: string }>(`MATCH (p:Actor {kind: 'person'})-[:AFFILIATED_WITH]->() RETURN p.id AS id`);
  assert.ok(affiliated.length > 0);
  const shown = new Set(body.nodes.map((node: any) => node.id));
  assert.ok(affiliated.every(({ id }) => !shown.has(id)));
  const { body: plain } = await api.get('/api/graph?limit=5000');
  const claims = (graph: any) => graph.edges.reduce((sum: number, edge: any) => sum + edge.claims, 0);
  assert.ok(claims(body) <= claims(plain), 'rolling up only merges claims (and drops a person’s claims about its own side)');
});

test('GET /api/graph refuses bad filters with the field and the reason', async () => {
  for (const [query, field] of [
    ['types=likes', 'types.0'],
    ['kinds=planet', 'kinds.0'],
    ['from=yesterday', 'from'],
    ['from=2024-05&to=2023', 'to'],
    ['limit=0', 'limit'],
    ['limit=5001', 'limit'],
    ['minWeight=abc', 'minWeight'],
    ['rollup=yes', 'rollup'],
  ]) {
    const { status, body } = await api.get(`/api/graph?${query}`);
    assert.equal(status, 400, query);
    assert.equal(body.field, field, query);
    assert.equal(typeof body.reason, 'string');
  }
});

test('GET /api/actors?q= finds actors by the start of a name or alias, and by a near spelling', async () => {
  const { status, body } = await api.get('/api/actors?q=erdo');
  assert.equal(status, 200);
  assert.equal(body.actors[0].id, 'recep-tayyip-erdogan');
  assert.equal(typeof body.actors[0].score, 'number');
  const { body: misspelt } = await api.get('/api/actors?q=erdogn');
  assert.equal(misspelt.actors[0]?.id, 'recep-tayyip-erdogan');
  const { body: alias } = await api.get('/api/actors?q=ankara');
  assert.equal(alias.actors[0]?.id, 'turkey');
  const { body: nothing } = await api.get('/api/actors?q=%20(%22');
  assert.deepEqual(nothing, { actors: [] });
  const { status: bad } = await api.get('/api/actors?q=a&limit=1000');
  assert.equal(bad, 400);
});

test('GET /api/actors/:id gives the actor, its affiliation, members, degrees per type and articles', async () => {
  const { body: person } = await api.get('/api/actors/recep-tayyip-erdogan');
  assert.equal(person.actor.name, 'Recep Tayyip Erdoğan');
  assert.deepEqual(person.affiliation, { id: 'turkey', name: 'Turkey' });

  const { status, body } = await api.get('/api/actors/turkey');
  assert.equal(status, 200);
  assert.ok(body.members.some((member: any) => member.id === 'recep-tayyip-erdogan'));
  const [counts] = await cypher(
    `MATCH (a:Actor {id: 'turkey'}) RETURN COUNT { (a)-[:OPPOSES]->() } AS out, COUNT { (a)<-[:OPPOSES]-() } AS in`,
  );
  assert.deepEqual(body.degree.opposes, counts);
  const [{ mentions }] = await cypher(`MATCH (:Article)-[m:MENTIONS]->(:Actor {id: 'turkey'}) RETURN count(m) AS mentions`);
  assert.equal(body.articles.length, mentions);
  assert.ok(body.articles.every((article: any) => article.mentions > 0 && article.id && article.file));

  const missing = await api.get('/api/actors/no-such-actor');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error, /no actor/);
});

test('GET /api/actors/:id/neighborhood gives the actors within depth relations and the edges between them', async () => {
  const { status, body } = await api.get('/api/actors/turkey/neighborhood?depth=1&limit=1000');
  assert.equal(status, 200);
  const neighbours = await cypher<{ id: string }>(`MATCH (:Actor {id: 'turkey'})-[:SUPPORTS|OPPOSES|NEGOTIATES]-(n) RETURN DISTINCT n.id AS id`);
  assert.deepEqual(body.nodes.map((node: any) => node.id).sort(), ['turkey', ...neighbours.map(({ id }) => id)].sort());
  const ids = new Set(body.nodes.map((node: any) => node.id));
  assert.ok(body.edges.every((edge: any) => ids.has(edge.source) && ids.has(edge.target)));
  assert.ok(body.edges.some((edge: any) => edge.source !== 'turkey' && edge.target !== 'turkey'), 'edges between neighbours are included');

  const { body: two } = await api.get('/api/actors/turkey/neighborhood?depth=2&limit=1000');
  const [{ count }] = await cypher(`MATCH (:Actor {id: 'turkey'})-[:SUPPORTS|OPPOSES|NEGOTIATES*0..2]-(n) RETURN count(DISTINCT n) AS count`);
  assert.equal(two.nodes.length, count);

  const { body: cut } = await api.get('/api/actors/turkey/neighborhood?depth=2&limit=3');
  assert.equal(cut.nodes.length, 3);
  assert.equal(cut.nodes[0].id, 'turkey', 'the centre comes first');
  assert.equal(cut.truncated, true);
  assert.deepEqual(cut.total, two.total);

  const { body: capped } = await api.get('/api/actors/turkey/neighborhood?depth=2&limit=1000&maxEdges=2');
  assert.equal(capped.edges.length, 2);
  assert.equal(capped.truncated, true);
  assert.deepEqual(capped.total, two.total);
  const heaviest = two.edges.map((edge: any) => edge.weight).sort((a: number, b: number) => b - a).slice(0, 2);
  assert.deepEqual(capped.edges.map((edge: any) => edge.weight), heaviest);

  const { body: typed } = await api.get('/api/actors/turkey/neighborhood?types=supports');
  assert.ok(typed.edges.every((edge: any) => edge.type === 'supports'));

  assert.equal((await api.get('/api/actors/nobody/neighborhood')).status, 404);
  assert.equal((await api.get('/api/actors/turkey/neighborhood?depth=4')).body.field, 'depth');
});

test('GET /api/path gives the shortest paths between two actors as actors and edges', async () => {
  const { status, body } = await api.get('/api/path?from=recep-tayyip-erdogan&to=united-states');
  assert.equal(status, 200);
  const [{ length }] = await cypher(
    `MATCH p = shortestPath((:Actor {id: 'recep-tayyip-erdogan'})-[:SUPPORTS|OPPOSES|NEGOTIATES*..6]-(:Actor {id: 'united-states'})) RETURN length(p) AS length`,
  );
  assert.ok(body.paths.length > 0);
  for (const path of body.paths) {
    assert.equal(path.edges.length, length);
    assert.equal(path.nodes[0].id, 'recep-tayyip-erdogan');
    assert.equal(path.nodes.at(-1).id, 'united-states');
    path.edges.forEach((edge: any, index: number) => {
      const ends = [path.nodes[index].id, path.nodes[index + 1].id].sort();
      assert.deepEqual([edge.source, edge.target].sort(), ends);
    });
  }
  assert.equal((await api.get('/api/path?from=turkey&to=nobody')).status, 404);
  assert.equal((await api.get('/api/path?from=turkey&to=turkey')).status, 400);
  assert.equal((await api.get('/api/path?from=turkey')).body.field, 'to');
});

test('GET /api/edges/:source/:type/:target/claims gives the edge and every claim behind it', async () => {
  const [stored] = await cypher(
    `MATCH (s:Actor)-[r:OPPOSES]->(t:Actor) RETURN s.id AS source, t.id AS target, r.claims AS claims ORDER BY r.claims DESC, s.id LIMIT 1`,
  );
  const { status, body } = await api.get(`/api/edges/${stored.source}/opposes/${stored.target}/claims`);
  assert.equal(status, 200);
  assert.equal(body.edge.id, `${stored.source}|opposes|${stored.target}`);
  assert.equal(body.claims.length, stored.claims);
  for (const claim of body.claims) {
    assert.equal(claim.type, 'opposes');
    assert.deepEqual([claim.source.id, claim.target.id], [stored.source, stored.target]);
    const { body: article } = await api.get(`/api/articles/${claim.article.id}`);
    assert.equal(article.article.text.slice(claim.start, claim.end), claim.sentence, 'the offsets point at the sentence');
  }
  const [negotiates] = await cypher(`MATCH (s:Actor)-[r:NEGOTIATES]->(t:Actor) RETURN s.id AS source, t.id AS target, r.claims AS claims LIMIT 1`);
  const { body: symmetric } = await api.get(`/api/edges/${negotiates.source}/negotiates/${negotiates.target}/claims`);
  assert.equal(symmetric.claims.length, negotiates.claims, 'negotiates claims count in either direction');

  assert.equal((await api.get('/api/edges/turkey/opposes/nobody/claims')).status, 404);
  assert.equal((await api.get('/api/edges/turkey/likes/russia/claims')).body.field, 'type');
});

test('GET /api/articles lists articles newest first, with a title filter and paging; /api/articles/:id gives one', async () => {
  const { status, body } = await api.get('/api/articles');
  assert.equal(status, 200);
  assert.equal(body.total, 5);
  const dates = body.articles.map((article: any) => article.date ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse());
  const [{ claims }] = await cypher(`MATCH (c:Claim) RETURN count(c) AS claims`);
  assert.equal(body.articles.reduce((sum: number, article: any) => sum + article.claims, 0), claims);

  const { body: page } = await api.get('/api/articles?limit=2&offset=1');
  assert.deepEqual(page.articles, body.articles.slice(1, 3));
  assert.equal(page.total, 5);

  const titled = body.articles.find((article: any) => article.title);
  const word = titled.title.split(' ').sort((a: string, b: string) => b.length - a.length)[0].toUpperCase();
  const { body: found } = await api.get(`/api/articles?q=${encodeURIComponent(word)}`);
  assert.ok(found.articles.some((article: any) => article.id === titled.id), 'case does not matter');
  assert.ok(found.articles.every((article: any) => `${article.title} ${article.file}`.toUpperCase().includes(word)));
  assert.equal(found.total, found.articles.length);

  const { status: one, body: article } = await api.get(`/api/articles/${body.articles[0].id}`);
  assert.equal(one, 200);
  assert.ok(article.article.text.length > 100);
  assert.equal(article.claims.length, body.articles[0].claims);
  assert.deepEqual(Object.keys(article.claims[0]).sort(), ['confidence', 'cue', 'end', 'id', 'sentence', 'source', 'start', 'status', 'target', 'type']);
  assert.equal((await api.get('/api/articles/nope')).status, 404);
  assert.equal((await api.get('/api/articles?offset=-1')).body.field, 'offset');
});

test('GET /api/stats counts labels and relationship types and shows the last import', async () => {
  const { status, body } = await api.get('/api/stats');
  assert.equal(status, 200);
  const [counts] = await cypher(
    `RETURN COUNT { (:Actor) } AS Actor, COUNT { (:Article) } AS Article, COUNT { (:Claim) } AS Claim,
            COUNT { ()-[:MENTIONS]->() } AS MENTIONS, COUNT { ()-[:NEGOTIATES]->() } AS NEGOTIATES`,
  );
  assert.deepEqual(body.labels, { Actor: counts.Actor, Article: counts.Article, Claim: counts.Claim });
  assert.equal(body.relationships.MENTIONS, counts.MENTIONS);
  assert.equal(body.relationships.NEGOTIATES, counts.NEGOTIATES);
  assert.equal(body.lastImport.articles_new, 5);
  assert.ok(body.lastImport.finished >= body.lastImport.started);
});
