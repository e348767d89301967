/**
 * The downloads: incidents as GeoJSON (RFC 7946) and as an ACLED-style CSV, and the gazetteer
 * as stored. Pure: the pages under src/pages/data/ call these with the loaded atlas.
 */
import type { Feature, FeatureCollection, Geometry as GeoJsonGeometry } from 'geojson';
import { representativePoint, type LonLat } from '../geo/bounds';
import { countryName } from './country-names';
import { countLowerBound, formatCount, TYPE_LABEL } from './format';
import type { Atlas } from './load';
import type { DatePrecision, GeoPrecision, Incident, IncidentType, PlaceFeature, Source } from './schema';
import { isWebUrl } from './web-url';

/**
 * Our types in ACLED's taxonomy (event_type / sub_event_type as ACLED's codebook spells them),
 * so analysts can line our rows up with ACLED's. The nearest honest match for each:
 * - strike → Explosions/Remote violence. The sub-type depends on the weapon, which our schema
 *   does not record; "Shelling/artillery/missile attack" is the default because it is what
 *   most remote violence in this war is, and `acledEventType` switches an incident to
 *   "Air/drone strike" when its text names drones, air strikes or aerial/glide bombs only.
 * - fighting → Battles / Armed clash.
 * - control-claim → Strategic developments / Other. ACLED's territorial sub-types (Battles:
 *   "Government regains territory", "Non-state actor overtakes territory"; Strategic
 *   developments: "Non-violent transfer of territory") record a change of control that
 *   happened. Ours records what a party claims, often denied by the other side, so it is not
 *   one of those; "Headquarters or base established" would be plainly wrong.
 * - diplomacy → Strategic developments / Agreement (talks, plans, agreements).
 * - hybrid → Strategic developments / Other (sabotage, surveillance, lasers at aircraft).
 */
export const ACLED_EVENT_TYPE: Record<IncidentType, { event_type: string; sub_event_type: string }> = {
  strike: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' },
  fighting: { event_type: 'Battles', sub_event_type: 'Armed clash' },
  'control-claim': { event_type: 'Strategic developments', sub_event_type: 'Other' },
  diplomacy: { event_type: 'Strategic developments', sub_event_type: 'Agreement' },
  hybrid: { event_type: 'Strategic developments', sub_event_type: 'Other' },
};

const AIR_WORDS = /\b(drones?|uavs?|shaheds?|air ?strikes?|air raids?|aerial|aircraft|(?:guided|glide|aerial) bombs?|kabs?)\b/i;
const GROUND_WORDS = /\b(missiles?|rockets?|shell(?:s|ing|ed)?|artillery|mortars?|mlrs|howitzers?|iskanders?|kalibrs?)\b/i;

/** ACLED_EVENT_TYPE, with a strike's sub-type read from the weapons its text names. */
export function acledEventType(incident: Incident): { event_type: string; sub_event_type: string } {
  const base = ACLED_EVENT_TYPE[incident.type];
  if (incident.type !== 'strike') return base;
  const text = [incident.title, incident.summary, ...incident.sources.map((s) => s.quote)].join(' ');
  if (AIR_WORDS.test(text) && !GROUND_WORDS.test(text)) return { ...base, sub_event_type: 'Air/drone strike' };
  return base;
}

/**
 * ACLED's time_precision: 1 the day is known, 2 the week (or a few days), 3 the month.
 * ACLED's scale stops at the month; a season or a year is coarser still, so it is 3 as well.
 */
export const ACLED_TIME_PRECISION: Record<DatePrecision, 1 | 2 | 3> = { day: 1, week: 2, month: 3, season: 3, year: 3 };

/** ACLED's geo_precision: 1 the town itself, 2 near it or part of a region, 3 only the region. */
export const ACLED_GEO_PRECISION: Record<GeoPrecision, 1 | 2 | 3> = { exact: 1, near: 2, region: 3 };

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
const roundPosition = ([lon, lat]: LonLat): LonLat => [round6(lon), round6(lat)];

/** One representative point per place, computed once per export. */
function pointLookup(atlas: Atlas): (placeId: string) => LonLat | null {
  const cache = new Map<string, LonLat>();
  return (placeId) => {
    const hit = cache.get(placeId);
    if (hit) return hit;
    const place = atlas.placeById.get(placeId);
    if (!place) return null;
    const point = roundPosition(representativePoint(place.geometry));
    cache.set(placeId, point);
    return point;
  };
}

