import type { Insight } from './view.ts';
import { signedNeighbours, signedTies, type SignedTie } from './signs.ts';

/**
 * Structural balance (Cartwright and Harary): a triangle of signed ties is balanced when it has an even number of
 * negative sides (friends of friends are friends, enemies of enemies are friends). The share of balanced triangles
 * says how coherent the picture is; the unbalanced ones are listed, the strongest (most claims) first.
 */

export interface UnbalancedTriangle {
  actors: [string, string, string];
  /** The signs of the sides a–b, b–c and a–c: 1 or −1. */
  signs: [number, number, number];
  /** The claims behind the three sides. */
  claims: number;
}

export interface Balance {
  triangles: number;
  balanced: number;
  ratio: number | null;
  unbalanced: UnbalancedTriangle[];
}

/** At most this many unbalanced triangles are listed (all are counted). */
export const unbalancedListed = 200;

export function balanceOf(ties: SignedTie[]): Balance {
  const neighbours = signedNeighbours(ties);
  let triangles = 0;
  let balanced = 0;
  const unbalanced: UnbalancedTriangle[] = [];
  // Each triangle a < b < c once: from its tie a–b, through the common neighbours c > b.
  for (const { a, b, net: ab } of ties) {
    const aroundA = neighbours.get(a)!;
    for (const [c, bc] of neighbours.get(b)!) {
      const ac = aroundA.get(c);
      if (c <= b || ac === undefined) continue;
      triangles++;
      const signs: [number, number, number] = [Math.sign(ab), Math.sign(bc), Math.sign(ac)];
      if (signs.filter((sign) => sign < 0).length % 2 === 0) balanced++;
      else unbalanced.push({ actors: [a, b, c], signs, claims: Math.abs(ab) + Math.abs(bc) + Math.abs(ac) });
    }
  }
  unbalanced.sort((x, y) => y.claims - x.claims || (x.actors.join('|') < y.actors.join('|') ? -1 : 1));
  return { triangles, balanced, ratio: triangles ? balanced / triangles : null, unbalanced: unbalanced.slice(0, unbalancedListed) };
}

export const balance: Insight = {
  name: 'balance',
  compute: ({ view }) => balanceOf(signedTies(view.edges)),
};
