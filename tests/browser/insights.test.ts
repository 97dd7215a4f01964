import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type cytoscape from 'cytoscape';
import { explorerSession } from '../support/explorer.ts';
import { importPaths } from '../support/import.ts';

/**
 * The insights as a person uses them, on the hand-built two-camp graph (tests/fixtures/insights/two-camps.jsonl):
 * West (France, Germany, Italy) and East (Russia, Iran, Syria) support themselves and oppose each other; Turkey
 * supports France and Russia (the one unbalanced triangle); Germany supports Italy (Wire A, Wire B), then opposes it
 * in June (Wire C): contested, and a flip.
 */

const session = explorerSession((db) => importPaths(db, 'tests/fixtures/insights/two-camps.jsonl'));

async function open(search = ''): Promise<void> {
  await session.page.goto(`${session.server.url}/${search}`);
  await session.page.waitForFunction(() => document.body.dataset.graph === 'ready', undefined, { timeout: 60_000 });
}

/** Evaluates a function of the Cytoscape instance in the page. */
function inGraph<T, A>(work: (cy: cytoscape.Core, arg: A) => T, arg: A): Promise<T> {
  return session.page.evaluate(({ source, arg }) => new Function('cy', 'arg', `return (${source})(cy, arg)`)((window as any).cy, arg), { source: work.toString(), arg }) as Promise<T>;
}

const edgeIds = () => inGraph((cy) => cy.edges().map((edge) => edge.id()).sort(), null);

test('the insights card: balance with the unbalanced triangle highlighted, blocs coloured, flips marked, centrality', async () => {
  await open();
  await session.page.locator('#graph').click({ position: { x: 5, y: 5 } });
  await session.page.keyboard.press('n');
  const balance = session.page.getByTestId('insight-balance');
  await balance.getByText('of 5 triangles balanced').waitFor();
  assert.match((await balance.textContent()) ?? '', /80%/);

  const triangle = session.page.getByTestId('unbalanced-triangle');
  assert.equal(await triangle.count(), 1);
  assert.equal(await triangle.textContent(), 'France · Russia · Turkey');
  await triangle.click();
  const marks = await inGraph(
    (cy) => ({ on: cy.nodes('.on-path').map((node) => node.id()).sort(), onEdges: cy.edges('.on-path').length, faded: cy.nodes('.faded').map((node) => node.id()).sort() }),
    null,
  );
  assert.deepEqual(marks.on, ['france', 'russia', 'turkey']);
  assert.equal(marks.onEdges, 3, 'the three sides');
  assert.deepEqual(marks.faded, ['germany', 'iran', 'italy', 'syria']);
  await session.browser.screenshot('insights-balance');

  const blocs = session.page.getByTestId('insight-blocs');
  await blocs.getByText('2 blocs').waitFor();
  assert.match((await blocs.textContent()) ?? '', /92% of 12 signed ties agree/);
  await blocs.getByTestId('colour-blocs').click();
  const colours = await inGraph((cy) => Object.fromEntries(cy.nodes().map((node) => [node.id(), node.style('background-color')])), null);
  assert.equal(new Set(['france', 'germany', 'italy'].map((id) => colours[id])).size, 1, 'West is one colour');
  assert.equal(new Set(['russia', 'iran', 'syria'].map((id) => colours[id])).size, 1, 'East is one colour');
  assert.notEqual(colours.france, colours.russia);
  await session.browser.screenshot('insights-blocs');
  await blocs.getByTestId('colour-blocs').click();
  const kindColours = await inGraph((cy) => new Set(cy.nodes().map((node) => node.style('background-color'))).size, null);
  assert.equal(kindColours, 1, 'unpainted, every actor (all states) has its kind’s colour again');

  const flips = session.page.getByTestId('insight-flips');
  await flips.getByTestId('flip').waitFor();
  assert.match((await flips.textContent()) ?? '', /Germany – Italy\s*supports → opposes\s*Jun 2024/);
  assert.deepEqual(await inGraph((cy) => cy.edges('.flipped').map((edge) => edge.id()).sort(), null), ['germany|opposes|italy', 'germany|supports|italy']);

  const rows = session.page.getByTestId('centrality').locator('tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 7);
  await rows.filter({ hasText: 'Turkey' }).getByRole('button').click();
  await session.page.getByTestId('details-title').filter({ hasText: 'Turkey' }).waitFor();
  assert.deepEqual(session.browser.pageErrors, []);
});

test('the insights card has its own address: reloaded, shared or reached with Back, it opens again', async () => {
  await open();
  await session.page.locator('#graph').click({ position: { x: 5, y: 5 } });
  await session.page.keyboard.press('n');
  await session.page.getByTestId('insight-balance').getByText('of 5 triangles balanced').waitFor();
  assert.equal(new URL(session.page.url()).searchParams.get('insights'), 'true');

  await session.page.reload();
  await session.page.getByTestId('insight-balance').getByText('of 5 triangles balanced').waitFor();

  const rows = session.page.getByTestId('centrality').locator('tbody tr');
  await rows.filter({ hasText: 'Turkey' }).getByRole('button').click();
  await session.page.getByTestId('details-title').filter({ hasText: 'Turkey' }).waitFor();
  const address = new URL(session.page.url()).searchParams;
  assert.equal(address.get('insights'), null, 'an actor opened from the card replaces it in the address');
  assert.equal(address.get('focus'), 'turkey');

  await session.page.goBack();
  await session.page.getByTestId('insight-balance').getByText('of 5 triangles balanced').waitFor();
  assert.deepEqual(session.browser.pageErrors, []);
});

test('a relation shows its pair’s claims per month and its evidence by outlet', async () => {
  await open();
  await inGraph((cy) => void cy.fit(undefined, 60), null);
  const point = await inGraph((cy, id: string) => {
    const edge = cy.getElementById(id) as cytoscape.EdgeSingular;
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + edge.renderedMidpoint().x, y: box.top + edge.renderedMidpoint().y };
  }, 'germany|supports|italy');
  await session.page.mouse.click(point.x, point.y);
  await session.page.locator('.edge-title', { hasText: 'supports' }).waitFor();
  const details = session.page.locator('#details');
  assert.match((await details.locator('.stats').textContent()) ?? '', /2 claims.*2 articles.*2 outlets.*contested/);
  const chart = session.page.getByTestId('pair-chart');
  await chart.waitFor();
  assert.equal(await chart.locator('rect').count(), 3, 'Jan and Mar supports, Jun opposes');
  assert.deepEqual(await chart.locator('rect').evaluateAll((rects) => rects.map((rect) => rect.getAttribute('data-month'))), ['2024-01', '2024-03', '2024-06']);
  assert.match((await chart.locator('.chart-axis').textContent()) ?? '', /2024-01.*2024-06/);
  const outlets = session.page.getByTestId('outlet-group');
  assert.deepEqual(await outlets.locator('.outlet-name').allTextContents(), ['Wire A1 claim', 'Wire B1 claim']);
  await session.browser.screenshot('relation-chart');
  assert.deepEqual(session.browser.pageErrors, []);
});

