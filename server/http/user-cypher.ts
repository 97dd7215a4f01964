import type { Plan, Record as Neo4jRecord } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { UserQueryTimeout, type Db, type Params, type UserQueryLimits } from '../neo4j/client.ts';
import { HttpError } from './errors.ts';
import { paramsFromJson, toJson, type Json } from './neo4j-json.ts';
import { resultGraph, type ResultGraph } from './result-graph.ts';

/**
 * Ad-hoc Cypher from users. Read-only by construction: it runs in a READ transaction, so Neo4j
 * refuses writes itself. Before it runs, its plan (EXPLAIN) is checked for what a read transaction
 * still allows but a shared explorer must not: administrative or unknown procedures, LOAD CSV
 * (files and URLs), TERMINATE TRANSACTIONS, SHOW commands that reveal other users' work or the
 * server's settings. It is bounded in wall-clock time (the answer comes at the timeout and the
 * transaction is terminated), in rows and in bytes, and its text in length and nesting, which
 * Neo4j's parser would otherwise spend minutes on before any timeout applies.
 */

/** Longer texts are refused before Neo4j parses them. */
export const maxQueryChars = 20_000;
/** Deeper nesting of (), [] and {} is refused before Neo4j parses it (its parser recurses). */
export const maxQueryNesting = 50;
/**
 * Longer literal range() lists are refused: Neo4j evaluates an expression without checking for
 * termination, so a list comprehension over range(1, 100000000) runs past any timeout and can
 * exhaust Neo4j's heap.
 */
export const maxLiteralRange = 1_000_000;

/** Read-only procedures users may call; every other procedure (dbms.*, db.create*, APOC that writes or touches files…) is refused. */
const allowedProcedures = [
  /^db\.(labels|relationshipTypes|propertyKeys|info|ping|awaitIndex(es)?|schema\.\w+|index\.(fulltext|vector)\.query(Nodes|Relationships))$/,
  /^apoc\.((coll|map|text|meta|path|neighbors|algo|convert|date|temporal|number|math|agg)\.\w+|create\.v(Node|Nodes|Relationship|Pattern|PatternFull)|nodes\.connected)$/,
];

const refusedOperators: Record<string, string> = {
  LoadCSV: 'LOAD CSV (it reads files and URLs)',
  TerminateTransactions: 'TERMINATE TRANSACTIONS',
};
/** SHOW commands that describe the schema and the callable functions; the others (TRANSACTIONS, SETTINGS, USERS…) are refused. */
const allowedShowOperators = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);

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

/** The plan's operators, without their runtime suffix (`Filter@neo4j` → `Filter`). */
function operatorsOf(plan: Plan): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operatorsOf)];
}

