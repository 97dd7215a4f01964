import { h, KIND_LABELS } from '../util/dom.ts';
import { DIRECTED_TYPES, KIND_LOOKS, TYPE_COLORS } from './style.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svg(width: number, ...children: SVGElement[]): SVGSVGElement {
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('viewBox', `0 0 ${width} 12`);
  root.setAttribute('aria-hidden', 'true');
  root.append(...children);
  return root;
}

function shape(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

const SHAPES: Record<string, (color: string) => SVGElement> = {
  'round-rectangle': (fill) => shape('rect', { x: 7, y: 1, width: 12, height: 10, rx: 2.5, fill }),
  diamond: (fill) => shape('polygon', { points: '13,0 19,6 13,12 7,6', fill }),
  hexagon: (fill) => shape('polygon', { points: '9,1 17,1 20,6 17,11 9,11 6,6', fill }),
  ellipse: (fill) => shape('circle', { cx: 13, cy: 6, r: 5.5, fill }),
};

function edgeIcon(color: string, directed: boolean): SVGSVGElement {
  const line = shape('line', { x1: 1, y1: 6, x2: directed ? 19 : 25, y2: 6, stroke: color, 'stroke-width': 2.5 });
  return directed ? svg(26, line, shape('polygon', { points: '18,1.5 26,6 18,10.5', fill: color })) : svg(26, line);
}

/** The legend's entries, each an icon and its words: the actor kinds, then the relation types. */
export function legendEntries(): { group: 'Actors' | 'Relations'; icon: SVGSVGElement; label: string }[] {
  return [
    ...Object.entries(KIND_LOOKS).map(([kind, look]) => ({ group: 'Actors' as const, icon: svg(26, SHAPES[look.shape]!(look.color)), label: KIND_LABELS[kind] ?? kind })),
    ...Object.entries(TYPE_COLORS).map(([type, color]) => ({ group: 'Relations' as const, icon: edgeIcon(color, DIRECTED_TYPES.has(type)), label: type })),
  ];
}

/** The key to colours, shapes and arrows, drawn from the same palette as the graph. */
export function renderLegend(host: HTMLElement): void {
  const entries = legendEntries();
  const item = ({ icon, label }: (typeof entries)[number]) => h('div', { class: 'legend-item' }, icon, label);
  host.replaceChildren(
    h(
      'div',
      { class: 'legend-group' },
      h('div', { class: 'legend-title' }, 'Actors'),
      ...entries.filter((entry) => entry.group === 'Actors').map(item),
    ),
    h(
      'div',
      { class: 'legend-group' },
      h('div', { class: 'legend-title' }, 'Relations'),
      ...entries.filter((entry) => entry.group === 'Relations').map(item),
      h('div', { class: 'legend-note' }, 'width = claims'),
    ),
  );
}
