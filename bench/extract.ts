/**
 * npm run bench:extract [-- --articles N] [-- --seed S]
 * Throughput of extractArticle on one core over generated articles: sentences/s, MB/s, articles/s.
 * The machine is shared, so it times two passes and reports the faster, by wall clock and by this process's CPU time.
 */
import { parseArgs } from 'node:util';
import { generateArticles, type GeneratedArticle } from '../server/corpus/generate.ts';
import { extractArticle } from '../server/extract/index.ts';
import { splitStories } from '../server/extract/clean.ts';
import { batches, tokenizeLines } from '../server/extract/nlp.ts';

function countSentences(text: string): number {
  let sentences = 0;
  for (const story of splitStories(text)) for (const batch of batches(story.body)) sentences += tokenizeLines(batch).sentences.length;
  return sentences;
}

function timePass(articles: GeneratedArticle[]): { wall: number; cpu: number; relations: number } {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let relations = 0;
  for (const article of articles) relations += extractArticle(article.text, { file: article.file, title: article.title, date: article.date }).relations.length;
  const cpu = process.cpuUsage(cpuStart);
  return { wall: (performance.now() - wallStart) / 1000, cpu: (cpu.user + cpu.system) / 1e6, relations };
}

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' } } });
  const articles = [...generateArticles(Number(values.articles), Number(values.seed))];
  const sentences = articles.reduce((sum, a) => sum + countSentences(a.text), 0);
  const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6;
  for (const article of articles.slice(0, 50)) extractArticle(article.text, { file: article.file, date: article.date });

  const passes = [timePass(articles), timePass(articles)];
  const wall = Math.min(...passes.map((p) => p.wall));
  const cpu = Math.min(...passes.map((p) => p.cpu));
  const rate = (amount: number, seconds: number) => (amount / seconds).toFixed(amount > 100 ? 0 : 2);

  console.log(`extractArticle over ${articles.length} generated articles (${sentences} sentences, ${megabytes.toFixed(2)} MB), one core`);
  console.log(`                 wall clock    CPU time`);
  console.log(`  seconds        ${wall.toFixed(2).padStart(10)}  ${cpu.toFixed(2).padStart(10)}`);
  console.log(`  sentences/s    ${rate(sentences, wall).padStart(10)}  ${rate(sentences, cpu).padStart(10)}`);
  console.log(`  MB/s           ${rate(megabytes, wall).padStart(10)}  ${rate(megabytes, cpu).padStart(10)}`);
  console.log(`  articles/s     ${rate(articles.length, wall).padStart(10)}  ${rate(articles.length, cpu).padStart(10)}`);
  console.log(`  relations      ${passes[0]!.relations}`);
  const round = (x: number) => Number(x.toFixed(3));
  // Rates per CPU second: one core's throughput, whatever else the machine is doing (wall-clock rates beside them).
  console.log(`BENCH ${JSON.stringify({
    name: 'extract', articles: articles.length, megabytes: round(megabytes), sentences,
    mb_per_s: round(megabytes / cpu), sentences_per_s: Math.round(sentences / cpu),
    wall_mb_per_s: round(megabytes / wall), wall_sentences_per_s: Math.round(sentences / wall), relations: passes[0]!.relations,
  })}`);
}

main();
