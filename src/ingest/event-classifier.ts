/**
 * A learned second opinion on the hand rules: does a sentence report an event that belongs on
 * the map (a gold site's quote), or is it background, context, a reaction or a total?
 *
 * Binary features of one sentence (word unigrams and bigrams, lower-cased, numbers folded to one
 * token, and a few cheap cues: a casualty word, a number, a past-tense event verb, a pointer to
 * earlier news, quotation marks, where in the report it stands, a headline), scored by an
 * L2-regularised logistic regression trained by full-batch Adam — deterministic, so
 * the same examples always give the same weights. Each sentence's feature vector is scaled to
 * unit length, which keeps the step size safe whatever the sentence's length.
 *
 * Trained by scripts/train-event-classifier.ts; the shipped weights are
 * src/ingest/data/event-classifier.json. How the draft uses it (off unless asked): draft.ts,
 * `eventClassifierFromEnv`.
 */
import fs from 'node:fs';

export interface ClassifiedSentence {
  text: string;
  headline: boolean;
  /** The sentence's place in the report: 0 for the first, 1 for the last. */
  position: number;
  paragraphStart: boolean;
}

export interface EventModel {
  kind: 'event-sentence-logistic-regression';
  version: 1;
  /** What it was trained on and how (free text, for the person who reads the JSON). */
  note: string;
  /** Sentences scoring below this are taken as no event (chosen by cross-validation). */
  threshold: number;
  /**
   * "text": the sentence's own words and cues only. "text+rules": also what the rules' draft did
   * with the sentence (event-filter.ts `ruleCues`), so the model learns when to trust the rules.
   */
  features: 'text' | 'text+rules';
  bias: number;
  weights: Record<string, number>;
}

export interface TrainingOptions {
  /** L2 penalty on the weights (not on the bias), per example. */
  l2: number;
  iterations: number;
  /** A feature seen in fewer training sentences is dropped (rare n-grams only memorise). */
  minCount: number;
  learningRate: number;
}

// Picked by `train-event-classifier.ts --tune` (out-of-fold average precision over the six train
// batches; 1e-3 and 1e-4 are within 2 points, 1e-2 and 1e-5 below).
export const DEFAULT_TRAINING: TrainingOptions = { l2: 1e-3, iterations: 300, minCount: 2, learningRate: 0.05 };

export interface Example {
  features: string[];
  positive: boolean;
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred hundreds dozen dozens'.split(' '),
);
const CASUALTY = /\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|dies|wound(?:ed|ing|s)?|injur(?:ed|ies|y|ing)|hurt|casualt(?:y|ies)|victims?|bod(?:y|ies)|lives)\b/i;
const EVENT_VERB =
  /\b(?:struck|hit|attacked|shelled|bombed|bombarded|targeted|launched|fired|destroyed|damaged|captured|seized|liberated|took|taken|retook|recaptured|repelled|repulsed|stormed|advanced|withdrew|exploded|shot\s+down|intercepted|downed)\b/i;
