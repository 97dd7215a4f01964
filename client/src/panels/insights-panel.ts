import type { BalanceResponse, BlocsResponse, CentralityResponse, FlipsResponse } from '../api/contract.ts';
import { fetchBalance, fetchBlocs, fetchCentrality, fetchFlips } from '../api/endpoints.ts';
import type { Query } from '../api/http.ts';
import { formatDate, h, notice, nounFor } from '../util/dom.ts';

/** What the insights card asks of the page: names of drawn actors and marks on the graph. */
export interface InsightActions {
  nameOf(id: string): string;
  selectActor(id: string): void;
  /** Puts these actors and the relations among them forward. */
  highlightActors(ids: string[]): void;
  /** Paints actors by bloc (actor id → colour); null gives them back the colours of their kinds. */
  paintActors(colours: Map<string, string> | null): void;
  /** Marks the relations of these pairs as flipped on the graph. */
  markFlips(pairs: [string, string][]): void;
}

/** Colours for blocs, largest first; smaller blocs beyond these are grey. */
export const BLOC_COLOURS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777', '#4b5563', '#65a30d'];
const OTHER_BLOC = '#b6bcc8';
/** How many rows each list shows. */
const LISTED = 20;

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const sign = (value: number) => (value > 0 ? '+' : '−');

function section(title: string, hint: string, load: () => Promise<HTMLElement[]>): HTMLElement {
  const body = h('div', { class: 'insight-body' }, notice('loading', 'Computing…'));
  load().then(
    (content) => body.replaceChildren(...content),
    (error: unknown) => body.replaceChildren(notice('error', error instanceof Error ? error.message : String(error))),
  );
  return h('section', { class: 'insight', dataset: { testid: `insight-${title.toLowerCase()}` } }, h('h3', { class: 'section-title' }, title, h('span', { class: 'hint' }, hint)), body);
}

function balanceSection({ triangles, balanced, ratio, unbalanced }: BalanceResponse, actions: InsightActions): HTMLElement[] {
  if (!triangles) return [h('p', {}, 'No triangle of signed relations in this view.')];
  return [
    h('p', { class: 'insight-figure' }, h('strong', {}, percent(ratio)), ` of ${triangles} ${nounFor(triangles, 'triangle')} balanced (${balanced}).`),
    h('p', { class: 'hint' }, unbalanced.length ? 'Unbalanced, strongest first (click to highlight):' : 'Every triangle is balanced.'),
    h(
      'ul',
      { class: 'list compact' },
      ...unbalanced.slice(0, LISTED).map((triangle) =>
        h(
          'li',
          {},
          h(
            'button',
            { class: 'link', type: 'button', dataset: { testid: 'unbalanced-triangle' }, on: { click: () => actions.highlightActors(triangle.actors) } },
            triangle.actors.map(actions.nameOf).join(' · '),
          ),
          h('span', { class: 'meta' }, ` ${triangle.signs.map(sign).join(' ')} · ${triangle.claims} ${nounFor(triangle.claims, 'claim')}`),
        ),
      ),
    ),
  ];
}

function blocsSection({ blocs, membership, agreement, unsigned }: BlocsResponse, actions: InsightActions): HTMLElement[] {
  if (!blocs.length) return [h('p', {}, 'No signed relation in this view.')];
  const colours = new Map(Object.entries(membership).map(([id, bloc]) => [id, BLOC_COLOURS[bloc] ?? OTHER_BLOC]));
  const toggle = h('button', { class: 'button small', type: 'button', 'aria-pressed': 'false', dataset: { testid: 'colour-blocs' } }, 'Colour actors by bloc');
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    actions.paintActors(on ? colours : null);
  });
  return [
    h(
      'p',
      { class: 'insight-figure' },
      h('strong', {}, blocs.length), ` ${nounFor(blocs.length, 'bloc')}; `,
      h('strong', {}, percent(agreement.share)), ` of ${agreement.ties} signed ${nounFor(agreement.ties, 'tie')} agree (${percent(agreement.weightedShare)} of their claims).`,
    ),
    h('p', { class: 'hint' }, `Unsigned Louvain: ${unsigned.communities} ${unsigned.communities === 1 ? 'community' : 'communities'}, ${percent(unsigned.agreement.share)} of signed ties agree.`),
    toggle,
    h(
      'ul',
      { class: 'list compact' },
      ...blocs.slice(0, LISTED).map((bloc) =>
        h(
          'li',
          { dataset: { testid: 'bloc' } },
          h('span', { class: 'bloc-swatch', style: `background:${BLOC_COLOURS[bloc.id] ?? OTHER_BLOC}` }),
          h('strong', {}, `${bloc.actors.length}`),
          ' ',
          bloc.actors.slice(0, 6).map(actions.nameOf).join(', '),
          bloc.actors.length > 6 ? ` and ${bloc.actors.length - 6} more` : '',
        ),
      ),
    ),
  ];
}

