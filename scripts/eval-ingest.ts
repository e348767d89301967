/**
 * npm run -s eval:ingest -- [--split seed|train|test|all] [--only 39,40,102-121,…] [--json] [--verbose] [--causes]
 *
 * Runs the ingest pipeline in-process on every gold-annotated article and prints, per split:
 * site recall and precision, type / date / casualty accuracy over matched sites, drafted
 * incidents per gold event, and false sites named in the gold's nonSites. How sites match:
 * src/ingest/evaluate.ts.
 *
 * Splits: seed (the gold file whose article is outside tests/fixtures/devset), train
 * (tests/fixtures/gold/*.gold.json for tests/fixtures/devset/*.txt: rules may be written from
 * it) and test (tests/fixtures/gold/test/: never looked at while writing rules, so it prints
 * only its aggregate figures; --verbose is refused for it). A report the tool refuses counts as
 * an article with no sites found. Exits non-zero only when something crashes.
 *
 * --only keeps the train or seed articles named: a number is the report of that number ("7" is
 * 07_…, not 70–79), "102-121" a range of them, anything else a file-name prefix; so that a batch
 * added at once can be scored apart (the figures it had before any rule was written for it are
 * in docs/ingest-accuracy.md). Not given for the test split.
 *
 * --causes counts every miss, false site, wrong figure and wrong date under a coarse cause
 * (src/ingest/error-causes.ts): counts only, no sentence, so it is given for every split.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/ingest/cli';
import { ingestReport } from '../src/ingest/draft';
import { countCauses, type CauseCounts } from '../src/ingest/error-causes';
import { predictedSites, readGoldFiles, scoreArticle, summarize, summaryLines, type ArticleScore, type Summary } from '../src/ingest/evaluate';
import { InputError, readReport } from '../src/ingest/read';
import { Resolver } from '../src/ingest/resolve';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SPLITS = ['seed', 'train', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export interface SplitResult {
  summary: Summary;
  articles: ArticleScore[];
  /** Reports the tool refused with an input error (one line each). */
  refused: string[];
  /** Every difference from the gold, counted by cause. */
  causes: CauseCounts;
}

function goldFilesOf(split: Split, root: string) {
  if (split === 'test') return readGoldFiles(path.join(root, 'tests/fixtures/gold/test'), root);
  const isTrain = (article: string) => article.includes('fixtures/devset/') && !article.includes('fixtures/devset/test/');
  return readGoldFiles(path.join(root, 'tests/fixtures/gold'), root).filter(({ gold }) => (split === 'train') === isTrain(gold.article));
}

/** Whether `--only` names this article file: its number, a range of numbers, or a prefix of its name. */
export function isSelected(file: string, only: readonly string[]): boolean {
  const number = /^(\d+)_/.exec(file)?.[1];
  const n = number === undefined ? NaN : Number(number);
  return only.some((token) => {
    const range = /^(\d+)-(\d+)$/.exec(token);
    if (range) return n >= Number(range[1]) && n <= Number(range[2]);
    if (/^\d+$/.test(token)) return n === Number(token);
    return file.startsWith(token);
  });
}

export async function evaluateSets(
  which: Split | 'all',
  dataDir = path.join(ROOT, 'geodata'),
  root = ROOT,
  only: string[] = [],
): Promise<Partial<Record<Split, SplitResult>>> {
  const resolver = new Resolver((await loadGazetteer(dataDir)).features);
  const out: Partial<Record<Split, SplitResult>> = {};
  for (const split of SPLITS) {
    if (which !== 'all' && which !== split) continue;
    const golds = goldFilesOf(split, root).filter(({ articlePath }) => only.length === 0 || isSelected(path.basename(articlePath), only));
    if (golds.length === 0) continue;
    const articles: ArticleScore[] = [];
    const refused: string[] = [];
    const causes: CauseCounts = {};
    for (const { gold, articlePath } of golds) {
      let result: ReturnType<typeof ingestReport> | undefined;
      try {
        result = ingestReport(readReport(articlePath), resolver, { published: gold.published });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        refused.push(error.message);
      }
      const score = scoreArticle(gold, result ? predictedSites(result) : []);
      articles.push(score);
      countCauses(gold, score, result, causes);
    }
    out[split] = { summary: summarize(articles), articles, refused, causes };
  }
  return out;
}

