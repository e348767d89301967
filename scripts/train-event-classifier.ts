/**
 * npx tsx scripts/train-event-classifier.ts [--cv] [--write] [--tune] [--why] [--incident-level] [--with-rules] [--l2 1e-4] [--iterations 300] [--min-count 2]
 *
 * Trains the event-sentence classifier (src/ingest/event-classifier.ts) on the train reports
 * 01–101 of tests/fixtures/devset/ and the seed, and measures it by leave-one-batch-out
 * cross-validation. Reports above 101 and the test split are never read: they are the lead's
 * measurement sets, and the file names are filtered by their number before any file is opened.
 *
 * A sentence is positive when it is, contains or lies inside a gold site's quote; every other
 * sentence is negative. The baseline is the rules' own decision: a sentence the draft quotes in
 * some incident.
 *
 * --cv: for each held-out batch (01–52, 53–61, 62–71, 72–81, 82–91, 92–101; the seed always
 *   trains), a model is trained on the other batches and the draft threshold t is chosen on them
 *   by an inner leave-one-batch-out (out-of-fold scores, best site F1 through the real scorer of
 *   src/ingest/evaluate.ts); the held-out batch is then run through ingestReport with that model
 *   and t and scored, and printed beside the rules alone. Sentence-level precision / recall / F1
 *   of the classifier (at the threshold best on the inner folds) and of the rules are printed too.
 * --tune: out-of-fold average precision and best sentence F1 for a grid of l2, minCount and
 *   iterations (the grid is chosen on the same six batches, so the --cv figures of the chosen
 *   setting are a little optimistic).
 * --why: where the rules' misses and false sites lie (in sentences the draft quotes or not).
 * --incident-level: the same model asked of drafted incidents (is this one a gold site?), with
 *   leave-one-batch-out scores and a sweep of the drop threshold.
 * --with-rules: the model also reads what the rules' draft did with each sentence (quoted or not,
 *   type, kind of place, doubts: event-filter.ts `ruleCues`), a second opinion that learns when to
 *   trust the rules; without it, the sentence's words and cues only.
 * --write: trains on every batch, chooses t the same way over all six batches (out-of-fold), and
 *   writes src/ingest/data/event-classifier.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadGazetteer } from '../src/ingest/cli';
import { ingestReport, type IngestResult } from '../src/ingest/draft';
import { DEFAULT_TRAINING, trainEventModel, eventScore, type EventModel, type Example, type TrainingOptions } from '../src/ingest/event-classifier';
import { draftFeatures, dropUnlikelyIncidents } from '../src/ingest/event-filter';
import { predictedSites, scoreArticle, summarize, type GoldFile, type Summary } from '../src/ingest/evaluate';
import { readReport } from '../src/ingest/read';
import { Resolver } from '../src/ingest/resolve';
import { allowedReports, averagePrecision, BATCHES, batchName, DEVSET, f1, GOLD, LAST_ALLOWED, pct, ROOT, SEED, siteSummary } from './classifier-folds';
import type { Sentence } from '../src/ingest/sentences';

const OUT = path.join(ROOT, 'src/ingest/data/event-classifier.json');
const THRESHOLDS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

interface Doc {
  name: string;
  /** Index into BATCHES; -1 for the seed (always trains). */
  batch: number;
  gold: GoldFile;
  sentences: Sentence[];
  features: string[][];
  labels: boolean[];
  /** The rules' draft (classifier off). */
  draft: IngestResult;
  unfoundQuotes: number;
}


/** Sentence i is positive when its span is inside a gold quote's span or holds one. */
function labelsOf(text: string, sentences: Sentence[], quotes: string[]): { labels: boolean[]; unfound: number } {
  const spans: Array<[number, number]> = [];
  let unfound = 0;
  for (const quote of new Set(quotes)) {
    let at = text.indexOf(quote);
    if (at === -1) unfound += 1;
    for (; at !== -1; at = text.indexOf(quote, at + 1)) spans.push([at, at + quote.length]);
  }
  const labels = sentences.map((s) => {
    const end = s.start + s.text.length;
    return spans.some(([from, to]) => (s.start >= from && end <= to) || (from >= s.start && to <= end));
  });
  const orphans = spans.filter(([from, to]) => !sentences.some((s) => (s.start >= from && s.start + s.text.length <= to) || (from >= s.start && to <= s.start + s.text.length)));
  return { labels, unfound: unfound + orphans.length };
}

