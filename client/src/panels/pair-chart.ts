import { RELATION_TYPES, type PairTimelineResponse } from '../api/contract.ts';
import { fetchPairTimeline } from '../api/endpoints.ts';
import { TYPE_COLORS } from '../graph/style.ts';
import { h, nounFor, svgElement } from '../util/dom.ts';

/** A pair's claims per month, stacked by type: every month from the first to the last, gaps included. */

const WIDTH = 300;
const HEIGHT = 64;

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

export function pairChartSvg({ months }: PairTimelineResponse): HTMLElement {
  const monthly = months.filter((row) => row.month && /^\d{4}-\d{2}$/.test(row.month));
  const other = months.filter((row) => !monthly.includes(row)).reduce((sum, row) => sum + row.supports + row.opposes + row.negotiates, 0);
  const note = other ? h('p', { class: 'chart-note' }, `${other} ${nounFor(other, 'claim')} dated by year only or undated, not drawn.`) : null;
  if (!monthly.length) return h('div', { class: 'pair-chart' }, note ?? h('p', { class: 'chart-note' }, 'No dated claims.'));
  const byMonth = new Map(monthly.map((row) => [row.month!, row]));
  const axis = monthsBetween(monthly[0]!.month!, monthly.at(-1)!.month!);
  const most = Math.max(...monthly.map((row) => row.supports + row.opposes + row.negotiates));
  const slot = WIDTH / axis.length;
  const bars = axis.flatMap((month, index) => {
    const row = byMonth.get(month);
    if (!row) return [];
    let top = HEIGHT;
    const counts = RELATION_TYPES.map((type) => [type, row[type]] as const).filter(([, count]) => count > 0);
    const label = `${month}: ${counts.map(([type, count]) => `${count} ${type}`).join(', ')}`;
    return counts.map(([type, count]) => {
      const height = (count / most) * (HEIGHT - 4);
      top -= height;
      return svgElement('rect', { x: index * slot + slot * 0.1, y: top, width: Math.max(slot * 0.8, 1), height, fill: TYPE_COLORS[type]!, 'data-month': month }, svgElement('title', {}, label));
    });
  });
  return h(
    'div',
    { class: 'pair-chart', dataset: { testid: 'pair-chart' } },
    svgElement('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `Claims per month, ${axis[0]} to ${axis.at(-1)}` }, ...bars),
    h('div', { class: 'chart-axis' }, h('span', {}, axis[0]!), h('span', {}, `most in a month: ${most}`), h('span', {}, axis.at(-1)!)),
    note,
  );
}

/** The chart of the claims between two actors in either direction, filled in when the API answers. */
export function pairChart(a: string, b: string): HTMLElement {
  const host = h('div', { class: 'pair-chart-host' }, h('p', { class: 'chart-note' }, 'Loading the claims per month…'));
  fetchPairTimeline(a, b).then(
    (timeline) => host.replaceChildren(pairChartSvg(timeline)),
    () => host.replaceChildren(h('p', { class: 'chart-note' }, 'The claims per month could not be loaded.')),
  );
  return host;
}
