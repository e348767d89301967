/**
 * A learned second opinion on one place decision: of the places a sentence names, is this one
 * where the event happened (a gold site), or a place that only locates, qualifies or is spoken
 * from? The sentence classifier (event-classifier.ts) showed that the rules' errors left are
 * mostly place errors inside event sentences; this model looks at each placed mention instead.
 *
 * Features of one placed mention (binary, each once): the rules' role and a coarse category of
 * their reason, the words before and after the name (three each side, lower-cased), the word
 * before it when it is a preposition, the place's kind and country, whether it lies in the war
 * zone that day, the sentence's standing (headline, first paragraph, quoted by the draft, an
 * event type, a casualty figure), how many placed names the sentence holds and this one's order
 * among them, how far it lies from the draft's other sites, and whether the report names it
 * elsewhere. Scored by the same L2 logistic regression as the sentence classifier
 * (`trainEventModel` / `eventScore`). Trained by scripts/train-site-classifier.ts; how the draft
 * uses it (off unless asked): site-filter.ts.
 */
import { distance } from '@turf/turf';
import type { IngestResult } from './draft';
import { checkWeights, readModelFile, tokens } from './event-classifier';
import { classifySentence } from './events';
import type { PlaceDecision } from './sites';

export interface SiteModel {
  kind: 'site-mention-logistic-regression';
  version: 1;
  /** What it was trained on and how (free text, for the person who reads the JSON). */
  note: string;
  /** A drafted site scoring below `low` is dropped (0: none is). */
  low: number;
  /** A placed non-site mention of a drafted sentence scoring at or above `high` becomes a site (above 1: none does). */
  high: number;
  bias: number;
  weights: Record<string, number>;
}

const PREPOSITIONS = new Set(
  'in on at near outside from to into toward towards over across around of by via through between beyond behind inside within along off against'.split(' '),
);
const CASUALTY = /\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|wound(?:ed|ing|s)?|injur(?:ed|ies|y|ing)|hurt|casualt(?:y|ies)|victims?)\b/i;

/** The reason's kind: its first three words, with quoted names and numbers taken out. */
export function reasonCategory(reason: string): string {
  const words = reason
    .replace(/"[^"]*"|“[^”]*”/g, ' ')
    .toLowerCase()
    .match(/\p{L}+/gu);
  return (words ?? []).slice(0, 3).join(' ') || 'none';
}

function bucket(n: number, edges: number[], names: string[]): string {
  const i = edges.findIndex((e) => n < e);
  return names[i === -1 ? names.length - 1 : i];
}

/** What the rest of the draft says about the report, computed once for all its mentions. */
export interface DraftContext {
  /** Sentence index → the draft quotes it in some incident. */
  quoted: Set<number>;
  /** Sentence index → some incident quoting it has casualties. */
  withCasualties: Set<number>;
  /** Sentence index → the place ids drafted from it. */
  draftedHere: Map<number, Set<string>>;
  /** Every drafted place: id and point. */
  sitePoints: Map<string, [number, number]>;
  firstParagraph: number;
}

export function draftContext(result: Pick<IngestResult, 'sentences' | 'incidents' | 'places'>): DraftContext {
  const indexOf = new Map<string, number[]>();
  result.sentences.forEach((s, i) => indexOf.set(s.text, [...(indexOf.get(s.text) ?? []), i]));
  const quoted = new Set<number>();
  const withCasualties = new Set<number>();
  const draftedHere = new Map<number, Set<string>>();
  for (const incident of result.incidents) {
    for (const source of incident.sources) {
      for (const i of indexOf.get(source.quote) ?? []) {
        quoted.add(i);
        if (incident.casualties) withCasualties.add(i);
        const set = draftedHere.get(i) ?? new Set<string>();
        for (const id of incident.placeIds) set.add(id);
        draftedHere.set(i, set);
      }
    }
  }
  const sitePoints = new Map<string, [number, number]>();
  const drafted = new Set(result.incidents.flatMap((i) => i.placeIds));
  for (const f of result.places.features) {
    if (!drafted.has(f.properties.id)) continue;
    const g = f.geometry;
    if (g.type === 'Point') sitePoints.set(f.properties.id, [g.coordinates[0], g.coordinates[1]]);
  }
  const body = result.sentences.find((s) => !s.headline);
  return { quoted, withCasualties, draftedHere, sitePoints, firstParagraph: body?.paragraph ?? 0 };
}

/**
 * The features of one placed decision (`d.chosen` set) among the decisions of its report.
 * `sentenceText` is the text of the decision's sentence.
 */
