import assert from 'node:assert/strict';
import { test } from 'node:test';
import type cytoscape from 'cytoscape';
import { XMLParser } from 'fast-xml-parser';
import { apiRetryTimeMs } from '../../server/http/app.ts';
import { connectionFromConfig, Db } from '../../server/neo4j/client.ts';
import { localServer } from '../../server/neo4j/local-server.ts';
import { openBrowser } from '../support/browser.ts';
import { testConfig } from '../support/db.ts';
import { explorerSession, exportAs } from '../support/explorer.ts';
import { covering, settledNames } from '../support/graph-names.ts';
import { serve } from '../support/http.ts';
import { importPaths } from '../support/import.ts';
import { TcpProxy } from '../support/tcp-proxy.ts';

/**
 * The explorer on a real mix: the seeds plus fifteen wire-style articles (tests/fixtures/wire), about half of them
 * undated and some without a title, driven with the keyboard and the mouse as a person does.
 */

const session = explorerSession((db) => importPaths(db, 'seeds', 'tests/fixtures/wire'));

type Page = typeof session.page;
type Cy = cytoscape.Core;

async function open(search = '', page: Page = session.page, url = session.server.url): Promise<void> {
  await page.goto(`${url}/${search}`);
  await waitForGraph(page);
}

async function waitForGraph(page: Page = session.page, state = 'ready'): Promise<void> {
  await page.waitForFunction((expected) => document.body.dataset.graph === expected, state, { timeout: 45_000 });
}

async function api<T = any>(path: string): Promise<T> {
  return (await (await fetch(`${session.server.url}${path}`)).json()) as T;
}

function param(name: string, page: Page = session.page): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** Where an element is drawn, in page coordinates (a node's centre, an edge's midpoint). */
function onScreen(id: string, page: Page = session.page): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const cy = (window as unknown as { cy: Cy }).cy;
    const element = cy.getElementById(elementId);
    const point = element.isNode() ? element.renderedPosition() : (element as cytoscape.EdgeSingular).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
}


function box(page: Page, selector: string) {
  return page.locator(selector).first().boundingBox().then((found) => found!);
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('the overview of seeds and wire articles names every actor at a readable size, and tells what is under the mouse', async () => {
  await open();
  const drawn = await settledNames(session.page);
  assert.ok(drawn.length >= 40 && drawn.length <= 150, `a real graph: ${drawn.length} actors`);
  const named = drawn.filter((node) => node.label);
  const small = named.filter((node) => node.px < 11);
  assert.deepEqual(small, [], 'every name is at least 11 px high on screen');
  assert.deepEqual(covering(drawn), [], 'no name covers another');
  const hubs = [...drawn].sort((a, b) => b.degree - a.degree).slice(0, 5);
  assert.deepEqual(hubs.filter((node) => !node.label).map((node) => node.id), [], 'the five most connected actors are named');
  assert.ok(named.length >= drawn.length * 0.6, `most actors are named at the default zoom: ${named.length} of ${drawn.length}`);
  console.log(`# named at the default zoom: ${named.length} of ${drawn.length} actors`);
  await session.browser.screenshot('real-overview');

  // Zoomed in, the crowd in the middle is named too.
  const canvas = await box(session.page, '#graph');
  await session.page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  for (let step = 0; step < 4; step++) await session.page.mouse.wheel(0, -240);
  const zoomed = await settledNames(session.page);
  const newlyNamed = zoomed.filter((node) => node.label && !named.some((before) => before.id === node.id));
  assert.ok(newlyNamed.length > 0, 'zooming in names actors that had no room before');
  assert.ok(zoomed.filter((node) => node.label).every((node) => node.px >= 11));
  assert.deepEqual(covering(zoomed.filter((node) => node.box.x2 > 0 && node.box.y2 > 0)), []);

  const turkey = await onScreen('turkey');
  await session.page.mouse.move(turkey.x, turkey.y);
  const tooltip = session.page.getByTestId('graph-tooltip');
  await tooltip.waitFor();
  const actorTip = (await tooltip.textContent()) ?? '';
  assert.match(actorTip, /^Turkey/);
  assert.match(actorTip, /State/);
  assert.match(actorTip, /\d+ relations in view: .*\d+ opposes/);

  // The heaviest opposes relation whose midpoint the mouse can reach: drawn alone between its two actors, in view,
  // under no actor or name, and nearer the pointer there than any other relation that crosses it (the graph of real
  // articles is dense). Cytoscape's own hit test, the one its mouse events use, says which element is under a point.
  const edgeId = await session.page.evaluate(() => {
    type HitTest = { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): unknown };
    const cy = (window as unknown as { cy: Cy }).cy;
    const renderer = (cy as unknown as { renderer(): HitTest }).renderer();
    const extent = cy.extent();
    const boxes = cy.nodes().map((node) => node.boundingBox({ includeLabels: true }));
    return cy
      .edges('[type = "opposes"]')
      .filter((edge) => {
        const { x, y } = edge.midpoint();
        const inView = x > extent.x1 && x < extent.x2 && y > extent.y1 && y < extent.y2;
        const uncovered = boxes.every((b) => x < b.x1 - 4 || x > b.x2 + 4 || y < b.y1 - 4 || y > b.y2 + 4);
        const reachable = renderer.findNearestElement(x, y, true, false) === edge;
        return edge.parallelEdges().length === 1 && inView && uncovered && reachable;
      })
      .max((edge) => Number(edge.data('weight'))).ele.id();
  });
  const edge = await onScreen(edgeId);
  await session.page.mouse.move(edge.x + 40, edge.y + 40);
  await session.page.mouse.move(edge.x, edge.y);
  await session.page.waitForFunction(() => /claims? ·/.test(document.querySelector('[data-testid="graph-tooltip"]')?.textContent ?? ''));
  assert.match((await tooltip.textContent()) ?? '', /→.*opposes\d+ claims? · \d+ articles? · /);
  await session.browser.screenshot('tooltip-relation');
  assert.deepEqual(session.browser.pageErrors, []);
});