function loadDocs(resolver: Resolver, features: EventModel['features']): Doc[] {
  const inputs = [{ file: SEED, number: 0 }, ...allowedReports()];
  return inputs.map(({ file, number }) => {
    const name = path.basename(file, '.txt');
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD, `${name}.gold.json`), 'utf8')) as GoldFile;
    const report = readReport(file);
    const draft = ingestReport(report, resolver, { published: gold.published });
    const { labels, unfound } = labelsOf(report.text, draft.sentences, gold.sites.map((s) => s.quote));
    const batch = number === 0 ? -1 : BATCHES.findIndex(([from, to]) => number >= from && number <= to);
    return { name, batch, gold, sentences: draft.sentences, features: draftFeatures(draft, { features }), labels, draft, unfoundQuotes: unfound };
  });
}

function examplesOf(docs: Doc[]): Example[] {
  return docs.flatMap((d) => d.features.map((features, i) => ({ features, positive: d.labels[i] })));
}

let FEATURES: EventModel['features'] = 'text';

function train(docs: Doc[], options: TrainingOptions): EventModel {
  return { kind: 'event-sentence-logistic-regression', version: 1, note: '', features: FEATURES, threshold: 0.5, ...trainEventModel(examplesOf(docs), options) };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const prf = ({ tp, fp, fn }: Counts) => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};
function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
function sentenceCounts(labels: boolean[], predicted: boolean[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  labels.forEach((l, i) => {
    if (l && predicted[i]) c.tp += 1;
    else if (!l && predicted[i]) c.fp += 1;
    else if (l && !predicted[i]) c.fn += 1;
  });
  return c;
}

/** The rules' decision per sentence: the draft quotes it in some incident. */
function rulesPredict(doc: Doc): boolean[] {
  const quoted = new Set(doc.draft.incidents.flatMap((i) => i.sources.map((s) => s.quote)));
  return doc.sentences.map((s) => quoted.has(s.text));
}


/**
 * Out-of-fold scores of every sentence of `docs` (which must not hold the seed): each batch is
 * scored by a model trained on the other batches of `docs` and the seed.
 */
function outOfFoldScores(docs: Doc[], seed: Doc[], options: TrainingOptions): Map<Doc, number[]> {
  const scores = new Map<Doc, number[]>();
  for (const batch of new Set(docs.map((d) => d.batch))) {
    const model = train([...seed, ...docs.filter((d) => d.batch !== batch)], options);
    for (const d of docs.filter((x) => x.batch === batch)) scores.set(d, d.features.map((f) => eventScore(model, f)));
  }
  return scores;
}

/** The draft threshold with the best site F1 over these docs (ties: the lower, which drops less). */
function chooseThreshold(docs: Doc[], scores: Map<Doc, number[]>): { threshold: number; summary: Summary } {
  let best: { threshold: number; summary: Summary } | undefined;
  for (const t of THRESHOLDS) {
    const summary = siteSummary(docs, docs.map((d) => dropUnlikelyIncidents(d.draft, scores.get(d) as number[], t)));
    if (!best || f1(summary) > f1(best.summary) + 1e-9) best = { threshold: t, summary };
  }
  return best as { threshold: number; summary: Summary };
}

/** The sentence threshold with the best sentence F1 over these docs. */
function chooseSentenceThreshold(docs: Doc[], scores: Map<Doc, number[]>): number {
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.951; t += 0.05) {
    const c = docs.reduce((sum, d) => add(sum, sentenceCounts(d.labels, (scores.get(d) as number[]).map((p) => p >= t))), { tp: 0, fp: 0, fn: 0 });
    const score = prf(c).f1;
    if (score > best.f1 + 1e-9) best = { t: Math.round(t * 100) / 100, f1: score };
  }
  return best.t;
}

function siteLine(s: Summary): string {
  return `recall ${pct(s.recall)} (${s.matched}/${s.goldSites}), precision ${pct(s.precision)} (${s.matched + s.covering}/${s.predictedSites}), casualties ${pct(s.casualtyAccuracy)} (of ${s.casualtyEvaluated}), incidents/event ${s.incidentsPerEvent.toFixed(2)}`;
}

