/**
 * Reads and checks the data the whole site is built from: `<dir>/gazetteer.geojson` and every
 * `<dir>/incidents/*.json`. The schema (zod) checks each record; this module adds what a
 * per-record schema cannot see — ids that must exist or be unique across files, and places
 * that must lie in the country they declare. Any problem stops the build with one line per
 * problem naming file, record and field (docs/architecture.md, Data flow). Node only (fs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import distance from '@turf/distance';
import { isPointInCountry, loadCountryIndex, type CountryIndex } from '../geo/countries';
import { representativePoint } from '../geo/bounds';
import { describeZodIssues } from './issues';
import { compileFastParse } from './fast-parse';
import {
  gazetteer as gazetteerSchema,
  incident as incidentSchema,
  incidentFile as incidentFileSchema,
  placeFeature as placeFeatureSchema,
  SETTLEMENT_KINDS,
  slug,
  type Incident,
  type PlaceFeature,
} from './schema';

export interface Atlas {
  /** The gazetteer's places, as validated (defaults filled in), in file order. */
  places: PlaceFeature[];
  placeById: Map<string, PlaceFeature>;
  /** Newest first, ties by id. */
  incidents: Incident[];
}

export interface AtlasInput {
  gazetteerFile: string;
  gazetteer: unknown;
  /** Any iterable: loadAtlas passes a generator so each file's raw JSON can be dropped once checked. */
  incidentFiles: Iterable<{ file: string; data: unknown }>;
  /** Country outlines for the "inside its declared country" check; without them that check is skipped. */
  countries?: CountryIndex;
}

/** Thrown by loadAtlas; `problems` holds one line per problem, the message lists them all. */
export class AtlasError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the atlas data:\n${problems.join('\n')}`);
    this.name = 'AtlasError';
    this.problems = problems;
  }
}

/** The incident schema compiled once, on first use: zod per record is the build's slowest step at 200k. */
let parseIncident: ReturnType<typeof compileFastParse<typeof incidentSchema>> | undefined;

/** How far a "near" point may lie from the place it is near; further means a typo or a swap. */
const NEAR_MAX_KM = 100;
/** Coastal and estuary cities can fall just outside a 1:50m coastline. */
const COUNTRY_TOLERANCE_KM = 10;

/** [48, 37.8] → "[48.0, 37.8]": numbers as a person would write coordinates. */
function formatPosition(p: readonly number[]): string {
  return `[${p.map((n) => (Number.isInteger(n) ? n.toFixed(1) : String(n))).join(', ')}]`;
}

function recordLabel(kind: 'place' | 'incident', id: unknown, index: number): string {
  return typeof id === 'string' && id !== '' ? `${kind} ${JSON.stringify(id)}` : `${kind} at index ${index}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Slug of an alias, to suggest "kupiansk" when a record says "kupyansk". */
function aliasSlug(alias: string): string {
  return alias
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’ʼ]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Checks every record and every cross-reference, collecting all problems rather than
 * stopping at the first, so one build run shows an editor everything to fix.
 * Pure: the caller reads the files (loadAtlas does).
 */
