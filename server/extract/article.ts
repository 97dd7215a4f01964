import type { ArticleExtraction, ArticleMeta } from './schema.ts';
import { assembleArticle, type SentenceClaims } from './assemble.ts';
import { splitStories, type Story } from './clean.ts';
import { ArticleContext } from './context.ts';
import { eventDate, storyDate } from './dates.ts';
import { MentionFinder } from './mentions.ts';
import { batches, tokenizeLines, type TokenizedBlock } from './nlp.ts';
import { RelationFinder } from './relations.ts';
import { SentenceView } from './sentence.ts';

function dateOf(story: Story, index: number, meta: ArticleMeta): string | null {
  if (index === 0 && meta.date) return meta.date;
  const opening = story.body.slice(0, 3).map((l) => l.text);
  const whole = story.body.map((l) => l.text).join('\n');
  const contextYear = index === 0 && meta.date ? meta.date.slice(0, 4) : null;
  return storyDate(story.captions.map((c) => c.text), opening, whole, contextYear);
}

/** Reads one story's sentences in order, collecting what each states. */
function readStory(text: string, story: Story, date: string | null, ctx: ArticleContext, out: SentenceClaims[]): void {
  for (const batch of batches(story.body)) readBatch(text, tokenizeLines(batch), date, ctx, out);
}

/** One wink call's worth of a story: sentences in order, each remembered with what it states. */
function readBatch(text: string, block: TokenizedBlock, date: string | null, ctx: ArticleContext, out: SentenceClaims[]): void {
  for (const [first, last] of block.sentences) {
    ctx.startSentence();
    const mentions = new MentionFinder(block.tokens, first, last, ctx).find();
    const finder = new RelationFinder(new SentenceView(block.tokens, first, last, mentions), ctx);
    const claims = finder.find();
    const opening = finder.openingSubject();
    ctx.previousSubject = opening ? { actor: opening.actor, kind: opening.kind } : null;
    if (claims.length === 0) continue;
    const start = block.tokens[first]!.start;
    const end = block.tokens[last - 1]!.end;
    const sentence = text.slice(start, end);
    out.push({ claims, evidence: { sentence, start, end, date: eventDate(sentence, date) ?? date } });
  }
}

/** Text in, records out: actors and the relations each sentence states, with evidence offsets into `text`. */
export function extractArticle(text: string, meta: ArticleMeta = {}): ArticleExtraction {
  const ctx = new ArticleContext();
  const sentences: SentenceClaims[] = [];
  const stories = splitStories(text);
  const dates = stories.map((story, index) => dateOf(story, index, meta));
  stories.forEach((story, index) => readStory(text, story, dates[index] ?? null, ctx, sentences));
  const title = meta.title ?? stories[0]?.headline?.text ?? null;
  return assembleArticle({ file: meta.file ?? null, title, date: meta.date ?? dates[0] ?? null }, sentences, ctx);
}
