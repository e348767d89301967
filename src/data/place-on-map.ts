/**
 * The places the map draws under a filter, worked out from the compact atlas's columns: per
 * place, how many of its incidents pass, their casualties, per-type counts and the status they
 * give it. One pass over the incident–place links; no incident objects are made.
 */
import type { ClientPlace } from './client-atlas';
import { FLAG_INJURED_AT_LEAST, FLAG_KILLED_AT_LEAST, NO_HOLDER, NO_STANDING, type CompactAtlas } from './compact-atlas';
import { isoDay } from './filters';
import { controlStory, STATUS_PRIORITY, type DatedClaim, type PlaceStatus, type PlaceSummary } from './status';
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

const CONTROL_CLAIM = INCIDENT_TYPES.indexOf('control-claim');

/**
 * The standing the control claims of these incidents give their place, told by the one control
 * story (status.ts) from the compact claim columns. Rows of one day are in id order, so the
 * row number stands in for the incident id when the story orders claims.
 */
export function controlStanding(atlas: CompactAtlas, rows: readonly number[]): PlaceStatus {
  const claims: DatedClaim[] = [];
  for (const i of rows) {
    const date = isoDay(atlas.date[i]);
    const incidentId = String(i).padStart(10, '0');
    for (let k = atlas.claimStart[i]; k < atlas.claimStart[i + 1]; k++) {
      const holder = atlas.claimHolder[k];
      const share = atlas.claimShare[k];
      claims.push({
        date,
        incidentId,
        claim: {
          party: atlas.codes[atlas.claimParty[k]],
          by: '',
          stance: atlas.claimStance[k] === 1 ? 'denies' : 'asserts',
          subject: 'control',
          statement: '',
          ...(holder !== NO_HOLDER ? { holder: atlas.codes[holder] } : {}),
          ...(Number.isNaN(share) ? {} : { share }),
        },
      });
    }
  }
  // A control-claim record whose claims settle nothing is still a claim.
  return controlStory(claims).standing ?? 'claimed';
}

/** Which incidents pass, as one byte per incident, from the rows `filterIncidentIndices` gives. */
export function inFilterMask(length: number, rows: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(length);
  for (let k = 0; k < rows.length; k++) mask[rows[k]] = 1;
  return mask;
}

/**
 * The places with at least one incident in the filter, in `order` (row numbers, e.g. by name).
 * Status follows the same rule as `summarizePlace`: the most telling status its incidents
 * give, a control claim's from the control story of the place's claims in the filter.
 */
export function placesInFilter(atlas: CompactAtlas, inFilter: Uint8Array, order: ArrayLike<number>, rows?: ArrayLike<number>): PlaceOnMap[] {
  const { placeStart, placeIndex, killed, injured, flags, status, type, date } = atlas;
  const P = atlas.places.length;
  const typeCount = INCIDENT_TYPES.length;
  // One pass over the incidents in the filter, in order (sequential reads of the columns),
  // adding into small per-place arrays that stay in cache.
  const count = new Uint32Array(P);
  const killedSum = new Float64Array(P);
  const injuredSum = new Float64Array(P);
  const flagBits = new Uint8Array(P);
  const statusBits = new Uint32Array(P);
  const latest = new Int32Array(P).fill(-2147483648);
  const types = new Uint32Array(P * typeCount);
  const controlRows = new Map<number, number[]>();
  const visit = (i: number) => {
    const isControl = type[i] === CONTROL_CLAIM;
    for (let k = placeStart[i]; k < placeStart[i + 1]; k++) {
      const p = placeIndex[k];
      count[p]++;
      killedSum[p] += killed[i];
      injuredSum[p] += injured[i];
      flagBits[p] |= flags[i];
      types[p * typeCount + type[i]]++;
      if (date[i] > latest[p]) latest[p] = date[i];
      if (isControl) {
        const list = controlRows.get(p);
        if (list) list.push(i);
        else controlRows.set(p, [i]);
      } else statusBits[p] |= 1 << status[i];
    }
  };
  if (rows) for (let k = 0; k < rows.length; k++) visit(rows[k]);
  else for (let i = 0; i < inFilter.length; i++) if (inFilter[i] !== 0) visit(i);

  const whole = wholeStories(atlas);
  const out: PlaceOnMap[] = [];
  for (let o = 0; o < order.length; o++) {
    const p = order[o];
    if (count[p] === 0) continue;
    let bits = statusBits[p];
    const control = controlRows.get(p);
    if (control) {
      // A filter that keeps every control claim of the place (most do) gives the whole story: told once.
      let standing = control.length === whole.claimRows[p] ? whole.standing.get(p) : undefined;
      if (standing === undefined) {
        standing = controlStanding(atlas, control);
        if (control.length === whole.claimRows[p]) whole.standing.set(p, standing);
      }
      bits |= 1 << STATUS_PRIORITY.indexOf(standing);
    }
    const statuses: PlaceStatus[] = STATUS_PRIORITY.filter((_, s) => (bits & (1 << s)) !== 0);
    if (statuses.length === 0) statuses.push('mentioned');
    out.push({
      index: p,
      place: atlas.places[p],
      typeCounts: Array.from(types.subarray(p * typeCount, (p + 1) * typeCount)),
      summary: {
        status: statuses[0],
        statuses,
        incidentCount: count[p],
        killed: killedSum[p],
        injured: injuredSum[p],
        killedAtLeast: (flagBits[p] & FLAG_KILLED_AT_LEAST) !== 0,
        injuredAtLeast: (flagBits[p] & FLAG_INJURED_AT_LEAST) !== 0,
        latestDate: isoDay(latest[p]),
      },
    });
  }
  return out;
}

/** Per atlas: how many control-claim incidents each place has, and the standing of the whole story (told at build). */
const WHOLE = new WeakMap<CompactAtlas, { claimRows: Uint32Array; standing: Map<number, PlaceStatus> }>();

function wholeStories(atlas: CompactAtlas) {
  let whole = WHOLE.get(atlas);
  if (!whole) {
    const claimRows = new Uint32Array(atlas.places.length);
    for (let i = 0; i < atlas.length; i++) {
      if (atlas.type[i] !== CONTROL_CLAIM) continue;
      for (let k = atlas.placeStart[i]; k < atlas.placeStart[i + 1]; k++) claimRows[atlas.placeIndex[k]]++;
    }
    const standing = new Map<number, PlaceStatus>();
    atlas.placeStanding.forEach((s, p) => s !== NO_STANDING && standing.set(p, STATUS_PRIORITY[s]));
    whole = { claimRows, standing };
    WHOLE.set(atlas, whole);
  }
  return whole;
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
