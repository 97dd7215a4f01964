import { h } from './dom.ts';

let current: HTMLElement | null = null;

/** A short message at the bottom of the page that goes away by itself; `action` adds a button (such as Undo). */
export function toast(message: string, kind: 'info' | 'error' = 'info', action?: { label: string; run: () => void }): void {
  current?.remove();
  const button = action && h('button', { class: 'button small', type: 'button', on: { click: () => (element.remove(), action.run()) } }, action.label);
  const element = h('div', { class: `toast ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message, button);
  document.body.append(element);
  current = element;
  setTimeout(() => element.remove(), kind === 'error' ? 6000 : action ? 8000 : 3500);
}
