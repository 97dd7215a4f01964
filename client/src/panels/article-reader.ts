import { RELATION_TYPES, type Actor, type ArticleResponse, type ClaimCore } from '../api/contract.ts';
import { articleAddress } from '../state.ts';
import { articleName, formatDate, h } from '../util/dom.ts';
import { markRanges, type Range } from '../util/highlight.ts';
import { ActorSearch } from './actor-search.ts';
import type { CurationActions } from './curation.ts';

function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function describe(claim: ClaimCore): string {
  return `${claim.source.name} ${claim.type} ${claim.target.name}${claim.cue ? ` (cue “${claim.cue}”)` : ''}${claim.status ? ` [${claim.status}]` : ''}`;
}

/** Several claims often share a sentence: one mark per sentence, coloured by the claim opened from (else the first), naming them all. */
function sentenceMarks(claims: ClaimCore[], currentClaimId?: string): Range[] {
  const bySentence = new Map<string, ClaimCore[]>();
  for (const claim of claims) {
    const key = `${claim.start}:${claim.end}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), claim]);
  }
  return [...bySentence.values()].map((group) => {
    const current = group.find((claim) => claim.id === currentClaimId);
    const lead = current ?? group[0]!;
    const title = group.map(describe).join('\n');
    return {
      start: lead.start,
      end: lead.end,
      element: (text) => h('span', { class: `claim-span ${lead.type}${current ? ' current' : ''}${group.every((claim) => claim.status === 'rejected') ? ' rejected' : ''}`, title, dataset: { claims: group.map((claim) => claim.id).join(' ') } }, text),
    };
  });
}

/** The text selected inside `container`, as offsets in its text (null: nothing, or outside it). */
function selectedRange(container: HTMLElement): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** Selecting text in the article offers to add the claim it states: two actors and a type. */
function addClaimForm(articleId: string, text: HTMLElement, curation: CurationActions): HTMLElement {
  const ends: { source: Actor | null; target: Actor | null } = { source: null, target: null };
  let range: { start: number; end: number } | null = null;
  const quote = h('blockquote', {});
  const sourceHost = h('div', { class: 'search' });
  const targetHost = h('div', { class: 'search' });
  const type = h('select', { class: 'input', 'aria-label': 'Relation type' }, ...RELATION_TYPES.map((option) => h('option', { value: option }, option)));
  const add = h('button', { class: 'button small primary', type: 'button', disabled: true }, 'Add claim');
  const ready = () => (add.disabled = !(range && ends.source && ends.target && ends.source.id !== ends.target.id));
  const form = h('div', { class: 'add-claim', hidden: true, dataset: { testid: 'add-claim' } }, h('div', { class: 'eyebrow' }, 'Add a claim from the selected text'), quote, sourceHost, type, targetHost, add);
  const source = new ActorSearch(sourceHost, { placeholder: 'Source actor…', label: 'Claim source', choose: (actor) => ((ends.source = actor), ready(), target.input.focus()) });
  const target = new ActorSearch(targetHost, { placeholder: 'Target actor…', label: 'Claim target', choose: (actor) => ((ends.target = actor), ready(), add.focus()) });
  add.addEventListener('click', () => {
    if (!range || !ends.source || !ends.target) return;
    void curation.add({ article: articleId, ...range, source: ends.source.id, type: type.value, target: ends.target.id });
  });
  const offer = () => {
    const selected = selectedRange(text);
    if (!selected || !text.textContent!.slice(selected.start, selected.end).trim()) return;
    range = selected;
    quote.textContent = text.textContent!.slice(selected.start, selected.end);
    form.hidden = false;
    ready();
    source.input.focus();
  };
  text.addEventListener('mouseup', offer);
  text.addEventListener('keyup', (event) => event.shiftKey && offer());
  return form;
}

/** The article's text, as text, with every claim's sentence marked by its relation type (rejected ones struck out). */
export function articleReader({ article, claims }: ArticleResponse, curation: CurationActions, currentClaimId?: string): HTMLElement[] {
  const url = safeUrl(article.url);
  const counts = RELATION_TYPES.map((type) => [type, claims.filter((claim) => claim.type === type).length] as const);
  const text = h(
    'div',
    { class: 'article-text', dataset: { testid: 'article-text' } },
    ...markRanges(article.text, sentenceMarks(claims, currentClaimId)),
  );
  return [
    h(
      'header',
      { class: 'panel-head' },
      h('div', { class: 'eyebrow' }, 'Article'),
      h('h2', { dataset: { testid: 'details-title' } }, articleName(article)),
      h(
        'div',
        { class: 'article-meta' },
        h('span', {}, formatDate(article.date)),
        article.source ? h('span', {}, article.source) : null,
        article.file ? h('span', {}, article.file) : null,
        url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original') : null,
        h('a', { href: articleAddress(article.id, currentClaimId), target: '_blank', rel: 'noopener', dataset: { testid: 'article-address' } }, 'open in a new tab ↗'),
      ),
    ),
    h(
      'div',
      { class: 'panel-body' },
      h(
        'div',
        { class: 'claims-key' },
        ...counts.map(([type, count]) => h('span', {}, h('span', { class: `relation-pill ${type}` }, type), ` ${count}`)),
      ),
      h('p', { class: 'hint' }, 'Select a sentence to add a claim the extractor missed.'),
      addClaimForm(article.id, text, curation),
      text,
    ),
  ];
}
