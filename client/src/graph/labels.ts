import type cytoscape from 'cytoscape';
import { debounce } from '../util/dom.ts';

/** Actors' names: readable at any zoom out, as many as fit without covering each other, the most connected first. */

/** The size of a name on screen, in pixels, whenever the view is zoomed out (zoomed in, names grow). */
export const LABEL_PX = 12;
/** At most this many names at once, however much room there is. */
export const NAMED_AT_MOST = 150;
/** Names wrap onto a second line beyond this width, in pixels on screen at zoom ≤ 1. */
const WRAP_PX = 160;
const FONT = `500 ${LABEL_PX}px Inter, "Segoe UI", system-ui, sans-serif`;
/** Actors that keep their name even where it covers another: what the user chose or is looking at. */
const ALWAYS_NAMED = '.focus, :selected, .on-path, .ends';

/** Label properties in model units for a name LABEL_PX high on screen at `scale` = 1 / zoom (at least 1), under its actor or above it. */
function labelStyle(scale: number, above = false): Record<string, number | string> {
  return {
    'font-size': LABEL_PX * scale,
    'text-valign': above ? 'top' : 'bottom',
    'text-margin-y': (above ? -4 : 4) * scale,
    'text-outline-width': 2.5 * scale,
    'text-max-width': `${WRAP_PX * scale}px`,
    'text-background-padding': `${scale}px`,
  };
}
const LABEL_PROPERTIES = Object.keys(labelStyle(1)).join(' ');

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function importance(node: cytoscape.NodeSingular): number {
  return Number(node.data('degree') ?? node.data('size') ?? 0);
}

/**
 * Names actors (class `named`) and sizes their names for the current zoom, once a layout, a Fit, a zoom or a pan
 * has ended. Below zoom 1 a name stays LABEL_PX pixels high. The actors in view are named most connected first,
 * each where its name covers no name already placed, so zooming into a crowd names more of it; the chosen actor,
 * a selected relation's two actors and a path's actors are always named.
 */
export class Labels {
  private readonly widths = new Map<string, number>();
  private readonly measure = document.createElement('canvas').getContext('2d');

  constructor(private readonly cy: cytoscape.Core) {
    cy.on('viewport', debounce(() => this.refresh(), 200));
  }

  /** Where a name is drawn on screen: centred under its actor (or above it), wrapped at WRAP_PX. */
  private labelBox(node: cytoscape.NodeSingular, zoom: number, above = false): Box {
    const label = String(node.data('label') ?? '');
    let width = this.widths.get(label);
    if (width === undefined && this.measure) {
      this.measure.font = FONT;
      width = this.measure.measureText(label).width;
      this.widths.set(label, width);
    }
    const lines = Math.ceil((width ?? label.length * 7) / WRAP_PX);
    const shown = Math.min(width ?? label.length * 7, WRAP_PX) + 6;
    const { x, y } = node.renderedPosition();
    const [half, tall] = [(Number(node.data('size') ?? 20) * zoom) / 2 + 3, lines * (LABEL_PX + 3) + 2];
    const top = above ? y - half - tall : y + half;
    // A margin for the name's outline and card.
    return { x1: x - shown / 2 - 4, x2: x + shown / 2 + 4, y1: top - 3, y2: top + tall + 3 };
  }

  /**
   * Runs `draw` (a picture's drawing) with every actor named at its natural size, as a picture of the whole graph
   * at zoom 1 has room for, then names the view again.
   */
  async withAllNamed<T>(draw: () => Promise<T>): Promise<T> {
    const actors = this.cy.nodes().not('.more');
    this.cy.batch(() => actors.addClass('named').style(labelStyle(1)));
    // The renderer lays a new name out (its lines, its box) when it next draws a frame: let it, before the picture.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    try {
      return await draw();
    } finally {
      this.refresh();
    }
  }

  refresh(): void {
    const actors = this.cy.nodes().not('.more').nodes();
    const zoom = this.cy.zoom();
    const [width, height] = [this.cy.width(), this.cy.height()];
    const always = actors.filter(ALWAYS_NAMED);
    const inView = actors.filter((node: cytoscape.NodeSingular) => {
      const { x, y } = node.renderedPosition();
      return x >= 0 && x <= width && y >= 0 && y <= height;
    });
    const candidates = inView.not(always).sort((a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) => importance(b) - importance(a));
    const placed = always.map((node: cytoscape.NodeSingular) => this.labelBox(node, zoom));
    let [below, above] = [always, this.cy.collection()];
    for (const node of candidates) {
      if (below.length + above.length >= NAMED_AT_MOST) break;
      // Under the actor if there is room, else above it, else no name (until zoomed in).
      const free = [false, true].map((top) => ({ top, box: this.labelBox(node, zoom, top) })).find(({ box }) => !placed.some((other) => overlap(box, other)));
      if (!free) continue;
      placed.push(free.box);
      if (free.top) above = above.union(node);
      else below = below.union(node);
    }
    const scale = Math.max(1, 1 / zoom);
    const chosen = below.union(above);
    this.cy.batch(() => {
      actors.filter('.named').not(chosen).removeClass('named').removeStyle(LABEL_PROPERTIES);
      below.addClass('named').style(labelStyle(scale));
      above.addClass('named').style(labelStyle(scale, true));
    });
  }
}
