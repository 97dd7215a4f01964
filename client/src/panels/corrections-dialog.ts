import type { Correction } from '../api/contract.ts';
import { fetchCorrections, importCorrections } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { h, notice, show } from '../util/dom.ts';
import { toast } from '../util/toast.ts';
import type { CurationActions } from './curation.ts';

function when(at: string): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The corrections made, newest first: when, what, the note; undo each; export them to a file or import one. */
export class CorrectionsDialog {
  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly curation: CurationActions,
    private readonly changed: () => void,
  ) {}

  async open(): Promise<void> {
    if (!this.dialog.open) this.dialog.showModal();
    show(this.dialog, h('div', { class: 'dialog-body' }, notice('loading', 'Loading…')));
    try {
      this.render((await fetchCorrections()).corrections);
    } catch (error) {
      show(this.dialog, h('div', { class: 'dialog-body' }, notice('error', error instanceof ApiError ? error.message : 'Could not load the corrections.')));
    }
  }

  private row(correction: Correction): HTMLElement {
    const undo = async () => {
      await this.curation.undo(correction.id);
      await this.open();
    };
    return h(
      'li',
      { class: `correction${correction.reverted ? ' reverted' : ''}`, dataset: { testid: 'correction' } },
      h('div', {}, h('strong', {}, correction.summary), correction.fits ? null : h('span', { class: 'status unfit', title: 'No longer fits the articles as extracted; kept for the next import' }, 'no longer fits')),
      h('div', { class: 'meta' }, when(correction.at), correction.note ? ` · ${correction.note}` : '', correction.reverted ? ` · undone ${when(correction.reverted)}` : ''),
      correction.reverted ? null : h('button', { class: 'button small', type: 'button', on: { click: () => void undo() } }, 'Undo'),
    );
  }

  private render(corrections: Correction[]): void {
    const file = h('input', { type: 'file', accept: 'application/json,.json', 'aria-label': 'Import corrections', on: { change: () => void this.importFile(file) } });
    show(
      this.dialog,
      h(
        'div',
        { class: 'dialog-body' },
        h('h2', {}, 'Corrections'),
        h('p', { class: 'sub' }, 'Applied again whenever articles are imported or re-extracted.'),
        corrections.length ? h('ul', { class: 'list corrections' }, ...corrections.map((correction) => this.row(correction))) : notice('empty', 'No correction yet.'),
        h(
          'div',
          { class: 'buttons' },
          h('label', { class: 'button small ghost' }, 'Import…', file),
          h('a', { class: 'button small', href: '/api/corrections/export', download: '' }, 'Export'),
          h('button', { class: 'button small primary', type: 'button', on: { click: () => this.dialog.close() } }, 'Close'),
        ),
      ),
    );
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const chosen = input.files?.[0];
    if (!chosen) return;
    try {
      const answer = await importCorrections(JSON.parse(await chosen.text()));
      this.changed();
      toast(`Imported ${answer.applied} correction(s); ${answer.skipped} already here; ${answer.unfit.length} do not fit yet.`);
      await this.open();
    } catch (error) {
      toast(error instanceof ApiError ? error.message : 'Not a corrections file.', 'error');
    }
  }
}
