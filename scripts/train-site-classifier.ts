/**
 * npx tsx scripts/train-site-classifier.ts [--cv] [--why] [--write] [--label quote|place|gain] [--drafted-only] [--l2 1e-3] [--iterations 300] [--min-count 2]
 *
 * Trains the per-mention site classifier (src/ingest/site-classifier.ts) on the train reports
 * 01–101 of tests/fixtures/devset/ and the seed, and measures it by leave-one-batch-out
 * cross-validation through the real scorer (src/ingest/evaluate.ts). Reports above 101 and the
 * test split are never read: file names are filtered by their number before any file is opened.
 *
 * Examples: every mention the rules placed (a PlaceDecision with `chosen`). Label: the chosen
 * place matches a gold site of the report by the scorer's own matching (within 10 km of a gold
 * point, inside a gold region: `scoreArticle` asked of that one place), and — with `--label
 * quote` — that gold site's quote is, holds or lies inside the mention's sentence; with
 * `--label gain`, the default, a name the rules did not make a site is positive only when its place
 * matches a gold site the rules' draft misses (what drafting it would gain), a site as with place.
 *
 * --cv: for each held-out batch (01–52, 53–61, 62–71, 72–81, 82–91, 92–101; the seed always
 *   trains), a model is trained on the other batches, and the thresholds (drop a drafted site
 *   below low, draft a non-site above high) are chosen on them by an inner leave-one-batch-out
 *   (out-of-fold scores, best site F1; ties go to the smaller change). The held-out batch is then
 *   run through ingestReport with that model and those thresholds and scored beside the rules.
 * --drafted-only: train only on the names of sentences the draft quotes (where the filter acts).
 * --why: where the rules' missed gold sites lie for a per-mention decision to reach: a placed
 *   name the rules did not make a site, a name placed at a namesake while another candidate
 *   would match, a name left unresolved with a matching candidate, or no name at all.
 * --write: trains on every batch, chooses the thresholds the same way over all six batches
 *   (out-of-fold), and writes src/ingest/data/site-classifier.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadGazetteer } from '../src/ingest/cli';
import { ingestReport, type IngestResult, type PlaceDecision } from '../src/ingest/draft';
import { DEFAULT_TRAINING, eventScore, trainEventModel, type Example, type TrainingOptions } from '../src/ingest/event-classifier';
import { predictedSites, scoreArticle, type GoldFile, type GoldSite, type PredictedSite, type Summary } from '../src/ingest/evaluate';
import { readReport } from '../src/ingest/read';
import { Resolver } from '../src/ingest/resolve';
import { allowedReports, averagePrecision, BATCHES, batchName, f1, GOLD, LAST_ALLOWED, pct, ROOT, SEED, siteSummary } from './classifier-folds';
import { placedMentions, type SiteModel } from '../src/ingest/site-classifier';
import { resite } from '../src/ingest/site-filter';

const OUT = path.join(ROOT, 'src/ingest/data/site-classifier.json');
/** Drop thresholds (0: drop nothing) and draft thresholds (above 1: draft nothing new). */
const LOWS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
const HIGHS = [1.01, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3];

interface Mention {
  decision: PlaceDecision;
  features: string[];
  positive: boolean;
}

interface Doc {
  name: string;
  /** Index into BATCHES; -1 for the seed (always trains). */
  batch: number;
  file: string;
  gold: GoldFile;
  draft: IngestResult;
  mentions: Mention[];
}


/** The decision's place as the scorer sees a drafted site. */
function asPredicted(d: PlaceDecision): PredictedSite {
  const place = d.chosen as NonNullable<PlaceDecision['chosen']>;
  const feature = place.feature();
  return {
    incidentId: 'mention',
    placeId: place.id,
    names: [feature.properties.name, ...(feature.properties.aliases ?? [])],
    kind: feature.properties.kind,
    geometry: feature.geometry,
    type: 'strike',
    date: '',
    datePrecision: 'day',
  };
}

