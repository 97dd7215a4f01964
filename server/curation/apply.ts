import type { NamedTransaction, Row } from '../neo4j/client.ts';
import { edgeEnds } from '../import/plan.ts';
import type { RelationType } from '../extract/schema.ts';
import type { Before, ClaimKey, CorrectionOp } from './ops.ts';

/**
 * Applies a correction's op inside a write transaction, and undoes it. Every op recounts the edges it touched
 * (cypher/import/recount-edges), so the aggregated edges always equal their claims.
 * `replay`: the op is applied again after an import; what the first application already did is not redone
 * (an actor merged away and not re-created by the import is simply absent).
 */

/** The op was applied: what it changed, for undo, and a line for people. */
export interface Fitted {
  fits: true;
  before: Before;
  summary: string;
}
/** The op no longer fits the graph (its actor, claim or sentence is gone): nothing was changed. */
export interface Unfit {
  fits: false;
  reason: string;
  /** 404: something the op names does not exist; 409: it exists but the op cannot apply to it now. */
  status: 404 | 409;
}
export type Applied = Fitted | Unfit;

interface EdgeRow {
  source: string;
  type: RelationType;
  target: string;
}

function unfit(reason: string, status: Unfit['status'] = 404): Unfit {
  return { fits: false, reason, status };
}

async function edgeRows(tx: NamedTransaction, claims: string[]): Promise<EdgeRow[]> {
  return claims.length === 0 ? [] : ((await tx.run('corrections/edge-rows', { claims })) as unknown as EdgeRow[]);
}

async function recount(tx: NamedTransaction, rows: EdgeRow[]): Promise<void> {
  const unique = [...new Map(rows.map((row) => [`${row.source}|${row.type}|${row.target}`, row])).values()];
  if (unique.length > 0) await tx.run('import/recount-edges', { rows: unique });
}

/** The rows of `rows` with one actor in place of another (negotiates kept from the smaller id to the larger). */
function renamed(rows: EdgeRow[], from: string, to: string): EdgeRow[] {
  return rows.map(({ source, type, target }) => {
    const [s, t] = edgeEnds(type, source === from ? to : source, target === from ? to : target);
    return { source: s, type, target: t };
  });
}

async function one(tx: NamedTransaction, name: string, params: Record<string, unknown>): Promise<Row | undefined> {
  return (await tx.run(name, params))[0];
}

async function actorNodes(tx: NamedTransaction, id: string, correction = '') {
  const row = (await one(tx, 'corrections/actor-nodes', { id, correction }))!;
  return row as { actor: string | null; retired: string | null; name: string | null; kind: string | null };
}

async function actorClaims(tx: NamedTransaction, actor: string): Promise<string[]> {
  return (await one(tx, 'corrections/actor-claims', { actor }))!.claims as string[];
}

interface KeyedClaims {
  claims: string[];
  status: string | null;
  rejectedBy: string[];
  label: string;
}

async function claimsByKey(tx: NamedTransaction, key: ClaimKey): Promise<KeyedClaims> {
  const rows = await tx.run('corrections/claims-by-key', { key });
  const first = rows[0];
  return {
    claims: rows.map((row) => row.claim as string),
    status: (first?.status as string | null) ?? null,
    rejectedBy: [...new Set(rows.flatMap((row) => row.rejectedBy as string[]))],
    label: `${first?.sourceName ?? key.source} ${key.type} ${first?.targetName ?? key.target}`,
  };
}

function missingClaim(key: ClaimKey): Unfit {
  return unfit(`no claim "${key.source} ${key.type} ${key.target}" in article ${key.article} from the sentence "${key.sentence.slice(0, 80)}"`);
}

async function setRejected(tx: NamedTransaction, claims: string[], add: string[], remove: string[] | null): Promise<void> {
  await tx.run('corrections/set-rejected', { claims, add, remove });
  await recount(tx, await edgeRows(tx, claims));
}