test('the shortest-path bar takes typed names, and with roll-up on a path goes through a person’s state', async () => {
  await open();
  await session.page.keyboard.press('p');
  const from = session.page.getByRole('combobox', { name: 'Path from' });
  await from.waitFor();
  await session.page.keyboard.type('Hakan Fi');
  assert.equal(await from.inputValue(), 'Hakan Fi', 'the typed text is in the field');
  await session.page.locator('.path-bar .suggestion', { hasText: 'Hakan Fidan' }).first().waitFor();
  await session.page.keyboard.press('Enter');
  const to = session.page.getByRole('combobox', { name: 'Path to' });
  await session.page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Path to');
  await session.page.keyboard.type('Israel');
  assert.equal(await to.inputValue(), 'Israel');
  await session.page.locator('.path-bar .suggestion', { hasText: 'Israel' }).first().waitFor();
  await session.page.keyboard.press('Enter');
  await session.page.getByTestId('details-title').filter({ hasText: 'Hakan Fidan → Israel' }).waitFor();
  assert.equal(param('path'), 'hakan-fidan,israel');
  const plain = (await api(`/api/path?from=hakan-fidan&to=israel`)).paths;
  assert.equal(await session.page.getByTestId('path').count(), plain.length, 'the card lists the paths the API finds without roll-up');

  await session.page.getByText('Roll persons up', { exact: true }).click();
  await waitForGraph();
  await session.page.getByRole('button', { name: 'Shortest path' }).click();
  await session.page.keyboard.type('Fidan');
  await session.page.locator('.path-bar .suggestion', { hasText: 'Hakan Fidan' }).first().waitFor();
  await session.page.keyboard.press('Enter');
  await session.page.keyboard.type('Israel');
  await session.page.locator('.path-bar .suggestion', { hasText: 'Israel' }).first().waitFor();
  await session.page.keyboard.press('Enter');
  const path = session.page.getByTestId('path').first();
  await path.waitFor();
  const steps = await path.locator('.chip, .relation-pill').allTextContents();
  assert.equal(steps[0], 'Hakan Fidan');
  assert.match(steps[1] ?? '', /acts for/);
  assert.equal(steps[2], 'Turkey');
  assert.equal(steps.at(-1), 'Israel');
  await session.browser.screenshot('path-rolled-up');
  assert.deepEqual(session.browser.pageErrors, []);
});

