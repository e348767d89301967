/**
 * The site classifier (site-classifier.ts) as a second opinion on the rules' place decisions, in
 * the sentences the draft quotes (the sentences that report an event):
 * - a drafted site whose every deciding mention scores below `low` is taken out of the draft and
 *   listed among the doubts with its score;
 * - a placed name the rules did not make a site (a qualifier, reference, context …) scoring at
 *   or above `high` becomes one: the event of the incident that quotes its sentence, at that
 *   place (folded into an incident of the same place, type and date when there is one).
 * Off unless asked: INGEST_SITE_CLASSIFIER=1 (or the `siteClassifier` option of ingestReport).
 * Measured by cross-validation on the train reports: docs/ingest-accuracy.md.
 */
import { incident as incidentSchema, type Incident } from '../data/schema';
import { titleOf, type IngestResult } from './draft';
import { eventScore } from './event-classifier';
import { loadSiteModel, placedMentions, type SiteModel } from './site-classifier';
import type { PlaceDecision } from './sites';

export interface SiteClassifierOption {
  model: SiteModel;
  /** Default: the model's own. */
  low?: number;
  high?: number;
}

/** The model's score of every placed mention of a draft. */
export function mentionScores(result: IngestResult, model: Pick<SiteModel, 'bias' | 'weights'>): Map<PlaceDecision, number> {
  return new Map(placedMentions(result).map(({ decision, features }) => [decision, eventScore(model, features)]));
}

/** The draft with its sites re-decided by the scores (see the file comment). Scores missing count as no opinion. */
export function resite(result: IngestResult, scores: Map<PlaceDecision, number>, low: number, high: number): IngestResult {
  const indexOf = new Map<string, number[]>();
  result.sentences.forEach((s, i) => indexOf.set(s.text, [...(indexOf.get(s.text) ?? []), i]));
  const sentencesOf = (incident: Incident) => new Set(incident.sources.flatMap((s) => indexOf.get(s.quote) ?? []));
  const doubts = [...result.doubts];

  // Drop: every mention that made this place a site of this incident scores below `low`.
  const kept = result.incidents.filter((incident) => {
    const here = sentencesOf(incident);
    const deciding = result.decisions.filter((d) => here.has(d.sentence) && d.role === 'site' && d.chosen && incident.placeIds.includes(d.chosen.id) && scores.has(d));
    if (deciding.length === 0) return true;
    const best = Math.max(...deciding.map((d) => scores.get(d) as number));
    if (best >= low) return true;
    doubts.push(`${incident.id}: the site classifier scores "${deciding[0].mention.surface}" ${best.toFixed(2)} (< ${low}) as this event's place, not drafted`);
    return false;
  });

  // Add: a placed non-site name of a quoted sentence scoring at or above `high`.
  const incidents = [...kept];
  const ids = new Set(incidents.map((i) => i.id));
  const places = new Map(result.places.features.map((f) => [f.properties.id, f]));
  const allPlaces = new Map(places);
  for (const d of result.decisions) {
    const place = d.chosen;
    const score = scores.get(d);
    if (!place || d.role === 'site' || score === undefined || score < high || result.sentences[d.sentence]?.headline) continue;
    const text = result.sentences[d.sentence].text;
    const source = incidents.find((i) => i.sources.some((s) => s.quote === text) && !i.placeIds.includes(place.id));
    if (!source || incidents.some((i) => i.placeIds.includes(place.id) && i.sources.some((s) => s.quote === text))) continue;
    const quote = source.sources.find((s) => s.quote === text) ?? source.sources[0];
    const same = incidents.findIndex((i) => i.placeIds.includes(place.id) && i.type === source.type && i.date === source.date);
    if (same !== -1) {
      incidents[same] = { ...incidents[same], sources: [...incidents[same].sources, quote] };
    } else {
      let id = [place.id, source.type, source.date].join('-');
      for (let n = 2; ids.has(id); n++) id = `${[place.id, source.type, source.date].join('-')}-${n}`;
      ids.add(id);
      const { coordinates: _c, geoPrecision: _g, ...rest } = source;
      const geoPrecision = ['region', 'country', 'river', 'sea-area'].includes(place.kind) ? 'region' : 'exact';
      incidents.push(
        incidentSchema.parse({
          ...rest,
          id,
          placeIds: [place.id],
          geoPrecision,
          title: titleOf(source.type, place.name, false, source.casualties ?? {}, source.claims),
          sources: [quote],
        }) as Incident,
      );
    }
    if (!allPlaces.has(place.id)) allPlaces.set(place.id, place.feature());
    doubts.push(`[s${d.sentence}] the site classifier scores "${d.mention.surface}" ${score.toFixed(2)} (≥ ${high}) as the event's place, drafted though the rules said ${d.role}: ${d.reason}`);
  }
  if (incidents.length === result.incidents.length && incidents.every((i, n) => i === result.incidents[n])) return result;
  incidents.sort((a, b) => a.id.localeCompare(b.id));
  const used = new Set(incidents.flatMap((i) => i.placeIds));
  const features = [...allPlaces.values()].filter((f) => used.has(f.properties.id)).sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  return { ...result, incidents, places: { ...result.places, features }, doubts };
}

export function applySiteClassifier(result: IngestResult, option: SiteClassifierOption): IngestResult {
  return resite(result, mentionScores(result, option.model), option.low ?? option.model.low, option.high ?? option.model.high);
}

let shipped: SiteModel | undefined;

function threshold(env: NodeJS.ProcessEnv, name: string, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!(value >= 0 && value <= max)) throw new Error(`${name}=${raw}: not a number from 0 to ${max}`);
  return value;
}

/** INGEST_SITE_CLASSIFIER=1: the shipped model (src/ingest/data/site-classifier.json); INGEST_SITE_LOW / INGEST_SITE_HIGH override its thresholds. */
export function siteClassifierFromEnv(env: NodeJS.ProcessEnv = process.env): SiteClassifierOption | undefined {
  if (env.INGEST_SITE_CLASSIFIER !== '1') return undefined;
  const low = threshold(env, 'INGEST_SITE_LOW', 1);
  const high = threshold(env, 'INGEST_SITE_HIGH', 2);
  shipped ??= loadSiteModel();
  return { model: shipped, ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
}
