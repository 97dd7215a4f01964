import type cytoscape from 'cytoscape';

/** How actors and relations look: one palette shared by the graph, the legend and the panels. */

export interface KindLook {
  color: string;
  shape: cytoscape.Css.NodeShape;
}

export const KIND_LOOKS: Record<string, KindLook> = {
  state: { color: '#5b5bd6', shape: 'round-rectangle' },
  armed_group: { color: '#e5611a', shape: 'diamond' },
  organization: { color: '#0e8c94', shape: 'hexagon' },
  person: { color: '#8a6a4f', shape: 'ellipse' },
};
/** Nodes of a Cypher result that are not actors (articles, claims). */
export const OTHER_LOOK: KindLook = { color: '#94a3b8', shape: 'round-tag' };

export const TYPE_COLORS: Record<string, string> = {
  supports: '#1f9d55',
  opposes: '#d93636',
  negotiates: '#2f6fdb',
};
export const OTHER_EDGE_COLOR = '#94a3b8';

/** Directed relations get an arrow at the target; negotiates is symmetric and has none. */
export const DIRECTED_TYPES = new Set(['supports', 'opposes']);

export const MAX_NODE_SIZE = 64;

export function nodeSize(degree: number): number {
  return Math.round(Math.min(MAX_NODE_SIZE, 20 + 7 * Math.sqrt(degree)));
}

export function edgeWidth(weight: number): number {
  return Math.round(Math.min(10, 1.5 + 2 * Math.log2(Math.max(1, weight))) * 10) / 10;
}

const kindRules = Object.entries(KIND_LOOKS).map(([kind, look]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { 'background-color': look.color, shape: look.shape },
}));

/** Relation colours: the line, and the arrow heads where arrows are drawn. */
function typeRules(arrows: boolean): cytoscape.StylesheetStyle[] {
  return Object.entries(TYPE_COLORS).map(([type, color]) => ({
    selector: `edge[type = "${type}"]`,
    style: arrows ? { 'line-color': color, 'target-arrow-color': color, 'source-arrow-color': color } : { 'line-color': color },
  }));
}

/** Actors with a name on screen (see labels.ts), and the name's look: only they pay for text properties. */
const NAMED = 'node.named, node.focus, node:selected, node.on-path, node.ends, node.more';

/**
 * Relations of a small graph: curved apart when parallel, with arrows. A big graph, where drawing cost matters more
 * than detail, gets haystack edges (straight, no arrow, no parallel-edge routing) and none of the arrow properties
 * (every property costs each of thousands of edges a style step).
 */
function edgeRules(large: boolean): cytoscape.StylesheetStyle[] {
  const line = { width: 'data(width)', 'line-color': OTHER_EDGE_COLOR };
  if (large) return [{ selector: 'edge', style: { ...line, 'curve-style': 'haystack', 'haystack-radius': 0, 'line-opacity': 0.45 } }, ...typeRules(false)];
  return [
    { selector: 'edge', style: { ...line, 'curve-style': 'bezier', 'line-opacity': 0.7, 'arrow-scale': 0.9, 'target-arrow-shape': 'none' } },
    ...typeRules(true),
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
  ];
}

export function stylesheet(large = false): cytoscape.StylesheetStyle[] {
  return [
    // Named by labels.ts (class `named`), so that a crowd is not a blur of names.
    { selector: 'node', style: { label: '', width: 'data(size)', height: 'data(size)', 'background-color': OTHER_LOOK.color, shape: OTHER_LOOK.shape, 'border-width': large ? 0 : 1.5, 'border-color': '#ffffff' } },
    ...kindRules,
    {
      selector: NAMED,
      style: {
        label: 'data(label)',
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': 12,
        'font-weight': 500,
        color: '#1e2433',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        // Long names whole, on two lines if need be.
        'text-max-width': '160px',
        'text-wrap': 'wrap',
        // A light card under the name keeps it readable where relations cross it (a big graph draws names bare).
        'text-background-color': '#ffffff',
        'text-background-opacity': large ? 0 : 0.8,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
      },
    },
    ...edgeRules(large),
    // A path's step from a person to the state or organization it acts for (persons rolled up).
    { selector: 'edge[type = "affiliation"]', style: { 'line-style': 'dashed', 'line-color': '#7c8597', width: 1.5 } },
    {
      selector: 'node.more',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 18,
        'background-color': '#ffffff',
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': '#7c8597',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 10,
        color: '#4a5264',
        'text-outline-width': 0,
      },
    },
    { selector: 'edge.more', style: { 'line-style': 'dashed', 'line-color': '#b7bdc9', width: 1, 'target-arrow-shape': 'none' } },
    // Emphasis by the label's card, not its font: a bolder or bigger label outgrows the image Cytoscape cached for it and is clipped.
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111827', 'text-background-color': '#e5e7eb', 'text-background-opacity': 1 } },
    { selector: 'edge:selected', style: { 'line-opacity': 1, 'underlay-color': '#f5b301', 'underlay-opacity': 0.7, 'underlay-padding': 6, 'z-index': 20 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#f5b301', 'text-background-color': '#fde68a', 'text-background-opacity': 1, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: '.dimmed', style: { opacity: 0.3 } },
    // The two actors of a selected relation: named and drawn over the rest.
    { selector: 'node.ends', style: { 'text-background-color': '#fde68a', 'text-background-opacity': 1, 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f5b301', 'text-background-color': '#fde68a', 'text-background-opacity': 1, 'z-index': 10 } },
    { selector: 'edge.on-path', style: { 'line-opacity': 1, 'underlay-color': '#f5b301', 'underlay-opacity': 0.5, 'underlay-padding': 5, 'z-index': 10 } },
    // A pair whose stance changed over time (the insights' flips).
    { selector: 'edge.flipped', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3], 'line-opacity': 1, width: 'mapData(width, 0, 10, 2.5, 10)' } },
    { selector: '.export-hidden', style: { display: 'none' } },
  ];
}
