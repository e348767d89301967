/**
 * Why a draft differs from its gold, sorted into coarse causes and only counted: where the gap is
 * (a place never read, a place read but judged no event site, a namesake, two events drafted as
 * one, a figure missing or extra), without printing any sentence. Counts of causes are aggregates,
 * so they may be printed for sets no rule is written from (`eval:ingest --causes`).
 */
import { placeKey } from '../data/place-keys';
import type { IngestResult } from './draft';
import { pairDistance, type ArticleScore, type GoldFile, type GoldSite, type PredictedSite } from './evaluate';
import type { PlaceRecord } from './resolve';

export type CauseCounts = Record<string, number>;

/** A gazetteer place as a drafted point, to measure it against a gold site. */
function asSite(place: PlaceRecord): PredictedSite | undefined {
  if (!place.point) return undefined;
  return { incidentId: place.id, placeId: place.id, names: [place.name], kind: place.kind, geometry: { type: 'Point', coordinates: place.point }, type: '', date: '', datePrecision: '' };
}

// The gold's own name for a place, without what it adds in brackets or after a comma.
const goldNameKey = (g: GoldSite) => placeKey(g.name.split(/[(,:]/)[0]);

/** How close a drafted point must be to a gold one to be the same place, not another within the 10 km a match allows. */
const SAME_PLACE_KM = 1;
/** Whether a drafted site is at the gold's own place (by its name, or its point), not at a village by it or a region holding it. */
function atGoldPlace(p: PredictedSite, g: GoldSite): boolean {
  const km = pairDistance(p, g);
  // (A village GeoNames lacks may borrow the point of the town that locates it: then only its name tells.)
  const ownPoint = g.geonamesId !== null || g.kind === 'region';
  return km !== undefined && ((ownPoint && km <= SAME_PLACE_KM) || p.names.some((n) => placeKey(n) === goldNameKey(g)));
}

const near = (place: PlaceRecord | undefined, g: GoldSite) => {
  const site = place && asSite(place);
  return site !== undefined && atGoldPlace(site, g);
};

export function missCause(g: GoldSite, score: ArticleScore, result: IngestResult | undefined): string {
  if (!result) return 'report refused';
  const predicted = [...score.matches.map((m) => m.predicted), ...score.falseSites, ...score.covering];
  if (predicted.some((p) => atGoldPlace(p, g))) return 'a draft at the place went to another gold event there (two events drafted as one)';
  const there = result.decisions.filter((d) => near(d.chosen, g));
  if (there.some((d) => d.role === 'site')) return 'place read as an event site, no incident drafted (no event reading, or dropped later)';
  if (there.length > 0) return `place read, judged no event site (${there[0].role})`;
  if (result.decisions.some((d) => d.candidates.some((c) => near(c.place, g)))) return 'place read, another namesake or none chosen';
  const key = goldNameKey(g);
  if (key.length > 0 && result.unresolved.some((u) => placeKey(u.name).includes(key) || key.includes(placeKey(u.name)))) return 'name read, no gazetteer place (listed in unresolved)';
  if (g.kind === 'region' || g.coordSource?.startsWith('region-level')) return 'a region- or country-level event, never read as a place';
  // (A village by a town, or a district of a city, whose events went to the town's incident.)
  if (predicted.some((p) => pairDistance(p, g) !== undefined)) return 'never read as a place, a draft at another place within 10 km went to another gold event';
  return 'never read as a place (a name no rule or gazetteer caught, or a periphrasis)';
}

export function falseSiteCause(p: PredictedSite, score: ArticleScore, gold: GoldFile): string {
  if (score.nonSiteHits.some((h) => h.predicted === p)) return "a place the gold lists as no site (speaker, dateline, background)";
  if (gold.sites.some((g) => atGoldPlace(p, g))) return 'a second incident at a gold place (one event drafted twice, or a gold event the draft splits)';
  if (gold.sites.some((g) => pairDistance(p, g) !== undefined)) return 'another place within 10 km of a gold site (a village by a town, a district of a city)';
  const keys = new Set(p.names.map((n) => placeKey(n)));
  if (gold.sites.some((g) => keys.has(goldNameKey(g)))) return 'a namesake of a gold site, far from it';
  if (p.kind === 'region' || p.kind === 'country') return 'a region or country the gold does not count as a site';
  return 'a place the gold does not count as a site';
}

const shown = (c: unknown) => JSON.stringify(c ?? null);

export function casualtyCause(gold: GoldSite, p: PredictedSite): string | undefined {
  const g = [gold.killed, gold.injured];
  const d = [p.killed, p.injured];
  if (shown(g) === shown(d)) return undefined;
  if (d.every((c) => c === undefined)) return 'gold has a figure, the draft none';
  if (g.every((c) => c === undefined)) return 'the draft has a figure, the gold none';
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const value = (c: unknown) => (typeof c === 'number' ? c : c && typeof c === 'object' && 'min' in c ? (c as { min: number }).min : undefined);
  if ([0, 1].every((k) => value(g[k]) === value(d[k]))) return 'the same numbers, "at least" on one side only';
  if ([0, 1].some((k) => same(g[k], d[k]))) return 'one of killed and injured wrong or missing';
  return 'both killed and injured differ';
}

export function dateCause(gold: GoldSite, p: PredictedSite): string | undefined {
  if (gold.date === p.date && gold.datePrecision === p.datePrecision) return undefined;
  if (gold.date === p.date) return 'the day right, the precision not';
  return p.date > gold.date ? 'drafted later than the gold (an earlier day not read)' : 'drafted earlier than the gold';
}

/** Every difference of one article, each counted under its cause. */
export function countCauses(gold: GoldFile, score: ArticleScore, result: IngestResult | undefined, into: CauseCounts = {}): CauseCounts {
  const add = (cause: string) => (into[cause] = (into[cause] ?? 0) + 1);
  for (const g of score.missed) add(`missed: ${missCause(g, score, result)}`);
  for (const p of score.falseSites) add(`false: ${falseSiteCause(p, score, gold)}`);
  for (const m of score.matches) {
    const casualty = casualtyCause(m.gold, m.predicted);
    if (casualty) add(`casualties: ${casualty}`);
    const date = dateCause(m.gold, m.predicted);
    if (date) add(`date: ${date}`);
  }
  return into;
}