export function mentionFeatures(
  d: PlaceDecision,
  all: PlaceDecision[],
  sentence: { text: string; headline: boolean; paragraph: number },
  context: DraftContext,
): string[] {
  const chosen = d.chosen;
  if (!chosen) throw new Error(`mentionFeatures: "${d.mention.surface}" (sentence ${d.sentence}) has no chosen place`);
  const features = new Set<string>();
  features.add(`role:${d.role}`);
  features.add(`reason:${reasonCategory(d.reason)}`);
  features.add(`role-reason:${d.role}|${reasonCategory(d.reason)}`);
  const before = tokens(sentence.text.slice(0, d.mention.start)).slice(-3).reverse();
  const after = tokens(sentence.text.slice(d.mention.end)).slice(0, 3);
  before.forEach((w, i) => features.add(`before${i + 1}:${w}`));
  after.forEach((w, i) => features.add(`after${i + 1}:${w}`));
  if (before.length === 0) features.add('before1:<s>');
  if (after.length === 0) features.add('after1:</s>');
  features.add(`prep:${before[0] !== undefined && PREPOSITIONS.has(before[0]) ? before[0] : 'none'}`);
  features.add(`kind:${chosen.kind}`);
  features.add(`country:${chosen.country ?? 'none'}`);
  features.add(`via:${d.mention.via}`);
  if (d.mention.possessive) features.add('possessive');
  if (d.mention.relative) features.add('relative');
  const candidate = d.candidates.find((c) => c.place.ref === chosen.ref);
  features.add(`war-zone:${candidate?.inWarZone ? 'yes' : 'no'}`);
  if (d.candidates.length > 1) features.add('namesakes');
  if (sentence.headline) features.add('headline');
  if (sentence.paragraph === context.firstParagraph) features.add('first-paragraph');
  const quoted = context.quoted.has(d.sentence);
  features.add(`sentence-drafted:${quoted ? 'yes' : 'no'}`);
  if (context.draftedHere.get(d.sentence)?.has(chosen.id)) features.add('drafted-here');
  if (context.withCasualties.has(d.sentence)) features.add('sentence-casualties');
  if (CASUALTY.test(sentence.text)) features.add('cue:casualty-word');
  const reading = sentence.headline ? undefined : classifySentence(sentence.text);
  features.add(`event:${reading ? reading.type : 'none'}`);
  if (reading?.weak) features.add('event-weak');
  // The sentence's other placed names: how many, and where this one stands among them.
  const placed = all.filter((o) => o.sentence === d.sentence && o.chosen).sort((a, b) => a.mention.start - b.mention.start);
  const n = placed.length;
  const order = placed.indexOf(d);
  features.add(`placed:${bucket(n, [2, 3, 4], ['1', '2', '3', '4+'])}`);
  features.add(`order:${n === 1 ? 'only' : order === 0 ? 'first' : order === n - 1 ? 'last' : 'middle'}`);
  features.add(`sites-in-sentence:${bucket(placed.filter((o) => o.role === 'site').length, [1, 2, 3], ['0', '1', '2', '3+'])}`);
  // How far from the draft's other sites (a namesake far from the rest is suspect).
  const others = [...context.sitePoints].filter(([id]) => id !== chosen.id).map(([, p]) => p);
  if (!chosen.point || others.length === 0) features.add('distance:none');
  else {
    const km = Math.min(...others.map((p) => distance(chosen.point as [number, number], p, { units: 'kilometers' })));
    features.add(`distance:${bucket(km, [10, 50, 150, 500], ['<10', '<50', '<150', '<500', 'far'])}`);
  }
  const elsewhere = all.filter((o) => o !== d && o.sentence !== d.sentence && o.chosen?.id === chosen.id);
  features.add(`elsewhere:${bucket(elsewhere.length, [1, 2], ['0', '1', '2+'])}`);
  if (elsewhere.some((o) => o.role === 'site')) features.add('site-elsewhere');
  return [...features];
}

/** The placed decisions of a draft with their features, in the draft's order. */
export function placedMentions(result: Pick<IngestResult, 'sentences' | 'incidents' | 'places' | 'decisions'>): Array<{ decision: PlaceDecision; features: string[] }> {
  const context = draftContext(result);
  return result.decisions
    .filter((d) => d.chosen)
    .map((d) => ({ decision: d, features: mentionFeatures(d, result.decisions, result.sentences[d.sentence], context) }));
}

/** Checks a parsed JSON model; `file` names it in the error. */
export function parseSiteModel(json: unknown, file: string): SiteModel {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (typeof json !== 'object' || json === null) return fail('is not a JSON object');
  const m = json as Record<string, unknown>;
  if (m.kind !== 'site-mention-logistic-regression') fail(`kind is ${JSON.stringify(m.kind)}, not "site-mention-logistic-regression"`);
  if (m.version !== 1) fail(`version is ${JSON.stringify(m.version)}, not 1`);
  if (typeof m.note !== 'string') fail('note is missing');
  if (typeof m.low !== 'number' || !(m.low >= 0 && m.low <= 1)) fail(`low ${JSON.stringify(m.low)} is not a number from 0 to 1`);
  if (typeof m.high !== 'number' || !(m.high >= 0 && m.high <= 2)) fail(`high ${JSON.stringify(m.high)} is not a number from 0 to 2 (above 1: never)`);
  checkWeights(m, fail);
  return m as unknown as SiteModel;
}

export const SHIPPED_SITE_MODEL = new URL('./data/site-classifier.json', import.meta.url);

export function loadSiteModel(file: string | URL = SHIPPED_SITE_MODEL): SiteModel {
  const { json, name } = readModelFile(file);
  return parseSiteModel(json, name);
}
