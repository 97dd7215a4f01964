/**
 * `npm run bench:curate [-- --articles N]`: generates a corpus (10,000 articles) and imports it into a throw-away
 * Neo4j (or uses NEO4J_URI, importing only if it holds no articles), then times merging the actor with the most claims
 * into the second (claims, mentions and members moved, edges recounted, the correction recorded,
 * all in one transaction) and undoing it. Checks that every edge still equals its claims afterwards.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { correct, revertCorrection } from '../server/curation/corrections.ts';
import { benchDatabase, ensureCorpus } from './support.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' } } });

const { db, close } = await benchDatabase();
try {
  await ensureCorpus(db, String(values.articles));
  const [hub, other] = (await db.read('bench/top-hubs')) as unknown as { id: string; claims: number }[];
  const claims = hub!.claims;
  console.log(`merging ${hub!.id} (${claims} claims) into ${other!.id} (${other!.claims} claims)`);

  let began = performance.now();
  const correction = await correct(db, { action: 'merge-actors', actor: hub!.id, into: other!.id });
  const mergeMs = performance.now() - began;
  began = performance.now();
  await revertCorrection(db, correction.id);
  const undoMs = performance.now() - began;
  const mismatches = (await db.read('checks/edge-recount')).length;

  const load = os.loadavg().map((value) => Number(value.toFixed(2)));
  console.log(`merge: ${(mergeMs / 1000).toFixed(2)} s   undo: ${(undoMs / 1000).toFixed(2)} s   edges differing from their claims afterwards: ${mismatches}   load average: ${load.join(' ')}`);
  console.log(`BENCH ${JSON.stringify({ name: 'curate', articles: Number(values.articles), hub: hub!.id, hubClaims: claims, mergeMs: Math.round(mergeMs), undoMs: Math.round(undoMs), mismatches, load })}`);
} finally {
  await close();
}
