/**
 * The event classifier (event-classifier.ts) as a second opinion on a draft: an incident whose
 * every quoted sentence the classifier scores below the threshold is taken out of the draft and
 * listed among the doubts with its score, so the editor still sees it. Off unless asked:
 * INGEST_CLASSIFIER=1 (or the `eventClassifier` option of ingestReport). Measured by
 * cross-validation on the train reports: docs/ingest-accuracy.md.
 */
import type { IngestResult } from './draft';
import { eventScore, loadEventModel, reportFeatures, type EventModel } from './event-classifier';

export interface EventClassifierOption {
  model: EventModel;
  /** Defaults to the model's own threshold. */
  threshold?: number;
}

/**
 * What the rules' draft did with each sentence, as features: quoted by an incident or not, its
 * type, the kind of place, how many incidents, casualties, and whether a doubt names the sentence.
 */
export function ruleCues(result: Pick<IngestResult, 'sentences' | 'incidents' | 'places' | 'doubts'>): string[][] {
  const kindOf = new Map(result.places.features.map((f) => [f.properties.id, f.properties.kind]));
  const cues = result.sentences.map(() => new Set<string>());
  const indexOf = new Map<string, number[]>();
  result.sentences.forEach((s, i) => indexOf.set(s.text, [...(indexOf.get(s.text) ?? []), i]));
  const quoting = result.sentences.map(() => 0);
  for (const incident of result.incidents) {
    for (const source of incident.sources) {
      for (const i of indexOf.get(source.quote) ?? []) {
        quoting[i] += 1;
        cues[i].add(`rule:type-${incident.type}`);
        for (const id of incident.placeIds) cues[i].add(`rule:place-${kindOf.get(id) ?? 'unknown'}`);
        if (incident.casualties) cues[i].add('rule:casualties');
      }
    }
  }
  for (const doubt of result.doubts) {
    const match = /^\[s(\d+)\]/.exec(doubt);
    if (match) cues[Number(match[1])]?.add('rule:doubt');
  }
  return cues.map((set, i) => [...set, `rule:quoted-${Math.min(quoting[i], 3)}`]);
}

/** The features the model reads, for every sentence of a draft. */
export function draftFeatures(result: Pick<IngestResult, 'sentences' | 'incidents' | 'places' | 'doubts'>, model: Pick<EventModel, 'features'>): string[][] {
  const text = reportFeatures(result.sentences);
  if (model.features === 'text') return text;
  const rules = ruleCues(result);
  return text.map((f, i) => [...f, ...rules[i]]);
}

/** The classifier's score of every sentence of a draft, in sentence order. */
export function sentenceScores(result: Pick<IngestResult, 'sentences' | 'incidents' | 'places' | 'doubts'>, model: EventModel): number[] {
  return draftFeatures(result, model).map((features) => eventScore(model, features));
}

/** The draft without the incidents no quoted sentence of which reaches the threshold. */
export function dropUnlikelyIncidents(result: IngestResult, scores: number[], threshold: number): IngestResult {
  const scoreOf = new Map<string, number>();
  result.sentences.forEach((s, i) => scoreOf.set(s.text, Math.max(scoreOf.get(s.text) ?? 0, scores[i])));
  const doubts = [...result.doubts];
  const incidents = result.incidents.filter((incident) => {
    // A quote that is no sentence of the report (none today) is no reason to drop anything.
    const best = Math.max(...incident.sources.map((source) => scoreOf.get(source.quote) ?? 1));
    if (best >= threshold) return true;
    doubts.push(`${incident.id}: the event classifier scores its sentence${incident.sources.length > 1 ? 's' : ''} ${best.toFixed(2)} (< ${threshold}), not drafted: "${incident.sources[0].quote.slice(0, 160)}"`);
    return false;
  });
  if (incidents.length === result.incidents.length) return result;
  const used = new Set(incidents.flatMap((i) => i.placeIds));
  const features = result.places.features.filter((f) => used.has(f.properties.id));
  return { ...result, incidents, places: { ...result.places, features }, doubts };
}

export function applyEventClassifier(result: IngestResult, option: EventClassifierOption): IngestResult {
  return dropUnlikelyIncidents(result, sentenceScores(result, option.model), option.threshold ?? option.model.threshold);
}

let shipped: EventModel | undefined;

/** INGEST_CLASSIFIER=1: the shipped model (src/ingest/data/event-classifier.json) with its threshold. */
export function eventClassifierFromEnv(env: NodeJS.ProcessEnv = process.env): EventClassifierOption | undefined {
  if (env.INGEST_CLASSIFIER !== '1') return undefined;
  shipped ??= loadEventModel();
  const threshold = env.INGEST_CLASSIFIER_THRESHOLD === undefined ? undefined : Number(env.INGEST_CLASSIFIER_THRESHOLD);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
    throw new Error(`INGEST_CLASSIFIER_THRESHOLD=${env.INGEST_CLASSIFIER_THRESHOLD}: not a number from 0 to 1`);
  }
  return { model: shipped, ...(threshold !== undefined ? { threshold } : {}) };
}
