/** Dates of stories: "Friday, Dec. 2, 2022", "2 December 2022", "on December 13" (year from context). */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d{2})\\b`);
const ISO_DATE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
const MONTH_DAY = new RegExp(`\\b(?:on|On)\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?${MONTH}\\s+(\\d{1,2})\\b(?!,?\\s+(?:19|20)\\d{2})`);
const DATELINE = new RegExp(`^[A-Z][A-Z .'-]+(?:, [A-Za-z .'-]+)?,? ${MONTH}\\s+(\\d{1,2})\\s*\\((?:Reuters|AP|AFP)\\)`);
const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: string | number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 1–12 for a month name or abbreviation ("Dec."), else 0. */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')] ?? 0;
}

/** A full date written in the text, if any. */
export function fullDate(text: string): string | null {
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return iso(mdy[3]!, monthNumber(mdy[1]!), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return iso(dmy[3]!, monthNumber(dmy[2]!), Number(dmy[1]));
  const isoMatch = ISO_DATE.exec(text);
  return isoMatch ? iso(isoMatch[1]!, Number(isoMatch[2]), Number(isoMatch[3])) : null;
}

/** "on December 13" or a wire dateline "KHARTOUM, Dec 2 (Reuters)", given the year the context supplies. */
export function monthDay(text: string, year: string): string | null {
  const match = MONTH_DAY.exec(text) ?? DATELINE.exec(text);
  return match ? iso(year, monthNumber(match[1]!), Number(match[2])) : null;
}

/** The latest year a story mentions: a story is dated no earlier than the events it reports. */
function latestYear(text: string): string | null {
  const years = [...text.matchAll(YEAR)].map((m) => m[1]!);
  return years.length ? years.reduce((a, b) => (b > a ? b : a)) : null;
}

/** A story's date from its captions and opening lines ("on December 13" takes the year from context), else null. */
export function storyDate(captions: string[], opening: string[], whole: string, contextYear: string | null): string | null {
  for (const line of [...captions.filter((c) => !/^FILE\b/.test(c)), ...opening]) {
    const date = fullDate(line);
    if (date) return date;
  }
  const year = contextYear ?? latestYear(whole);
  if (!year) return null;
  for (const line of opening) {
    const date = monthDay(line, year);
    if (date) return date;
  }
  return null;
}
