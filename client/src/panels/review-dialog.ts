import type { DuplicatePair, ReviewClaim } from '../api/contract.ts';
import { fetchDuplicates, fetchReview } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { h, notice, show } from '../util/dom.ts';
import type { CurationActions } from './curation.ts';

/**
 * The review queue: low-confidence claims, those that change the graph most first, approved (`a`) or rejected
 * (`r`) from the keyboard, `j`/`k` to move; and the likely duplicate actors, each offered for merging.
 */
export class ReviewDialog {
  private claims: ReviewClaim[] = [];
  private current = 0;
  private list: HTMLOListElement = h('ol', { class: 'list review' });

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly curation: CurationActions,
  ) {
    dialog.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).tagName === 'INPUT') return;
      const keys: Record<string, () => void> = { j: () => this.move(1), k: () => this.move(-1), a: () => void this.decide('approve'), r: () => void this.decide('reject') };
      const run = keys[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    });
  }

  async open(): Promise<void> {
    if (!this.dialog.open) this.dialog.showModal();
    show(this.dialog, h('div', { class: 'dialog-body' }, notice('loading', 'Loading…')));
    try {
      const [review, duplicates] = await Promise.all([fetchReview(), fetchDuplicates()]);
      this.claims = review.claims;
      this.current = 0;
      this.render(duplicates.duplicates);
    } catch (error) {
      show(this.dialog, h('div', { class: 'dialog-body' }, notice('error', error instanceof ApiError ? error.message : 'Could not load the review queue.')));
    }
  }

  private move(step: number): void {
    this.current = Math.max(0, Math.min(this.claims.length - 1, this.current + step));
    this.mark();
  }

  private async decide(decision: 'approve' | 'reject'): Promise<void> {
    const claim = this.claims[this.current];
    if (!claim || !(await this.curation[decision](claim.id))) return;
    this.claims.splice(this.current, 1);
    this.list.children[this.current]?.remove();
    this.current = Math.min(this.current, this.claims.length - 1);
    this.mark();
  }

  private mark(): void {
    [...this.list.children].forEach((item, index) => item.classList.toggle('current', index === this.current));
    this.list.children[this.current]?.scrollIntoView({ block: 'nearest' });
  }

  private claimItem(claim: ReviewClaim): HTMLElement {
    return h(
      'li',
      { class: `claim ${claim.type}`, dataset: { testid: 'review-claim', claim: claim.id } },
      h('div', {}, h('strong', {}, claim.source.name), ' ', h('span', { class: `relation-pill ${claim.type}` }, claim.type), ' ', h('strong', {}, claim.target.name)),
      h('blockquote', {}, claim.sentence),
      h('div', { class: 'meta' }, `confidence ${claim.confidence?.toFixed(2) ?? '—'}`, ' · ', claim.edgeWeight === 1 ? 'the only claim of its relation' : `one of ${claim.edgeWeight} claims`, ' · ', claim.article.title ?? claim.article.file ?? claim.article.id),
    );
  }

  private duplicateItem(pair: DuplicatePair): HTMLElement {
    const [from, into] = pair.actors;
    const merge = h('button', { class: 'button small', type: 'button', on: { click: async () => (await this.curation.merge(from.id, into.id)) && item.remove() } }, 'Merge');
    const item = h(
      'li',
      { class: 'duplicate' },
      h('div', {}, h('strong', {}, from.name), ' → ', h('strong', {}, into.name)),
      h('div', { class: 'meta' }, `“${pair.names[0]}” ~ “${pair.names[1]}”`, pair.sameKind ? ' · same kind' : '', pair.sharedArticles ? ` · ${pair.sharedArticles} shared articles` : ''),
      merge,
    );
    return item;
  }

  private render(duplicates: DuplicatePair[]): void {
    this.list = h('ol', { class: 'list review', tabindex: '0', 'aria-label': 'Claims to review' }, ...this.claims.map((claim) => this.claimItem(claim)));
    show(
      this.dialog,
      h(
        'div',
        { class: 'dialog-body' },
        h('h2', {}, 'Review'),
        h('p', { class: 'sub' }, h('kbd', {}, 'a'), ' approve · ', h('kbd', {}, 'r'), ' reject · ', h('kbd', {}, 'j'), ' / ', h('kbd', {}, 'k'), ' next / previous · ', h('kbd', {}, 'Esc'), ' close'),
        this.claims.length ? this.list : notice('empty', 'No low-confidence claim left to review.'),
        h('h3', { class: 'section-title' }, 'Likely duplicates'),
        duplicates.length ? h('ul', { class: 'list duplicates' }, ...duplicates.map((pair) => this.duplicateItem(pair))) : notice('empty', 'No likely duplicate.'),
      ),
    );
    this.mark();
    this.list.focus();
  }
}
