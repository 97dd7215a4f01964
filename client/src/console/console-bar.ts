import { h } from '../util/dom.ts';

/** The console's title bar; drawn at once, while the editor (a large module) loads on first use. */
export function consoleBar(toggle: () => void): HTMLElement {
  return h(
    'div',
    { class: 'console-bar' },
    h('button', { class: 'title', type: 'button', 'aria-expanded': 'false', on: { click: toggle } }, 'Cypher console'),
    h('span', { class: 'hint' }, 'read-only · Ctrl-Enter runs · ` toggles'),
  );
}
