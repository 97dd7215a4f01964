import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { projectRoot } from '../../server/config.ts';
import { resetDatabase } from '../support/import.ts';
import { openApi, type Api } from './api-support.ts';

/**
 * The reproducible export bundle: exported from the hand-built two-camp graph, imported by `npm run import` into an
 * emptied database, the explorer answers with the same graph, evidence and insights.
 */

let api: Api;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-test-'));
before(async () => {
  api = await openApi({}, ['tests/fixtures/insights/two-camps.jsonl']);
});
after(async () => {
  await api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function download(query: string): Promise<{ status: number; type: string | null; disposition: string | null; zip: Uint8Array }> {
  const response = await fetch(`${api.server.url}/api/export?${query}`);
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), zip: new Uint8Array(await response.arrayBuffer()) };
}

/** `npm run import -- ARGS`, without blocking this process, whose event loop also runs the server under test. */
function importCli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', ...args], { cwd: projectRoot, env: process.env, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const nodeCount = async () => (await api.db.read('admin/count-nodes'))[0];

test('the bundle holds a manifest, the graph as JSON and GraphML, the claims with sentences, the articles and a README', async () => {
  const { status, type, disposition, zip } = await download('format=bundle&from=2024-02');
  assert.equal(status, 200);
  assert.equal(type, 'application/zip');
  assert.match(disposition ?? '', /attachment; filename="?actors-.*\.bundle\.zip"?/);
  const files = unzipSync(zip);
  assert.deepEqual(Object.keys(files).sort(), ['README.md', 'articles.json', 'claims.json', 'graph.graphml', 'graph.json', 'manifest.json']);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!));
  assert.equal(manifest.format, 'actor-relations-bundle');
  assert.equal(manifest.extractorVersion, 'actor-relations-explorer@0.1.0');
  assert.ok(Math.abs(Date.parse(manifest.generated) - Date.now()) < 60_000);
  assert.deepEqual([manifest.selection.by, manifest.selection.filters.from], ['filters', '2024-02']);
  // From February: the four oppositions across the divide, Berlin and Rome (March), Ankara's friends, and June's turn.
  assert.deepEqual(manifest.counts, { actors: 7, edges: 8, claims: 8, articles: 4 });
  assert.equal(manifest.correctionsApplied, 0);
  const claims = JSON.parse(strFromU8(files['claims.json']!));
  assert.ok(claims.some((claim: any) => claim.sentence === 'Germany condemned Italy.' && claim.date === '2024-06-20'));
  const articles = JSON.parse(strFromU8(files['articles.json']!));
  assert.deepEqual(Object.keys(articles[0]).sort(), ['date', 'file', 'id', 'sha256', 'source', 'text', 'title', 'url']);
  assert.match(strFromU8(files['graph.graphml']!), /<graphml/);
  assert.match(strFromU8(files['README.md']!), /npm run import -- this-file\.zip/);
});

test('exported, imported into an empty database: the same graph, evidence and insights', async () => {
  const before = {
    graph: (await api.get('/api/graph')).body,
    evidence: (await api.get('/api/edges/germany/supports/italy/claims')).body,
    balance: (await api.get('/api/insights/balance')).body,
    flips: (await api.get('/api/insights/flips')).body,
  };
  const { zip } = await download('format=bundle');
  const file = path.join(dir, 'two-camps.bundle.zip');
  fs.writeFileSync(file, zip);

  await resetDatabase(api.db);
  assert.equal((await api.get('/api/graph')).body.edges.length, 0);
  const run = await importCli(file);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /bundle .*two-camps\.bundle\.zip: 7 actors, 13 relations, 14 claims, 6 articles/);

  assert.deepEqual((await api.get('/api/graph')).body, before.graph);
  assert.deepEqual((await api.get('/api/edges/germany/supports/italy/claims')).body, before.evidence);
  assert.deepEqual((await api.get('/api/insights/balance')).body, before.balance);
  assert.deepEqual((await api.get('/api/insights/flips')).body, before.flips);
  const [check] = await api.db.read('checks/edge-recount');
  assert.equal(check, undefined, 'every edge agrees with its claims');

  // Importing it again changes nothing.
  const counted = await nodeCount();
  assert.equal((await importCli(file)).status, 0);
  assert.deepEqual(await nodeCount(), counted);
  assert.deepEqual((await api.get('/api/graph')).body, before.graph);
});

test('a file that is not a bundle is refused with its reason, and nothing is written', async () => {
  const counted = await nodeCount();
  const notZip = path.join(dir, 'not.zip');
  fs.writeFileSync(notZip, 'hello');
  const noManifest = path.join(dir, 'no-manifest.zip');
  fs.writeFileSync(noManifest, zipSync({ 'graph.json': strToU8('{}') }));
  const danglingClaim = path.join(dir, 'dangling.zip');
  const files = unzipSync((await download('format=bundle&types=supports')).zip);
  const claims = JSON.parse(strFromU8(files['claims.json']!));
  claims[0].target = 'atlantis';
  fs.writeFileSync(danglingClaim, zipSync({ ...files, 'claims.json': strToU8(JSON.stringify(claims)) }));

  const run = await importCli(notZip, noManifest, danglingClaim, path.join(dir, 'missing.zip'));
  assert.equal(run.status, 1);
  assert.match(run.stdout, /failed: .*not\.zip: not a zip file/);
  assert.match(run.stdout, /failed: .*no-manifest\.zip: not an export bundle: manifest\.json is missing/);
  assert.match(run.stdout, /failed: .*dangling\.zip: claims\.json: claim \w+ names actor "atlantis", which the bundle does not hold/);
  assert.match(run.stdout, /failed: .*missing\.zip: ENOENT/);
  assert.deepEqual(await nodeCount(), counted);
});
