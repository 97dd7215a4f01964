import { debounce, formatDate, h, show } from '../util/dom.ts';

/** "2018-09-14" → "2018-09"; "2018" → "2018-01". */
function toMonth(date: string): string {
  return date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-01`;
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

/**
 * Two thumbs on one track over the months of the articles. The whole range means "no window"
 * (from and to null), so undated claims still count then.
 */
export class Timeline {
  private months: string[] = [];
  private readonly fromInput = h('input', { type: 'range', min: '0', 'aria-label': 'Window start' });
  private readonly toInput = h('input', { type: 'range', min: '0', 'aria-label': 'Window end' });
  private readonly fill = h('div', { class: 'fill' });
  private readonly labels = h('div', { class: 'timeline-labels' });
  private readonly ends = h('div', { class: 'timeline-ends' });
  private readonly playButton = h('button', { class: 'button small', type: 'button', title: 'Slide the window through time' }, '▶ Play');
  private readonly resetButton = h('button', { class: 'button small ghost', type: 'button' }, 'All time');
  private playing: ReturnType<typeof setInterval> | null = null;
  readonly element: HTMLElement;

  constructor(private readonly change: (window: TimeWindow) => void) {
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
      this.labels,
      h('div', { class: 'dual-range' }, h('div', { class: 'track' }), this.fill, this.fromInput, this.toInput),
      this.ends,
      h('div', { class: 'timeline-actions' }, this.playButton, this.resetButton),
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

  /** Moves the thumbs to a window (null ends are the ends of the range). */
  set({ from, to }: TimeWindow): void {
    const last = Math.max(0, this.months.length - 1);
    const index = (month: string | null, fallback: number) => {
      if (!month) return fallback;
      const found = this.months.indexOf(toMonth(month));
      return found >= 0 ? found : fallback;
    };
    this.fromInput.value = String(index(from, 0));
    this.toInput.value = String(index(to, last));
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

  private paint(): void {
    const disabled = this.months.length < 2;
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

  /** Slides the current window forward, step by step, until it takes in the last month. */
  private play(): void {
    const width = Number(this.toInput.value) - Number(this.fromInput.value);
    const span = this.months.length - 1;
    const windowWidth = width === span ? Math.max(1, Math.round(span / 4)) : width;
    const step = Math.max(1, Math.round(span / 24));
    if (width === span) this.toInput.value = String(windowWidth);
    this.fromInput.value = String(Number(this.toInput.value) - windowWidth);
    this.playButton.textContent = '❚❚ Pause';
    const advance = () => {
      this.paint();
      this.change(this.window());
    };
    advance();
    this.playing = setInterval(() => {
      const to = Number(this.toInput.value);
      if (to >= span) return this.stop();
      const next = Math.min(span, to + step);
      this.toInput.value = String(next);
      this.fromInput.value = String(next - windowWidth);
      advance();
    }, 1400);
  }

  private stop(): void {
    if (this.playing) clearInterval(this.playing);
    this.playing = null;
    this.playButton.textContent = '▶ Play';
  }
}
