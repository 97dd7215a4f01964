import assert from 'node:assert/strict';
import { test } from 'node:test';
import { balanceOf } from '../../server/insights/balance.ts';
import { blocsOf } from '../../server/insights/blocs.ts';
import { flipPoints, type StanceClaim } from '../../server/insights/flips.ts';
import { signedTies } from '../../server/insights/signs.ts';

/** The insights' pure parts on graphs small enough to check by hand. */

type Type = 'supports' | 'opposes' | 'negotiates';
const edge = (source: string, type: Type, target: string, weight = 1) => ({ source, type, target, weight });

test('a pair’s sign sums both directions; negotiations are neutral and cancelling claims leave no tie', () => {
  const ties = signedTies([edge('a', 'supports', 'b', 3), edge('b', 'opposes', 'a', 1), edge('a', 'negotiates', 'c', 5), edge('c', 'supports', 'd'), edge('d', 'opposes', 'c')]);
  assert.deepEqual(ties, [{ a: 'a', b: 'b', net: 2 }]);
});

test('balance counts each triangle once and lists the unbalanced ones, strongest first', () => {
  // a–b–c all friends (balanced); a, b against d (balanced: + − −); c–d friends closes b–c–d (+ + −: unbalanced)
  // and a–c–d (+ + −: unbalanced).
  const ties = signedTies([edge('a', 'supports', 'b'), edge('b', 'supports', 'c'), edge('a', 'supports', 'c'), edge('a', 'opposes', 'd', 2), edge('b', 'opposes', 'd'), edge('c', 'supports', 'd')]);
  const balance = balanceOf(ties);
  assert.deepEqual([balance.triangles, balance.balanced, balance.ratio], [4, 2, 0.5]);
  assert.deepEqual(balance.unbalanced, [
    { actors: ['a', 'c', 'd'], signs: [1, 1, -1], claims: 4 },
    { actors: ['b', 'c', 'd'], signs: [1, 1, -1], claims: 3 },
  ]);
});

test('blocs split two camps and leave an actor with only hostile ties on its own', () => {
  const camp = (members: string[]) => members.flatMap((a, i) => members.slice(i + 1).map((b) => edge(a, 'supports', b)));
  const blocs = blocsOf([...camp(['w1', 'w2', 'w3']), ...camp(['e1', 'e2', 'e3']), edge('w1', 'opposes', 'e1'), edge('w2', 'opposes', 'e2'), edge('x', 'opposes', 'w3'), edge('x', 'opposes', 'e3')]);
  assert.deepEqual(
    blocs.blocs.map((bloc) => bloc.actors),
    [['e1', 'e2', 'e3'], ['w1', 'w2', 'w3'], ['x']],
  );
  assert.deepEqual([blocs.agreement.ties, blocs.agreement.agreeing], [10, 10]);
  assert.equal(blocs.membership.x, 2);
});

test('a flip is a change of monthly stance; a month whose claims cancel out has none', () => {
  const claim = (date: string, type: 'supports' | 'opposes', id: string): StanceClaim => ({ a: 'a', b: 'b', date, type, id });
  const flips = flipPoints([
    claim('2024-01-03', 'supports', 's1'),
    claim('2024-01-20', 'supports', 's2'),
    claim('2024-02-02', 'supports', 's3'),
    claim('2024-02-05', 'opposes', 'o1'),
    claim('2024-04-01', 'opposes', 'o2'),
    claim('2024-06-01', 'supports', 's4'),
  ]);
  assert.deepEqual(
    flips.map(({ from, to, at, before, after }) => ({ from, to, at, before, after })),
    [
      { from: 'supports', to: 'opposes', at: '2024-04', before: 's2', after: 'o2' },
      { from: 'opposes', to: 'supports', at: '2024-06', before: 'o2', after: 's4' },
    ],
  );
});
