/**
 * What the site says about one place, built once at build time: the summary written to
 * `/data/places/<id>.json` (and shown on `/places/<id>/`), and the place's incidents cut into
 * pages of PLACE_PAGE_SIZE for `/data/places/<id>/<n>.json` and `/places/<id>/<n>/`.
 * The client imports the types only; the map loads a place's detail on demand.
 */
import { countLowerBound, isRange } from './format';
import type { Atlas } from './load';
import type { Incident, PlaceKind } from './schema';
import { toClientPlace, type ClientPlace } from './client-atlas';
import { incidentsByPlace } from './by-place';
import { controlClaims, controlStory, type ControlStory } from './status';

export const PLACE_PAGE_SIZE = 100;
/** Incidents told in the summary file itself, so a place opens with one small request. */
export const PLACE_NEWEST_SIZE = 10;

export interface PlaceMonth {
  /** YYYY-MM */
  month: string;
  count: number;
  /** Sums of the lower bounds, like the place's totals. */
  killed: number;
  injured: number;
}

export interface PlaceDetail {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  country?: string;
  admin1?: string;
  region?: string;
  /** [lon, lat] */
  point: [number, number];
  incidentCount: number;
  /** Sums of the lower bounds ("at least 4" counts 4); *AtLeast when one of them was a range. */
  killed: number;
  injured: number;
  killedAtLeast: boolean;
  injuredAtLeast: boolean;
  firstDate: string | null;
  latestDate: string | null;
  /** Newest month first; months without incidents are left out. */
  months: PlaceMonth[];
  pageSize: number;
  /** ceil(incidentCount / pageSize): 0 for a place without incidents. */
  pages: number;
  /** null when the place has no control claims. */
  control: ControlStory | null;
  /** The newest PLACE_NEWEST_SIZE incidents: the start of page 1, in its order. */
  newest: Incident[];
}

/** The control story of a place's incidents, or null when they hold no control claim. */
export function placeControl(incidents: readonly Incident[]): ControlStory | null {
  const claims = controlClaims(incidents);
  return claims.length === 0 ? null : controlStory(claims);
}

/**
 * The detail of one place from its incidents, which must be in the atlas order (newest first,
 * then id): page n of the place holds incidents [(n-1)·pageSize, n·pageSize) of that order.
 */
export function placeDetail(place: ClientPlace, incidents: readonly Incident[], pageSize = PLACE_PAGE_SIZE): PlaceDetail {
  let killed = 0;
  let injured = 0;
  let killedAtLeast = false;
  let injuredAtLeast = false;
  let firstDate: string | null = null;
  let latestDate: string | null = null;
  const months = new Map<string, PlaceMonth>();
  for (const incident of incidents) {
    const k = countLowerBound(incident.casualties?.killed);
    const i = countLowerBound(incident.casualties?.injured);
    killed += k;
    injured += i;
    killedAtLeast ||= isRange(incident.casualties?.killed);
    injuredAtLeast ||= isRange(incident.casualties?.injured);
    if (firstDate === null || incident.date < firstDate) firstDate = incident.date;
    if (latestDate === null || incident.date > latestDate) latestDate = incident.date;
    const key = incident.date.slice(0, 7);
    const month = months.get(key);
    if (month) {
      month.count += 1;
      month.killed += k;
      month.injured += i;
    } else {
      months.set(key, { month: key, count: 1, killed: k, injured: i });
    }
  }
  return {
    id: place.id,
    name: place.name,
    aliases: place.aliases,
    kind: place.kind,
    ...(place.country ? { country: place.country } : {}),
    ...(place.admin1 ? { admin1: place.admin1 } : {}),
    ...(place.region ? { region: place.region } : {}),
    point: place.point,
    incidentCount: incidents.length,
    killed,
    injured,
    killedAtLeast,
    injuredAtLeast,
    firstDate,
    latestDate,
    months: [...months.values()].sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0)),
    pageSize,
    pages: Math.ceil(incidents.length / pageSize),
    control: placeControl(incidents),
    newest: incidents.slice(0, Math.min(PLACE_NEWEST_SIZE, pageSize)),
  };
}

/** Page n (1-based) of a place's incidents; empty past the last page. */
export function placePage<T>(incidents: readonly T[], page: number, pageSize = PLACE_PAGE_SIZE): T[] {
  return incidents.slice((page - 1) * pageSize, page * pageSize);
}

export interface PlaceIndex {
  /** Every place of the gazetteer as the client sees it, in gazetteer order. */
  places: ClientPlace[];
  placeById: Map<string, ClientPlace>;
  placeNames: Map<string, string>;
  /** Each place's incidents in atlas order; places without incidents are absent. */
  incidentsByPlace: Map<string, Incident[]>;
}

const indexes = new WeakMap<Atlas, PlaceIndex>();

/** The per-place view of an atlas, computed once per loaded atlas (every place page and file asks for it). */
export function placeIndex(atlas: Atlas): PlaceIndex {
  let index = indexes.get(atlas);
  if (!index) {
    const places = atlas.places.map(toClientPlace);
    index = {
      places,
      placeById: new Map(places.map((p) => [p.id, p])),
      placeNames: new Map(places.map((p) => [p.id, p.name])),
      incidentsByPlace: incidentsByPlace(atlas.incidents),
    };
    indexes.set(atlas, index);
  }
  return index;
}
