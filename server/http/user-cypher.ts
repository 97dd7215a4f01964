import type { Plan } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Db, Params } from '../neo4j/client.ts';
import { HttpError } from './errors.ts';
import { paramsFromJson, toJson, type Json } from './neo4j-json.ts';
import { resultGraph, type ResultGraph } from './result-graph.ts';

/**
 * Ad-hoc Cypher from users. Read-only by construction: it runs in a READ transaction, so Neo4j
 * refuses writes itself. Before it runs, its plan (EXPLAIN) is checked for what a read transaction
 * still allows but a shared explorer must not: administrative or unknown procedures, LOAD CSV
 * (files and URLs), TERMINATE TRANSACTIONS.
 */

/** Read-only procedures users may call; every other procedure (dbms.*, db.create*, APOC that writes or touches files…) is refused. */
const allowedProcedures = [
  /^db\.(labels|relationshipTypes|propertyKeys|info|ping|awaitIndex(es)?|schema\.\w+|index\.(fulltext|vector)\.query(Nodes|Relationships)|stats\.(retrieve\w*|status))$/,
  /^apoc\.((coll|map|text|meta|path|neighbors|algo|convert|date|temporal|number|math|agg)\.\w+|create\.v(Node|Nodes|Relationship|Pattern|PatternFull)|nodes\.connected)$/,
];

const refusedOperators: Record<string, string> = {
  LoadCSV: 'LOAD CSV (it reads files and URLs)',
  TerminateTransactions: 'TERMINATE TRANSACTIONS',
};

export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface CypherAnswer {
  columns: string[];
  rows: Record<string, Json>[];
  truncated: boolean;
  graph: ResultGraph;
  elapsedMs: number;
}

function refused(what: string): HttpError {
  return new HttpError(400, `refused: ${what} is not allowed in the explorer's read-only console`, { code: 'Explorer.Refused' });
}

function checkPlan(plan: Plan): void {
  const operator = plan.operatorType.replace(/@.*$/, '');
  const refusedOperator = refusedOperators[operator];
  if (refusedOperator) throw refused(refusedOperator);
  if (operator.includes('ProcedureCall')) {
    const name = /^\s*([\w.]+)/.exec(String(plan.arguments.Details ?? ''))?.[1] ?? '';
    if (!allowedProcedures.some((pattern) => pattern.test(name))) throw refused(`the procedure ${name || '(unknown)'}`);
  }
  plan.children.forEach(checkPlan);
}

const positionPattern = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

function positionIn(message: string): Position | undefined {
  const match = positionPattern.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) } : undefined;
}

/**
 * A Neo4j client error (syntax, semantics, missing parameter, write refused, timeout…) as a 400
 * with Neo4j's code and message, and the position of a syntax error. `shift` undoes a prefix
 * the text was run with. Other errors (database down…) go on to the error handler.
 */
function clientError(error: unknown, timeoutMs: number, shift = { lines: 0, chars: 0 }): unknown {
  const { code, message } = error as { code?: string; message?: string };
  if (!code?.startsWith('Neo.ClientError.') || code.startsWith('Neo.ClientError.Security.')) return error;
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new HttpError(400, `the query ran longer than ${timeoutMs} ms (CYPHER_TIMEOUT_MS) and was stopped`, { code });
  }
  const found = positionIn(message ?? '');
  const position = found && { line: found.line - shift.lines, column: found.column, offset: found.offset - shift.chars };
  const text = position ? message!.replace(positionPattern, `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`) : message;
  return new HttpError(400, text ?? code, { code, ...(position ? { position } : {}) });
}

/** The text whose EXPLAIN plan is checked, and how far the prefix moved positions. */
function explainText(query: string): { text: string; shift: { lines: number; chars: number } } {
  if (/^\s*EXPLAIN\b/i.test(query)) return { text: query, shift: { lines: 0, chars: 0 } };
  // PROFILE and EXPLAIN have the same length: swapping them moves no position.
  if (/^\s*PROFILE\b/i.test(query)) return { text: query.replace(/PROFILE/i, 'EXPLAIN'), shift: { lines: 0, chars: 0 } };
  return { text: `EXPLAIN\n${query}`, shift: { lines: 1, chars: 'EXPLAIN\n'.length } };
}

async function refuseUnsafe(db: Db, query: string, params: Params, timeoutMs: number): Promise<void> {
  const { text, shift } = explainText(query);
  let plan: Plan | false | undefined;
  try {
    plan = (await db.readUserQuery(text, params, { timeoutMs, rowLimit: 0 })).summary?.plan;
  } catch (error) {
    throw clientError(error, timeoutMs, shift);
  }
  if (plan) checkPlan(plan);
}

/** Runs a user's query read-only, within CYPHER_TIMEOUT_MS and CYPHER_ROW_LIMIT rows. */
export async function runUserCypher(db: Db, config: Config, query: string, jsonParams: Record<string, unknown>): Promise<CypherAnswer> {
  const began = performance.now();
  const params = paramsFromJson(jsonParams) as Params;
  const timeoutMs = config.CYPHER_TIMEOUT_MS;
  await refuseUnsafe(db, query, params, timeoutMs);
  let result;
  try {
    result = await db.readUserQuery(query, params, { timeoutMs, rowLimit: config.CYPHER_ROW_LIMIT });
  } catch (error) {
    throw clientError(error, timeoutMs);
  }
  const rawRows = result.records.map((record) => record.toObject());
  return {
    columns: result.columns,
    rows: rawRows.map((row) => toJson(row) as Record<string, Json>),
    truncated: result.truncated,
    graph: resultGraph(rawRows),
    elapsedMs: Math.round(performance.now() - began),
  };
}
