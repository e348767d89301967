/**
 * npx tsx scripts/measure-compromise.ts
 *
 * Would `compromise` (npm) split sentences or read numbers better than our rules? Measured on
 * the fitted train reports only (tests/fixtures/devset/01–121 and their gold; never the unseen ones):
 * - sentences: of the gold quotes (each a sentence of its article, as the annotator cut it),
 *   how many come out as exactly one sentence, and how many are cut in two;
 * - numbers: of the casualty figures in the gold, how many appear among the numbers compromise
 *   reads in the quote (`.numbers()`, any number, so an upper bound for it), against how many
 *   our reader finds as a figure of the right kind.
 * Prints JSON. The decision and the figures are in the README's ingest section.
 */
import path from 'node:path';
import nlp from 'compromise';
import { findCasualties } from '../src/ingest/casualties';
import { readGoldFiles } from '../src/ingest/evaluate';
import { readReport } from '../src/ingest/read';
import { splitSentences } from '../src/ingest/sentences';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The last report rules may be read from: above it the train reports are unseen batches (docs/ingest-accuracy.md). */
const LAST_FITTED_REPORT = 121;
const reportNumber = (article: string) => Number(/devset\/(\d+)_/.exec(article)?.[1] ?? NaN);
const golds = readGoldFiles(path.join(ROOT, 'tests/fixtures/gold'), ROOT).filter(
  ({ gold }) => gold.article.includes('fixtures/devset/') && !gold.article.includes('/test/') && reportNumber(gold.article) <= LAST_FITTED_REPORT,
);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const score = { quotes: 0, ours: { exact: 0, cut: 0 }, compromise: { exact: 0, cut: 0 } };
const numbers = { figures: 0, ours: 0, compromise: 0 };
const low = (c: unknown) => (typeof c === 'number' ? c : (c as { min: number }).min);

for (const { gold, articlePath } of golds) {
  const text = readReport(articlePath).text;
  const ours = splitSentences(text).map((s) => norm(s.text));
  const theirs = text
    .split('\n')
    .flatMap((line) => (line.trim() ? (nlp(line).sentences().out('array') as string[]) : []))
    .map(norm);
  for (const quote of new Set(gold.sites.map((s) => norm(s.quote)))) {
    score.quotes += 1;
    for (const [name, list] of [['ours', ours], ['compromise', theirs]] as const) {
      if (list.includes(quote)) score[name].exact += 1;
      else if (!list.some((s) => s.includes(quote))) score[name].cut += 1;
    }
  }
  for (const site of gold.sites) {
    for (const kind of ['killed', 'injured'] as const) {
      const want = site[kind];
      if (want === undefined || low(want) === 0) continue;
      numbers.figures += 1;
      if (findCasualties(site.quote).some((f) => f.kind === kind && low(f.count) === low(want))) numbers.ours += 1;
      const read = (nlp(site.quote).numbers().json() as Array<{ number?: { num?: number } }>).map((n) => n.number?.num);
      if (read.includes(low(want))) numbers.compromise += 1;
    }
  }
}
console.log(JSON.stringify({ articles: golds.length, sentences: score, numbers }, null, 1));
