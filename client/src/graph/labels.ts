import type cytoscape from 'cytoscape';
import { debounce } from '../util/dom.ts';

/** Actors' names: readable at any zoom out, and only as many as the canvas can show. */

/** The size of a name on screen, in pixels, whenever the view is zoomed out (zoomed in, names grow). */
export const LABEL_PX = 12;
/** Up to this many actors in view, all are named; beyond, the most connected this many (and whatever is selected). */
export const NAMED_AT_MOST = 150;

/** Label properties in model units for a label of `px` pixels at zoom 1. */
function labelStyle(scale: number): Record<string, number | string> {
  return {
    'font-size': LABEL_PX * scale,
    'text-margin-y': 4 * scale,
    'text-outline-width': 2.5 * scale,
    'text-max-width': `${160 * scale}px`,
    'text-background-padding': `${scale}px`,
  };
}
const LABEL_PROPERTIES = Object.keys(labelStyle(1)).join(' ');

function importance(node: cytoscape.NodeSingular): number {
  return Number(node.data('degree') ?? node.data('size') ?? 0);
}

/**
 * Names the actors (class `named`) and sizes their names for the current zoom, once a layout, a Fit, a zoom or a
 * pan has ended: below zoom 1 a name stays LABEL_PX pixels high. With more than NAMED_AT_MOST actors in view,
 * the most connected of them are named, so zooming into a crowd names more of it.
 */
export class Labels {
  constructor(private readonly cy: cytoscape.Core) {
    cy.on('viewport', debounce(() => this.refresh(), 200));
  }

  refresh(): void {
    const actors = this.cy.nodes().not('.more').nodes();
    const extent = this.cy.extent();
    const inView = actors.length <= NAMED_AT_MOST ? actors : actors.filter((node: cytoscape.NodeSingular) => {
      const { x, y } = node.position();
      return x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
    });
    const named = inView.length <= NAMED_AT_MOST ? inView : this.cy.collection(inView.sort((a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) => importance(b) - importance(a)).slice(0, NAMED_AT_MOST));
    const style = labelStyle(Math.max(1, 1 / this.cy.zoom()));
    this.cy.batch(() => {
      actors.filter('.named').not(named).removeClass('named').removeStyle(LABEL_PROPERTIES);
      // Selected or highlighted actors keep their names (see the stylesheet); they get the size too.
      named.union(actors.filter('.focus, :selected, .on-path, .ends')).addClass('named').style(style);
    });
  }
}
