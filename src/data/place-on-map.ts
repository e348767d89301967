/**
 * The places the map draws under a filter, worked out from the compact atlas's columns: per
 * place, how many of its incidents pass, their casualties, per-type counts and the status they
 * give it. One pass over the incident–place links; no incident objects are made.
 */
import type { ClientPlace } from './client-atlas';
import { FLAG_INJURED_AT_LEAST, FLAG_KILLED_AT_LEAST, NO_HOLDER, NO_STANDING, type CompactAtlas } from './compact-atlas';
import { isoDay, rowTest, type IncidentFilter } from './filters';
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
  return placesOfTypes(atlas, placeTypeTotals(atlas, rows ?? rowsOfMask(inFilter)), ALL_TYPES, order);
}

/**
 * What the incidents of some rows add up to, per place and per type: the only part of a filter
 * change that walks incidents. A filter that differs only in its types keeps these and asks
 * `placesOfTypes` for another selection (a chip click is then a few thousand additions).
 */
export interface PlaceTypeTotals {
  /** Incidents, casualties, FLAG_* bits, non-claim status bits and the latest day, at [place * types + type]. */
  count: Uint32Array;
  killed: Float64Array;
  injured: Float64Array;
  flags: Uint8Array;
  statusBits: Uint32Array;
  latest: Int32Array;
  /** Per place: the standing (index into STATUS_PRIORITY) its control claims in the rows give, or -1. */
  standing: Int8Array;
}

const TYPE_COUNT = INCIDENT_TYPES.length;
/** Every type selected (bit t = INCIDENT_TYPES[t]). */
export const ALL_TYPES = (1 << TYPE_COUNT) - 1;

/** The bits `placesOfTypes` takes for a filter's types (empty = every type). */
export function typeBits(types: readonly string[]): number {
  if (types.length === 0) return ALL_TYPES;
  let bits = 0;
  for (const t of types) {
    const index = INCIDENT_TYPES.indexOf(t as (typeof INCIDENT_TYPES)[number]);
    if (index >= 0) bits |= 1 << index;
  }
  return bits;
}

/** One pass over the rows, in order (sequential reads of the columns), adding into small per-place arrays. */
export function placeTypeTotals(atlas: CompactAtlas, rows: ArrayLike<number>): PlaceTypeTotals {
  const { placeStart, placeIndex, killed, injured, flags, status, type, date } = atlas;
  const P = atlas.places.length;
  const count = new Uint32Array(P * TYPE_COUNT);
  const killedSum = new Float64Array(P * TYPE_COUNT);
  const injuredSum = new Float64Array(P * TYPE_COUNT);
  const flagBits = new Uint8Array(P * TYPE_COUNT);
  const statusBits = new Uint32Array(P * TYPE_COUNT);
  const latest = new Int32Array(P * TYPE_COUNT).fill(-2147483648);
  const controlRows = new Map<number, number[]>();
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const t = type[i];
    const isControl = t === CONTROL_CLAIM;
    for (let k = placeStart[i]; k < placeStart[i + 1]; k++) {
      const p = placeIndex[k];
      const cell = p * TYPE_COUNT + t;
      count[cell]++;
      killedSum[cell] += killed[i];
      injuredSum[cell] += injured[i];
      flagBits[cell] |= flags[i];
      if (date[i] > latest[cell]) latest[cell] = date[i];
      if (isControl) {
        const list = controlRows.get(p);
        if (list) list.push(i);
        else controlRows.set(p, [i]);
      } else statusBits[cell] |= 1 << status[i];
    }
  }
  const whole = wholeStories(atlas);
  const standing = new Int8Array(P).fill(-1);
  for (const [p, control] of controlRows) {
    // Rows that keep every control claim of the place (most filters do) give the whole story: told once.
    let told = control.length === whole.claimRows[p] ? whole.standing.get(p) : undefined;
    if (told === undefined) {
      told = controlStanding(atlas, control);
      if (control.length === whole.claimRows[p]) whole.standing.set(p, told);
    }
    standing[p] = STATUS_PRIORITY.indexOf(told);
  }
  return { count, killed: killedSum, injured: injuredSum, flags: flagBits, statusBits, latest, standing };
}

/** The places with incidents of the selected types (`typeBits`) in the totals, in `order`. */
export function placesOfTypes(atlas: CompactAtlas, totals: PlaceTypeTotals, types: number, order: ArrayLike<number>): PlaceOnMap[] {
  const out: PlaceOnMap[] = [];
  for (let o = 0; o < order.length; o++) {
    const p = order[o];
    let count = 0;
    let killed = 0;
    let injured = 0;
    let flagBits = 0;
    let bits = 0;
    let latest = -2147483648;
    for (let t = 0; t < TYPE_COUNT; t++) {
      const cell = p * TYPE_COUNT + t;
      if ((types & (1 << t)) === 0 || totals.count[cell] === 0) continue;
      count += totals.count[cell];
      killed += totals.killed[cell];
      injured += totals.injured[cell];
      flagBits |= totals.flags[cell];
      bits |= totals.statusBits[cell];
      if (totals.latest[cell] > latest) latest = totals.latest[cell];
      if (t === CONTROL_CLAIM) bits |= 1 << totals.standing[p];
    }
    if (count === 0) continue;
    const statuses = statusesOfBits(bits);
    const typeCounts: number[] = [];
    for (let t = 0; t < TYPE_COUNT; t++) typeCounts.push((types & (1 << t)) !== 0 ? totals.count[p * TYPE_COUNT + t] : 0);
    out.push({
      index: p,
      place: atlas.places[p],
      typeCounts,
      summary: {
        status: statuses[0],
        statuses,
        incidentCount: count,
        killed,
        injured,
        killedAtLeast: (flagBits & FLAG_KILLED_AT_LEAST) !== 0,
        injuredAtLeast: (flagBits & FLAG_INJURED_AT_LEAST) !== 0,
        latestDate: isoDay(latest),
      },
    });
  }
  return out;
}

// A few dozen combinations of statuses occur: each list is made once and shared (read-only).
const STATUSES_OF_BITS = new Map<number, PlaceStatus[]>();

/** The statuses whose bits are set, in STATUS_PRIORITY order; ['mentioned'] for none. */
function statusesOfBits(bits: number): PlaceStatus[] {
  let statuses = STATUSES_OF_BITS.get(bits);
  if (!statuses) {
    statuses = STATUS_PRIORITY.filter((_, s) => (bits & (1 << s)) !== 0);
    if (statuses.length === 0) statuses.push('mentioned');
    STATUSES_OF_BITS.set(bits, statuses);
  }
  return statuses;
}

/** The rows of a mask, in order. */
function rowsOfMask(inFilter: Uint8Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < inFilter.length; i++) n += inFilter[i];
  const rows = new Uint32Array(n);
  for (let i = 0, k = 0; i < inFilter.length; i++) if (inFilter[i] !== 0) rows[k++] = i;
  return rows;
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
 * detail pages) pass the filter: a test per incident of the place, not a pass over the archive.
 */
export function placeIncidentsInFilter(atlas: CompactAtlas, placeRow: number, filter: IncidentFilter): Uint8Array {
  const from = atlas.incidentStart[placeRow];
  const to = atlas.incidentStart[placeRow + 1];
  const passes = rowTest(atlas, filter);
  const out = new Uint8Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = passes(atlas.incidentIndex[k]) ? 1 : 0;
  return out;
}