async function mergeActors(tx: NamedTransaction, op: { actor: string; into: string }, id: string, replay: boolean): Promise<Applied> {
  const from = await actorNodes(tx, op.actor, id);
  if (!from.actor) return replay ? { fits: true, before: {}, summary: '' } : unfit(`no actor with id "${op.actor}"`);
  const into = await actorNodes(tx, op.into);
  if (!into.actor) return unfit(`no actor with id "${op.into}"`);
  if (from.actor === into.actor) return unfit('an actor cannot be merged into itself', 409);
  const names = (await one(tx, 'corrections/actor-names', { id: op.actor }))!;
  const rowsBefore = await edgeRows(tx, await actorClaims(tx, from.actor));
  await tx.run('corrections/move-actor', { from: from.actor, into: into.actor, correction: id });
  await recount(tx, [...rowsBefore, ...renamed(rowsBefore, op.actor, op.into)]);
  const summary = `Merged ${from.name} into ${into.name}`;
  if (from.retired) {
    // Re-created by an import: its first merge already retired the original node.
    await tx.run('corrections/delete-nodes', { nodes: [from.actor] });
    return { fits: true, before: {}, summary };
  }
  const [added] = await tx.run('corrections/add-aliases', { id: op.into, add: [names.name, ...(names.aliases as string[])], remove: [] });
  await tx.run('corrections/retire-actor', { actor: from.actor, correction: id, reason: 'merged', into: op.into });
  return { fits: true, before: { addedAliases: added!.added as string[] }, summary };
}

async function notAnActor(tx: NamedTransaction, op: { actor: string }, id: string, replay: boolean): Promise<Applied> {
  const nodes = await actorNodes(tx, op.actor, id);
  if (!nodes.actor) return replay ? { fits: true, before: {}, summary: '' } : unfit(`no actor with id "${op.actor}"`);
  await setRejected(tx, await actorClaims(tx, nodes.actor), [id], []);
  if (nodes.retired) {
    await tx.run('corrections/move-actor', { from: nodes.actor, into: nodes.retired, correction: id });
    await tx.run('corrections/delete-nodes', { nodes: [nodes.actor] });
  } else {
    await tx.run('corrections/retire-actor', { actor: nodes.actor, correction: id, reason: 'not-an-actor', into: null });
  }
  return { fits: true, before: {}, summary: `${nodes.name} is not an actor` };
}

type ActorEdit = { name?: string | undefined; kind?: string | undefined; aliases?: string[] | undefined; affiliation?: string | null | undefined };

async function editActor(tx: NamedTransaction, actor: string, changes: ActorEdit): Promise<Before['actor'] | undefined> {
  const row = await one(tx, 'corrections/edit-actor', {
    id: actor,
    name: changes.name ?? null,
    kind: changes.kind ?? null,
    aliases: changes.aliases ?? null,
    setAffiliation: changes.affiliation !== undefined,
    affiliation: changes.affiliation ?? null,
  });
  return row?.before as Before['actor'] | undefined;
}

function describeChanges(changes: Record<string, unknown>): string {
  return Object.entries(changes)
    .map(([field, value]) => `${field} → ${Array.isArray(value) ? value.join(', ') || '(none)' : (value ?? '(none)')}`)
    .join('; ');
}

async function addClaim(tx: NamedTransaction, op: Extract<CorrectionOp, { action: 'add-claim' }>, id: string): Promise<Applied> {
  const article = await one(tx, 'corrections/article-text', { id: op.article });
  if (!article) return unfit(`no article with id "${op.article}"`);
  const text = article.text as string;
  // The article may have changed since: the sentence counts wherever it now is.
  const start = text.slice(op.start, op.end) === op.sentence ? op.start : text.indexOf(op.sentence);
  if (start < 0) return unfit(`the sentence "${op.sentence.slice(0, 80)}" is no longer in article ${op.article}`);
  const created = await one(tx, 'corrections/create-claim', {
    id,
    article: op.article,
    start,
    end: start + op.sentence.length,
    sentence: op.sentence,
    type: op.type,
    source: op.source,
    target: op.target,
  });
  if (!created) return unfit(`no actor with id "${op.source}" or "${op.target}"`);
  await recount(tx, await edgeRows(tx, [created.claim as string]));
  return { fits: true, before: {}, summary: `Added "${created.sourceName} ${op.type} ${created.targetName}" from ${article.title}` };
}

/** Applies an op; `id` is its correction's id (the mark on what it moved, and an added claim's id). */
export async function applyOp(tx: NamedTransaction, op: CorrectionOp, id: string, { replay = false } = {}): Promise<Applied> {
  switch (op.action) {
    case 'merge-actors':
      return mergeActors(tx, op, id, replay);
    case 'not-an-actor':
      return notAnActor(tx, op, id, replay);
    case 'edit-actor': {
      if (op.changes.affiliation && !(await actorNodes(tx, op.changes.affiliation)).actor) return unfit(`no actor with id "${op.changes.affiliation}"`);
      const before = await editActor(tx, op.actor, op.changes);
      if (!before) return unfit(`no actor with id "${op.actor}"`);
      return { fits: true, before: { actor: before }, summary: `Edited ${before.name}: ${describeChanges(op.changes)}` };
    }
    case 'add-claim':
      return addClaim(tx, op, id);
    default:
      return applyToClaims(tx, op, id);
  }
}

