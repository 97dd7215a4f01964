import { h } from './util/dom.ts';

export interface Shortcut {
  keys: string;
  does: string;
  run?: () => void;
}

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || !!element.closest('.cm-editor'));
}

/** Single-key shortcuts, active while the focus is not in a text field. */
export function bindShortcuts(shortcuts: Shortcut[]): void {
  const byKey = new Map(shortcuts.filter((shortcut) => shortcut.run).map((shortcut) => [shortcut.keys, shortcut.run!]));
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const run = byKey.get(event.key);
    if (!run) return;
    event.preventDefault();
    run();
  });
}

/** The "Keyboard shortcuts" dialog. */
export function helpDialog(dialog: HTMLDialogElement, shortcuts: Shortcut[]): void {
  dialog.append(
    h(
      'div',
      { class: 'dialog-body' },
      h('h2', {}, 'Keyboard and mouse'),
      h(
        'dl',
        { class: 'shortcuts' },
        ...shortcuts.flatMap((shortcut) => [h('dt', {}, ...shortcut.keys.split(' ').map((key) => h('kbd', {}, key))), h('dd', {}, shortcut.does)]),
      ),
      h('div', { class: 'buttons' }, h('button', { class: 'button', type: 'button', on: { click: () => dialog.close() } }, 'Close')),
    ),
  );
}