export function validateAtlas(input: AtlasInput): { atlas: Atlas | null; errors: string[] } {
  const errors: string[] = [];
  const { gazetteerFile, countries } = input;

  // ---- places --------------------------------------------------------------------------
  const places: PlaceFeature[] = [];
  const placeById = new Map<string, PlaceFeature>();
  /** Every id the gazetteer declares, valid record or not, so one bad place does not also fail every incident at it. */
  const declaredPlaceIndex = new Map<string, number>();
  const placeIdByAlias = new Map<string, string>();
  /** Places whose own position is wrong: distances to them would only repeat that error. */
  const misplaced = new Set<string>();

  const collection = gazetteerSchema.safeParse(input.gazetteer);
  if (!collection.success) {
    errors.push(`${gazetteerFile}: must be a GeoJSON FeatureCollection (${describeZodIssues(collection.error).join('; ')})`);
  } else {
    collection.data.features.forEach((raw, index) => {
      const rawId = isObject(raw) && isObject(raw.properties) ? raw.properties.id : undefined;
      const label = recordLabel('place', rawId, index);
      if (typeof rawId === 'string') {
        const first = declaredPlaceIndex.get(rawId);
        if (first !== undefined) {
          errors.push(`${gazetteerFile}: ${label}: duplicate id; features[${first}] in ${gazetteerFile} has it too`);
          return;
        }
        declaredPlaceIndex.set(rawId, index);
      }
      const parsed = placeFeatureSchema.safeParse(raw);
      if (!parsed.success) {
        for (const line of describeZodIssues(parsed.error)) errors.push(`${gazetteerFile}: ${label}: ${line}`);
        return;
      }
      const place = parsed.data as PlaceFeature;
      const { kind, country } = place.properties;
      if (SETTLEMENT_KINDS.includes(kind) && place.geometry.type !== 'Point') {
        errors.push(`${gazetteerFile}: ${label}: geometry.type: a ${kind} is a Point in the gazetteer, got ${place.geometry.type}`);
        return;
      }
      // The classic error is a swapped [lat, lon]: it still passes the range checks.
      if (countries && country && place.geometry.type === 'Point') {
        const problem = countryProblem(place.geometry.coordinates, country, countries);
        if (problem) {
          errors.push(`${gazetteerFile}: ${label}: ${problem}`);
          misplaced.add(place.properties.id);
        }
      }
      places.push(place);
      placeById.set(place.properties.id, place);
      for (const alias of place.properties.aliases) {
        const s = aliasSlug(alias);
        if (s && !placeIdByAlias.has(s)) placeIdByAlias.set(s, place.properties.id);
      }
    });
  }

  // ---- incidents -----------------------------------------------------------------------
  const incidents: Incident[] = [];
  const incidentFileById = new Map<string, string>();
  const anchorPoints = new Map<string, [number, number]>();

  for (const { file, data } of input.incidentFiles) {
    const list = incidentFileSchema.safeParse(data);
    if (!list.success) {
      errors.push(`${file}: must be a JSON array of incidents`);
      continue;
    }
    list.data.forEach((raw, index) => {
      const rawId = isObject(raw) ? raw.id : undefined;
      const label = recordLabel('incident', rawId, index);
      if (typeof rawId === 'string') {
        const firstFile = incidentFileById.get(rawId);
        if (firstFile !== undefined) {
          errors.push(`${file}: ${label}: duplicate id; ${firstFile === file ? 'an earlier record in the same file' : firstFile} has it too`);
          return;
        }
        incidentFileById.set(rawId, file);
      }

      // Cross-references are checked on the raw record, so a record with a schema problem
      // still gets its unknown place ids reported in the same run.
      const rawPlaceIds = isObject(raw) && Array.isArray(raw.placeIds) ? raw.placeIds : [];
      rawPlaceIds.forEach((placeId, i) => {
        if (typeof placeId === 'string' && declaredPlaceIndex.has(placeId)) return; // the common case, first
        if (typeof placeId !== 'string' || !slug.safeParse(placeId).success) return; // the schema reports it
        const suggestion = placeIdByAlias.get(placeId);
        errors.push(
          `${file}: ${label}: placeIds[${i}] ${JSON.stringify(placeId)} is not in the gazetteer` +
            (suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''),
        );
      });

      parseIncident ??= compileFastParse(incidentSchema);
      const parsed = parseIncident(raw);
      if (!parsed.success) {
        for (const line of describeZodIssues(parsed.error)) errors.push(`${file}: ${label}: ${line}`);
        return;
      }
      const incident = parsed.data;
      if (incident.coordinates && incident.placeIds.length > 0) {
        const anchorId = incident.placeIds[0];
        const anchor = placeById.get(anchorId);
        if (anchor && !misplaced.has(anchorId)) {
          let at = anchorPoints.get(anchorId);
          if (!at) anchorPoints.set(anchorId, (at = representativePoint(anchor.geometry)));
          const km = distance(incident.coordinates, at, { units: 'kilometers' });
          if (km > NEAR_MAX_KM) {
            const [lon, lat] = incident.coordinates;
            const swapFits = Math.abs(lon) <= 90 && distance([lat, lon], at, { units: 'kilometers' }) <= NEAR_MAX_KM;
            errors.push(
              `${file}: ${label}: coordinates: ${formatPosition(incident.coordinates)} is ${Math.round(km)} km from ` +
                `placeIds[0] ${JSON.stringify(anchorId)}, too far for geoPrecision "near"` +
                (swapFits ? ' — swapped longitude and latitude?' : ` (more than ${NEAR_MAX_KM} km)`),
            );
          }
        }
      }
      incidents.push(incident);
    });
  }

  if (errors.length > 0) return { atlas: null, errors };
  return { atlas: { places, placeById, incidents: newestFirst(incidents) }, errors };
}

/** Newest first, ties by id. Dates bucket the records first: a comparator sort of 200k objects costs more. */
function newestFirst(incidents: Incident[]): Incident[] {
  const byDate = new Map<string, Incident[]>();
  for (const incident of incidents) {
    const bucket = byDate.get(incident.date);
    if (bucket) bucket.push(incident);
    else byDate.set(incident.date, [incident]);
  }
  const dates = [...byDate.keys()].sort().reverse();
  const sorted: Incident[] = [];
  for (const date of dates) {
    const bucket = byDate.get(date)!;
    if (bucket.length > 1) bucket.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const incident of bucket) sorted.push(incident);
  }
  return sorted;
}