const tellsOf = (site: GoldSite, sentence: string) => site.quote.includes(sentence) || sentence.includes(site.quote);

type Label = 'quote' | 'place' | 'gain';

/** `missed`: the gold sites the rules' draft does not find (for --label gain). */
function labelOf(gold: GoldFile, d: PlaceDecision, sentence: string, label: Label, missed: GoldSite[]): boolean {
  const sites = label === 'quote' ? gold.sites.filter((g) => tellsOf(g, sentence)) : label === 'gain' && d.role !== 'site' ? missed : gold.sites;
  if (sites.length === 0) return false;
  return scoreArticle({ ...gold, sites }, [asPredicted(d)]).matches.length > 0;
}

function loadDocs(resolver: Resolver, label: Label): Doc[] {
  const inputs = [{ file: SEED, number: 0 }, ...allowedReports()];
  return inputs.map(({ file, number }) => {
    const name = path.basename(file, '.txt');
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD, `${name}.gold.json`), 'utf8')) as GoldFile;
    const draft = ingestReport(readReport(file), resolver, { published: gold.published });
    const missed = scoreArticle(gold, predictedSites(draft)).missed;
    const mentions = placedMentions(draft).map(({ decision, features }) => ({
      decision,
      features,
      positive: labelOf(gold, decision, draft.sentences[decision.sentence].text, label, missed),
    }));
    const batch = number === 0 ? -1 : BATCHES.findIndex(([from, to]) => number >= from && number <= to);
    return { name, batch, file, gold, draft, mentions };
  });
}

/** --drafted-only: train on the names of sentences the draft quotes, the only ones the filter re-decides. */
let DRAFTED_ONLY = false;

const inDraftedSentence = (m: Mention) => m.features.includes('sentence-drafted:yes');

function train(docs: Doc[], options: TrainingOptions): Pick<SiteModel, 'bias' | 'weights'> {
  const examples: Example[] = docs.flatMap((d) => d.mentions.filter((m) => !DRAFTED_ONLY || inDraftedSentence(m)).map((m) => ({ features: m.features, positive: m.positive })));
  return trainEventModel(examples, options);
}

function scoresOf(doc: Doc, model: Pick<SiteModel, 'bias' | 'weights'>): Map<PlaceDecision, number> {
  return new Map(doc.mentions.map((m) => [m.decision, eventScore(model, m.features)]));
}

/** Out-of-fold scores of `docs` (no seed among them): each batch scored by a model of the other batches and the seed. */
function outOfFold(docs: Doc[], seed: Doc[], options: TrainingOptions): Map<Doc, Map<PlaceDecision, number>> {
  const out = new Map<Doc, Map<PlaceDecision, number>>();
  for (const batch of new Set(docs.map((d) => d.batch))) {
    const model = train([...seed, ...docs.filter((d) => d.batch !== batch)], options);
    for (const d of docs.filter((x) => x.batch === batch)) out.set(d, scoresOf(d, model));
  }
  return out;
}


/** The (low, high) with the best site F1 over these docs; ties go to the smaller change (lower low, higher high). */
function chooseThresholds(docs: Doc[], scores: Map<Doc, Map<PlaceDecision, number>>): { low: number; high: number; summary: Summary } {
  let best: { low: number; high: number; summary: Summary } | undefined;
  for (const low of LOWS) {
    for (const high of HIGHS) {
      const summary = siteSummary(docs, docs.map((d) => resite(d.draft, scores.get(d) as Map<PlaceDecision, number>, low, high)));
      if (!best || f1(summary) > f1(best.summary) + 1e-9) best = { low, high, summary };
    }
  }
  return best as { low: number; high: number; summary: Summary };
}

function siteLine(s: Summary): string {
  return `recall ${pct(s.recall)} (${s.matched}/${s.goldSites}), precision ${pct(s.precision)} (${s.matched + s.covering}/${s.predictedSites}), casualties ${pct(s.casualtyAccuracy)} (of ${s.casualtyEvaluated}), F1 ${pct(f1(s))}`;
}