test('search lists the best match first: "us" is the United States', async () => {
  await open();
  await session.page.keyboard.press('/');
  await session.page.keyboard.type('us');
  const first = session.page.locator('#search .suggestion').first();
  await first.waitFor();
  assert.match((await first.locator('.name').textContent()) ?? '', /^United States$/);
  await session.page.keyboard.press('Enter');
  await session.page.getByTestId('details-title').filter({ hasText: 'United States' }).waitFor();
  assert.equal(param('focus'), 'united-states');
});

test('the time slider shows claims per month and the undated ones, with a switch; Play skips empty months', async () => {
  await open();
  const timeline = await api<{ months: { month: string; claims: number }[]; undated: number; maxWeight: number }>('/api/timeline');
  assert.ok(timeline.undated > 0);
  assert.equal(await session.page.getByTestId('undated-count').textContent(), `Undated claims (${timeline.undated})`);
  const bars = session.page.getByTestId('histogram').locator('.bars .bar');
  assert.ok((await bars.count()) >= timeline.months.length, 'a bar per month');
  assert.equal(await session.page.getByRole('slider', { name: 'Minimum weight' }).getAttribute('max'), String(timeline.maxWeight), 'the weight slider ends at the heaviest relation');
  const undatedSwitch = session.page.getByRole('checkbox', { name: 'Count undated claims' });
  assert.equal(await undatedSwitch.isChecked(), true, 'without a window undated claims count');

  // A window: the last month with claims, where undated claims are left out until switched on.
  await session.page.getByRole('slider', { name: 'Window start' }).focus();
  await session.page.keyboard.press('End');
  await session.page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
  await waitForGraph();
  assert.equal(await undatedSwitch.isChecked(), false, 'within a window they are left out');
  const span = `from=${param('from')}&to=${param('to')}`;
  const edgeIds = () => session.page.evaluate(() => (window as unknown as { cy: Cy }).cy.edges().not('.more').map((edge) => `${edge.id()}:${String(edge.data('weight'))}`).sort());
  assert.deepEqual(await edgeIds(), (await api(`/api/graph?${span}`)).edges.map((edge: any) => `${edge.id}:${edge.weight}`).sort());

  await session.page.getByText(`Undated claims (${timeline.undated})`).click();
  await session.page.waitForFunction(() => new URL(location.href).searchParams.get('undated') === 'include');
  await waitForGraph();
  const withUndated = (await api(`/api/graph?${span}&undated=include`)).edges.map((edge: any) => `${edge.id}:${edge.weight}`).sort();
  await session.page.waitForFunction((count) => (window as unknown as { cy: Cy }).cy.edges().not('.more').length === count, withUndated.length);
  assert.deepEqual(await edgeIds(), withUndated, 'the window with its undated claims, as the API counts it');
  await session.browser.screenshot('time-undated');

  await session.page.getByRole('button', { name: 'All time' }).click();
  await session.page.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
  await session.page.getByRole('button', { name: '▶ Play' }).click();
  const busy = new Set(timeline.months.filter((entry) => entry.claims > 0).map((entry) => entry.month));
  const seen = new Set<string>();
  for (let step = 0; step < 4; step++) {
    await session.page.waitForFunction((known) => {
      const to = new URL(location.href).searchParams.get('to');
      return to !== null && !known.includes(to);
    }, [...seen], { timeout: 5000 });
    seen.add(param('to')!);
  }
  await session.page.getByRole('button', { name: '❚❚ Pause' }).click();
  const empty = [...seen].filter((month) => !busy.has(month));
  assert.deepEqual(empty, [], `Play stops only at months with claims: ${[...seen].join(', ')}`);
  assert.deepEqual(session.browser.pageErrors, []);
});

test('a shared address with a window of whole years puts the slider on January of the first and December of the last', async () => {
  const timeline = await api<{ months: { month: string; claims: number }[] }>('/api/timeline');
  const years = [...new Set(timeline.months.filter((entry) => entry.claims > 0).map((entry) => entry.month.slice(0, 4)))].sort();
  const year = years.find((candidate) => Number(candidate) < Number(years.at(-1)));
  assert.ok(year, `a year with claims that is not the last: ${years.join(', ')}`);
  await open(`?from=${year}&to=${year}`);
  assert.equal(await session.page.getByTestId('window-from').textContent(), `Jan ${year}`);
  assert.equal(await session.page.getByTestId('window-to').textContent(), `Dec ${year}`, 'to=YYYY is all of that year');
  assert.equal(param('to'), year, 'the address keeps the bound as given');
});