function crossValidate(docs: Doc[], resolver: Resolver, options: TrainingOptions): void {
  const seed = docs.filter((d) => d.batch === -1);
  const batched = docs.filter((d) => d.batch !== -1);
  let classifierTotal: Counts = { tp: 0, fp: 0, fn: 0 };
  let rulesTotal: Counts = { tp: 0, fp: 0, fn: 0 };
  const heldOutWithout: Doc[] = [];
  const withResults: IngestResult[] = [];
  console.log('held-out batch | sentences (positive) | classifier P / R / F1 (sentence t) | rules P / R / F1');
  const siteLines: string[] = [];
  for (let b = 0; b < BATCHES.length; b++) {
    const heldOut = batched.filter((d) => d.batch === b);
    const rest = batched.filter((d) => d.batch !== b);
    // t is chosen on the other batches only, from scores none of their models trained on.
    const inner = outOfFoldScores(rest, seed, options);
    const { threshold } = chooseThreshold(rest, inner);
    const sentenceT = chooseSentenceThreshold(rest, inner);
    const model = { ...train([...seed, ...rest], options), threshold };
    const classifier = heldOut.reduce((sum, d) => add(sum, sentenceCounts(d.labels, d.features.map((f) => eventScore(model, f) >= sentenceT))), { tp: 0, fp: 0, fn: 0 });
    const rules = heldOut.reduce((sum, d) => add(sum, sentenceCounts(d.labels, rulesPredict(d))), { tp: 0, fp: 0, fn: 0 });
    classifierTotal = add(classifierTotal, classifier);
    rulesTotal = add(rulesTotal, rules);
    const [c, r] = [prf(classifier), prf(rules)];
    const n = heldOut.reduce((sum, d) => sum + d.labels.length, 0);
    const positives = heldOut.reduce((sum, d) => sum + d.labels.filter(Boolean).length, 0);
    console.log(
      `${batchName(b)} | ${n} (${positives}) | ${pct(c.precision)} / ${pct(c.recall)} / ${pct(c.f1)} (t ${sentenceT}) | ${pct(r.precision)} / ${pct(r.recall)} / ${pct(r.f1)}`,
    );
    // The held-out batch through the real pipeline with the classifier on.
    const results = heldOut.map((d) => ingestReport(readReport(path.join(DEVSET, `${d.name}.txt`)), resolver, { published: d.gold.published, eventClassifier: { model } }));
    heldOutWithout.push(...heldOut);
    withResults.push(...results);
    siteLines.push(`${batchName(b)} (draft t ${threshold})\n  rules alone:     ${siteLine(siteSummary(heldOut, heldOut.map((d) => d.draft)))}\n  with classifier: ${siteLine(siteSummary(heldOut, results))}`);
  }
  const [c, r] = [prf(classifierTotal), prf(rulesTotal)];
  console.log(`all six | | ${pct(c.precision)} / ${pct(c.recall)} / ${pct(c.f1)} | ${pct(r.precision)} / ${pct(r.recall)} / ${pct(r.f1)}`);
  console.log('\nsites, each batch held out (model and t from the other five):');
  for (const line of siteLines) console.log(line);
  // For the reader, not for any choice: what each t would have done with out-of-fold scores.
  const outer = outOfFoldScores(batched, seed, options);
  console.log('\ndraft threshold sweep, pooled out-of-fold scores (01–101): t | sites recall / precision | incidents dropped (of them false sites)');
  const base = siteSummary(batched, batched.map((d) => d.draft));
  for (const t of THRESHOLDS) {
    const results = batched.map((d) => dropUnlikelyIncidents(d.draft, outer.get(d) as number[], t));
    const s = siteSummary(batched, results);
    const dropped = base.predictedSites - s.predictedSites;
    const droppedTrue = base.matched - s.matched;
    console.log(`${t.toFixed(2)} | ${pct(s.recall)} / ${pct(s.precision)} | ${dropped} (${dropped - droppedTrue} false, ${droppedTrue} matched)`);
  }
  console.log(`\n01–101 pooled\n  rules alone:     ${siteLine(siteSummary(heldOutWithout, heldOutWithout.map((d) => d.draft)))}\n  with classifier: ${siteLine(siteSummary(heldOutWithout, withResults))}`);
}


