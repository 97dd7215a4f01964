import assert from 'node:assert/strict';
import { test } from 'node:test';
import type cytoscape from 'cytoscape';
import { generateArticles } from '../../server/corpus/generate.ts';
import { importArticles } from '../../server/import/importer.ts';
import { explorerSession } from '../support/explorer.ts';
import { covering, settledNames } from '../support/graph-names.ts';

/**
 * A graph too big for fCoSE (ForceAtlas2 lays it out on a Web Worker while the page styles the
 * elements): 1,000 generated articles imported into the test Neo4j, opened with a high limit.
 */

const session = explorerSession((db) => importArticles(db, [...generateArticles(1000, 7)].map((article) => ({ ...article, url: null }))));

interface Placement {
  nodes: number;
  edges: number;
  distinct: number;
  inView: number;
  positions: Record<string, { x: number; y: number }>;
}

/** How the drawn actors are placed: how many sit at distinct spots and how many inside the canvas. */
function placement(): Promise<Placement> {
  return session.page.evaluate(() => {
    const cy = (window as unknown as { cy: cytoscape.Core }).cy;
    const nodes = cy.nodes().not('.more').nodes();
    const positions = Object.fromEntries(nodes.map((node) => [node.id(), { ...node.position() }]));
    const inside = nodes.filter((node) => {
      const { x, y } = node.renderedPosition();
      return x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
    });
    return {
      nodes: nodes.length,
      edges: cy.edges().not('.more').length,
      distinct: new Set(Object.values(positions).map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`)).size,
      inView: inside.length,
      positions,
    };
  });
}

async function waitForGraph(): Promise<void> {
  await session.page.waitForFunction(() => document.body.dataset.graph === 'ready', undefined, { timeout: 30_000 });
}

test('a graph of hundreds of actors and thousands of relations is laid out, spread, fitted to the window, and laid out again on demand', async () => {
  const answer = (await (await fetch(`${session.server.url}/api/graph?limit=1000`)).json()) as { nodes: unknown[]; edges: unknown[] };
  assert.ok(answer.nodes.length + answer.edges.length / 4 > 300, `big enough to take the draft path: ${answer.nodes.length} actors, ${answer.edges.length} relations`);

  await session.page.goto(`${session.server.url}/?limit=1000`);
  await waitForGraph();
  await session.browser.screenshot('large-graph');
  const first = await placement();
  assert.equal(first.nodes, answer.nodes.length);
  assert.equal(first.edges, answer.edges.length);
  assert.ok(first.distinct >= first.nodes * 0.95, `actors spread out: ${first.distinct} distinct spots for ${first.nodes}`);
  assert.equal(first.inView, first.nodes, 'every actor inside the window after the fit');

  // The layout is deterministic: an actor dragged away goes back to its place on re-layout.
  const [moved] = Object.keys(first.positions);
  await session.page.evaluate((id) => (window as unknown as { cy: cytoscape.Core }).cy.getElementById(id).position({ x: 1e5, y: 1e5 }), moved!);
  await session.page.getByRole('button', { name: /re-?layout/i }).click();
  await session.page.waitForFunction(
    ({ id, x }) => Math.round((window as unknown as { cy: cytoscape.Core }).cy.getElementById(id).position().x) === Math.round(x),
    { id: moved!, x: first.positions[moved!]!.x },
    { timeout: 30_000 },
  );
  const second = await placement();
  assert.ok(second.distinct >= second.nodes * 0.95);
  assert.deepEqual(session.browser.pageErrors, []);
});

test('where the layout worker cannot load, the page lays the big graph out itself', async () => {
  const { page, browser } = session;
  await page.route('**/force-atlas-worker-*.js', (route) => route.abort());
  try {
    await page.goto(`${session.server.url}/?limit=1000`);
    await waitForGraph();
    const placed = await placement();
    assert.ok(placed.nodes > 300);
    assert.ok(placed.distinct >= placed.nodes * 0.95, `actors spread out: ${placed.distinct} distinct spots for ${placed.nodes}`);
    assert.equal(placed.inView, placed.nodes);
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await page.unroute('**/force-atlas-worker-*.js');
  }
});

test('in a big graph the most connected actors are named at a readable size, never none, and zooming in names more', async () => {
  const { page } = session;
  await page.goto(`${session.server.url}/?limit=1000`);
  await waitForGraph();
  const drawn = await settledNames(page);
  assert.ok(drawn.length > 300);
  const named = drawn.filter((node) => node.label);
  assert.ok(named.length >= 10 && named.length <= 150, `decluttered, not all hidden: ${named.length} of ${drawn.length} named`);
  assert.ok(named.every((node) => node.px >= 11), 'the names shown are readable');
  assert.deepEqual(covering(drawn), [], 'no name covers another');
  const hub = [...drawn].sort((a, b) => b.degree - a.degree)[0]!;
  assert.ok(hub.label, 'the most connected actor is named');
  console.log(`# big graph: ${named.length} of ${drawn.length} actors named at the default zoom`);

  const zoomBefore = await page.evaluate(() => (window as unknown as { cy: cytoscape.Core }).cy.zoom());
  for (let step = 0; step < 4; step++) await page.getByRole('button', { name: 'Zoom in' }).click();
  assert.ok((await page.evaluate(() => (window as unknown as { cy: cytoscape.Core }).cy.zoom())) > zoomBefore * 2, 'zoomed in');
  const zoomed = await settledNames(page);
  assert.ok(zoomed.some((node) => node.label && !named.some((before) => before.id === node.id)), 'zooming in names actors that had no room before');
  assert.ok(zoomed.filter((node) => node.label).every((node) => node.px >= 11));
  assert.deepEqual(session.browser.pageErrors, []);
});

test('in a big graph the actors an expansion brings in are named at once, without a pan or a zoom', async () => {
  const { page } = session;
  const all = (await (await fetch(`${session.server.url}/api/graph?limit=1000`)).json()) as { nodes: { id: string }[] };
  // Fewer actors than there are, so that some neighbours are left out, but still too many for fCoSE.
  const limit = all.nodes.length - 80;
  const shown = (await (await fetch(`${session.server.url}/api/graph?limit=${limit}`)).json()) as { nodes: { id: string; name: string; degree: number }[]; edges: unknown[] };
  assert.ok(shown.nodes.length + shown.edges.length / 4 > 300, `big enough to take the ForceAtlas path: ${shown.nodes.length} actors, ${shown.edges.length} relations`);
  const drawnIds = new Set(shown.nodes.map((node) => node.id));
  // Among the less connected drawn actors (whose whole neighbourhood one expansion brings in), the one with most neighbours left out.
  let anchor: { id: string; name: string; fresh: string[] } | undefined;
  for (const node of [...shown.nodes].sort((a, b) => a.degree - b.degree).slice(0, 100)) {
    const around = (await (await fetch(`${session.server.url}/api/actors/${node.id}/neighborhood?depth=1&limit=20`)).json()) as { nodes: { id: string }[]; truncated: boolean };
    const fresh = around.nodes.map((neighbour) => neighbour.id).filter((id) => !drawnIds.has(id));
    if (!around.truncated && fresh.length > (anchor?.fresh.length ?? 0)) anchor = { id: node.id, name: node.name, fresh };
  }
  assert.ok(anchor, 'some drawn actor has a neighbour left out');
  console.log(`# expanding ${anchor.name}: ${anchor.fresh.length} actors to bring in`);

  await page.goto(`${session.server.url}/?limit=${limit}`);
  await waitForGraph();
  await page.getByRole('combobox', { name: 'Search actors' }).click();
  await page.keyboard.type(anchor.name);
  await page.locator('.suggestion', { hasText: anchor.name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('details-title').filter({ hasText: anchor.name }).waitFor();
  await settledNames(page);
  await page.getByRole('button', { name: 'Expand neighbours' }).click();
  await page.waitForFunction((ids) => ids.every((id) => (window as unknown as { cy: cytoscape.Core }).cy.getElementById(id).nonempty()), anchor.fresh, { timeout: 10_000 });
  const drawn = await settledNames(page);
  await session.browser.screenshot('large-graph-expanded');
  const fresh = drawn.filter((node) => anchor.fresh.includes(node.id));
  const named = fresh.filter((node) => node.label);
  console.log(`# ${named.length} of ${fresh.length} actors brought in are named`);
  assert.ok(named.length > 0, `the actors brought in are named: ${fresh.map((node) => node.id).join(', ')}`);
  assert.ok(named.every((node) => node.px >= 11), 'at a readable size');
  assert.deepEqual(covering(drawn), [], 'no name covers another');
  assert.deepEqual(session.browser.pageErrors, []);
});