test('an article without a title is named by its first line, and has an address that opens in a new tab', async () => {
  const [untitled] = (await session.db.read('checks/untitled-articles')) as { id: string; text: string }[];
  assert.ok(untitled, 'the wire fixture has an article without a title');
  const firstLine = untitled.text.split('\n')[0]!.trim();
  const claims = await api(`/api/articles/${untitled.id}`);
  const claim = claims.claims.find((candidate: any) => candidate.type !== 'negotiates') ?? claims.claims[0];
  await open(`?edge=${encodeURIComponent(`${claim.source.id}|${claim.type}|${claim.target.id}`)}`);
  const link = session.page.getByTestId('claim').locator('.article-link', { hasText: firstLine.slice(0, 30) }).first();
  await link.waitFor();
  const name = (await link.locator('a.link').textContent()) ?? '';
  assert.ok(firstLine.startsWith(name.replace(/…$/, '')), `named by its first line: ${name}`);
  const newTab = link.locator('a.new-tab');
  assert.equal(await newTab.getAttribute('target'), '_blank');
  assert.match((await newTab.getAttribute('href')) ?? '', new RegExp(`article=${untitled.id}`));
  const [tab] = await Promise.all([session.browser.context.waitForEvent('page'), newTab.click()]);
  try {
    await tab.getByTestId('article-text').waitFor({ timeout: 15_000 });
    assert.ok(firstLine.startsWith(((await tab.getByTestId('details-title').textContent()) ?? '').replace(/…$/, '')));
    assert.equal(await tab.locator('.claim-span.current').count(), 1, 'the claim it was opened from is marked');
  } finally {
    await tab.close();
  }
  // A plain click reads it in the panel, with its address in the bar.
  await link.locator('a.link').click();
  await session.page.getByTestId('article-text').waitFor();
  assert.equal(param('article'), untitled.id);
  assert.deepEqual(session.browser.pageErrors, []);
});

test('a negotiates address with its ends swapped opens the relation, with both actors named', async () => {
  await open();
  const id = await session.page.evaluate(() => (window as unknown as { cy: Cy }).cy.edges('[type = "negotiates"]').first().id());
  const [source, , target] = id.split('|') as [string, string, string];
  await open(`?edge=${encodeURIComponent(`${target}|negotiates|${source}`)}`);
  await session.page.locator('.edge-title', { hasText: 'negotiates' }).waitFor();
  assert.equal(param('edge'), id, 'the address is corrected');
  assert.equal(await session.page.getByTestId('claim').count() > 0, true);
  const ends = await session.page.evaluate((edgeId) => {
    const cy = (window as unknown as { cy: Cy }).cy;
    const edge = cy.getElementById(edgeId);
    return { selected: edge.selected(), labels: edge.connectedNodes().map((node) => String(node.style('label'))) };
  }, id);
  assert.equal(ends.selected, true);
  assert.ok(ends.labels.every((label) => label.length > 0), 'the relation’s two actors are named');
});

test('double-clicking an actor whose neighbours are all drawn says so', async () => {
  await open();
  const { id, name } = await session.page.evaluate(() => {
    const node = (window as unknown as { cy: Cy }).cy.getElementById('turkey');
    return { id: node.id(), name: String(node.data('label')) };
  });
  const total = (await api(`/api/actors/${id}/neighborhood?depth=1&limit=2000`)).nodes.length - 1;
  const point = await onScreen(id);
  await session.page.mouse.dblclick(point.x, point.y);
  const toast = session.page.locator('.toast', { hasText: 'already drawn' });
  await toast.waitFor();
  assert.equal(await toast.textContent(), `All ${total} neighbours of ${name} are already drawn.`);
});

