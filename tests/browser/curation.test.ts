import assert from 'node:assert/strict';
import { test } from 'node:test';
import type cytoscape from 'cytoscape';
import { explorerSession } from '../support/explorer.ts';
import { importPaths } from '../support/import.ts';

/** Curation in the page, with the mouse and the keyboard: merge from a profile, reject from the evidence, add from the reader, undo. */

const session = explorerSession((db) => importPaths(db, 'seeds'));

async function api(path: string): Promise<any> {
  return (await fetch(`${session.server.url}/api/${path}`)).json();
}

async function waitForGraph(): Promise<void> {
  await session.page.waitForFunction(() => document.body.dataset.graph === 'ready', undefined, { timeout: 20_000 });
}

function isDrawn(id: string): Promise<boolean> {
  return session.page.evaluate((actorId) => (window as unknown as { cy: cytoscape.Core }).cy.getElementById(actorId).nonempty(), id);
}

/** The weight of a drawn relation (0 when it is not drawn). */
function weight(id: string): Promise<number> {
  return session.page.evaluate((edgeId) => Number((window as unknown as { cy: cytoscape.Core }).cy.getElementById(edgeId).data('weight') ?? 0), id);
}

async function waitForWeight(id: string, expected: number): Promise<void> {
  await session.page.waitForFunction(
    ([edgeId, value]) => Number((window as unknown as { cy: cytoscape.Core }).cy.getElementById(edgeId as string).data('weight') ?? 0) === value,
    [id, expected] as const,
  );
}

/** Types into the focused actor search and picks the first suggestion with Enter. */
async function chooseActor(name: string, scope = 'body'): Promise<void> {
  await session.page.keyboard.type(name);
  await session.page.locator(`${scope} .suggestion`, { hasText: name }).first().waitFor();
  await session.page.keyboard.press('Enter');
}

async function openProfile(name: string): Promise<void> {
  await session.page.getByRole('combobox', { name: 'Search actors' }).click();
  await session.page.keyboard.press('Control+A');
  await chooseActor(name, '#search');
  await session.page.getByTestId('details-title').filter({ hasText: name }).waitFor();
}

test('merge an actor into another from its profile; the graph follows; Undo in the toast brings it back', async () => {
  const { nodes } = await api('graph?limit=40');
  const [into, merged] = [nodes[0], nodes[nodes.length - 1]] as { id: string; name: string }[];
  await session.page.goto(session.server.url);
  await waitForGraph();
  assert.ok(await isDrawn(merged!.id));

  await openProfile(merged!.name);
  await session.page.getByRole('button', { name: 'Merge into…' }).click();
  await chooseActor(into!.name, '.merge-search');
  await session.page.locator('.toast', { hasText: `Merged ${merged!.name} into ${into!.name}` }).waitFor();
  await session.page.waitForFunction((id) => (window as unknown as { cy: cytoscape.Core }).cy.getElementById(id).empty(), merged!.id);
  await session.page.getByTestId('details-title').filter({ hasText: into!.name }).waitFor();
  assert.equal((await api(`actors/${merged!.id}`)).mergedFrom, merged!.id);
  await session.browser.screenshot('curation-merge');

  await session.page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await session.page.locator('.toast', { hasText: 'Undone' }).waitFor();
  await session.page.waitForFunction((id) => (window as unknown as { cy: cytoscape.Core }).cy.getElementById(id).nonempty(), merged!.id);
  assert.equal((await api(`actors/${merged!.id}`)).actor.id, merged!.id);
  assert.deepEqual(session.browser.pageErrors, []);
});

