/**
 * npm run eval -- --gold FILE [--articles DIR] [--verbose] [--actors FILE] [--cues FILE]
 * Scores the extractor against a gold file (ANNOTATION.md), as written and rolled up.
 */
import { readFileSync } from 'node:fs';
import { loadConfig, userKnowledge } from '../config.ts';
import { UserError } from '../errors.ts';
import { loadUserKnowledge } from '../extract/user-knowledge.ts';
import { knowledgeOptions } from './knowledge-options.ts';
import { runMain } from './main.ts';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle, type ArticleExtraction } from '../extract/index.ts';
import { GoldFile, precisionRecallF1, score, type ArticleReport, type Counts, type Mode, type Scores } from '../extract/score.ts';
import { articleMeta } from '../import/article-input.ts';
import { readSources } from '../import/sources.ts';

const percent = (x: number) => (x * 100).toFixed(1).padStart(6);

function row(label: string, counts: Counts): string {
  const { precision, recall, f1 } = precisionRecallF1(counts);
  return `  ${label.padEnd(11)} P ${percent(precision)}  R ${percent(recall)}  F1 ${percent(f1)}   (${counts.truePositives} of ${counts.predicted} predicted, ${counts.gold} gold)`;
}

function printScores(title: string, scores: Scores): void {
  console.log(title);
  for (const [type, counts] of Object.entries(scores.byType)) console.log(row(type, counts));
  console.log(row('overall', scores.overall));
}

function printReports(reports: ArticleReport[]): void {
  const show = (t: ArticleReport['missed'][number]) => `${t.source.join('/')} ${t.type} ${t.target.join('/')}\n        “${t.evidence}”`;
  for (const report of reports) {
    if (report.missed.length + report.spurious.length === 0) continue;
    console.log(`\n${report.file}`);
    for (const miss of report.missed) console.log(`  MISSED   ${show(miss)}`);
    for (const extra of report.spurious) console.log(`  SPURIOUS ${show(extra)}`);
  }
}

function main(): number {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string' }, articles: { type: 'string', default: 'seeds' }, verbose: { type: 'boolean', default: false },
      actors: { type: 'string' }, cues: { type: 'string' },
    },
  });
  if (!values.gold) throw new UserError('usage: npm run eval -- --gold FILE [--articles DIR] [--verbose] [--actors FILE] [--cues FILE]');
  loadUserKnowledge({ ...userKnowledge(loadConfig()), ...knowledgeOptions(values) });
  const gold = GoldFile.parse(JSON.parse(readFileSync(values.gold, 'utf8')));
  const extractions = new Map<string, ArticleExtraction>();
  for (const article of gold.articles) {
    const { articles: [input], failures } = readSources([join(values.articles, article.file)]);
    if (!input) console.error(`eval: ${article.file}: ${failures[0]?.reason}`);
    else extractions.set(article.file, extractArticle(input.text, articleMeta(input)));
  }
  const modes: Array<[Mode, string]> = [['asWritten', 'As written'], ['rolledUp', 'Rolled up (persons → affiliation)']];
  for (const [mode, title] of modes) {
    const { scores, reports } = score(gold, extractions, mode);
    printScores(title, scores);
    if (values.verbose) printReports(reports);
    console.log('');
  }
  return 0;
}

runMain(async () => main());
