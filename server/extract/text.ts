/** Text normalisation shared by the gazetteer, the matcher and the scorer. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const FOLD_SPECIAL: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

const ASCII_WITHOUT_BACKTICK = /^[\x00-\x5f\x61-\x7f]*$/;

/** Lower-cases, strips diacritics and unifies apostrophes, quotes and dashes. */
export function foldText(text: string): string {
  if (ASCII_WITHOUT_BACKTICK.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ıłøđßæœ]/g, (c) => FOLD_SPECIAL[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-');
}

/** The stable id of a canonical actor name: "United States" → "united-states". */
export function actorId(name: string): string {
  const slug = foldText(name)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'actor';
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "US", "U.S.", "SDF", "M23": every letter upper-case and at least two characters. */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && /[A-Z]/.test(word) && word === word.toUpperCase();
}