test('the console shows nodes and relationships readably, and fits a graph result into view', async () => {
  await open();
  await session.page.keyboard.press('`');
  await session.page.locator('.console.open').waitFor();
  await session.page.getByRole('button', { name: 'Table', exact: true }).click();
  await session.page.locator('.editor-host .cm-content').click();
  await session.page.keyboard.press('Control+A');
  await session.page.keyboard.type("MATCH (a:Actor {id: 'turkey'})-[r:OPPOSES]->(b:Actor) RETURN a, r, b LIMIT 3");
  await session.page.keyboard.press('Control+Enter');
  const table = session.page.getByTestId('result-table');
  await table.waitFor();
  const firstRow = await table.locator('tbody tr').first().locator('td').allTextContents();
  assert.match(firstRow[0]!, /^Turkey:Actor · state$/);
  assert.match(firstRow[1]!, /^OPPOSES.*weight \d+/);
  assert.ok(firstRow.every((cell) => !cell.includes('{')), `no raw JSON: ${firstRow.join(' | ')}`);
  await session.browser.screenshot('console-cells');

  await session.page.getByRole('button', { name: 'Graph', exact: true }).click();
  await session.page.locator('.editor-host .cm-content').click();
  await session.page.keyboard.press('Control+A');
  await session.page.keyboard.type('MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN a, r, b');
  await session.page.keyboard.press('Control+Enter');
  await session.page.waitForFunction(() => new URL(location.href).searchParams.has('cypher'));
  await waitForGraph();
  await session.page.waitForTimeout(600);
  const canvas = await box(session.page, '#graph');
  const toolbar = await box(session.page, '#graph-toolbar');
  assert.ok(canvas.y >= toolbar.y + toolbar.height - 1, 'the canvas starts below the toolbar');
  const outside = await session.page.evaluate(() => {
    const cy = (window as unknown as { cy: Cy }).cy;
    return cy.nodes().filter((node) => {
      const { x, y } = node.renderedPosition();
      return x < 0 || y < 0 || x > cy.width() || y > cy.height();
    }).map((node) => node.id());
  });
  assert.deepEqual(outside, [], 'every node of the result is in view');
  await session.browser.screenshot('console-graph-fitted');
  assert.deepEqual(session.browser.pageErrors, []);
});

test('PNG and SVG pictures carry a title with the filters, the legend, and long names whole', async () => {
  await open();
  await session.page.getByRole('checkbox', { name: 'Negotiates' }).click();
  await session.page.waitForFunction(() => new URL(location.href).searchParams.get('types') === 'supports,opposes');
  await waitForGraph();
  const svg = (await exportAs(session.page, 'svg')).toString('utf8');
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'"));
  assert.ok(texts.includes('Actor relations'), 'a title');
  const subtitle = texts.find((text) => text.startsWith('supports, opposes'));
  assert.ok(subtitle, `the filters under the title: ${texts.slice(0, 3).join(' / ')}`);
  assert.match(subtitle, /all time · \d+ actors · \d+ relations · exported /);
  for (const word of ['State', 'Armed group', 'Organization', 'Person', 'supports', 'opposes', 'negotiates']) assert.ok(texts.includes(word), `the legend names ${word}`);
  assert.ok(!texts.some((text) => text.includes('…')), 'no name is cut short');
  const longest = await session.page.evaluate(() => (window as unknown as { cy: Cy }).cy.nodes().map((node) => String(node.data('label'))).sort((a, b) => b.length - a.length)[0]!);
  const words = texts.join(' ');
  assert.ok(longest.split(' ').every((word) => words.includes(word)), `the longest name, ${longest}, is whole`);
  assert.ok(new XMLParser().parse(svg).svg, 'an SVG document');

  const png = await exportAs(session.page, 'png');
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Read the picture's pixels: dark title text at the top left, the legend's colours along the bottom.
  // (No named functions inside evaluate: the test's compiler would wrap them in a helper the page lacks.)
  const colours = ['#1c2230', '#1f9d55', '#d93636', '#2f6fdb', '#5b5bd6', '#e5611a'].map((hex) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)));
  const bands = await session.page.evaluate(
    async ({ base64, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.naturalWidth, height: image.naturalHeight });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const top = context.getImageData(0, 20, canvas.width, 50).data;
      const bottom = context.getImageData(0, canvas.height - 60, canvas.width, 60).data;
      const found = colours.map(() => ({ top: 0, bottom: 0 }));
      for (const [band, data] of [['top', top], ['bottom', bottom]] as const) {
        for (let at = 0; at < data.length; at += 4) {
          colours.forEach((rgb, index) => {
            if (Math.abs(data[at]! - rgb[0]!) < 24 && Math.abs(data[at + 1]! - rgb[1]!) < 24 && Math.abs(data[at + 2]! - rgb[2]!) < 24) found[index]![band]++;
          });
        }
      }
      return { title: found[0]!.top, legend: found.slice(1).map((counts) => counts.bottom > 0) };
    },
    { base64: png.toString('base64'), colours },
  );
  assert.ok(bands.title > 200, `a title at the top: ${bands.title} dark pixels`);
  assert.deepEqual(bands.legend, [true, true, true, true, true], 'the legend’s colours along the bottom');
  assert.deepEqual(session.browser.pageErrors, []);
});