function crossValidate(docs: Doc[], resolver: Resolver, options: TrainingOptions): void {
  const seed = docs.filter((d) => d.batch === -1);
  const batched = docs.filter((d) => d.batch !== -1);
  const allWithout: Doc[] = [];
  const allWith: IngestResult[] = [];
  console.log('sites, each batch held out (model and thresholds from the other five):');
  for (let b = 0; b < BATCHES.length; b++) {
    const heldOut = batched.filter((d) => d.batch === b);
    const rest = batched.filter((d) => d.batch !== b);
    const { low, high, summary } = chooseThresholds(rest, outOfFold(rest, seed, options));
    const model = { ...train([...seed, ...rest], options), low, high };
    const results = heldOut.map((d) => ingestReport(readReport(d.file), resolver, { published: d.gold.published, siteClassifier: { model: { kind: 'site-mention-logistic-regression', version: 1, note: '', ...model } } }));
    allWithout.push(...heldOut);
    allWith.push(...results);
    console.log(`${batchName(b)} (low ${low}, high ${high}; inner F1 ${pct(f1(summary))})`);
    console.log(`  rules alone:          ${siteLine(siteSummary(heldOut, heldOut.map((d) => d.draft)))}`);
    console.log(`  with site classifier: ${siteLine(siteSummary(heldOut, results))}`);
  }
  console.log(`01–101 pooled\n  rules alone:          ${siteLine(siteSummary(allWithout, allWithout.map((d) => d.draft)))}\n  with site classifier: ${siteLine(siteSummary(allWithout, allWith))}`);

  // For the reader, not for any choice: the mention-level ranking and what each threshold would do.
  const outer = outOfFold(batched, seed, options);
  const labels = batched.flatMap((d) => d.mentions.map((m) => m.positive));
  const scores = batched.flatMap((d) => d.mentions.map((m) => (outer.get(d) as Map<PlaceDecision, number>).get(m.decision) as number));
  const rules = batched.flatMap((d) => d.mentions.map((m) => m.decision.role === 'site'));
  const tp = rules.filter((r, i) => r && labels[i]).length;
  console.log(
    `\nmentions (out-of-fold): ${labels.length} placed, ${labels.filter(Boolean).length} positive; average precision ${pct(averagePrecision(labels, scores))}; ` +
      `the rules' role "site": precision ${pct(tp / rules.filter(Boolean).length)}, recall ${pct(tp / labels.filter(Boolean).length)}`,
  );
  // The non-site names of drafted sentences: the only ones `high` can turn into sites.
  const candidates = batched.flatMap((d) => {
    const quoted = new Set(d.draft.incidents.flatMap((i) => i.sources.map((s) => s.quote)));
    return d.mentions.filter((m) => m.decision.role !== 'site' && quoted.has(d.draft.sentences[m.decision.sentence].text)).map((m) => ({ m, p: (outer.get(d) as Map<PlaceDecision, number>).get(m.decision) as number }));
  });
  const above = (t: number) => candidates.filter((c) => c.p >= t);
  console.log(
    `non-site names in drafted sentences: ${candidates.length}, ${candidates.filter((c) => c.m.positive).length} positive; ` +
      [0.3, 0.5, 0.7].map((t) => `≥ ${t}: ${above(t).length} (${above(t).filter((c) => c.m.positive).length} positive)`).join(', '),
  );
  // The drop side: how well the best deciding score of each drafted site orders right above false.
  const drafted: Array<{ right: boolean; p: number }> = [];
  for (const d of batched) {
    const score = scoreArticle(d.gold, predictedSites(d.draft));
    const right = new Set([...score.matches.map((m) => m.predicted.incidentId), ...score.covering.map((c) => c.incidentId)]);
    const indexOf = new Map(d.draft.sentences.map((s, i) => [s.text, i]));
    for (const incident of d.draft.incidents) {
      const here = new Set(incident.sources.map((s) => indexOf.get(s.quote)));
      const deciding = d.mentions.filter((m) => here.has(m.decision.sentence) && m.decision.role === 'site' && incident.placeIds.includes(m.decision.chosen?.id as string));
      if (deciding.length === 0) continue;
      drafted.push({ right: right.has(incident.id), p: Math.max(...deciding.map((m) => (outer.get(d) as Map<PlaceDecision, number>).get(m.decision) as number)) });
    }
  }
  const rights = drafted.filter((x) => x.right);
  const falses = drafted.filter((x) => !x.right);
  const auc = rights.reduce((sum, r) => sum + falses.reduce((n, f) => n + (r.p > f.p ? 1 : r.p === f.p ? 0.5 : 0), 0), 0) / Math.max(1, rights.length * falses.length);
  console.log(
    `drafted sites with a deciding name: ${drafted.length} (${falses.length} false); AUC right above false ${pct(auc)}; ` +
      [0.2, 0.3, 0.4, 0.5].map((t) => `< ${t}: ${falses.filter((x) => x.p < t).length} false, ${rights.filter((x) => x.p < t).length} right`).join('; '),
  );
  console.log('pooled out-of-fold sweep: low / high | sites');
  const base = siteSummary(batched, batched.map((d) => d.draft));
  console.log(`  rules | ${siteLine(base)}`);
  for (const low of LOWS) {
    for (const high of [1.01, 0.7, 0.5, 0.3]) {
      if (low === 0 && high > 1) continue;
      const s = siteSummary(batched, batched.map((d) => resite(d.draft, outer.get(d) as Map<PlaceDecision, number>, low, high)));
      console.log(`  ${low} / ${high} | ${siteLine(s)}`);
    }
  }
}

