/**
 * npm run eval:ingest -- [--set seed|dev|all] [--json] [--verbose]
 *
 * Runs the ingest pipeline in-process on every gold-annotated article
 * (tests/fixtures/gold/*.gold.json; the seed is the one outside tests/fixtures/devset) and
 * prints, per set: site recall and precision, type / date / casualty accuracy over matched
 * sites, and false sites named in the gold's nonSites. How sites match: src/ingest/evaluate.ts.
 * Exits non-zero only when something crashes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/ingest/cli';
import { ingestReport } from '../src/ingest/draft';
import { predictedSites, readGoldFiles, scoreArticle, summarize, type ArticleScore, type Summary } from '../src/ingest/evaluate';
import { readReport } from '../src/ingest/read';
import { Resolver } from '../src/ingest/resolve';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function evaluateSets(
  set: 'seed' | 'dev' | 'all',
  dataDir = path.join(ROOT, 'geodata'),
): Promise<Record<string, { summary: Summary; articles: ArticleScore[] }>> {
  const resolver = new Resolver((await loadGazetteer(dataDir)).features);
  const golds = readGoldFiles(path.join(ROOT, 'tests/fixtures/gold'), ROOT);
  const sets: Record<string, ArticleScore[]> = {};
  for (const { gold, articlePath } of golds) {
    const name = gold.article.includes('fixtures/devset/') ? 'dev' : 'seed';
    if (set !== 'all' && set !== name) continue;
    const report = readReport(articlePath);
    const result = ingestReport(report, resolver, { published: gold.published });
    (sets[name] ??= []).push(scoreArticle(gold, predictedSites(result)));
  }
  return Object.fromEntries(Object.entries(sets).map(([k, articles]) => [k, { summary: summarize(articles), articles }]));
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function printSet(name: string, { summary: s, articles }: { summary: Summary; articles: ArticleScore[] }, verbose: boolean): void {
  console.log(`${name}: ${s.articles} article(s), ${s.goldSites} gold sites, ${s.predictedSites} predicted sites`);
  console.log(`  site recall     ${pct(s.recall)}  (${s.matched}/${s.goldSites} gold sites found)`);
  console.log(`  site precision  ${pct(s.precision)}  (${s.matched} matched + ${s.covering} covering / ${s.predictedSites} predicted)`);
  console.log(`  type accuracy   ${pct(s.typeAccuracy)}  (over ${s.matched} matched sites)`);
  console.log(`  date accuracy   ${pct(s.dateAccuracy)}  (date and precision)`);
  console.log(`  casualties      ${pct(s.casualtyAccuracy)}  (killed and injured both right, over ${s.casualtyEvaluated} matched sites with figures)`);
  console.log(`  dateline/metonym/context false sites: ${s.nonSiteFalseSites}`);
  if (!verbose) return;
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

async function run(argv: string[]): Promise<number> {
  const setIndex = argv.indexOf('--set');
  const set = (setIndex === -1 ? 'all' : argv[setIndex + 1]) as 'seed' | 'dev' | 'all';
  if (!['seed', 'dev', 'all'].includes(set)) {
    console.error('usage: npm run eval:ingest -- [--set seed|dev|all] [--json] [--verbose]');
    return 2;
  }
  const results = await evaluateSets(set);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.summary]))));
    return 0;
  }
  for (const [name, result] of Object.entries(results)) printSet(name, result, argv.includes('--verbose'));
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
