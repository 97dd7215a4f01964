import type cytoscape from 'cytoscape';
import type { Page } from 'playwright-core';

/** Actors' names as the page draws them: which are shown, how big on screen, and whether they cover each other. */

type Cy = cytoscape.Core;

export interface Name {
  id: string;
  degree: number;
  label: string;
  /** The name's height on screen. */
  px: number;
  /** Where the name is drawn, on screen. */
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** The drawn actors with their name as drawn (empty when unnamed). */
function names(page: Page): Promise<Name[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: Cy }).cy;
    return cy.nodes().not('.more').map((node) => {
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
      const [zoom, pan] = [cy.zoom(), cy.pan()];
      return {
        id: node.id(),
        degree: Number(node.data('degree')),
        label: String(node.style('label') ?? ''),
        px: Number.parseFloat(String(node.style('font-size'))) * zoom,
        box: { x1: box.x1 * zoom + pan.x, y1: box.y1 * zoom + pan.y, x2: box.x2 * zoom + pan.x, y2: box.y2 * zoom + pan.y },
      };
    });
  });
}

/** Pairs of drawn names that cover each other (by more than a few pixels each way). */
export function covering(drawn: Name[]): string[] {
  const named = drawn.filter((node) => node.label);
  const pairs: string[] = [];
  named.forEach((a, index) =>
    named.slice(index + 1).forEach((b) => {
      const [x, y] = [Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1), Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1)];
      if (x > 5 && y > 5) pairs.push(`${a.label} / ${b.label}`);
    }),
  );
  return pairs;
}

/** The names once they are sized for the view (they are, once a layout, a Fit, a zoom or a pan has settled). */
export async function settledNames(page: Page): Promise<Name[]> {
  await page.waitForTimeout(400);
  return names(page);
}