function flipsSection({ total, flips }: FlipsResponse, actions: InsightActions): HTMLElement[] {
  actions.markFlips(flips.map((flip) => flip.actors));
  if (!total) return [h('p', {}, 'No pair changed stance in this view.')];
  return [
    h('p', { class: 'insight-figure' }, h('strong', {}, total), ` ${nounFor(total, 'stance change')}; flipped relations are dashed on the graph. Latest first:`),
    h(
      'ul',
      { class: 'list compact' },
      ...flips.slice(0, LISTED).map((flip) =>
        h(
          'li',
          { dataset: { testid: 'flip' } },
          h('button', { class: 'link', type: 'button', on: { click: () => actions.highlightActors(flip.actors) } }, flip.actors.map(actions.nameOf).join(' – ')),
          ' ',
          h('span', { class: `relation-pill ${flip.from}` }, flip.from),
          ' → ',
          h('span', { class: `relation-pill ${flip.to}` }, flip.to),
          h('span', { class: 'meta' }, ` ${formatDate(flip.at)}`),
          h('blockquote', { class: 'flip-claim', title: `before: ${formatDate(flip.before.date)}` }, `${formatDate(flip.before.date)}: ${flip.before.sentence}`),
          h('blockquote', { class: 'flip-claim', title: `after: ${formatDate(flip.after.date)}` }, `${formatDate(flip.after.date)}: ${flip.after.sentence}`),
        ),
      ),
    ),
  ];
}

function centralitySection({ actors }: CentralityResponse, actions: InsightActions): HTMLElement[] {
  return [
    h(
      'table',
      { class: 'degree-table', dataset: { testid: 'centrality' } },
      h('thead', {}, h('tr', {}, h('th', {}, 'Actor'), h('th', { title: 'Actors it has a relation with' }, 'Degree'), h('th', { title: 'Claims of its relations' }, 'Claims'), h('th', {}, 'PageRank'))),
      h(
        'tbody',
        {},
        ...actors.slice(0, LISTED).map((actor) =>
          h(
            'tr',
            {},
            h('td', {}, h('button', { class: 'link', type: 'button', on: { click: () => actions.selectActor(actor.id) } }, actions.nameOf(actor.id))),
            h('td', {}, actor.degree),
            h('td', {}, actor.weightedDegree),
            h('td', {}, actor.pagerank.toFixed(3)),
          ),
        ),
      ),
    ),
  ];
}

/** The insights of the view the filters draw: balance, blocs, stance flips and centrality, each computed by the API. */
export function insightsCard(filters: Query, actions: InsightActions): HTMLElement[] {
  return [
    h('header', { class: 'panel-head', dataset: { testid: 'insights' } }, h('div', { class: 'eyebrow' }, 'Insights'), h('h2', {}, 'This view')),
    h(
      'div',
      { class: 'panel-body' },
      section('Balance', 'triangles of signed ties', async () => balanceSection(await fetchBalance(filters), actions)),
      section('Blocs', 'positive inside, negative between', async () => blocsSection(await fetchBlocs(filters), actions)),
      section('Flips', 'stance changes over time', async () => flipsSection(await fetchFlips(filters), actions)),
      section('Centrality', 'most central first', async () => centralitySection(await fetchCentrality(filters), actions)),
    ),
  ];
}
