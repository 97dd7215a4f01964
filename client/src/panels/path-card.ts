import type { PathResponse } from '../api/contract.ts';
import { h, nounFor } from '../util/dom.ts';
import { kindDot } from './actor-search.ts';
import type { PanelActions } from './panel-actions.ts';

type Path = PathResponse['paths'][number];

/** One path as alternating actors and relations, each clickable. */
function pathSteps(path: Path, actions: PanelActions): HTMLElement {
  const steps: HTMLElement[] = [];
  path.nodes.forEach((node, index) => {
    steps.push(h('button', { class: 'chip', type: 'button', on: { click: () => actions.selectActor(node.id) } }, kindDot(node.kind), node.name));
    const next = path.nodes[index + 1];
    if (!next) return;
    const edge = path.edges.find((candidate) => (candidate.source === node.id && candidate.target === next.id) || (candidate.source === next.id && candidate.target === node.id));
    if (!edge) return;
    const arrow = edge.type === 'negotiates' ? '↔' : edge.source === node.id ? '→' : '←';
    // Rolled up, a person stands for its state or organization: that step is an affiliation, with no evidence.
    if (edge.type === 'affiliation') return steps.push(h('span', { class: 'relation-pill affiliation', title: 'Persons rolled up: acts for' }, `${arrow} acts for ${arrow}`));
    steps.push(
      h('button', { class: `relation-pill ${edge.type} link-pill`, type: 'button', title: 'Show the evidence', on: { click: () => actions.openEdge(edge.id) } }, `${arrow} ${edge.type} ${arrow}`),
    );
  });
  return h('li', { class: 'chips path-steps', dataset: { testid: 'path' } }, ...steps);
}

/** The shortest paths between two actors. */
export function pathCard(result: PathResponse, names: { from: string; to: string }, actions: PanelActions, rolledUp: boolean): HTMLElement[] {
  const hops = result.paths[0] ? result.paths[0].edges.length : 0;
  return [
    h(
      'header',
      { class: 'panel-head' },
      h('div', { class: 'eyebrow' }, 'Shortest path'),
      h('h2', { dataset: { testid: 'details-title' } }, `${names.from} → ${names.to}`),
      h('div', { class: 'sub' }, result.paths.length ? `${result.paths.length} ${nounFor(result.paths.length, 'path')} of ${hops} ${nounFor(hops, 'step')}` : ''),
    ),
    h(
      'div',
      { class: 'panel-body' },
      result.paths.length
        ? h('ul', { class: 'list' }, ...result.paths.map((path) => pathSteps(path, actions)))
        : h('div', { class: 'notice' }, 'These two actors are not connected by the selected relation types', rolledUp ? '.' : ' (with “Roll persons up” on, a path may also go through the state or organization a person acts for).'),
    ),
  ];
}
