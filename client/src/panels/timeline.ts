import { debounce, formatDate, h, show } from '../util/dom.ts';

/** "2018-09-14" → "2018-09"; "2018" → "2018-01", or "2018-12" as the end of a window (`to=2018` is all of 2018). */
function toMonth(date: string, end = false): string {
  return date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-${end ? '12' : '01'}`;
}

/** Every month from `first` to `last`, both "YYYY-MM". */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const end = last.split('-').map(Number) as [number, number];
  while (year < end[0] || (year === end[0] && month <= end[1])) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

export interface TimeWindow {
  from: string | null;
  to: string | null;
}

/** Claims per month and without a date (GET /api/timeline). */
export interface ClaimCounts {
  months: { month: string; claims: number }[];
  undated: number;
}

/**
 * Two thumbs on one track over the months of the articles, under a histogram of claims per month.
 * The whole range means "no window" (from and to null). Undated claims have a bar and a switch of
 * their own: they count without a window, and within one only when switched on.
 */
export class Timeline {
  private months: string[] = [];
  private claims = new Map<string, number>();
  private undatedCount = 0;
  private readonly histogram = h('div', { class: 'histogram', dataset: { testid: 'histogram' }, 'aria-hidden': 'true' });
  private readonly undatedBox = h('input', { type: 'checkbox', 'aria-label': 'Count undated claims' });
  private readonly undatedLabel = h('span', { dataset: { testid: 'undated-count' } });
  private readonly fromInput = h('input', { type: 'range', min: '0', 'aria-label': 'Window start' });
  private readonly toInput = h('input', { type: 'range', min: '0', 'aria-label': 'Window end' });
  private readonly fill = h('div', { class: 'fill' });
  private readonly labels = h('div', { class: 'timeline-labels' });
  private readonly ends = h('div', { class: 'timeline-ends' });
  private readonly playButton = h('button', { class: 'button small', type: 'button', title: 'Slide the window through time' }, '▶ Play');
  private readonly resetButton = h('button', { class: 'button small ghost', type: 'button' }, 'All time');
  private playing: ReturnType<typeof setInterval> | null = null;
  readonly element: HTMLElement;

  constructor(
    private readonly change: (window: TimeWindow) => void,
    undatedChange: (include: boolean) => void,
  ) {
    this.undatedBox.addEventListener('change', () => undatedChange(this.undatedBox.checked));
    const emit = debounce(() => this.change(this.window()), 250);
    for (const input of [this.fromInput, this.toInput]) {
      input.addEventListener('input', () => {
        this.keepOrder(input);
        this.paint();
        emit();
      });
    }
    this.playButton.addEventListener('click', () => (this.playing ? this.stop() : this.play()));
    this.resetButton.addEventListener('click', () => {
      this.stop();
      this.set({ from: null, to: null });
      this.change(this.window());
    });
    this.element = h(
      'div',
      { class: 'timeline', dataset: { testid: 'timeline' } },
      this.histogram,
      this.labels,
      h('div', { class: 'dual-range' }, h('div', { class: 'track' }), this.fill, this.fromInput, this.toInput),
      this.ends,
      h('div', { class: 'timeline-actions' }, this.playButton, this.resetButton),
      h('label', { class: 'toggle', title: 'Claims whose article has no date: counted when no window is set; within a window only with this on' }, this.undatedBox, this.undatedLabel),
    );
    this.paint();
  }

  /** Widens the slider to the article dates the API reported (never narrows it). */
  setBounds(min: string | null, max: string | null, current: TimeWindow): void {
    if (!min || !max) {
      if (!this.months.length) this.paint();
      return;
    }
    const first = [toMonth(min), this.months[0]].filter(Boolean).sort()[0]!;
    const last = [toMonth(max), this.months.at(-1)].filter(Boolean).sort().at(-1)!;
    if (first === this.months[0] && last === this.months.at(-1)) return;
    this.months = monthsBetween(first, last);
    for (const input of [this.fromInput, this.toInput]) input.max = String(this.months.length - 1);
    this.set(current);
  }

  /** Shows how many claims each month holds and how many have no date. */
  setCounts({ months, undated }: ClaimCounts): void {
    this.claims = new Map(months.map((entry) => [entry.month, entry.claims]));
    this.undatedCount = undated;
    this.paint();
  }

  /** Whether undated claims count in the view (the switch). */
  setUndated(included: boolean): void {
    this.undatedBox.checked = included;
    this.paint();
  }

  /** Moves the thumbs to a window (null ends are the ends of the range). */
  set({ from, to }: TimeWindow): void {
    const last = Math.max(0, this.months.length - 1);
    const index = (month: string | null, fallback: number, end = false) => {
      if (!month) return fallback;
      const found = this.months.indexOf(toMonth(month, end));
      return found >= 0 ? found : fallback;
    };
    this.fromInput.value = String(index(from, 0));
    this.toInput.value = String(index(to, last, true));
    this.paint();
  }

  window(): TimeWindow {
    const from = Number(this.fromInput.value);
    const to = Number(this.toInput.value);
    const whole = from === 0 && to === this.months.length - 1;
    return whole ? { from: null, to: null } : { from: this.months[from] ?? null, to: this.months[to] ?? null };
  }

  private keepOrder(moved: HTMLInputElement): void {
    if (Number(this.fromInput.value) <= Number(this.toInput.value)) return;
    if (moved === this.fromInput) this.toInput.value = this.fromInput.value;
    else this.fromInput.value = this.toInput.value;
  }

  private paintHistogram(from: number, to: number): void {
    const counts = this.months.map((month) => this.claims.get(month) ?? 0);
    // Scaled to the busiest month: the undated bar, often taller, is cut at the top (its count is in the switch's label).
    const highest = Math.max(1, ...counts);
    const bar = (claims: number, inWindow: boolean, title: string, className = '') =>
      h('div', { class: `bar${inWindow ? ' in' : ''}${className}`, style: `height:${claims ? Math.min(100, Math.max(6, (claims / highest) * 100)) : 0}%`, title });
    show(
      this.histogram,
      h('div', { class: 'bars' }, ...counts.map((claims, index) => bar(claims, index >= from && index <= to, `${formatDate(this.months[index])}: ${claims} ${claims === 1 ? 'claim' : 'claims'}`))),
      this.undatedCount ? bar(this.undatedCount, this.undatedBox.checked, `undated: ${this.undatedCount} claims`, ' undated') : null,
    );
    this.undatedLabel.textContent = `Undated claims (${this.undatedCount})`;
  }

  private paint(): void {
    const disabled = this.months.length < 2;
    this.paintHistogram(Number(this.fromInput.value), Number(this.toInput.value));
    this.fromInput.disabled = this.toInput.disabled = this.playButton.disabled = disabled;
    if (disabled) {
      show(this.labels, h('span', {}, this.months.length ? formatDate(this.months[0]) : 'No dated articles yet'));
      show(this.ends);
      this.fill.style.cssText = 'left:0;right:0';
      return;
    }
    const span = this.months.length - 1;
    const from = Number(this.fromInput.value);
    const to = Number(this.toInput.value);
    this.fill.style.cssText = `left:${(from / span) * 100}%;right:${100 - (to / span) * 100}%`;
    show(this.labels, h('span', { dataset: { testid: 'window-from' } }, formatDate(this.months[from])), h('span', { dataset: { testid: 'window-to' } }, formatDate(this.months[to])));
    show(this.ends, h('span', {}, this.months[0]!.slice(0, 4)), h('span', {}, this.months.at(-1)!.slice(0, 4)));
  }

  /** The first month after `index` that holds claims (Play skips empty months), or null. */
  private nextBusyMonth(index: number): number | null {
    for (let next = index + 1; next < this.months.length; next++) if ((this.claims.get(this.months[next]!) ?? 0) > 0) return next;
    return null;
  }

  /** Slides the current window forward, month by month with claims, until it takes in the last such month. */
  private play(): void {
    const width = Number(this.toInput.value) - Number(this.fromInput.value);
    const span = this.months.length - 1;
    const windowWidth = width === span ? Math.max(0, Math.round(span / 8)) : width;
    if (width === span) this.toInput.value = String(this.nextBusyMonth(windowWidth - 1) ?? windowWidth);
    this.fromInput.value = String(Math.max(0, Number(this.toInput.value) - windowWidth));
    this.playButton.textContent = '❚❚ Pause';
    const advance = () => {
      this.paint();
      this.change(this.window());
    };
    advance();
    this.playing = setInterval(() => {
      const next = this.nextBusyMonth(Number(this.toInput.value));
      if (next === null) return this.stop();
      this.toInput.value = String(next);
      this.fromInput.value = String(Math.max(0, next - windowWidth));
      advance();
    }, 1400);
  }

  private stop(): void {
    if (this.playing) clearInterval(this.playing);
    this.playing = null;
    this.playButton.textContent = '▶ Play';
  }
}