test('reject a claim from the evidence panel: the relation loses it at once', async () => {
  await openProfile('Turkey');
  const relation = session.page.locator('.relation-link').first();
  const edgeId = (await relation.getAttribute('data-edge'))!;
  const before = await weight(edgeId);
  await relation.click();
  await session.page.getByTestId('claim').first().waitFor();
  const claims = await session.page.getByTestId('claim').count();
  await session.page.getByTestId('claim').first().getByRole('button', { name: 'Reject' }).click();
  await session.page.locator('.toast', { hasText: 'Rejected' }).waitFor();
  await waitForWeight(edgeId, before - 1);
  if (claims > 1) await session.page.waitForFunction((count) => document.querySelectorAll('[data-testid="claim"]').length === count - 1, claims);
  await session.browser.screenshot('curation-reject');

  await session.page.keyboard.press('c');
  const listed = session.page.getByTestId('correction').first();
  await listed.waitFor();
  assert.match((await listed.textContent()) ?? '', /Rejected/);
  await session.browser.screenshot('curation-corrections');
  await listed.getByRole('button', { name: 'Undo' }).click();
  await session.page.locator('.toast', { hasText: 'Undone' }).waitFor();
  await waitForWeight(edgeId, before);
  await session.page.keyboard.press('Escape');
  assert.deepEqual(session.browser.pageErrors, []);
});

test('add a claim: select text in the article reader with the mouse, choose two actors and a type', async () => {
  await openProfile('Turkey');
  await session.page.locator('#details .list li .link').first().click();
  const text = session.page.getByTestId('article-text');
  await text.waitFor();
  // Where the first 60 characters of the text are drawn: the mouse drags over them.
  const span = await text.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode()!;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(60, node.textContent!.length));
    const rects = range.getClientRects();
    const [first, last] = [rects[0]!, rects[rects.length - 1]!];
    return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2, text: range.toString() };
  });
  await session.page.mouse.move(span.x0, span.y0);
  await session.page.mouse.down();
  await session.page.mouse.move(span.x1, span.y1, { steps: 5 });
  await session.page.mouse.up();
  const form = session.page.getByTestId('add-claim');
  await form.waitFor();
  assert.equal((await form.locator('blockquote').textContent())?.trim(), span.text.trim());
  await chooseActor('Russia', '[data-testid="add-claim"]');
  await chooseActor('Iran', '[data-testid="add-claim"]');
  await form.getByRole('combobox', { name: 'Relation type' }).focus();
  await session.page.keyboard.press('ArrowDown');
  const before = await weight('russia|opposes|iran');
  await form.getByRole('button', { name: 'Add claim' }).click();
  await session.page.locator('.toast', { hasText: 'Added "Russia opposes Iran"' }).waitFor();
  const { op } = (await api('corrections')).corrections[0];
  const { claims } = await api(`articles/${op.article}`);
  assert.ok(claims.some((claim: any) => claim.status === 'added' && claim.source.id === 'russia' && claim.target.id === 'iran' && claim.sentence === span.text));
  await waitForWeight('russia|opposes|iran', before + 1);
  await session.browser.screenshot('curation-add');
  assert.deepEqual(session.browser.pageErrors, []);
});

test('the review queue from the keyboard: j moves, r rejects, a approves; each leaves the queue', async () => {
  await session.page.locator('#graph').click({ position: { x: 5, y: 5 } });
  await session.page.keyboard.press('v');
  const items = session.page.getByTestId('review-claim');
  await items.first().waitFor();
  const count = await items.count();
  assert.ok(count >= 3, `claims to review: ${count}`);
  const rejected = await items.nth(1).getAttribute('data-claim');
  await session.page.keyboard.press('j');
  assert.match((await items.nth(1).getAttribute('class')) ?? '', /current/);
  await session.page.keyboard.press('r');
  await session.page.locator('.toast', { hasText: 'Rejected' }).waitFor();
  await session.page.waitForFunction((n) => document.querySelectorAll('[data-testid="review-claim"]').length === n - 1, count);
  const approved = await items.nth(1).getAttribute('data-claim');
  assert.notEqual(approved, rejected, 'the next claim is the current one');
  await session.page.keyboard.press('a');
  await session.page.locator('.toast', { hasText: 'Approved' }).waitFor();
  await session.page.waitForFunction((n) => document.querySelectorAll('[data-testid="review-claim"]').length === n - 2, count);
  await session.browser.screenshot('curation-review');
  const queue = (await api('review?limit=500')).claims.map((claim: { id: string }) => claim.id);
  assert.ok(!queue.includes(rejected) && !queue.includes(approved), 'both left the queue');
  await session.page.keyboard.press('Escape');
  assert.deepEqual(session.browser.pageErrors, []);
});