function checkPlan(plan: Plan): void {
  const operator = plan.operatorType.replace(/@.*$/, '');
  const refusedOperator = refusedOperators[operator];
  if (refusedOperator) throw refused(refusedOperator);
  if (operator.startsWith('Show') && !allowedShowOperators.has(operator)) throw refused(`SHOW ${operator.slice(4).replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()}`);
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
function timedOut(timeoutMs: number): HttpError {
  return new HttpError(504, `the query ran longer than ${timeoutMs} ms (CYPHER_TIMEOUT_MS) and was stopped`, { code: 'Explorer.Timeout' });
}

function clientError(error: unknown, timeoutMs: number, shift = { lines: 0, chars: 0 }): unknown {
  if (error instanceof UserQueryTimeout) return timedOut(timeoutMs);
  const { code, message } = error as { code?: string; message?: string };
  if (!code?.startsWith('Neo.ClientError.') || code.startsWith('Neo.ClientError.Security.')) return error;
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.ClientError.Transaction.Terminated') return timedOut(timeoutMs);
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

/** The deepest nesting of brackets outside strings and comments. */
export function nestingDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [bracket] of codeText(query).matchAll(/[([{)\]}]/g)) {
    depth = '([{'.includes(bracket) ? depth + 1 : Math.max(0, depth - 1);
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** The query with its strings, quoted names and comments blanked out. */
function codeText(query: string): string {
  return query.replace(/'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|`[^`]*`?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g, ' ');
}

/** True when the query says SHOW as a keyword, not a property (administration commands such as SHOW USERS give no plan to check). */
export function saysShow(query: string): boolean {
  return /(?<![.\w$])SHOW\b/i.test(codeText(query));
}

/** The most elements a range() with literal bounds in the text makes (0 when there is none). */
export function largestLiteralRange(query: string): number {
  let largest = 0;
  for (const match of query.matchAll(/\brange\s*\(\s*(-?\d+)\s*,\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?\)/gi)) {
    const [start, end, step = 1] = match.slice(1).filter((value) => value !== undefined).map(Number) as [number, number, number?];
    if (step !== 0) largest = Math.max(largest, Math.floor((end - start) / step) + 1);
  }
  return largest;
}

function refuseOversized(query: string): void {
  if (query.length > maxQueryChars) throw refused(`a query of ${query.length} characters (at most ${maxQueryChars})`);
  const depth = nestingDepth(query);
  if (depth > maxQueryNesting) throw refused(`nesting ${depth} levels deep (at most ${maxQueryNesting})`);
  const range = largestLiteralRange(query);
  if (range > maxLiteralRange) throw refused(`a range() of ${range} elements (at most ${maxLiteralRange})`);
}

async function refuseUnsafe(db: Db, query: string, params: Params, limits: UserQueryLimits): Promise<void> {
  const { text, shift } = explainText(query);
  let plan: Plan | false | undefined;
  try {
    plan = (await db.readUserQuery(text, params, { ...limits, rowLimit: 0 })).summary?.plan;
  } catch (error) {
    throw clientError(error, limits.timeoutMs, shift);
  }
  if (!plan) throw refused('a command the explorer cannot check (it has no query plan)');
  checkPlan(plan);
  if (saysShow(query) && !operatorsOf(plan).some((operator) => allowedShowOperators.has(operator))) throw refused('this SHOW command');
}

/** Rows converted to JSON while their size was measured, so that each is converted once. */
const convertedRows = new WeakMap<Neo4jRecord, Record<string, Json>>();

function jsonRow(record: Neo4jRecord): Record<string, Json> {
  return convertedRows.get(record) ?? (toJson(record.toObject()) as Record<string, Json>);
}

/** The size of a record as JSON, to bound an answer in bytes as well as rows. */
function jsonSize(record: Neo4jRecord): number {
  const row = jsonRow(record);
  convertedRows.set(record, row);
  try {
    return JSON.stringify(row).length;
  } catch {
    return Infinity; // beyond what a JavaScript string can hold
  }
}

/** Runs a user's query read-only, within CYPHER_TIMEOUT_MS (plan check included), CYPHER_ROW_LIMIT rows and CYPHER_BYTE_LIMIT bytes. */
export async function runUserCypher(db: Db, config: Config, query: string, jsonParams: Record<string, unknown>): Promise<CypherAnswer> {
  const began = performance.now();
  refuseOversized(query);
  if (!(await db.userQueriesSettled(2_000))) {
    throw new HttpError(503, 'Neo4j is still busy with an earlier query that ran past the time limit; retry in a while', { code: 'Explorer.Busy' });
  }
  const params = paramsFromJson(jsonParams) as Params;
  const timeoutMs = config.CYPHER_TIMEOUT_MS;
  const remaining = () => Math.max(1, Math.round(timeoutMs - (performance.now() - began)));
  await refuseUnsafe(db, query, params, { timeoutMs: remaining(), rowLimit: 0 });
  let result;
  try {
    result = await db.readUserQuery(query, params, { timeoutMs: remaining(), rowLimit: config.CYPHER_ROW_LIMIT, byteLimit: config.CYPHER_BYTE_LIMIT, sizeOf: jsonSize });
  } catch (error) {
    throw clientError(error, timeoutMs);
  }
  if (result.truncated && result.records.length === 0) {
    throw new HttpError(400, `the first row alone is larger than ${config.CYPHER_BYTE_LIMIT} bytes (CYPHER_BYTE_LIMIT)`, { code: 'Explorer.TooLarge' });
  }
  const rawRows = result.records.map((record) => record.toObject());
  return {
    columns: result.columns,
    rows: result.records.map(jsonRow),
    truncated: result.truncated,
    graph: resultGraph(rawRows),
    elapsedMs: Math.round(performance.now() - began),
  };
}
