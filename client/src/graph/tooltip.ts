import type cytoscape from 'cytoscape';
import { formatDate, h, KIND_LABELS, nounFor, show } from '../util/dom.ts';
import { DIRECTED_TYPES } from './style.ts';

/** What an actor or a relation is, shown while the mouse rests on it: name, kind and counts. */

function actorLines(node: cytoscape.NodeSingular): (HTMLElement | string)[] {
  const relations = node.connectedEdges().not('.more');
  const byType = new Map<string, number>();
  relations.forEach((edge) => void byType.set(String(edge.data('type')), (byType.get(String(edge.data('type'))) ?? 0) + 1));
  const kind = String(node.data('kind'));
  const degree = node.data('degree') as number | undefined;
  return [
    h('strong', {}, String(node.data('label'))),
    h('div', { class: 'tooltip-kind' }, KIND_LABELS[kind] ?? kind),
    h('div', {}, `${relations.length} ${nounFor(relations.length, 'relation')} in view`, byType.size ? `: ${[...byType].map(([type, count]) => `${count} ${type}`).join(' · ')}` : ''),
    degree !== undefined && degree > relations.length ? h('div', { class: 'muted' }, `${degree} in the database`) : '',
  ];
}

function relationLines(edge: cytoscape.EdgeSingular): (HTMLElement | string)[] {
  const type = String(edge.data('type'));
  const claims = Number(edge.data('claims') || edge.data('weight') || 0);
  const articles = Number(edge.data('articles') ?? 0);
  const [first, last] = [edge.data('first_seen') as string | null, edge.data('last_seen') as string | null];
  const span = !first && !last ? 'undated' : first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
  const arrow = DIRECTED_TYPES.has(type) ? '→' : '↔';
  return [
    h('strong', {}, `${String(edge.source().data('label'))} ${arrow} ${String(edge.target().data('label'))}`),
    h('div', { class: 'tooltip-kind' }, type === 'affiliation' ? 'acts for (persons rolled up)' : type),
    type === 'affiliation' ? '' : h('div', {}, `${claims} ${nounFor(claims, 'claim')} · ${articles} ${nounFor(articles, 'article')} · ${span}`),
  ];
}

export class Tooltip {
  private readonly element = h('div', { class: 'graph-tooltip', role: 'tooltip', hidden: true, dataset: { testid: 'graph-tooltip' } });

  constructor(cy: cytoscape.Core, host: HTMLElement) {
    host.append(this.element);
    cy.on('mouseover', 'node, edge', (event) => {
      const target = event.target as cytoscape.SingularElementArgument;
      if (target.hasClass('more')) return;
      show(this.element, ...(target.isNode() ? actorLines(target) : relationLines(target as cytoscape.EdgeSingular)));
      this.element.hidden = false;
      this.place(event.renderedPosition, host);
    });
    cy.on('mousemove', 'node, edge', (event) => this.place(event.renderedPosition, host));
    cy.on('mouseout', 'node, edge', () => (this.element.hidden = true));
    cy.on('viewport remove', () => (this.element.hidden = true));
  }

  /** Beside the pointer, kept inside the canvas. */
  private place(at: cytoscape.Position, host: HTMLElement): void {
    const { offsetWidth: width, offsetHeight: height } = this.element;
    const x = Math.min(at.x + 14, host.clientWidth - width - 8);
    const y = at.y + 14 + height > host.clientHeight ? at.y - height - 10 : at.y + 14;
    this.element.style.transform = `translate(${Math.max(8, x)}px, ${Math.max(8, y)}px)`;
  }
}
