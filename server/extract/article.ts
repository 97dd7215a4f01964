import type { ArticleExtraction, ArticleMeta } from './schema.ts';
import { assembleArticle, type SentenceClaims } from './assemble.ts';
import { splitStories, type Story } from './clean.ts';
import { ArticleContext } from './context.ts';
import { storyDate } from './dates.ts';
import { MentionFinder } from './mentions.ts';
import { tokenizeBlock } from './nlp.ts';
import { RelationFinder } from './relations.ts';
import { SentenceView } from './sentence.ts';

function dateOf(story: Story, index: number, meta: ArticleMeta): string | null {
  if (index === 0 && meta.date) return meta.date;
  const opening = story.body.slice(0, 3).map((l) => l.text);
  const whole = story.body.map((l) => l.text).join('\n');
  const contextYear = index === 0 && meta.date ? meta.date.slice(0, 4) : null;
  return storyDate(story.captions.map((c) => c.text), opening, whole, contextYear);
}

/** Text in, records out: actors and the relations each sentence states, with evidence offsets into `text`. */
export function extractArticle(text: string, meta: ArticleMeta = {}): ArticleExtraction {
  const ctx = new ArticleContext();
  const sentences: SentenceClaims[] = [];
  const stories = splitStories(text);
  let firstDate: string | null = null;
  stories.forEach((story, index) => {
    const date = dateOf(story, index, meta);
    if (index === 0) firstDate = date;
    for (const line of story.body) {
      const block = tokenizeBlock(text.slice(line.start, line.end), line.start);
      for (const [first, last] of block.sentences) {
        const mentions = new MentionFinder(block.tokens, first, last, ctx).find();
        const finder = new RelationFinder(new SentenceView(block.tokens, first, last, mentions), ctx);
        const claims = finder.find();
        const opening = finder.openingSubject();
        ctx.previousSubject = opening ? { actor: opening.actor, kind: opening.kind } : null;
        if (claims.length === 0) continue;
        const start = block.tokens[first]!.start;
        const end = block.tokens[last - 1]!.end;
        sentences.push({ claims, evidence: { sentence: text.slice(start, end), start, end, date } });
      }
    }
  });
  const title = meta.title ?? stories[0]?.headline?.text ?? null;
  return assembleArticle({ file: meta.file ?? null, title, date: meta.date ?? firstDate }, sentences, ctx);
}
