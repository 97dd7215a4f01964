import { fetchActor, fetchArticle, fetchEdgeClaims, type EdgeView } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { h, notice, show } from '../util/dom.ts';
import { actorCard } from './actor-card.ts';
import { articleReader } from './article-reader.ts';
import { evidenceCard } from './evidence.ts';
import type { PanelActions } from './panel-actions.ts';

/** Parses an edge id "<source>|<type>|<target>". */
export function edgeParts(id: string): { source: string; type: string; target: string } | null {
  const [source, type, target, ...rest] = id.split('|');
  return source && type && target && !rest.length ? { source, type, target } : null;
}

/** negotiates has no direction and is stored from the smaller id to the larger: an id with its ends swapped names the same relation. */
export function canonicalEdgeId(id: string): string {
  const parts = edgeParts(id);
  return parts?.type === 'negotiates' && parts.source > parts.target ? `${parts.target}|negotiates|${parts.source}` : id;
}

function errorText(error: unknown, what: string): string {
  if (!(error instanceof ApiError)) return `Could not load ${what}.`;
  if (error.status === 404 && /no such endpoint/.test(error.message)) return `Not available: this server does not answer ${what} yet.`;
  if (error.unavailable) return 'The database is unreachable; try again in a moment.';
  return error.message;
}

/** The right panel: an actor, a relation's evidence, an article, a path, or a hint. */
export class DetailsPanel {
  private shown = 0;
  private readonly back: Array<() => void> = [];
  private current: (() => void) | null = null;
  private restoring = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly actions: PanelActions,
  ) {
    this.hint();
  }

  hint(): void {
    this.shown++;
    this.current = null;
    this.back.length = 0;
    show(
      this.host,
      h(
        'div',
        { class: 'empty-panel' },
        h('h3', {}, 'Nothing selected'),
        h('p', {}, 'Click an actor for its profile, or a relation for the sentences behind it. Double-click an actor to bring in its neighbours.'),
        h('p', {}, 'Press ', h('kbd', {}, '/'), ' to search, ', h('kbd', {}, '?'), ' for all shortcuts.'),
      ),
    );
  }

  actor(id: string): Promise<void> {
    return this.load(() => this.actor(id), 'this actor', () => fetchActor(id), (details) => actorCard(details, this.actions));
  }

  /**
   * A relation and its evidence. `view` is the date window and roll-up the relation was drawn with (the /api/graph
   * filters): the panel then shows the claims the graph counted for it; without it, the stored relation.
   */
  edge(id: string, names: { source: string; target: string }, view?: EdgeView): Promise<void> {
    const parts = edgeParts(id);
    if (!parts) {
      this.custom([h('div', { class: 'panel-body' }, notice('error', `Not a relation id: ${id}`))], () => this.edge(id, names, view));
      return Promise.resolve();
    }
    const fetcher = () => fetchEdgeClaims(parts.source, parts.type, parts.target, view);
    return this.load(() => this.edge(id, names, view), 'the evidence', fetcher, (evidence) => evidenceCard(evidence, names, this.actions));
  }

  article(id: string, claimId?: string): Promise<void> {
    const scrollToClaim = () => this.host.querySelector('.claim-span.current')?.scrollIntoView({ block: 'center' });
    return this.load(() => this.article(id, claimId), 'this article', () => fetchArticle(id), (article) => articleReader(article, this.actions.curation, claimId), scrollToClaim);
  }

  /** Shows content made elsewhere (a path, a node of a Cypher result); `again` shows it anew. */
  custom(content: HTMLElement[], again: () => void): void {
    this.navigate(again);
    this.render(content);
  }

  private async load<T>(again: () => void, what: string, fetcher: () => Promise<T>, card: (data: T) => HTMLElement[], after?: () => void): Promise<void> {
    const ticket = ++this.shown;
    this.navigate(again);
    this.render([h('div', { class: 'panel-body' }, notice('loading', 'Loading…'))]);
    try {
      const data = await fetcher();
      if (ticket !== this.shown) return;
      this.render(card(data));
      after?.();
    } catch (error) {
      if (ticket === this.shown) this.render([h('div', { class: 'panel-body' }, notice('error', errorText(error, what)))]);
    }
  }

  /** Remembers what was shown before, for the Back link. */
  private navigate(again: () => void): void {
    if (!this.restoring && this.current) this.back.push(this.current);
    this.current = again;
  }

  /** Shows again what is on show (the drawing changed under it), without adding a Back step. */
  refresh(): void {
    if (!this.current) return;
    this.restoring = true;
    this.current();
    this.restoring = false;
  }

  private goBack(): void {
    const previous = this.back.pop();
    if (!previous) return;
    this.restoring = true;
    previous();
    this.restoring = false;
  }

  private render(content: HTMLElement[]): void {
    if (this.back.length) content[0]?.prepend(h('button', { class: 'link back', type: 'button', on: { click: () => this.goBack() } }, '← Back'));
    show(this.host, ...content);
    this.host.scrollTop = 0;
  }
}