const EARLIER = /\b(?:earlier|last\s+(?:week|month|year)|since|ago|previously|in\s+(?:19|20)\d\d|already|recent(?:ly)?|so\s+far|thus\s+far|anniversary)\b/i;
const QUOTE_MARK = /["“”«»]/;
const SAYS = /\b(?:said|says|told|according|stated|reported|added|wrote|announced)\b/i;

/** Lower-cased word tokens; a number (digits, "1,200", "3.5") is the token "<num>". */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(/\p{N}+(?:[.,]\p{N}+)*|\p{L}+(?:['’]\p{L}+)?/gu)) {
    out.push(/^\p{N}/u.test(match[0]) ? '<num>' : match[0].replace('’', "'"));
  }
  return out;
}

/** The sentence's binary features, each once, in a fixed order. */
export function sentenceFeatures(sentence: ClassifiedSentence): string[] {
  const words = tokens(sentence.text);
  const features = new Set<string>();
  for (const w of words) features.add(`w:${w}`);
  const padded = ['<s>', ...words, '</s>'];
  for (let i = 0; i + 1 < padded.length; i++) features.add(`b:${padded[i]} ${padded[i + 1]}`);
  if (CASUALTY.test(sentence.text)) features.add('cue:casualty');
  if (words.includes('<num>') || words.some((w) => NUMBER_WORDS.has(w))) features.add('cue:number');
  if (EVENT_VERB.test(sentence.text)) features.add('cue:event-verb');
  if (EARLIER.test(sentence.text)) features.add('cue:earlier');
  if (QUOTE_MARK.test(sentence.text)) features.add('cue:quote-mark');
  if (SAYS.test(sentence.text)) features.add('cue:says');
  if (sentence.headline) features.add('cue:headline');
  if (sentence.paragraphStart) features.add('cue:paragraph-start');
  // Capitalised words past the first: proper names, most of them places or parties.
  const names = (sentence.text.match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).length;
  features.add(`cue:names-${Math.min(names, 3)}`);
  features.add(`cue:words-${words.length < 8 ? 'few' : words.length < 25 ? 'some' : 'many'}`);
  features.add(`cue:position-${Math.min(4, Math.floor(sentence.position * 5))}`);
  if (sentence.position === 0) features.add('cue:first');
  return [...features];
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The probability, by the model, that a sentence with these features reports a site's event. */
export function eventScore(model: Pick<EventModel, 'bias' | 'weights'>, features: string[]): number {
  const known = features.filter((f) => Object.hasOwn(model.weights, f));
  if (known.length === 0) return sigmoid(model.bias);
  const scale = 1 / Math.sqrt(known.length);
  let z = model.bias;
  for (const f of known) z += model.weights[f] * scale;
  return sigmoid(z);
}

/**
 * Fits the weights: mean log-loss plus l2/2 · |w|², by full-batch Adam from zero (per-feature
 * steps: a plain gradient step that is safe for "said" barely moves a place name seen in three
 * sentences). Only features of at least `minCount` training sentences get a weight.
 */
export function trainEventModel(examples: Example[], options: TrainingOptions = DEFAULT_TRAINING): Pick<EventModel, 'bias' | 'weights'> {
  if (examples.length === 0) throw new Error('trainEventModel: no examples to train on');
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= options.minCount).sort();
  const column = new Map(names.map((f, i) => [f, i]));
  // Sparse rows: the columns of each example, all with the value 1/√n.
  const rows = examples.map((e) => Int32Array.from([...new Set(e.features)].flatMap((f) => (column.has(f) ? [column.get(f) as number] : []))));
  const labels = examples.map((e) => (e.positive ? 1 : 0));
  // Column names.length is the bias.
  const size = names.length + 1;
  const theta = new Float64Array(size);
  const gradient = new Float64Array(size);
  const moment = new Float64Array(size);
  const square = new Float64Array(size);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  const n = examples.length;
  for (let step = 1; step <= options.iterations; step++) {
    gradient.fill(0);
    rows.forEach((row, i) => {
      const scale = row.length === 0 ? 0 : 1 / Math.sqrt(row.length);
      let z = theta[names.length];
      for (const c of row) z += theta[c] * scale;
      const error = sigmoid(z) - labels[i];
      gradient[names.length] += error;
      for (const c of row) gradient[c] += error * scale;
    });
    for (let c = 0; c < size; c++) {
      const g = gradient[c] / n + (c < names.length ? options.l2 * theta[c] : 0);
      moment[c] = beta1 * moment[c] + (1 - beta1) * g;
      square[c] = beta2 * square[c] + (1 - beta2) * g * g;
      const m = moment[c] / (1 - beta1 ** step);
      const v = square[c] / (1 - beta2 ** step);
      theta[c] -= (options.learningRate * m) / (Math.sqrt(v) + epsilon);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((f, c) => {
    // Rounded: the JSON stays small and reads the same on every machine. A zero is kept: every
    // feature of the vocabulary counts in a sentence's length, as it did in training.
    weights[f] = Math.round(theta[c] * 1e4) / 1e4;
  });
  return { bias: Math.round(theta[names.length] * 1e4) / 1e4, weights };
}

/** Mean log-loss plus the L2 term of a model on examples: what training lowers. */
export function trainingLoss(model: Pick<EventModel, 'bias' | 'weights'>, examples: Example[], l2: number): number {
  let loss = 0;
  for (const e of examples) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, eventScore(model, e.features)));
    loss -= e.positive ? Math.log(p) : Math.log(1 - p);
  }
  const squares = Object.values(model.weights).reduce((sum, w) => sum + w * w, 0);
  return loss / examples.length + (l2 / 2) * squares;
}

/** Checks a parsed JSON model; `file` names it in the error. */
export function parseEventModel(json: unknown, file: string): EventModel {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (typeof json !== 'object' || json === null) return fail('is not a JSON object');
  const m = json as Record<string, unknown>;
  if (m.kind !== 'event-sentence-logistic-regression') fail(`kind is ${JSON.stringify(m.kind)}, not "event-sentence-logistic-regression"`);
  if (m.version !== 1) fail(`version is ${JSON.stringify(m.version)}, not 1`);
  if (typeof m.note !== 'string') fail('note is missing');
  if (m.features !== 'text' && m.features !== 'text+rules') fail(`features is ${JSON.stringify(m.features)}, not "text" or "text+rules"`);
  if (typeof m.threshold !== 'number' || !(m.threshold >= 0 && m.threshold <= 1)) fail(`threshold ${JSON.stringify(m.threshold)} is not a number from 0 to 1`);
  checkWeights(m, fail);
  return m as unknown as EventModel;
}

export const SHIPPED_MODEL = new URL('./data/event-classifier.json', import.meta.url);

/** A model file's JSON and the name its errors give, for the event and the site model alike. */
export function readModelFile(file: string | URL): { json: unknown; name: string } {
  const name = file instanceof URL ? file.pathname : file;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return { json: JSON.parse(text), name };
  } catch (error) {
    throw new Error(`${name}: is not valid JSON (${(error as Error).message})`);
  }
}

/** Checks a model's `bias` and `weights` (feature → finite number), reporting through `fail`. */
export function checkWeights(m: Record<string, unknown>, fail: (why: string) => never): void {
  if (typeof m.bias !== 'number' || !Number.isFinite(m.bias)) fail(`bias ${JSON.stringify(m.bias)} is not a finite number`);
  if (typeof m.weights !== 'object' || m.weights === null || Array.isArray(m.weights)) fail('weights is not an object of feature → weight');
  for (const [feature, weight] of Object.entries(m.weights as Record<string, unknown>)) {
    if (typeof weight !== 'number' || !Number.isFinite(weight)) fail(`weights["${feature}"] is ${JSON.stringify(weight)}, not a finite number`);
  }
}

export function loadEventModel(file: string | URL = SHIPPED_MODEL): EventModel {
  const { json, name } = readModelFile(file);
  return parseEventModel(json, name);
}

/** The features of every sentence of a report, in order. */
export function reportFeatures(sentences: Array<{ text: string; headline: boolean; paragraphStart: boolean }>): string[][] {
  const last = Math.max(1, sentences.length - 1);
  return sentences.map((s, i) => sentenceFeatures({ text: s.text, headline: s.headline, paragraphStart: s.paragraphStart, position: i / last }));
}