/** Where the rules' missed gold sites lie, for a per-mention decision to reach or not. */
function whyMissed(docs: Doc[]): void {
  const tally = new Map<string, number>();
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  const matches = (gold: GoldFile, site: GoldSite, p: PredictedSite) => scoreArticle({ ...gold, sites: [site] }, [p]).matches.length > 0;
  for (const d of docs.filter((x) => x.batch !== -1)) {
    for (const site of scoreArticle(d.gold, predictedSites(d.draft)).missed) {
      const named = d.draft.decisions.filter((m) => m.chosen && matches(d.gold, site, asPredicted(m)));
      const candidate = d.draft.decisions.filter((m) => m.candidates.some((c) => matches(d.gold, site, asPredicted({ ...m, chosen: c.place }))));
      if (named.some((m) => m.role === 'site')) count('placed at the gold place as a site somewhere (one incident there for two gold events, or not drafted: no event, a headline)');
      else if (named.length > 0) count(`placed at the gold place, never made a site (roles: ${[...new Set(named.map((m) => m.role))].sort().join(', ')})`);
      else if (candidate.some((m) => m.chosen)) count('a candidate matches, but the name was placed at another namesake or place');
      else if (candidate.length > 0) count('a candidate matches, but the name was left unresolved or refused');
      else count('no name of the report has a candidate at the gold place');
    }
  }
  console.log('missed gold sites (01–101), by what a per-mention decision could do about them:');
  for (const [key, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${key}`);

  // The false sites, by the names that made them: a namesake of a gold place, a real event told
  // in a gold-quoted sentence at the wrong place, or neither.
  const falseTally = new Map<string, number>();
  const countFalse = (key: string) => falseTally.set(key, (falseTally.get(key) ?? 0) + 1);
  for (const d of docs.filter((x) => x.batch !== -1)) {
    for (const p of scoreArticle(d.gold, predictedSites(d.draft)).falseSites) {
      const incident = d.draft.incidents.find((i) => i.id === p.incidentId);
      const quotes = new Set(incident?.sources.map((s) => s.quote) ?? []);
      const deciding = d.draft.decisions.filter((m) => m.chosen?.id === p.placeId && quotes.has(d.draft.sentences[m.sentence].text));
      const namesake = deciding.some((m) => m.candidates.some((c) => c.place.ref !== m.chosen?.ref && d.gold.sites.some((g) => matches(d.gold, g, asPredicted({ ...m, chosen: c.place })))));
      const goldQuoted = [...quotes].some((q) => d.gold.sites.some((g) => tellsOf(g, q)));
      const role = deciding.length === 0 ? 'no name in its sentences (a figure carried on)' : `role ${[...new Set(deciding.map((m) => m.role))].sort().join(', ')}`;
      countFalse(namesake ? 'another candidate of its name is at a gold site (a namesake chosen wrong)' : goldQuoted ? `in a sentence gold quotes, the place is wrong (${role})` : `in a sentence gold does not quote (${role})`);
    }
  }
  console.log('false sites (01–101):');
  for (const [key, n] of [...falseTally].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${key}`);
}

function writeModel(docs: Doc[], options: TrainingOptions, label: string): void {
  const seed = docs.filter((d) => d.batch === -1);
  const rest = docs.filter((d) => d.batch !== -1);
  const { low, high, summary } = chooseThresholds(rest, outOfFold(rest, seed, options));
  const model = train(docs, options);
  const mentions = docs.reduce((n, d) => n + d.mentions.length, 0);
  const positives = docs.reduce((n, d) => n + d.mentions.filter((m) => m.positive).length, 0);
  const note =
    `Trained by scripts/train-site-classifier.ts --write on the seed and devset reports 01–${LAST_ALLOWED} (${docs.length} reports, ` +
    `${mentions} placed mentions, ${positives} positive: label ${label}), l2 ${options.l2}, ${options.iterations} Adam steps, features seen at least ${options.minCount} times. ` +
    `Thresholds low ${low}, high ${high}: best site F1 over out-of-fold scores of the six batches (recall ${pct(summary.recall)}, precision ${pct(summary.precision)} there). ` +
    `Nothing above report ${LAST_ALLOWED} nor the test split was read.`;
  const json: SiteModel = { kind: 'site-mention-logistic-regression', version: 1, note, low, high, ...model };
  fs.writeFileSync(OUT, `${JSON.stringify(json, null, 0).replace(/,"weights":/, ',\n"weights":')}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${Object.keys(model.weights).length} features, low ${low}, high ${high}`);
  console.log(note);
}

function flag(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
}
function numberFlag(argv: string[], name: string, fallback: number): number {
  const raw = flag(argv, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} needs a number, got ${raw}`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const options: TrainingOptions = {
    ...DEFAULT_TRAINING,
    l2: numberFlag(argv, '--l2', DEFAULT_TRAINING.l2),
    iterations: numberFlag(argv, '--iterations', DEFAULT_TRAINING.iterations),
    minCount: numberFlag(argv, '--min-count', DEFAULT_TRAINING.minCount),
  };
  const label = flag(argv, '--label') ?? 'gain';
  DRAFTED_ONLY = argv.includes('--drafted-only');
  if (label !== 'quote' && label !== 'place' && label !== 'gain') throw new Error(`--label is quote, place or gain, got ${label}`);
  const resolver = new Resolver((await loadGazetteer(path.join(ROOT, 'geodata'))).features);
  const docs = loadDocs(resolver, label);
  const mentions = docs.reduce((n, d) => n + d.mentions.length, 0);
  const positives = docs.reduce((n, d) => n + d.mentions.filter((m) => m.positive).length, 0);
  console.log(`${docs.length} reports (seed and 01–${LAST_ALLOWED}), ${mentions} placed mentions, ${positives} positive (label ${label})`);
  if (argv.includes('--why')) whyMissed(docs);
  if (argv.includes('--cv')) crossValidate(docs, resolver, options);
  if (argv.includes('--write')) writeModel(docs, options, label);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`train-site-classifier: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