async function applyToClaims(tx: NamedTransaction, op: Extract<CorrectionOp, { claim: ClaimKey }>, id: string): Promise<Applied> {
  const found = await claimsByKey(tx, op.claim);
  if (found.claims.length === 0) return missingClaim(op.claim);
  switch (op.action) {
    case 'reject-claim':
      await setRejected(tx, found.claims, [id], []);
      return { fits: true, before: {}, summary: `Rejected "${found.label}"` };
    case 'restore-claim':
      await setRejected(tx, found.claims, [], null);
      return { fits: true, before: { rejectedBy: found.rejectedBy }, summary: `Restored "${found.label}"` };
    case 'approve-claim':
      await tx.run('corrections/set-approved', { claims: found.claims, approved: true });
      return { fits: true, before: {}, summary: `Approved "${found.label}"` };
    case 'edit-claim': {
      const rowsBefore = await edgeRows(tx, found.claims);
      const status = found.status === 'added' ? 'added' : 'edited';
      await tx.run('corrections/set-claims', { claims: found.claims, type: null, source: null, target: null, ...op.changes, status });
      await recount(tx, [...rowsBefore, ...(await edgeRows(tx, found.claims))]);
      return { fits: true, before: { status: found.status }, summary: `Fixed "${found.label}": ${describeChanges(op.changes)}` };
    }
  }
}

/** Undoes an op applied with `before`; a string says why it cannot be undone now. */
export async function undoOp(tx: NamedTransaction, op: CorrectionOp, id: string, before: Before): Promise<string | undefined> {
  switch (op.action) {
    case 'merge-actors': {
      const from = await actorNodes(tx, op.actor, id);
      const into = await actorNodes(tx, op.into);
      if (!from.retired) return `the merged actor "${op.actor}" is gone`;
      if (!into.actor) return `"${op.into}" was itself merged or removed later: undo that first`;
      if (from.actor) return `an actor "${op.actor}" exists again: merge it first`;
      await tx.run('corrections/unretire-actor', { actor: from.retired });
      await tx.run('corrections/move-back', { from: into.actor, into: from.retired, correction: id });
      const rows = await edgeRows(tx, await actorClaims(tx, from.retired));
      await recount(tx, [...rows, ...renamed(rows, op.actor, op.into)]);
      await tx.run('corrections/add-aliases', { id: op.into, add: [], remove: before.addedAliases ?? [] });
      return undefined;
    }
    case 'not-an-actor': {
      const nodes = await actorNodes(tx, op.actor, id);
      if (!nodes.retired) return `the actor "${op.actor}" is gone`;
      if (nodes.actor) return `an actor "${op.actor}" exists again`;
      await tx.run('corrections/unretire-actor', { actor: nodes.retired });
      await setRejected(tx, await actorClaims(tx, nodes.retired), [], [id]);
      return undefined;
    }
    case 'edit-actor':
      if (!before.actor) return 'nothing was recorded to undo';
      return (await editActor(tx, op.actor, before.actor)) ? undefined : `no actor with id "${op.actor}"`;
    case 'add-claim': {
      const [claim] = await tx.run('corrections/claim-by-id', { id });
      if (!claim) return undefined;
      const rows = await edgeRows(tx, [claim.claim as string]);
      await tx.run('corrections/delete-nodes', { nodes: [claim.claim] });
      await recount(tx, rows);
      return undefined;
    }
    case 'reject-claim':
      await setRejected(tx, (await claimsByKey(tx, op.claim)).claims, [], [id]);
      return undefined;
    case 'restore-claim':
      await setRejected(tx, (await claimsByKey(tx, op.claim)).claims, before.rejectedBy ?? [], []);
      return undefined;
    case 'approve-claim':
      await tx.run('corrections/set-approved', { claims: (await claimsByKey(tx, op.claim)).claims, approved: false });
      return undefined;
    case 'edit-claim': {
      const { claims } = await claimsByKey(tx, { ...op.claim, ...op.changes });
      const rowsBefore = await edgeRows(tx, claims);
      await tx.run('corrections/set-claims', { claims, ...op.claim, status: before.status ?? null });
      await recount(tx, [...rowsBefore, ...(await edgeRows(tx, claims))]);
      return undefined;
    }
  }
}

/** The article a claim op concerns (re-applied only when that article is imported again); null for actor ops. */
export function articleOf(op: CorrectionOp): string | null {
  if ('claim' in op) return op.claim.article;
  return op.action === 'add-claim' ? op.article : null;
}
