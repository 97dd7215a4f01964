import type { EdgeClaimsResponse, EvidenceClaim } from '../api/contract.ts';
import { articleAddress } from '../state.ts';
import { articleName, formatDate, h, nounFor } from '../util/dom.ts';
import { findTerms, markRanges } from '../util/highlight.ts';
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
    ),
  );
}

/** A relation and every claim behind it. */
/** The name to show for an end of the relation: the drawn one, else (an actor not drawn) the claims'. */
function nameOf(id: string, drawn: string, claims: EdgeClaimsResponse['claims']): string {
  if (drawn !== id) return drawn;
  const ref = claims.flatMap((claim) => [claim.source, claim.target]).find((end) => end.id === id);
  return ref?.name ?? id;
}

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
        h('span', {}, span),
        viaPersons ? h('span', { title: 'Persons rolled up: their claims count for the state or organization they act for' }, 'incl. affiliated persons') : null,
      ),
    ),
    h(
      'div',
      { class: 'panel-body' },
      h('h3', { class: 'section-title' }, 'Evidence', h('span', { class: 'hint' }, 'actors and cue marked')),
      claims.length ? h('ul', { class: 'list' }, ...claims.map((claim) => claimItem(claim, actions))) : h('div', { class: 'notice' }, 'No claim supports this relation in the chosen window.'),
    ),
  ];
}
