import type { Actor } from '../api/contract.ts';
import { searchActors } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { KIND_LOOKS, OTHER_LOOK } from '../graph/style.ts';
import { debounce, h, KIND_LABELS, notice, show } from '../util/dom.ts';

export function kindDot(kind: string): HTMLElement {
  return h('span', { class: `kind-dot ${kind}`, style: `background:${(KIND_LOOKS[kind] ?? OTHER_LOOK).color}`, 'aria-hidden': 'true' });
}

/** A text box that suggests actors as one types (full-text, prefix and fuzzy, ranked by the API). */
export class ActorSearch {
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private actors: Actor[] = [];
  private active = -1;
  /** The text the suggestions shown were found for. */
  private shownFor = '';
  private pending: AbortController | null = null;

  constructor(
    host: HTMLElement,
    private readonly options: { placeholder: string; label: string; choose: (actor: Actor) => void; limit?: number },
  ) {
    const listId = `${host.id || 'search'}-suggestions-${Math.random().toString(36).slice(2, 7)}`;
    this.input = h('input', {
      class: 'input',
      type: 'search',
      placeholder: options.placeholder,
      'aria-label': options.label,
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
    });
    this.list = h('ul', { class: 'suggestions', id: listId, role: 'listbox', hidden: true });
    host.append(this.input, this.list);

    const lookUp = debounce(() => void this.lookUp(), 160);
    this.input.addEventListener('input', lookUp);
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('focus', () => this.actors.length && this.open());
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private async lookUp(): Promise<void> {
    const q = this.input.value.trim();
    this.pending?.abort();
    if (q.length < 2) {
      this.actors = [];
      this.close();
      return;
    }
    const pending = new AbortController();
    this.pending = pending;
    show(this.list, notice('loading', 'Searching…'));
    this.open();
    try {
      this.actors = await searchActors(q, this.options.limit ?? 10, pending.signal);
      this.shownFor = q;
      this.render(q);
    } catch (error) {
      if (pending.signal.aborted) return;
      this.actors = [];
      show(this.list, notice('error', error instanceof ApiError ? error.message : 'search failed'));
    }
  }

  private render(q: string): void {
    this.active = this.actors.length ? 0 : -1;
    if (!this.actors.length) {
      show(this.list, notice('empty', `No actor matches “${q}”.`));
      return;
    }
    show(
      this.list,
      ...this.actors.map((actor, index) => {
        const aka = actor.aliases.filter((alias) => alias !== actor.name).slice(0, 3).join(', ');
        return h(
          'li',
          {
            class: 'suggestion',
            role: 'option',
            'aria-selected': String(index === this.active),
            dataset: { id: actor.id },
            on: { mousedown: (event: MouseEvent) => (event.preventDefault(), this.choose(index)) },
          },
          kindDot(actor.kind),
          h('div', {}, h('div', { class: 'name' }, actor.name), aka ? h('div', { class: 'aka' }, `also ${aka}`) : null),
          h('span', { class: 'meta' }, KIND_LABELS[actor.kind] ?? actor.kind, actor.degree ? ` · ${actor.degree}` : ''),
        );
      }),
    );
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.actors.length) return;
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : -1) + this.actors.length) % this.actors.length;
      this.list.querySelectorAll('.suggestion').forEach((item, index) => item.setAttribute('aria-selected', String(index === this.active)));
      this.open();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void this.chooseFor(this.input.value.trim());
    } else if (event.key === 'Escape' && !this.list.hidden) {
      event.preventDefault();
      this.close();
    } else if (event.key === 'Escape') this.input.blur();
  }

  /** Enter: the highlighted suggestion for this text, once the suggestions are for this text (typing may be ahead of them). */
  private async chooseFor(q: string): Promise<void> {
    if (q !== this.shownFor && q.length >= 2) await this.lookUp();
    if (this.input.value.trim() === q && this.shownFor === q && this.active >= 0) this.choose(this.active);
  }

  private choose(index: number): void {
    const actor = this.actors[index];
    if (!actor) return;
    this.input.value = actor.name;
    this.close();
    this.options.choose(actor);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