/** Where an incident is drawn: its own "near" point, its place's point, a MultiPoint for several places, or null. */
function incidentGeometry(incident: Incident, pointOf: (id: string) => LonLat | null): GeoJsonGeometry | null {
  if (incident.coordinates) return { type: 'Point', coordinates: roundPosition(incident.coordinates) };
  const points: LonLat[] = [];
  const seen = new Set<string>();
  for (const id of incident.placeIds) {
    const p = pointOf(id);
    if (!p) continue;
    const key = `${p[0]},${p[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    points.push(p);
  }
  if (points.length === 0) return null;
  if (points.length === 1) return { type: 'Point', coordinates: points[0] };
  return { type: 'MultiPoint', coordinates: points };
}

export interface IncidentFeatureProperties {
  id: string;
  type: IncidentType;
  typeLabel: string;
  date: string;
  datePrecision: DatePrecision;
  placeIds: string[];
  placeNames: string[];
  geoPrecision: GeoPrecision | null;
  title: string;
  summary: string;
  /** As a reader would say it: "5", "at least 4", "4–6"; null when not reported. */
  killed: string | null;
  injured: string | null;
  /** The lower bounds, for sums and sorting (0 when not reported). */
  killedMin: number;
  injuredMin: number;
  claims: Incident['claims'];
  sources: Incident['sources'];
}

/**
 * The sources as they may leave the site: a url that is not http(s) is dropped. The schema
 * already stops such a url at build time; this keeps the downloads safe for any atlas passed in.
 */
function exportableSources(sources: readonly Source[]): Source[] {
  return sources.map((s) => {
    if (s.url === undefined || isWebUrl(s.url)) return s;
    const { url: _dropped, ...rest } = s;
    return rest;
  });
}

/** Every incident as a Feature (RFC 7946: [lon, lat], WGS84, no crs member); unlocated ones have geometry null. */
export function incidentsToGeoJSON(atlas: Atlas): FeatureCollection<GeoJsonGeometry | null, IncidentFeatureProperties> {
  const pointOf = pointLookup(atlas);
  const nameOf = (id: string) => atlas.placeById.get(id)?.properties.name ?? id;
  const features = atlas.incidents.map(
    (incident): Feature<GeoJsonGeometry | null, IncidentFeatureProperties> => ({
      type: 'Feature',
      id: incident.id,
      geometry: incidentGeometry(incident, pointOf),
      properties: {
        id: incident.id,
        type: incident.type,
        typeLabel: TYPE_LABEL[incident.type],
        date: incident.date,
        datePrecision: incident.datePrecision,
        placeIds: incident.placeIds,
        placeNames: incident.placeIds.map(nameOf),
        geoPrecision: incident.geoPrecision ?? null,
        title: incident.title,
        summary: incident.summary,
        killed: incident.casualties?.killed !== undefined ? formatCount(incident.casualties.killed) : null,
        injured: incident.casualties?.injured !== undefined ? formatCount(incident.casualties.injured) : null,
        killedMin: countLowerBound(incident.casualties?.killed),
        injuredMin: countLowerBound(incident.casualties?.injured),
        claims: incident.claims,
        sources: exportableSources(incident.sources),
      },
    }),
  );
  return { type: 'FeatureCollection', features };
}

/** The gazetteer as stored (after validation, so `aliases` is always present). */
export function gazetteerToGeoJSON(atlas: Atlas): FeatureCollection<PlaceFeature['geometry'], PlaceFeature['properties']> {
  return { type: 'FeatureCollection', features: atlas.places };
}

// ---- CSV ---------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'atlas_type',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'injuries',
  'actor_claims',
  'source',
  'source_url',
  'notes',
] as const;

type CsvValue = string | number | null;

/**
 * One text cell. A cell a spreadsheet would run as a formula (starting with = + - @, tab or
 * CR) gets a leading apostrophe (OWASP's advice); then RFC 4180 quoting. Numbers come from
 * our own data and pass untouched: "-8.62" is a longitude, not a formula.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/**
 * ACLED-style CSV, one row per incident (RFC 4180: CRLF, header row). An incident at several
 * places lists them all in `location` and takes latitude/longitude, country and admin1 from
 * the first (ACLED rows have one location). fatalities/injuries are lower bounds; the exact
 * wording ("at least 4") is in `notes` via the quote.
 */
export function incidentsToCSV(atlas: Atlas): string {
  const pointOf = pointLookup(atlas);
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const incident of atlas.incidents) {
    const places = incident.placeIds.map((id) => atlas.placeById.get(id)).filter((p): p is PlaceFeature => p !== undefined);
    const first = places[0];
    const point = incident.coordinates ? roundPosition(incident.coordinates) : first ? pointOf(first.properties.id) : null;
    const acled = acledEventType(incident);
    const claims = incident.claims
      .map((c) => `${c.party} ${c.stance} (${c.by}): ${c.statement}`)
      .join(' | ');
    const quotes = incident.sources.map((s) => `"${s.quote}"`).join(' ');
    const row: Record<(typeof CSV_COLUMNS)[number], CsvValue> = {
      event_id_cnty: incident.id,
      event_date: incident.date,
      year: Number(incident.date.slice(0, 4)),
      time_precision: ACLED_TIME_PRECISION[incident.datePrecision],
      event_type: acled.event_type,
      sub_event_type: acled.sub_event_type,
      atlas_type: incident.type,
      country: first?.properties.country ? countryName(first.properties.country) : '',
      admin1: first?.properties.admin1 ?? '',
      location: places.map((p) => p.properties.name).join('; '),
      latitude: point ? point[1] : null,
      longitude: point ? point[0] : null,
      geo_precision: incident.geoPrecision ? ACLED_GEO_PRECISION[incident.geoPrecision] : null,
      fatalities: countLowerBound(incident.casualties?.killed),
      injuries: countLowerBound(incident.casualties?.injured),
      actor_claims: claims,
      source: [...new Set(incident.sources.map((s) => s.outlet))].join('; '),
      source_url: [...new Set(incident.sources.flatMap((s) => (s.url && isWebUrl(s.url) ? [s.url] : [])))].join(' '),
      notes: `${incident.summary} ${quotes}`,
    };
    rows.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
