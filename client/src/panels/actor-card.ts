import { RELATION_TYPES, type ActorDetailsResponse } from '../api/contract.ts';
import { formatDate, h, KIND_LABELS } from '../util/dom.ts';
import { ActorSearch, kindDot } from './actor-search.ts';
import { articleLink } from './evidence.ts';
import type { PanelActions, ViewRelation } from './panel-actions.ts';

function actorChip(ref: { id: string; name: string }, actions: PanelActions): HTMLElement {
  return h('button', { class: 'chip', type: 'button', title: `Show ${ref.name}`, on: { click: () => actions.selectActor(ref.id) } }, ref.name);
}

function relationItem(relation: ViewRelation, actions: PanelActions): HTMLElement {
  const arrow = relation.type === 'negotiates' ? '↔' : relation.outgoing ? '→' : '←';
  return h(
    'li',
    {},
    h(
      'button',
      { class: 'relation-link', type: 'button', title: 'Show the evidence', dataset: { edge: relation.edgeId }, on: { click: () => actions.openEdge(relation.edgeId) } },
      h('span', { class: `relation-pill ${relation.type}` }, relation.type),
      h('span', { class: 'arrow' }, arrow),
      h('span', { class: 'other' }, relation.other.name),
      h('span', { class: 'weight', title: 'claims' }, relation.weight),
    ),
  );
}

/** Merge the actor into another (chosen by name), or say it is not an actor. */
function curationTools(actor: { id: string; name: string }, actions: PanelActions): HTMLElement {
  const searchHost = h('div', { class: 'search merge-search', hidden: true });
  const openSearch = () => {
    searchHost.hidden = false;
    if (!searchHost.firstChild) {
      new ActorSearch(searchHost, {
        placeholder: `Merge ${actor.name} into…`,
        label: 'Merge into',
        choose: (into) => (into.id === actor.id ? undefined : void actions.curation.merge(actor.id, into.id)),
      });
    }
    searchHost.querySelector('input')?.focus();
  };
  return h(
    'div',
    { class: 'actions curation' },
    h('button', { class: 'button small', type: 'button', title: 'The same actor as another: move its claims, mentions and names there', on: { click: openSearch } }, 'Merge into…'),
    h('button', { class: 'button small ghost', type: 'button', title: 'Not an actor (a place, a dateline): its claims leave the graph', on: { click: () => void actions.curation.notAnActor(actor.id) } }, 'Not an actor'),
    searchHost,
  );
}

/** An actor: kind, aliases, affiliation, members, relation counts and the articles that mention it. */
export function actorCard({ actor, affiliation, members, degree, articles }: ActorDetailsResponse, actions: PanelActions): HTMLElement[] {
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  const inView = actions.relationsOf(actor.id);
  const head = h(
    'header',
    { class: 'panel-head' },
    h('div', { class: 'eyebrow' }, kindDot(actor.kind), KIND_LABELS[actor.kind] ?? actor.kind),
    h('h2', { dataset: { testid: 'details-title' } }, actor.name),
    aliases.length ? h('div', { class: 'sub' }, 'Also: ', aliases.join(', ')) : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { class: 'button small primary', type: 'button', on: { click: () => actions.expand(actor.id) } }, 'Expand neighbours'),
      h('button', { class: 'button small', type: 'button', on: { click: () => actions.pathFrom(actor.id) } }, 'Path from here'),
      h('button', { class: 'button small ghost', type: 'button', on: { click: () => actions.center(actor.id) } }, 'Centre'),
    ),
    curationTools(actor, actions),
  );

  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Affiliation'),
    h('dd', {}, affiliation ? actorChip(affiliation, actions) : h('span', { class: 'muted' }, '—')),
    members.length ? h('dt', {}, 'Members') : null,
    members.length ? h('dd', {}, h('div', { class: 'chips' }, ...members.map((member) => actorChip(member, actions)))) : null,
  );

  const relations = h(
    'table',
    { class: 'degree-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Relation'), h('th', {}, 'Outgoing'), h('th', {}, 'Incoming'))),
    h(
      'tbody',
      {},
      ...RELATION_TYPES.map((type) =>
        h('tr', {}, h('td', {}, h('span', { class: `relation-pill ${type}` }, type)), h('td', {}, degree[type].out), h('td', {}, degree[type].in)),
      ),
    ),
  );

  const articleList = articles.length
    ? h(
        'ul',
        { class: 'list' },
        ...articles.map((article) =>
          h(
            'li',
            {},
            articleLink(article, actions),
            h('div', { class: 'meta' }, formatDate(article.date), article.mentions ? ` · mentioned ${article.mentions}×` : ''),
          ),
        ),
      )
    : h('div', { class: 'notice' }, 'No article mentions this actor.');

  return [
    head,
    h(
      'div',
      { class: 'panel-body' },
      facts,
      h('h3', { class: 'section-title' }, 'Relations', h('span', { class: 'hint' }, 'all, out and in')),
      relations,
      inView.length ? h('h3', { class: 'section-title' }, 'In view', h('span', { class: 'hint' }, 'click for the evidence')) : null,
      inView.length ? h('ul', { class: 'list relation-list' }, ...inView.map((relation) => relationItem(relation, actions))) : null,
      h('h3', { class: 'section-title' }, 'Articles', h('span', { class: 'hint' }, String(articles.length))),
      articleList,
    ),
  ];
}
