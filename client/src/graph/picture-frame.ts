import { legendEntries } from './legend.ts';

/** The frame of an exported picture: a title and a line of filters above the graph, the legend below it. */

const SVG = 'http://www.w3.org/2000/svg';
const FONT = 'Inter, "Segoe UI", system-ui, sans-serif';

export interface Caption {
  title: string;
  /** The filters of the view, and what it holds. */
  subtitle: string;
}

function element(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * An SVG document of `width` × `height` (pixels of the graph picture at `scale`) holding `graph` (an <svg> or an
 * <image>, placed by this function) under the caption and above the legend.
 */
export function framePicture(graph: SVGElement, size: { width: number; height: number }, caption: Caption, scale: number): SVGSVGElement {
  const s = (value: number) => value * scale;
  const width = Math.max(size.width, s(760));
  const top = s(66);
  const legendTop = top + size.height + s(14);
  const root = element('svg', { xmlns: SVG, version: '1.1' }) as SVGSVGElement;
  root.append(
    element('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: '#ffffff' }),
    element('text', { x: s(20), y: s(30), 'font-family': FONT, 'font-size': s(18), 'font-weight': 700, fill: '#1c2230' }, caption.title),
    element('text', { x: s(20), y: s(52), 'font-family': FONT, 'font-size': s(12.5), fill: '#667085' }, caption.subtitle),
  );
  for (const [name, value] of Object.entries({ x: (width - size.width) / 2, y: top, width: size.width, height: size.height })) graph.setAttribute(name, String(value));
  root.append(graph);

  // The legend, one entry after another, on as many rows as the width needs.
  let [x, y] = [s(20), legendTop];
  for (const { icon, label } of legendEntries()) {
    const entryWidth = s(26 + 8 + 7.2 * label.length + 22);
    if (x + entryWidth > width - s(20)) [x, y] = [s(20), y + s(22)];
    for (const [name, value] of Object.entries({ x, y, width: s(26), height: s(12) })) icon.setAttribute(name, String(value));
    root.append(icon, element('text', { x: x + s(34), y: y + s(10.5), 'font-family': FONT, 'font-size': s(12.5), fill: '#1c2230' }, label));
    x += entryWidth;
  }
  const height = y + s(12 + 18);
  for (const [name, value] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}` })) root.setAttribute(name, String(value));
  return root;
}