test('at 1440 px the legend is whole; at 1024×700 the counts, the toolbar and the graph have room, and the side panels fold away', async () => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    const browser = await openBrowser(size);
    try {
      await open('', browser.page);
      const legend = await box(browser.page, '#legend');
      for (const item of await browser.page.locator('#legend .legend-item').all()) {
        const itemBox = (await item.boundingBox())!;
        assert.ok(itemBox.x >= legend.x && itemBox.x + itemBox.width <= legend.x + legend.width + 0.5, `${await item.textContent()} is inside the legend at ${size.width} px`);
      }
      const counts = await box(browser.page, '#graph-status');
      const toolbar = await box(browser.page, '#graph-toolbar');
      assert.ok(!overlaps(counts, toolbar), `the counts and the toolbar do not overlap at ${size.width} px`);
      if (size.width !== 1024) continue;

      await browser.screenshot('narrow-1024');
      const before = await box(browser.page, '#graph');
      await browser.page.getByRole('button', { name: 'Hide the filters' }).click();
      await browser.page.getByRole('button', { name: 'Hide the details' }).click();
      assert.equal(await browser.page.getByRole('button', { name: 'Show the filters' }).count(), 1, 'the button brings them back');
      await browser.page.waitForFunction(() => document.querySelector('#graph')!.getBoundingClientRect().width > 900);
      const after = await box(browser.page, '#graph');
      assert.ok(after.width > before.width + 400, `the graph takes the room: ${Math.round(before.width)} → ${Math.round(after.width)} px`);
      await browser.page.waitForTimeout(500);
      await browser.page.getByRole('button', { name: 'Fit' }).click();
      await browser.page.waitForTimeout(700);
      const spread = await browser.page.evaluate(() => {
        const cy = (window as unknown as { cy: Cy }).cy;
        const points = cy.nodes().map((node) => node.renderedPosition());
        const xs = points.map((point) => point.x);
        const ys = points.map((point) => point.y);
        return { x: (Math.max(...xs) - Math.min(...xs)) / cy.width(), y: (Math.max(...ys) - Math.min(...ys)) / cy.height() };
      });
      assert.ok(spread.x > 0.75 || spread.y > 0.75, `Fit fills the canvas: ${Math.round(spread.x * 100)}% × ${Math.round(spread.y * 100)}%`);
      await browser.screenshot('narrow-1024-panels-folded');
      assert.deepEqual(browser.pageErrors, []);
    } finally {
      await browser.close();
    }
  }
});

test('when Neo4j stops while the page is idle, the page says so within 10 s and recovers by itself', async () => {
  const config = testConfig();
  const bolt = new URL(localServer(config).uri);
  const proxy = new TcpProxy({ host: bolt.hostname, port: Number(bolt.port) });
  await proxy.open();
  const db = new Db({ ...connectionFromConfig(config, localServer(config).uri), uri: `bolt://127.0.0.1:${proxy.port}` }, { retryTimeMs: apiRetryTimeMs });
  const server = await serve(db, config);
  const browser = await openBrowser();
  try {
    await open('', browser.page, server.url);
    await browser.page.locator('.db-status.up').waitFor();
    await proxy.cut();
    const cutAt = Date.now();
    await browser.page.locator('.db-status.down').waitFor({ timeout: 10_000 });
    const noticed = Date.now() - cutAt;
    assert.ok(noticed <= 10_000, `noticed after ${noticed} ms`);
    assert.equal(await browser.page.locator('.db-status').textContent(), 'Database unreachable');
    await browser.screenshot('outage');

    await proxy.open();
    await browser.page.locator('.db-status.up').waitFor({ timeout: 15_000 });
    await waitForGraph(browser.page);
    assert.equal(await browser.page.locator('.db-status').textContent(), 'Neo4j connected');
  } finally {
    await browser.close();
    await server.close();
    await db.close();
    await proxy.cut();
  }
});
