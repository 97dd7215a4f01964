import * as chrono from 'chrono-node';

/**
 * Dates with chrono-node: a story's date ("Friday, Dec. 2, 2022", "Published on …", a wire dateline "KHARTOUM, Dec 2"
 * with the year from context, else the first full date of the story) and the date of the event a sentence reports
 * ("in 2019", "in March 2020", "on Tuesday", "last month"), resolved against the story's date. Dates are ISO,
 * as precise as the text: "2019", "2020-03" or "2020-03-01".
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** 1–12 for a month name or abbreviation ("Dec."), else 0. */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')] ?? 0;
}

/** chrono reads no bare year; news dates events by one: "in 2019", "since 2012", "by early 2015". */
const yearParser: chrono.Parser = {
  pattern: () => /\b(?:in|since|during|by|until|of)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d{2})\b(?![-–/]\d)/i,
  extract: (_context, match) => ({ year: Number(match[1]) }),
};
const casual = chrono.casual.clone();
casual.parsers.push(yearParser);

/** A relative date chrono reads but that dates no event: "after seven years of tensions", "for two weeks". */
const DURATION = /^(?:after|for|within|over|in|during)\s+\S+\s+(?:years?|months?|weeks?|days?|hours?)\b/i;
/** What a reported event may be dated by: an explicit year or month, a weekday, or a day relative to the story. */
const DATING = /\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btoday\b|\blast\s+(?:week|month|year)\b|\bthis\s+(?:week|month|year)\b|\bago\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf({ start }: chrono.ParsedResult): string {
  const [year, month, day] = [start.get('year')!, pad(start.get('month')!), pad(start.get('day')!)];
  if (start.isCertain('day') || start.isCertain('weekday')) return `${year}-${month}-${day}`;
  return start.isCertain('month') ? `${year}-${month}` : String(year);
}

/** A story date as chrono's reference instant: noon UTC, so a weekday never slips across midnight. */
function referenceOf(date: string): Date {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month - 1, day, 12));
}

function parse(text: string, reference: string | null): chrono.ParsedResult[] {
  return casual.parse(text, reference ? { instant: referenceOf(reference), timezone: 'UTC' } : { timezone: 'UTC' }, { forwardDate: false });
}

/** A full date written in the text (year, month and day), if any; "in a week" is no date, though chrono counts it from today. */
export function fullDate(text: string): string | null {
  const written = (r: chrono.ParsedResult) => /\b\d{4}\b/.test(r.text) && r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day');
  const result = chrono.strict.parse(text, { timezone: 'UTC' }).find(written);
  return result ? isoOf(result) : null;
}

/** "on December 13" or a wire dateline "KHARTOUM, Dec 2 (Reuters)", given the year the context supplies. */
export function monthDay(text: string, year: string): string | null {
  const result = chrono.strict.parse(text, { instant: referenceOf(`${year}-12-31`), timezone: 'UTC' }, { forwardDate: false })
    .find((r) => r.start.isCertain('month') && r.start.isCertain('day'));
  return result ? `${year}-${pad(result.start.get('month')!)}-${pad(result.start.get('day')!)}` : null;
}

/** The latest year a story mentions: a story is dated no earlier than the events it reports. */
function latestYear(text: string): string | null {
  const years = [...text.matchAll(/\b(19[5-9]\d|20[0-4]\d)\b/g)].map((m) => m[1]!);
  return years.length ? years.reduce((a, b) => (b > a ? b : a)) : null;
}

/** A story's date: captions and opening lines, "on December 13" with the year from context, else the first full date. */
export function storyDate(captions: string[], opening: string[], whole: string, contextYear: string | null): string | null {
  for (const line of [...captions.filter((c) => !/^FILE\b/.test(c)), ...opening]) {
    const date = fullDate(line);
    if (date) return date;
  }
  const year = contextYear ?? latestYear(whole);
  for (const line of year ? opening : []) {
    const date = monthDay(line, year!);
    if (date) return date;
  }
  return fullDate(whole);
}

/**
 * The date of the event a sentence reports, when it gives one ("in 2019", "on Tuesday", "last month"), resolved
 * against the story's date; relative dates need a story date. Null when the sentence gives none.
 */
export function eventDate(sentence: string, storyDate: string | null): string | null {
  for (const result of parse(sentence, storyDate)) {
    if (DURATION.test(result.text) || !DATING.test(result.text)) continue;
    if (!storyDate && !/\b(?:19|20)\d{2}\b/.test(result.text)) continue;
    return isoOf(result);
  }
  return null;
}
