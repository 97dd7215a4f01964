/**
 * Builds DOM nodes. Strings become text nodes, so data never passes through an HTML parser
 * (no innerHTML anywhere in the client).
 */

type Child = Node | string | number | null | undefined | false;
type Props = {
  class?: string;
  title?: string;
  dataset?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
  [attribute: string]: unknown;
};

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = String(value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key === 'on') for (const [event, handler] of Object.entries(value as object)) element.addEventListener(event, handler as EventListener);
    else if (key in element && typeof value !== 'string') (element as unknown as Record<string, unknown>)[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of `parent`. */
export function show(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

/** A quiet placeholder: an empty result, a hint, or a loading line. */
export function notice(kind: 'empty' | 'loading' | 'error', ...children: Child[]): HTMLElement {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** "1 claim", "2 claims": the noun for a count (regular plurals only). */
export function nounFor(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

/** "2024-12-13" → "13 Dec 2024", "2024-12" → "Dec 2024", null → "undated". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-');
  const monthName = month ? new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }) : '';
  return [day ? String(Number(day)) : '', monthName, year].filter(Boolean).join(' ');
}

/** What to call an article: its title, else the first line of its text, else its file name. */
export function articleName(article: { id: string; title: string | null; file?: string | null | undefined; opening?: string | null | undefined; text?: string }): string {
  if (article.title) return article.title;
  const firstLine = (article.text ?? article.opening ?? '').trim().split('\n')[0]!.trim();
  if (!firstLine) return article.file ?? article.id;
  return firstLine.length > 90 ? `${firstLine.slice(0, 90).replace(/\s+\S*$/, '')}…` : firstLine;
}

export const KIND_LABELS: Record<string, string> = {
  state: 'State',
  armed_group: 'Armed group',
  organization: 'Organization',
  person: 'Person',
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children (text children become text nodes). */
export function svgElement(tag: string, attributes: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  append(element, children);
  return element;
}
