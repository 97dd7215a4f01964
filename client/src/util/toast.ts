import { h } from './dom.ts';

let current: HTMLElement | null = null;

/** A short message at the bottom of the page that goes away by itself. */
export function toast(message: string, kind: 'info' | 'error' = 'info'): void {
  current?.remove();
  const element = h('div', { class: `toast ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  document.body.append(element);
  current = element;
  setTimeout(() => element.remove(), kind === 'error' ? 6000 : 3500);
}
