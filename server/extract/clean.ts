/** Splits a raw page into story lines, dropping page furniture while keeping offsets into the original text. */

export interface Line {
  text: string;
  /** UTF-16 offsets of the trimmed line in the original text. */
  start: number;
  end: number;
}

export interface Story {
  headline: Line | null;
  /** Lines to read for relations (the headline included). */
  body: Line[];
  /** Photo captions and datelines: not read for relations, but they date the story. */
  captions: Line[];
}

const NOISE_LINES = [
  /^(more|menu|home|share|advertisement|- ?advertisement ?-|related|related articles|read more|comments?|print|email|tweet|follow us.*)$/i,
  /^Home[A-Z]/,
  /^[A-Z]{1,3}$/, // a site's initials or logo text on a line of its own
  /^(share|listen to) (this|the) (article|story)|^\d+ min(ute)?s? read$|^share on /i,
  /^(reporting|writing|editing|additional reporting|compiled) by [A-Z]/i,
  /^our standards:|^(image|photo) caption|^copyright\b|all rights reserved\.?$/i,
  /^(subscribe|sign up|sign in|log in|register|download our app|click here|all rights reserved|copyright|©)/i,
  /newsletter|cookies? policy|privacy policy|terms of (use|service)/i,
  /^by [A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}( and [A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3})?$/,
  /^(photo|image|file photo|video)( credit)?:/i,
];
/** "Published on Dec. 2, 2024": page furniture, but it dates the story. */
const PUBLISHED = /^(published|updated|posted|last updated)\b( on)?[:\s].{0,80}$|^(published|updated|posted)( on)?$/i;
const CAPTION = /\((AP|AFP|Reuters|EPA|Getty Images|AP Photo[^)]*|Reuters Photo|Anadolu|SANA|Xinhua|[A-Z]{2,6} Photo)\)\s*$|^FILE\s*[-–—]/;
const TERMINAL = /[.!?"”’:)]$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ text: trimmed, start: match.index + lead, end: match.index + lead + trimmed.length });
  }
  return lines;
}

function isNoise(line: Line): boolean {
  return line.text.length < 300 && NOISE_LINES.some((pattern) => pattern.test(line.text));
}

function isCaption(line: Line): boolean {
  return CAPTION.test(line.text);
}

/** A short line without closing punctuation: a headline or a subheading. */
function isHeadline(line: Line): boolean {
  const words = line.text.split(/\s+/);
  return words.length >= 3 && words.length <= 25 && !TERMINAL.test(line.text);
}

function isTitleCase(line: Line): boolean {
  const words = line.text.split(/\s+/).filter((w) => w.length > 3);
  return words.length > 0 && words.filter((w) => /^[A-Z0-9]/.test(w)).length / words.length >= 0.6;
}

/** How many blank lines precede each line. */
function blankLinesBefore(text: string, line: Line, previous: Line | undefined): number {
  const gap = text.slice(previous ? previous.end : 0, line.start);
  return (gap.match(/\n/g) ?? []).length - 1;
}

/**
 * A file may hold several stories: a title-case headline after two or more blank lines, or one the page repeats,
 * starts a new story once the current one has body text.
 */
export function splitStories(text: string): Story[] {
  const lines = splitLines(text);
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  const stories: Story[] = [];
  let story: Story = { headline: null, body: [], captions: [] };
  let hasBody = false;
  lines.forEach((line, index) => {
    if (PUBLISHED.test(line.text)) {
      story.captions.push(line);
      return;
    }
    if (isNoise(line)) return;
    if (isCaption(line)) {
      story.captions.push(line);
      return;
    }
    if (seen.has(line.text)) return;
    seen.add(line.text);
    const headline = isHeadline(line);
    const startsStory = headline && hasBody && isTitleCase(line) && ((counts.get(line.text) ?? 0) > 1 || blankLinesBefore(text, line, lines[index - 1]) >= 2);
    if (startsStory) {
      stories.push(story);
      story = { headline: null, body: [], captions: [] };
      hasBody = false;
    }
    if (headline && !hasBody && !story.headline) story.headline = line;
    if (!headline) hasBody = true;
    story.body.push(line);
  });
  stories.push(story);
  return stories;
}
