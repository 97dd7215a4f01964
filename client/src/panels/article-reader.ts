import { RELATION_TYPES, type ArticleResponse, type ClaimCore } from '../api/contract.ts';
import { articleAddress } from '../state.ts';
import { articleName, formatDate, h } from '../util/dom.ts';
import { markRanges, type Range } from '../util/highlight.ts';

function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function describe(claim: ClaimCore): string {
  return `${claim.source.name} ${claim.type} ${claim.target.name}${claim.cue ? ` (cue “${claim.cue}”)` : ''}`;
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
      element: (text) => h('span', { class: `claim-span ${lead.type}${current ? ' current' : ''}`, title, dataset: { claims: group.map((claim) => claim.id).join(' ') } }, text),
    };
  });
}

/** The article's text, as text, with every claim's sentence marked by its relation type. */
export function articleReader({ article, claims }: ArticleResponse, currentClaimId?: string): HTMLElement[] {
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
      text,
    ),
  ];
}
