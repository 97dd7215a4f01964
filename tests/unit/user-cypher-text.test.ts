import assert from 'node:assert/strict';
import { test } from 'node:test';
import { largestLiteralRange, nestingDepth, saysShow } from '../../server/http/user-cypher.ts';

test('nesting depth counts brackets outside strings and comments', () => {
  assert.equal(nestingDepth('RETURN 1'), 0);
  assert.equal(nestingDepth('MATCH (a)-[r]->(b) RETURN [x IN [1, 2] | {v: x}]'), 2);
  assert.equal(nestingDepth(`RETURN ${'('.repeat(300)}1${')'.repeat(300)}`), 300);
  assert.equal(nestingDepth("RETURN '((((((' AS s, \"[[[[\" AS t // ((((\n/* {{{{ */ RETURN `((`"), 0);
});

test('the largest literal range() is measured, computed bounds are not', () => {
  assert.equal(largestLiteralRange('RETURN 1'), 0);
  assert.equal(largestLiteralRange("RETURN reduce(s = '', x IN range(1, 10000000) | s + 'aaaa')"), 10_000_000);
  assert.equal(largestLiteralRange('UNWIND range(0, 100, 10) AS i RETURN range(1, 1000000)'), 1_000_000);
  assert.equal(largestLiteralRange('RETURN range(0, size($list) - 1)'), 0);
});

test('SHOW is found as a keyword, not as a property, a string or a comment', () => {
  for (const query of ['SHOW USERS', 'show transactions yield *', 'EXPLAIN\nSHOW SETTINGS', 'MATCH (n) WITH n SHOW INDEXES']) assert.equal(saysShow(query), true, query);
  for (const query of ["MATCH (n) RETURN n.show", "RETURN 'SHOW USERS'", 'RETURN 1 // SHOW USERS', 'MATCH (s:Showcase) RETURN s', 'RETURN `show`']) assert.equal(saysShow(query), false, query);
});