function printSplit(name: Split, { summary: s, articles, refused }: SplitResult, verbose: boolean): void {
  console.log(`${name}: ${s.articles} article(s), ${s.goldSites} gold sites, ${s.predictedSites} predicted sites${refused.length ? `, ${refused.length} refused` : ''}`);
  for (const line of summaryLines(s)) console.log(line);
  if (!verbose) return;
  for (const line of refused) console.log(`  REFUSED ${line}`);
  for (const a of articles) {
    console.log(`  ${path.basename(a.article)}: ${a.matches.length}/${a.gold} found, ${a.predicted} predicted`);
    for (const m of a.matches) {
      const diffs = [
        m.gold.type !== m.predicted.type ? `type ${m.predicted.type}≠${m.gold.type}` : '',
        m.gold.date !== m.predicted.date || m.gold.datePrecision !== m.predicted.datePrecision ? `date ${m.predicted.date}/${m.predicted.datePrecision}≠${m.gold.date}/${m.gold.datePrecision}` : '',
        JSON.stringify([m.gold.killed ?? null, m.gold.injured ?? null]) !== JSON.stringify([m.predicted.killed ?? null, m.predicted.injured ?? null])
          ? `casualties ${JSON.stringify([m.predicted.killed ?? null, m.predicted.injured ?? null])}≠${JSON.stringify([m.gold.killed ?? null, m.gold.injured ?? null])}`
          : '',
      ].filter(Boolean);
      console.log(`    ok    ${m.gold.name} ← ${m.predicted.incidentId} (${m.km.toFixed(1)} km)${diffs.length ? `  [${diffs.join('; ')}]` : ''}`);
    }
    for (const g of a.missed) console.log(`    MISS  ${g.name} (${g.type} ${g.date})`);
    for (const p of a.covering) console.log(`    cover ${p.incidentId} (contains matched gold sites)`);
    for (const p of a.falseSites) {
      const hit = a.nonSiteHits.find((h) => h.predicted === p);
      console.log(`    FALSE ${p.incidentId}${hit ? `  (gold nonSite "${hit.nonSite}")` : ''}`);
    }
  }
}

function printCauses(causes: CauseCounts): void {
  console.log('  differences from the gold, by cause:');
  const rows = Object.entries(causes).sort(([a, m], [b, n]) => a.split(':')[0].localeCompare(b.split(':')[0]) || n - m);
  for (const [cause, n] of rows) console.log(`    ${String(n).padStart(3)}  ${cause}`);
}

const USAGE = 'usage: npm run -s eval:ingest -- [--split seed|train|test|all] [--only 39,40,102-121,…] [--json] [--verbose] [--causes]';
const VALUE_FLAGS = ['--split', '--only'];

async function run(argv: string[]): Promise<number> {
  const at = argv.indexOf('--split');
  const which = (at === -1 ? 'all' : argv[at + 1]) as Split | 'all';
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt === -1 ? [] : (argv[onlyAt + 1] ?? '').split(',').filter(Boolean);
  const values = VALUE_FLAGS.map((flag) => argv.indexOf(flag) + 1).filter((i) => i > 0);
  if (
    ![...SPLITS, 'all'].includes(which) ||
    (onlyAt !== -1 && only.length === 0) ||
    argv.some((a, i) => a.startsWith('--') && ![...VALUE_FLAGS, '--json', '--verbose', '--causes'].includes(a) && !values.includes(i))
  ) {
    console.error(USAGE);
    return 2;
  }
  if (only.length > 0 && which !== 'train' && which !== 'seed') {
    console.error('eval-ingest: --only is given with --split train or --split seed (the test split is scored whole)');
    return 2;
  }
  const verbose = argv.includes('--verbose');
  // The test split is scored, never read: its misses must not steer the rules.
  if (verbose && which === 'test') {
    console.error('eval-ingest: --verbose is not given for the test split (only its aggregate figures are printed)');
    return 2;
  }
  const results = await evaluateSets(which, undefined, undefined, only);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { ...v.summary, refused: v.refused.length }]))));
    return 0;
  }
  for (const split of SPLITS) {
    const result = results[split];
    if (!result) continue;
    printSplit(split, result, verbose && split !== 'test');
    if (argv.includes('--causes')) printCauses(result.causes);
  }
  if (!results.test && (which === 'all' || which === 'test')) console.log('test: no gold under tests/fixtures/gold/test yet');
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`eval-ingest: crashed: ${(error as Error).stack ?? error}`);
      process.exitCode = 1;
    },
  );
}
