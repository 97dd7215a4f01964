import type { ImportResponse } from '../api/contract.ts';
import { postArticle, type NewArticle } from '../api/endpoints.ts';
import { ApiError, apiToken } from '../api/http.ts';
import { h, notice, show } from '../util/dom.ts';

export interface ImportEvents {
  /** An article was stored: refresh the graph, offer to read it. */
  imported(articleId: string): void;
  openArticle(articleId: string): void;
}

const STATUS_TEXT: Record<ImportResponse['article']['status'], string> = {
  new: 'Added as a new article.',
  changed: 'An article with this title was updated.',
  unchanged: 'This article was already imported; nothing changed.',
};

function extractionSummary(extraction: NonNullable<ImportResponse['extraction']>): HTMLElement {
  const { actors, relations } = extraction;
  const count = (value: number | unknown[]) => (typeof value === 'number' ? value : value.length);
  return h(
    'div',
    { class: 'import-extraction' },
    h('div', {}, h('strong', {}, count(actors)), ' actors, ', h('strong', {}, count(relations)), ' relations extracted'),
    Array.isArray(actors) && actors.length ? h('div', { class: 'chips' }, ...actors.map((actor) => h('span', { class: 'chip', title: actor.kind }, actor.name))) : null,
    Array.isArray(relations)
      ? h(
          'ul',
          { class: 'list' },
          ...relations.map((relation) => h('li', { class: 'relation' }, relation.source, ' ', h('span', { class: `relation-pill ${relation.type}` }, relation.type), ' ', relation.target)),
        )
      : null,
  );
}

/** "Add article": paste or drop a text, give it a title and date, and see what was extracted. */
export class ImportDialog {
  private readonly form: HTMLFormElement;
  private readonly text = h('textarea', { name: 'text', required: true, placeholder: 'Paste the article text here, or drop a .txt file…', 'aria-label': 'Article text' });
  private readonly title = h('input', { class: 'input', name: 'title', placeholder: 'Headline' });
  private readonly date = h('input', { class: 'input', name: 'date', placeholder: '2024-12-13, 2024-12 or 2024', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  private readonly source = h('input', { class: 'input', name: 'source', placeholder: 'Publisher' });
  private readonly url = h('input', { class: 'input', name: 'url', type: 'url', placeholder: 'https://…' });
  private readonly token = h('input', { class: 'input', name: 'token', type: 'password', placeholder: 'only if the server asks for one', autocomplete: 'off' });
  private readonly outcome = h('div', { class: 'import-outcome', role: 'status' });
  private readonly submit = h('button', { class: 'button primary', type: 'submit' }, 'Add article');

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly events: ImportEvents,
  ) {
    const drop = h('div', { class: 'drop' }, 'Drop a .txt file here, or ', h('label', { class: 'link' }, 'choose one', h('input', { type: 'file', accept: '.txt,text/plain', hidden: true, on: { change: (event) => void this.readFile((event.target as HTMLInputElement).files?.[0]) } })));
    for (const target of [drop, this.text]) {
      target.addEventListener('dragover', (event) => (event.preventDefault(), drop.classList.add('over')));
      target.addEventListener('dragleave', () => drop.classList.remove('over'));
      target.addEventListener('drop', (event) => {
        event.preventDefault();
        drop.classList.remove('over');
        void this.readFile((event as DragEvent).dataTransfer?.files[0]);
      });
    }
    const field = (label: string, input: HTMLElement) => h('label', { class: 'field' }, h('span', { class: 'label' }, label), input);
    this.form = h(
      'form',
      { method: 'dialog' },
      h('h2', {}, 'Add an article'),
      h('p', { class: 'sub' }, 'The extractor finds its actors and relations and adds them to the graph. Re-adding the same text changes nothing.'),
      this.text,
      drop,
      h('div', { class: 'grid2' }, field('Title', this.title), field('Date', this.date), field('Source', this.source), field('URL', this.url)),
      apiToken.get() === null ? null : field('API token', this.token),
      this.outcome,
      h('div', { class: 'buttons' }, h('button', { class: 'button ghost', type: 'button', on: { click: () => this.dialog.close() } }, 'Close'), this.submit),
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    dialog.append(this.form);
  }

  open(): void {
    show(this.outcome);
    this.dialog.showModal();
    this.text.focus();
  }

  private async readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.text.value = await file.text();
    if (!this.title.value) this.title.value = file.name.replace(/\.txt$/i, '').replace(/[_-]+/g, ' ');
  }

  private article(): NewArticle {
    const optional = (input: HTMLInputElement) => input.value.trim() || undefined;
    return { text: this.text.value, title: optional(this.title), date: optional(this.date), source: optional(this.source), url: optional(this.url) };
  }

  private async send(): Promise<void> {
    if (!this.text.value.trim()) return;
    if (this.token.value) apiToken.set(this.token.value);
    this.submit.disabled = true;
    show(this.outcome, notice('loading', 'Extracting and importing…'));
    try {
      const answer = await postArticle(this.article());
      show(
        this.outcome,
        h(
          'div',
          { class: 'import-result', dataset: { testid: 'import-result', status: answer.article.status } },
          h('strong', {}, STATUS_TEXT[answer.article.status]),
          answer.extraction ? extractionSummary(answer.extraction) : null,
          h('div', {}, h('button', { class: 'button small', type: 'button', on: { click: () => (this.dialog.close(), this.events.openArticle(answer.article.id)) } }, 'Read it with its claims marked')),
        ),
      );
      this.events.imported(answer.article.id);
      // Ready for the next article; the outcome above stays until then.
      for (const field of [this.text, this.title, this.date, this.source, this.url]) field.value = '';
    } catch (error) {
      show(this.outcome, notice('error', this.failure(error)));
    } finally {
      this.submit.disabled = false;
    }
  }

  private failure(error: unknown): string {
    if (!(error instanceof ApiError)) return 'The article could not be added.';
    if (error.status === 401) {
      if (!this.token.isConnected) this.form.querySelector('.grid2')?.after(h('label', { class: 'field' }, h('span', { class: 'label' }, 'API token'), this.token));
      return 'This server needs an API token to add articles: enter it and try again.';
    }
    if (error.status === 404) return 'Adding articles is not available on this server yet.';
    return error.body.field ? `${error.body.field}: ${String(error.body.reason ?? error.message)}` : error.message;
  }
}
