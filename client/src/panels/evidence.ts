import { RELATION_TYPES, type EdgeClaimsResponse, type EvidenceClaim } from '../api/contract.ts';
import { articleAddress } from '../state.ts';
import { articleName, formatDate, h, nounFor } from '../util/dom.ts';
import { findTerms, markRanges } from '../util/highlight.ts';
import { pairChart } from './pair-chart.ts';
import type { PanelActions } from './panel-actions.ts';

/** A claim's sentence with its two actors and its cue marked. */
export function markedSentence(claim: Pick<EvidenceClaim, 'sentence' | 'cue' | 'source' | 'target'>, actions: PanelActions): Node[] {
  return markRanges(
    claim.sentence,
    findTerms(claim.sentence, [
      { words: [claim.source.name, ...actions.namesOf(claim.source.id)], className: 'hl-source' },
      { words: [claim.target.name, ...actions.namesOf(claim.target.id)], className: 'hl-target' },
      { words: claim.cue ? [claim.cue] : [], className: 'hl-cue' },
    ]),
  );
}

/**
 * An article's name as a real link to its address: a click reads it in the panel, a middle or Ctrl-click opens
 * it in a new tab, and the arrow beside it always does.
 */
export function articleLink(article: { id: string; title: string | null; file?: string | null; opening?: string | null }, actions: PanelActions, claimId?: string): HTMLElement {
  const href = articleAddress(article.id, claimId);
  const read = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    actions.openArticle(article.id, claimId);
  };
  return h(
    'span',
    { class: 'article-link' },
    h('a', { class: 'link', href, title: 'Read the article with its claims marked', on: { click: read } }, articleName(article)),
    h('a', { class: 'new-tab', href, target: '_blank', rel: 'noopener', title: 'Open the article in a new tab', 'aria-label': 'Open the article in a new tab' }, '↗'),
  );
}

function nameButton(ref: { id: string; name: string }, actions: PanelActions): HTMLElement {
  return h('button', { class: 'link', type: 'button', on: { click: () => actions.selectActor(ref.id) } }, ref.name);
}

function claimItem(claim: EvidenceClaim, actions: PanelActions): HTMLElement {
  return h(
    'li',
    { class: `claim ${claim.type}`, dataset: { testid: 'claim' } },
    h('blockquote', {}, ...markedSentence(claim, actions)),
    h(
      'div',
      { class: 'meta' },
      articleLink(claim.article, actions, claim.id),
      h('span', {}, formatDate(claim.article.date ?? claim.date)),
      claim.cue ? h('span', {}, 'cue “', claim.cue, '”') : null,
      claim.confidence !== null ? h('span', { class: 'confidence' }, `confidence ${claim.confidence.toFixed(2)}`) : null,
      claim.status ? h('span', { class: `status ${claim.status}` }, claim.status) : null,
    ),
    claimFixes(claim, actions),
  );
}

/** Reject the claim, or fix its type or its direction. */
function claimFixes(claim: EvidenceClaim, actions: PanelActions): HTMLElement {
  const type = h(
    'select',
    { class: 'input small', 'aria-label': 'Relation type', title: 'Fix the type', on: { change: () => void actions.curation.fix(claim.id, { type: type.value }) } },
    ...RELATION_TYPES.map((option) => h('option', { value: option, selected: option === claim.type }, option)),
  );
  return h(
    'div',
    { class: 'claim-fixes' },
    h('button', { class: 'button small', type: 'button', title: 'Not what the sentence says: take it off the graph', on: { click: () => void actions.curation.reject(claim.id) } }, 'Reject'),
    h(
      'button',
      { class: 'button small ghost', type: 'button', title: 'The other actor is the source', on: { click: () => void actions.curation.fix(claim.id, { source: claim.target.id, target: claim.source.id }) } },
      'Reverse',
    ),
    type,
  );
}

/** The claims grouped by the outlet that published their article, the outlet with most claims first. */
function byOutlet(claims: EvidenceClaim[], actions: PanelActions): HTMLElement[] {
  const groups = new Map<string, EvidenceClaim[]>();
  for (const claim of claims) {
    const outlet = claim.article.source ?? 'Unnamed outlet';
    groups.set(outlet, [...(groups.get(outlet) ?? []), claim]);
  }
  return [...groups]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([outlet, list]) =>
      h(
        'section',
        { class: 'outlet-group', dataset: { testid: 'outlet-group' } },
        h('h4', { class: 'outlet-name' }, outlet, h('span', { class: 'hint' }, `${list.length} ${nounFor(list.length, 'claim')}`)),
        h('ul', { class: 'list' }, ...list.map((claim) => claimItem(claim, actions))),
      ),
    );
}

/** The name to show for an end of the relation: the drawn one, else (an actor not drawn) the claims'. */
function nameOf(id: string, drawn: string, claims: EdgeClaimsResponse['claims']): string {
  if (drawn !== id) return drawn;
  const ref = claims.flatMap((claim) => [claim.source, claim.target]).find((end) => end.id === id);
  return ref?.name ?? id;
}

/** A relation: its counts, its pair's claims per month, and every claim behind it, by outlet. */
export function evidenceCard({ edge, claims }: EdgeClaimsResponse, drawnNames: { source: string; target: string }, actions: PanelActions): HTMLElement[] {
  const names = { source: nameOf(edge.source, drawnNames.source, claims), target: nameOf(edge.target, drawnNames.target, claims) };
  const [first, last] = [formatDate(edge.first_seen), formatDate(edge.last_seen)];
  const span = !edge.first_seen && !edge.last_seen ? 'undated' : first === last ? first : `${first} – ${last}`;
  const claimCount = edge.claims || claims.length;
  // Rolled up, a relation of two states holds the claims of the persons who act for them.
  const ends = new Set([edge.source, edge.target]);
  const viaPersons = claims.some((claim) => !ends.has(claim.source.id) || !ends.has(claim.target.id));
  return [
    h(
      'header',
      { class: 'panel-head' },
      h('div', { class: 'eyebrow' }, 'Relation'),
      h(
        'div',
        { class: 'edge-title', dataset: { testid: 'details-title' } },
        nameButton({ id: edge.source, name: names.source }, actions),
        h('span', { class: `relation-pill ${edge.type}` }, edge.type),
        nameButton({ id: edge.target, name: names.target }, actions),
      ),
      h(
        'div',
        { class: 'stats' },
        h('span', {}, h('strong', {}, claimCount), ` ${nounFor(claimCount, 'claim')}`),
        h('span', {}, h('strong', {}, edge.articles), ` ${nounFor(edge.articles, 'article')}`),
        edge.outlets !== undefined ? h('span', {}, h('strong', {}, edge.outlets), ` ${nounFor(edge.outlets, 'outlet')}`) : null,
        h('span', {}, span),
        edge.contested ? h('span', { class: 'contested-pill', title: 'The pair has both supports and opposes claims in the window' }, 'contested') : null,
        viaPersons ? h('span', { title: 'Persons rolled up: their claims count for the state or organization they act for' }, 'incl. affiliated persons') : null,
      ),
    ),
    h(
      'div',
      { class: 'panel-body' },
      h('h3', { class: 'section-title' }, 'Claims per month', h('span', { class: 'hint' }, 'the pair, every type, all time')),
      pairChart(edge.source, edge.target),
      h('h3', { class: 'section-title' }, 'Evidence', h('span', { class: 'hint' }, 'by outlet; actors and cue marked')),
      claims.length ? h('div', { class: 'outlets' }, ...byOutlet(claims, actions)) : h('div', { class: 'notice' }, 'No claim supports this relation in the chosen window.'),
    ),
  ];
}