function countryProblem(lonLat: [number, number], country: string, countries: CountryIndex): string | null {
  if (!countries.isoCodes.has(country)) {
    return `properties.country: ${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 code${country === 'UK' ? ' (the United Kingdom is "GB")' : ''}`;
  }
  // Territories too small for the 1:50m outlines (Gibraltar, Tuvalu…) cannot be checked.
  if (!countries.countries.has(country)) return null;
  if (isPointInCountry(lonLat, country, countries, COUNTRY_TOLERANCE_KM)) return null;
  const where = `geometry.coordinates: ${formatPosition(lonLat)} is not inside ${country}`;
  const swapped: [number, number] = [lonLat[1], lonLat[0]];
  if (Math.abs(swapped[1]) <= 90 && isPointInCountry(swapped, country, countries, COUNTRY_TOLERANCE_KM)) {
    return `${where} — swapped longitude and latitude?`;
  }
  return `${where} (nor within ${COUNTRY_TOLERANCE_KM} km of its border)`;
}

// ---- reading the files -------------------------------------------------------------------

/** JSON.parse with the file named and the position given as line and column. */
export function parseJsonFile(file: string, text: string): { data: unknown } | { error: string } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { data: JSON.parse(source) };
  } catch (e) {
    const message = (e as Error).message;
    const at = /at position (\d+)/.exec(message);
    if (!at) return { error: `${file}: invalid JSON: ${message}` };
    const before = source.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = Number(at[1]) - before.lastIndexOf('\n');
    return { error: `${file}: invalid JSON at line ${line}, column ${column}: ${message}` };
  }
}

interface AtlasFiles {
  gazetteerFile: string;
  incidentFiles: string[];
}

function listFiles(dir: string): AtlasFiles {
  const incidentsDir = path.join(dir, 'incidents');
  let names: string[] = [];
  try {
    names = readdirSync(incidentsDir).filter((n) => n.endsWith('.json'));
  } catch (e) {
    // An atlas may have places and no incidents yet; any other failure is reported.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  names.sort();
  return { gazetteerFile: path.join(dir, 'gazetteer.geojson'), incidentFiles: names.map((n) => path.join(incidentsDir, n)) };
}

/** Changes when any data file is added, removed or edited: the dev server rebuilds pages on edits. */
function signatureOf(files: AtlasFiles): string {
  return [files.gazetteerFile, ...files.incidentFiles]
    .map((f) => {
      try {
        const s = statSync(f);
        return `${f}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${f}:missing`;
      }
    })
    .join('|');
}

/**
 * Kept on globalThis: the build's pages and the downloads integration load this module as two
 * separate instances, and at 200k incidents a second copy of the atlas would cost ~500 MB.
 */
const MEMO_KEY = Symbol.for('incident-atlas:loadAtlas');
const memo: Map<string, { signature: string; atlas: Atlas }> = ((globalThis as Record<symbol, unknown>)[MEMO_KEY] ??= new Map()) as Map<
  string,
  { signature: string; atlas: Atlas }
>;

/**
 * Reads, validates and returns the atlas in `dir`, or throws an AtlasError listing every
 * problem. Memoized per directory (every page of the build calls it) until a file changes.
 */
export function loadAtlas(dir: string = process.env.DATA_DIR ?? 'geodata'): Atlas {
  const files = listFiles(dir);
  const key = path.resolve(dir);
  const signature = signatureOf(files);
  const cached = memo.get(key);
  if (cached && cached.signature === signature) return cached.atlas;

  const problems: string[] = [];
  const read = (file: string): unknown => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push(`${file}: cannot read: ${(e as Error).message}`);
      return undefined;
    }
    const parsed = parseJsonFile(file, text);
    if ('error' in parsed) {
      problems.push(parsed.error);
      return undefined;
    }
    return parsed.data;
  };

  const gazetteer = read(files.gazetteerFile);
  // Without the gazetteer every place id would look unknown: report the reading problem alone.
  if (gazetteer === undefined) throw new AtlasError(problems);
  // Read lazily, one file at a time: at 200k incidents holding every file's raw JSON next to
  // the validated records doubles the heap and the garbage collector's work.
  function* incidentFiles(): Generator<{ file: string; data: unknown }> {
    for (const file of files.incidentFiles) {
      const data = read(file);
      if (data !== undefined) yield { file, data };
    }
  }
  // Files that could not be read are reported; the rest are still validated, so the report
  // lists every problem at once.
  const { atlas, errors } = validateAtlas({
    gazetteerFile: files.gazetteerFile,
    gazetteer,
    incidentFiles: incidentFiles(),
    countries: loadCountryIndex(),
  });
  problems.push(...errors);
  if (problems.length > 0 || !atlas) throw new AtlasError(problems);
  memo.set(key, { signature, atlas });
  return atlas;
}