test('the contested and outlet filters, by mouse and keyboard, and the address keeps them', async () => {
  await open();
  await session.page.getByRole('checkbox', { name: 'Only contested relations' }).click();
  await session.page.waitForFunction(() => new URL(location.href).searchParams.get('contested') === 'true');
  await session.page.waitForFunction(() => document.body.dataset.graph === 'ready');
  await session.page.waitForFunction(() => (window as any).cy.edges().length === 2);
  assert.deepEqual(await edgeIds(), ['germany|opposes|italy', 'germany|supports|italy']);
  await session.page.getByRole('checkbox', { name: 'Only contested relations' }).click();
  await session.page.waitForFunction(() => (window as any).cy.edges().length === 13);

  await session.page.getByRole('slider', { name: 'Minimum outlets' }).focus();
  await session.page.keyboard.press('ArrowRight');
  await session.page.waitForFunction(() => (window as any).cy.edges().length === 1);
  assert.deepEqual(await edgeIds(), ['germany|supports|italy']);
  assert.equal(new URL(session.page.url()).searchParams.get('minOutlets'), '2');
  await session.browser.screenshot('outlet-filter');

  await session.page.reload();
  await session.page.waitForFunction(() => document.body.dataset.graph === 'ready');
  assert.deepEqual(await edgeIds(), ['germany|supports|italy']);
  assert.deepEqual(session.browser.pageErrors, []);
});

test('Export → Bundle downloads the reproducible zip of the view, filters included', async () => {
  await open('?from=2024-02');
  await session.page.getByRole('button', { name: 'Export ▾' }).click();
  const [download] = await Promise.all([session.page.waitForEvent('download'), session.page.getByRole('menuitem', { name: /Bundle/ }).click()]);
  assert.match(download.suggestedFilename(), /\.bundle\.zip$/);
  const files = unzipSync(fs.readFileSync((await download.path())!));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!));
  assert.deepEqual([manifest.selection.by, manifest.selection.filters.from], ['filters', '2024-02']);
  assert.deepEqual(manifest.counts, { actors: 7, edges: 8, claims: 8, articles: 4 });
  assert.deepEqual(session.browser.pageErrors, []);
});
