/**
 * The places the map draws under a filter, worked out from the compact atlas's columns: per
 * place, how many of its incidents pass, their casualties, per-type counts and the status they
 * give it. One pass over the incident–place links; no incident objects are made.
 */
import type { ClientPlace } from './client-atlas';
import { FLAG_INJURED_AT_LEAST, FLAG_KILLED_AT_LEAST, type CompactAtlas } from './compact-atlas';
import { isoDay } from './filters';
import { STATUS_PRIORITY, type PlaceStatus, type PlaceSummary } from './status';
import { INCIDENT_TYPES } from './vocabulary';

/** A place with incidents in the current filter, as the map and the details need it. */
export interface PlaceOnMap {
  /** Row of the place in the compact atlas. */
  index: number;
  place: ClientPlace;
  summary: PlaceSummary;
  /** Incidents in the filter per type, in INCIDENT_TYPES order. */
  typeCounts: number[];
}

const CONTESTED = STATUS_PRIORITY.indexOf('contested');
const CLAIMED = STATUS_PRIORITY.indexOf('claimed');

/** Which incidents pass, as one byte per incident, from the rows `filterIncidentIndices` gives. */
export function inFilterMask(length: number, rows: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(length);
  for (let k = 0; k < rows.length; k++) mask[rows[k]] = 1;
  return mask;
}

/**
 * The places with at least one incident in the filter, in `order` (row numbers, e.g. by name).
 * Status follows the same rule as `summarizePlace`: the most telling status any of its
 * incidents gives, and a contested place is not also "claimed".
 */
export function placesInFilter(atlas: CompactAtlas, inFilter: Uint8Array, order: ArrayLike<number>): PlaceOnMap[] {
  const { incidentStart, incidentIndex, killed, injured, flags, status, type, date } = atlas;
  const out: PlaceOnMap[] = [];
  const typeCount = INCIDENT_TYPES.length;
  for (let o = 0; o < order.length; o++) {
    const p = order[o];
    let count = 0;
    let killedSum = 0;
    let injuredSum = 0;
    let flagBits = 0;
    let statusBits = 0;
    let latest = -Infinity;
    const typeCounts = new Array<number>(typeCount).fill(0);
    for (let k = incidentStart[p]; k < incidentStart[p + 1]; k++) {
      const i = incidentIndex[k];
      if (inFilter[i] === 0) continue;
      count++;
      killedSum += killed[i];
      injuredSum += injured[i];
      flagBits |= flags[i];
      statusBits |= 1 << status[i];
      typeCounts[type[i]]++;
      if (date[i] > latest) latest = date[i];
    }
    if (count === 0) continue;
    if (statusBits & (1 << CONTESTED)) statusBits &= ~(1 << CLAIMED);
    const statuses: PlaceStatus[] = STATUS_PRIORITY.filter((_, s) => (statusBits & (1 << s)) !== 0);
    if (statuses.length === 0) statuses.push('mentioned');
    out.push({
      index: p,
      place: atlas.places[p],
      typeCounts,
      summary: {
        status: statuses[0],
        statuses,
        incidentCount: count,
        killed: killedSum,
        injured: injuredSum,
        killedAtLeast: (flagBits & FLAG_KILLED_AT_LEAST) !== 0,
        injuredAtLeast: (flagBits & FLAG_INJURED_AT_LEAST) !== 0,
        latestDate: isoDay(latest),
      },
    });
  }
  return out;
}

/** Place rows sorted by name (English collation), worked out once per load. */
export function placeNameOrder(places: readonly ClientPlace[]): Uint32Array {
  const collator = new Intl.Collator('en');
  const order = Array.from(places.keys());
  order.sort((a, b) => collator.compare(places[a].name, places[b].name));
  return Uint32Array.from(order);
}

/**
 * Which of a place's incidents (by their position k in the place's own list, the order of its
 * detail pages) pass the filter.
 */
export function placeIncidentsInFilter(atlas: CompactAtlas, placeRow: number, inFilter: Uint8Array): Uint8Array {
  const from = atlas.incidentStart[placeRow];
  const to = atlas.incidentStart[placeRow + 1];
  const out = new Uint8Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = inFilter[atlas.incidentIndex[k]];
  return out;
}
