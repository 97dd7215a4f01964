import { ACTOR_KINDS, RELATION_TYPES } from '../api/contract.ts';
import { TYPE_COLORS } from '../graph/style.ts';
import { countsUndated, LIMITS, type ViewState } from '../state.ts';
import { h, KIND_LABELS } from '../util/dom.ts';
import { kindDot } from './actor-search.ts';
import { Timeline } from './timeline.ts';

export type FilterPatch = Partial<Pick<ViewState, 'types' | 'kinds' | 'minWeight' | 'limit' | 'from' | 'to' | 'undated' | 'rollup' | 'contested' | 'minOutlets'>>;

function section(title: string, hint: string | null, ...body: HTMLElement[]): HTMLElement {
  return h('section', { class: 'section' }, h('h3', { class: 'section-title' }, title, hint ? h('span', { class: 'hint' }, hint) : null), ...body);
}

/** The left panel: which relations and actors the graph shows, and over which time window. */
export class FiltersPanel {
  private readonly typeBoxes = new Map<string, HTMLInputElement>();
  private readonly kindBoxes = new Map<string, HTMLInputElement>();
  private readonly typeCounts = new Map<string, HTMLElement>();
  private readonly kindCounts = new Map<string, HTMLElement>();
  private readonly minWeight = h('input', { class: 'range', type: 'range', min: '1', max: '10', step: '1', 'aria-label': 'Minimum weight' });
  private readonly minWeightValue = h('span', { class: 'value' });
  private readonly limit = h('select', { class: 'select', 'aria-label': 'Actors shown at most' }, ...LIMITS.map((n) => h('option', { value: String(n) }, `${n} actors`)));
  private readonly rollup = h('input', { type: 'checkbox', 'aria-label': 'Roll persons up into their state or organization' });
  private readonly contested = h('input', { type: 'checkbox', 'aria-label': 'Only contested relations' });
  private readonly minOutlets = h('input', { class: 'range', type: 'range', min: '1', max: '10', step: '1', 'aria-label': 'Minimum outlets' });
  private readonly minOutletsValue = h('span', { class: 'value' });
  readonly timeline: Timeline;

  constructor(host: HTMLElement, change: (patch: FilterPatch) => void) {
    const checks = (values: readonly string[], boxes: Map<string, HTMLInputElement>, counts: Map<string, HTMLElement>, mark: (value: string) => HTMLElement, label: (value: string) => string, key: 'types' | 'kinds') =>
      values.map((value) => {
        const box = h('input', { type: 'checkbox', value, on: { change: () => change({ [key]: [...boxes].filter(([, b]) => b.checked).map(([v]) => v) }) } });
        const count = h('span', { class: 'count' });
        boxes.set(value, box);
        counts.set(value, count);
        return h('label', { class: 'check' }, box, mark(value), label(value), count);
      });

    const typeMark = (type: string) => h('span', { class: 'type-swatch', style: `background:${TYPE_COLORS[type]}` });
    const typeLabel = (type: string) => type[0]!.toUpperCase() + type.slice(1);
    this.minWeight.addEventListener('input', () => (this.minWeightValue.textContent = this.minWeight.value));
    this.minWeight.addEventListener('change', () => change({ minWeight: Number(this.minWeight.value) }));
    this.limit.addEventListener('change', () => change({ limit: Number(this.limit.value) }));
    this.rollup.addEventListener('change', () => change({ rollup: this.rollup.checked }));
    this.contested.addEventListener('change', () => change({ contested: this.contested.checked }));
    this.minOutlets.addEventListener('input', () => (this.minOutletsValue.textContent = this.minOutlets.value));
    this.minOutlets.addEventListener('change', () => change({ minOutlets: Number(this.minOutlets.value) }));
    this.timeline = new Timeline(
      (window) => change(window),
      (include) => change({ undated: include ? 'include' : 'exclude' }),
    );

    host.append(
      section('Relations', 'in view', ...checks(RELATION_TYPES, this.typeBoxes, this.typeCounts, typeMark, typeLabel, 'types')),
      section('Actors', 'in view', ...checks(ACTOR_KINDS, this.kindBoxes, this.kindCounts, kindDot, (kind) => KIND_LABELS[kind] ?? kind, 'kinds')),
      section(
        'Strength',
        null,
        h('div', { class: 'field' }, h('div', { class: 'field-row' }, h('span', { class: 'label' }, 'Minimum weight (claims)'), h('span', { class: 'spacer' }), this.minWeightValue), this.minWeight),
        h('div', { class: 'field' }, h('span', { class: 'label' }, 'Show at most'), this.limit),
      ),
      section(
        'Sources',
        null,
        h('label', { class: 'toggle' }, this.contested, 'Only contested relations'),
        h('p', { class: 'toggle-help' }, 'Pairs with both supports and opposes claims in the window.'),
        h('div', { class: 'field' }, h('div', { class: 'field-row' }, h('span', { class: 'label' }, 'At least N outlets'), h('span', { class: 'spacer' }), this.minOutletsValue), this.minOutlets),
      ),
      section('Time window', 'article dates', this.timeline.element),
      section(
        'Grouping',
        null,
        h('label', { class: 'toggle' }, this.rollup, 'Roll persons up'),
        h('p', { class: 'toggle-help' }, 'Show each person’s relations on the state or organization they belong to.'),
      ),
    );
  }

  /** Shows a state's filters in the controls. */
  set(state: ViewState): void {
    for (const [type, box] of this.typeBoxes) box.checked = state.types.includes(type as never);
    for (const [kind, box] of this.kindBoxes) box.checked = state.kinds.includes(kind as never);
    this.minWeight.value = String(state.minWeight);
    this.minWeightValue.textContent = String(state.minWeight);
    if (![...this.limit.options].some((option) => option.value === String(state.limit))) this.limit.append(h('option', { value: String(state.limit) }, `${state.limit} actors`));
    this.limit.value = String(state.limit);
    this.rollup.checked = state.rollup;
    this.contested.checked = state.contested;
    this.minOutlets.value = String(state.minOutlets);
    this.minOutletsValue.textContent = String(state.minOutlets);
    this.timeline.set(state);
    this.timeline.setUndated(countsUndated(state));
  }

  /** The minimum-weight slider ends at the heaviest relation (never below the weight chosen). */
  setMaxWeight(heaviest: number): void {
    this.minWeight.max = String(Math.max(2, heaviest, Number(this.minWeight.value)));
  }

  /** How many relations of each type and actors of each kind the view holds. */
  setCounts(byType: Map<string, number>, byKind: Map<string, number>): void {
    for (const [type, element] of this.typeCounts) element.textContent = String(byType.get(type) ?? 0);
    for (const [kind, element] of this.kindCounts) element.textContent = String(byKind.get(kind) ?? 0);
  }
}