/** Out-of-fold average precision and best F1 over the six batches, for a few settings. */
function tune(docs: Doc[]): void {
  const seed = docs.filter((d) => d.batch === -1);
  const rest = docs.filter((d) => d.batch !== -1);
  const labels = rest.flatMap((d) => d.labels);
  const rules = rest.flatMap((d) => rulesPredict(d));
  const r = prf(sentenceCounts(labels, rules));
  console.log(`rules: P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)}`);
  for (const l2 of [1e-5, 1e-4, 1e-3, 1e-2]) {
    for (const minCount of [1, 2, 3]) {
      for (const iterations of [150, 300, 600]) {
        const options = { ...DEFAULT_TRAINING, l2, minCount, iterations };
        const scores = outOfFoldScores(rest, seed, options);
        const all = rest.flatMap((d) => scores.get(d) as number[]);
        const t = chooseSentenceThreshold(rest, scores);
        const c = prf(sentenceCounts(labels, all.map((p) => p >= t)));
        console.log(`l2 ${l2} minCount ${minCount} iterations ${iterations}: AP ${pct(averagePrecision(labels, all))}, at t ${t}: P ${pct(c.precision)} R ${pct(c.recall)} F1 ${pct(c.f1)}`);
      }
    }
  }
}

/**
 * Where the rules' errors lie, for the sentence classifier to reach or not: a gold site missed in
 * a sentence the draft quotes for another place is a place error no sentence score can fix; a
 * false site in a gold-quoted sentence, likewise.
 */
function whyMissed(docs: Doc[]): void {
  const tally = new Map<string, number>();
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const d of docs.filter((x) => x.batch !== -1)) {
    const score = scoreArticle(d.gold, predictedSites(d.draft));
    const quoted = new Set(d.draft.incidents.flatMap((i) => i.sources.map((s) => s.quote)));
    for (const site of score.missed) {
      const i = d.sentences.findIndex((s) => site.quote.includes(s.text) || s.text.includes(site.quote));
      if (i === -1) count('missed gold site: no sentence holds its quote');
      else if (quoted.has(d.sentences[i].text)) count('missed gold site: its sentence is drafted, for another place (a place error)');
      else if (d.draft.doubts.some((x) => x.startsWith(`[s${i}]`))) count('missed gold site: its sentence set aside with a doubt (no type, background, no place found, headline)');
      else count('missed gold site: its sentence has no site at all (place unresolved or context)');
    }
    const goldQuoted = (quote: string) => d.gold.sites.some((g) => g.quote.includes(quote) || quote.includes(g.quote));
    for (const p of score.falseSites) {
      const incident = d.draft.incidents.find((i) => i.id === p.incidentId);
      count(incident?.sources.some((s) => goldQuoted(s.quote)) ? 'false site: in a gold-quoted sentence (a place error)' : 'false site: in a sentence gold does not quote');
    }
  }
  for (const [key, n] of [...tally].sort()) console.log(`${String(n).padStart(4)}  ${key}`);
}

/**
 * The same question asked of drafted incidents instead of sentences: is this incident a gold site?
 * Features: its quotes' features, its type, its place's kind, its casualties; label: matched by
 * the scorer. Leave-one-batch-out, then the sweep of a drop threshold over out-of-fold scores.
 */
