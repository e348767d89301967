/**
 * npx tsx scripts/agreement.ts [--first tests/fixtures/gold/test] [--second tests/fixtures/gold/test-second] [--verbose]
 *
 * How far two annotators agree on the same reports: each gold file of the second folder is scored
 * against the file of the same name in the first, with the evaluator that scores ingest
 * (src/ingest/evaluate.ts), the second annotator's sites standing where the draft's would. The
 * figures are the ceiling a tool can be measured to on those reports (docs/ingest-accuracy.md,
 * "Two annotators"): recall is the share of the first gold's sites the second also has, precision
 * the share of the second's the first has. Only reports both folders hold are scored. --verbose
 * adds one line of counts per report (no sentences).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldAsPredicted, readGoldFiles, scoreArticle, summarize, summaryLines, type ArticleScore, type GoldFile, type PredictedSite } from '../src/ingest/evaluate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function agreement(firstDir: string, secondDir: string): { scores: ArticleScore[]; unlocated: number } {
  const first = new Map(readGoldFiles(firstDir, ROOT).map(({ file, gold }) => [path.basename(file), gold]));
  const scores: ArticleScore[] = [];
  let unlocated = 0;
  for (const { file, gold: second } of readGoldFiles(secondDir, ROOT)) {
    const reference: GoldFile | undefined = first.get(path.basename(file));
    if (!reference) throw new Error(`${file}: no gold file of that name in ${firstDir}`);
    if (reference.article !== second.article) throw new Error(`${file}: field "article" is ${second.article}, the first gold's is ${reference.article}`);
    const predicted = second.sites.map(goldAsPredicted).filter((p): p is PredictedSite => p !== undefined);
    unlocated += second.sites.length - predicted.length;
    scores.push(scoreArticle(reference, predicted));
  }
  return { scores, unlocated };
}

function main(argv: string[]): number {
  const value = (flag: string, fallback: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const firstDir = path.resolve(ROOT, value('--first', 'tests/fixtures/gold/test'));
  const secondDir = path.resolve(ROOT, value('--second', 'tests/fixtures/gold/test-second'));
  if (!fs.existsSync(secondDir)) {
    console.error(`agreement: no second gold folder ${path.relative(ROOT, secondDir)}`);
    return 2;
  }
  const { scores, unlocated } = agreement(firstDir, secondDir);
  const s = summarize(scores);
  console.log(`second gold against first: ${s.articles} report(s), ${s.goldSites} first-gold sites, ${s.predictedSites} second-gold sites${unlocated ? ` (${unlocated} unlocated left out)` : ''}`);
  for (const line of summaryLines(s)) console.log(line);
  if (argv.includes('--verbose')) {
    for (const a of scores) console.log(`  ${path.basename(a.article)}: ${a.matches.length} agreed, ${a.missed.length} first only, ${a.falseSites.length} second only`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exitCode = main(process.argv.slice(2));
