/**
 * What the two classifier experiments (scripts/train-event-classifier.ts,
 * scripts/train-site-classifier.ts) share: which train reports they may read, the six batches of
 * leave-one-batch-out cross-validation, and how a fold is scored and printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestResult } from '../src/ingest/draft';
import { predictedSites, scoreArticle, summarize, type GoldFile, type Summary } from '../src/ingest/evaluate';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEVSET = path.join(ROOT, 'tests/fixtures/devset');
export const GOLD = path.join(ROOT, 'tests/fixtures/gold');
export const SEED = path.join(ROOT, 'tests/fixtures/seed/000_2a061224c1d895c9.txt');
/** The last report number these scripts may read: above it are unseen batches. */
export const LAST_ALLOWED = 101;
export const BATCHES: Array<[number, number]> = [[1, 52], [53, 61], [62, 71], [72, 81], [82, 91], [92, 101]];

/** Devset reports 01–101 by file name only; nothing above 101 is opened. */
export function allowedReports(): Array<{ file: string; number: number }> {
  return fs
    .readdirSync(DEVSET)
    .flatMap((name) => {
      const match = /^(\d+)_.*\.txt$/.exec(name);
      const number = match ? Number(match[1]) : NaN;
      return number >= 1 && number <= LAST_ALLOWED ? [{ file: path.join(DEVSET, name), number }] : [];
    })
    .sort((a, b) => a.number - b.number);
}

/** The scorer's figures for these reports' drafts (`results[i]` is the draft of `docs[i]`). */
export function siteSummary(docs: Array<{ gold: GoldFile }>, results: IngestResult[]): Summary {
  return summarize(docs.map((d, i) => scoreArticle(d.gold, predictedSites(results[i]))));
}
export const f1 = (s: Summary) => (s.recall + s.precision === 0 ? 0 : (2 * s.recall * s.precision) / (s.recall + s.precision));
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
export const batchName = (b: number) => BATCHES[b].map((n) => String(n).padStart(2, '0')).join('–');

/** Precision averaged over the ranks of the positives: how well scores order examples, with no threshold. */
export function averagePrecision(labels: boolean[], scores: number[]): number {
  const order = scores.map((p, i) => [p, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let hits = 0;
  let sum = 0;
  order.forEach(([, i], rank) => {
    if (!labels[i]) return;
    hits += 1;
    sum += hits / (rank + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}