function incidentLevel(docs: Doc[], options: TrainingOptions): void {
  const rows = docs
    .filter((d) => d.batch !== -1)
    .map((d) => {
      const score = scoreArticle(d.gold, predictedSites(d.draft));
      const right = new Set([...score.matches.map((m) => m.predicted.incidentId), ...score.covering.map((c) => c.incidentId)]);
      const kind = new Map(d.draft.places.features.map((f) => [f.properties.id, f.properties.kind]));
      const incidents = d.draft.incidents.map((incident) => {
        const features = new Set(d.sentences.flatMap((s, i) => (incident.sources.some((q) => q.quote === s.text) ? d.features[i] : [])));
        features.add(`incident:type-${incident.type}`);
        for (const id of incident.placeIds) features.add(`incident:kind-${kind.get(id)}`);
        features.add(`incident:quotes-${Math.min(3, incident.sources.length)}`);
        features.add(`incident:geo-${incident.geoPrecision}`);
        if (incident.casualties) features.add('incident:casualties');
        return { id: incident.id, features: [...features], positive: right.has(incident.id) };
      });
      return { doc: d, incidents };
    });
  const outOfFold = new Map<string, number>();
  for (let b = 0; b < BATCHES.length; b++) {
    const model = trainEventModel(rows.filter((r) => r.doc.batch !== b).flatMap((r) => r.incidents), options);
    for (const r of rows.filter((x) => x.doc.batch === b)) for (const i of r.incidents) outOfFold.set(`${r.doc.name}|${i.id}`, eventScore(model, i.features));
  }
  const all = rows.flatMap((r) => r.incidents);
  console.log(`incident level: ${all.length} drafted incidents, ${all.filter((i) => i.positive).length} at a gold site; drop below t (out-of-fold):`);
  for (const t of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const s = summarize(rows.map(({ doc }) => scoreArticle(doc.gold, predictedSites({ ...doc.draft, incidents: doc.draft.incidents.filter((i) => (outOfFold.get(`${doc.name}|${i.id}`) ?? 1) >= t) }))));
    console.log(`  t ${t.toFixed(1)}: ${siteLine(s)}`);
  }
}

function writeModel(docs: Doc[], options: TrainingOptions): void {
  const seed = docs.filter((d) => d.batch === -1);
  const rest = docs.filter((d) => d.batch !== -1);
  const { threshold, summary } = chooseThreshold(rest, outOfFoldScores(rest, seed, options));
  const model = train(docs, options);
  const sentences = docs.reduce((sum, d) => sum + d.labels.length, 0);
  const positives = docs.reduce((sum, d) => sum + d.labels.filter(Boolean).length, 0);
  const note =
    `Trained by scripts/train-event-classifier.ts --write on the seed and devset reports 01–${LAST_ALLOWED} (${docs.length} reports, ` +
    `${sentences} sentences, ${positives} positive: a gold site's quote), features ${FEATURES}, l2 ${options.l2}, ${options.iterations} Adam steps, ` +
    `features seen in at least ${options.minCount} sentences. Threshold ${threshold}: best site F1 over out-of-fold scores of the six batches ` +
    `(site recall ${pct(summary.recall)}, precision ${pct(summary.precision)} there). Nothing above report ${LAST_ALLOWED} nor the test split was read.`;
  const json: EventModel = { ...model, note, threshold };
  fs.writeFileSync(OUT, `${JSON.stringify(json, null, 0).replace(/,"weights":/, ',\n"weights":')}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${Object.keys(model.weights).length} features, threshold ${threshold}`);
  console.log(note);
}

function numberFlag(argv: string[], flag: string, fallback: number): number {
  const at = argv.indexOf(flag);
  if (at === -1) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isFinite(value)) throw new Error(`${flag} needs a number, got ${argv[at + 1]}`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const options: TrainingOptions = {
    ...DEFAULT_TRAINING,
    l2: numberFlag(argv, '--l2', DEFAULT_TRAINING.l2),
    iterations: numberFlag(argv, '--iterations', DEFAULT_TRAINING.iterations),
    minCount: numberFlag(argv, '--min-count', DEFAULT_TRAINING.minCount),
  };
  if (argv.includes('--with-rules')) FEATURES = 'text+rules';
  const resolver = new Resolver((await loadGazetteer(path.join(ROOT, 'geodata'))).features);
  const docs = loadDocs(resolver, FEATURES);
  const sentences = docs.reduce((sum, d) => sum + d.labels.length, 0);
  const positives = docs.reduce((sum, d) => sum + d.labels.filter(Boolean).length, 0);
  const unfound = docs.reduce((sum, d) => sum + d.unfoundQuotes, 0);
  console.log(`${docs.length} reports (seed and 01–${LAST_ALLOWED}), ${sentences} sentences, ${positives} positive; ${unfound} gold quote(s) with no sentence inside or around them`);
  if (argv.includes('--why')) whyMissed(docs);
  if (argv.includes('--incident-level')) incidentLevel(docs, options);
  if (argv.includes('--tune')) tune(docs);
  if (argv.includes('--cv')) crossValidate(docs, resolver, options);
  if (argv.includes('--write')) writeModel(docs, options);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`train-event-classifier: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
