import fs from 'node:fs';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import type { Db } from '../../server/neo4j/client.ts';
import { openBrowser, type Browser } from './browser.ts';
import { openTestDb, testConfig } from './db.ts';
import { serve, type TestServer } from './http.ts';
import { resetDatabase } from './import.ts';

/** What a browser test file drives: the test Neo4j, the real app serving it, and a Chromium page. */
export interface ExplorerSession {
  db: Db;
  server: TestServer;
  browser: Browser;
  page: Page;
}

/**
 * Registers the file's before and after hooks: empties the test database, lets `fill` import what
 * the tests need, serves the app and opens Chromium. The fields are set once `before` has run.
 */
export function explorerSession(fill: (db: Db) => Promise<unknown>): ExplorerSession {
  const session = {} as ExplorerSession;
  before(async () => {
    const config = testConfig();
    session.db = await openTestDb(config);
    await resetDatabase(session.db);
    await fill(session.db);
    session.server = await serve(session.db, config);
    session.browser = await openBrowser();
    session.page = session.browser.page;
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
    await session.db?.close();
  });
  return session;
}

/** Chooses a format in the page's Export menu and returns the downloaded file. */
export async function exportAs(page: Page, format: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`.menu-list [data-format="${format}"]`).click()]);
  return fs.readFileSync((await download.path())!);
}
