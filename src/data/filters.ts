/**
 * The incident filter: which types, which dates, which claimant parties. It lives in the
 * address bar (`?type=strike,fighting&from=2025-11-20&to=2025-11-21&party=RU`) so a link
 * reproduces the view. Values are looked up, never echoed: types against the vocabulary, dates
 * against the calendar, parties against the parties in the data when the caller passes them
 * (otherwise any alpha-2 code passes).
 *
 * Two ways to apply it: `matchesFilter` for one record (pages, tests) and, for the map at
 * 200,000 incidents, `prepareIncidents` once + `filterIncidentIndices` per change, which walks
 * flat typed arrays instead of objects. That is only the selecting step of a filter change;
 * redrawing markers, counts and list is the caller's, and the 50 ms budget is for the whole
 * change (docs/architecture.md, "Budgets").
 */
import { dayNumber, isIsoDate } from './calendar';
import { dateSpan } from './format';
import type { DatePrecision, Incident, IncidentType } from './schema';
import { DATE_PRECISIONS, INCIDENT_TYPES } from './vocabulary';

export interface IncidentFilter {
  /** Empty = every type. Canonical: INCIDENT_TYPES order, no repeats. */
  types: IncidentType[];
  /** Inclusive ISO days; null = open-ended. from ≤ to when both are set. */
  from: string | null;
  to: string | null;
  /** ISO alpha-2 codes of claimant parties; empty = no restriction. Canonical: sorted, no repeats. */
  parties: string[];
}

/** No restriction. Frozen, lists included, so a caller cannot change it for everyone by accident. */
export const EMPTY_FILTER: IncidentFilter = Object.freeze({
  types: Object.freeze([]) as unknown as IncidentType[],
  from: null,
  to: null,
  parties: Object.freeze([]) as unknown as string[],
});

/** The query parameters this module owns; every other one (e.g. `place`) is kept as it is. */
const PARAM = { type: 'type', from: 'from', to: 'to', party: 'party' } as const;

const TYPE_SET: ReadonlySet<string> = new Set(INCIDENT_TYPES);

export function isFilterEmpty(filter: IncidentFilter): boolean {
  return filter.types.length === 0 && filter.from === null && filter.to === null && filter.parties.length === 0;
}

/** A real calendar day written YYYY-MM-DD, or null. */
function validDay(value: string | null): string | null {
  return value !== null && isIsoDate(value) ? value : null;
}

/** Every value of a parameter, whether repeated (`type=a&type=b`) or comma-separated (`type=a,b`). */
function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/**
 * The filter a query string asks for. Unknown types, unknown parties (not in `knownParties`
 * when given, not an alpha-2 code otherwise) and impossible dates are dropped; a reversed
 * range is swapped.
 */
export function readFilter(search: string, knownParties?: ReadonlySet<string>): IncidentFilter {
  const params = new URLSearchParams(search);
  const askedTypes = new Set(listParam(params, PARAM.type).map((t) => t.toLowerCase()));
  const types = INCIDENT_TYPES.filter((t) => askedTypes.has(t));

  const parties = [
    ...new Set(
      listParam(params, PARAM.party)
        .map((p) => p.toUpperCase())
        .filter((p) => /^[A-Z]{2}$/.test(p) && (knownParties === undefined || knownParties.has(p))),
    ),
  ].sort();

  let from = validDay(params.get(PARAM.from));
  let to = validDay(params.get(PARAM.to));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];

  return { types, from, to, parties };
}

/** The filter in canonical form: known types in vocabulary order, sorted parties, from ≤ to. */
export function canonicalFilter(filter: IncidentFilter): IncidentFilter {
  const wanted = new Set(filter.types);
  let { from, to } = filter;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    types: INCIDENT_TYPES.filter((t) => wanted.has(t)),
    from,
    to,
    parties: [...new Set(filter.parties)].sort(),
  };
}

/**
 * The query string for `filter` ('' or starting with '?'), keeping the parameters this module
 * does not own. Lists are comma-separated and written by hand, because URLSearchParams would
 * encode the commas as %2C and the links are meant to be read.
 */
export function writeFilter(search: string, filter: IncidentFilter): string {
  const params = new URLSearchParams(search);
  for (const name of Object.values(PARAM)) params.delete(name);
  const f = canonicalFilter(filter);
  // Every value here is a slug, an ISO day or an alpha-2 code: nothing to escape.
  const own: string[] = [];
  if (f.types.length > 0) own.push(`${PARAM.type}=${f.types.join(',')}`);
  if (f.from !== null && validDay(f.from)) own.push(`${PARAM.from}=${f.from}`);
  if (f.to !== null && validDay(f.to)) own.push(`${PARAM.to}=${f.to}`);
  const parties = f.parties.filter((p) => /^[A-Z]{2}$/.test(p));
  if (parties.length > 0) own.push(`${PARAM.party}=${parties.join(',')}`);
  const query = [params.toString(), ...own].filter((s) => s.length > 0).join('&');
  return query ? `?${query}` : '';
}

export function filtersEqual(a: IncidentFilter, b: IncidentFilter): boolean {
  const x = canonicalFilter(a);
  const y = canonicalFilter(b);
  return (
    x.from === y.from &&
    x.to === y.to &&
    x.types.join(',') === y.types.join(',') &&
    x.parties.join(',') === y.parties.join(',')
  );
}

/**
 * Whether one incident is in the filter. Dates compare the whole period an imprecise date may
 * mean ("summer 2024" is 1 Jun – 31 Aug): it is in when that period overlaps [from, to].
 */
export function matchesFilter(incident: Incident, filter: IncidentFilter): boolean {
  if (filter.types.length > 0 && !filter.types.includes(incident.type)) return false;
  if (filter.from !== null || filter.to !== null) {
    const span = dateSpan(incident.date, incident.datePrecision);
    if (filter.from !== null && span.end < filter.from) return false;
    if (filter.to !== null && span.start > filter.to) return false;
  }
  if (filter.parties.length > 0 && !incident.claims.some((c) => filter.parties.includes(c.party))) return false;
  return true;
}

// ---- the dense path ---------------------------------------------------------------------

// Day numbers live with the other calendar rules; re-exported for the histogram.
export { dayNumber, isoDay } from './calendar';

// The periods of imprecise dates repeat (a few thousand at 200,000 incidents): each is worked out once.
const PERIODS = new Map<string, readonly [number, number]>();

/** The first and last day number an imprecise date may mean ("2024-06-01", month → June 2024). */
export function periodDays(date: string, precision: DatePrecision): readonly [number, number] {
  const key = `${date}/${precision}`;
  let period = PERIODS.get(key);
  if (!period) {
    const span = dateSpan(date, precision);
    period = [dayNumber(span.start), dayNumber(span.end)];
    PERIODS.set(key, period);
  }
  return period;
}

/**
 * The incidents as parallel typed arrays, built once when the data loads. Row i is incident i.
 * Parties are bit sets over `parties` (32 per word, `partyWords` words per row), so "any claim
 * by RU or UA" is an AND per row.
 */
export interface PreparedIncidents {
  length: number;
  /** First and last day (day numbers, inclusive) the incident's date may mean. */
  start: Int32Array;
  end: Int32Array;
  /** Index into INCIDENT_TYPES. */
  type: Uint8Array;
  /** Index into DATE_PRECISIONS. */
  precision: Uint8Array;
  /** Claimant parties seen in the data, sorted; bit j of a row's mask is parties[j]. */
  parties: string[];
  partyWords: number;
  partyMask: Uint32Array;
}

const TYPE_INDEX = new Map<IncidentType, number>(INCIDENT_TYPES.map((t, i) => [t, i]));
const PRECISION_INDEX = new Map<DatePrecision, number>(DATE_PRECISIONS.map((p, i) => [p, i]));

export function prepareIncidents(incidents: readonly Incident[]): PreparedIncidents {
  const n = incidents.length;
  const partySet = new Set<string>();
  for (let i = 0; i < n; i++) {
    const claims = incidents[i].claims;
    for (let c = 0; c < claims.length; c++) partySet.add(claims[c].party);
  }
  const parties = [...partySet].sort();
  const partyBit = new Map(parties.map((p, j) => [p, j]));
  const partyWords = Math.max(1, Math.ceil(parties.length / 32));

  // Plain locals in the loop below: it runs once per incident at load.
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const type = new Uint8Array(n);
  const precision = new Uint8Array(n);
  const partyMask = new Uint32Array(n * partyWords);
  for (let i = 0; i < n; i++) {
    const incident = incidents[i];
    const datePrecision = incident.datePrecision;
    if (datePrecision === 'day') {
      start[i] = end[i] = dayNumber(incident.date);
    } else {
      const period = periodDays(incident.date, datePrecision);
      start[i] = period[0];
      end[i] = period[1];
    }
    type[i] = TYPE_INDEX.get(incident.type) ?? 0;
    precision[i] = PRECISION_INDEX.get(datePrecision) ?? 0;
    const claims = incident.claims;
    for (let c = 0; c < claims.length; c++) {
      const bit = partyBit.get(claims[c].party)!;
      partyMask[i * partyWords + (bit >>> 5)] |= 1 << (bit & 31);
    }
  }
  return { length: n, start, end, type, precision, parties, partyWords, partyMask };
}

/** The rows in the filter, in their original order. Same answer as `matchesFilter`, row by row. */
/** A type set as bits of INCIDENT_TYPES indices; every type when `types` is empty. */
function typeBitsOf(types: readonly IncidentType[]): number {
  if (types.length === 0) return ~0;
  let bits = 0;
  for (const t of types) bits |= 1 << (TYPE_INDEX.get(t) ?? 31);
  return bits;
}

/** A filter as the typed columns test it: type bits, a day span, and the wanted party bits. */
function compileFilter(prepared: PreparedIncidents, filter: IncidentFilter) {
  const wanted = new Uint32Array(prepared.partyWords);
  for (const p of filter.parties) {
    const bit = prepared.parties.indexOf(p);
    if (bit >= 0) wanted[bit >>> 5] |= 1 << (bit & 31);
  }
  return {
    typeBits: typeBitsOf(filter.types),
    from: filter.from === null ? -Infinity : dayNumber(filter.from),
    to: filter.to === null ? Infinity : dayNumber(filter.to),
    byParty: filter.parties.length > 0,
    wanted,
  };
}

export function filterIncidentIndices(prepared: PreparedIncidents, filter: IncidentFilter): Uint32Array {
  const n = prepared.length;
  const { start, end, type, partyMask, partyWords } = prepared;
  const { typeBits, from, to, byParty, wanted } = compileFilter(prepared, filter);

  const out = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if ((typeBits & (1 << type[i])) === 0) continue;
    if (end[i] < from || start[i] > to) continue;
    if (byParty) {
      let hit = 0;
      const row = i * partyWords;
      for (let w = 0; w < partyWords; w++) hit |= partyMask[row + w] & wanted[w];
      if (hit === 0) continue;
    }
    out[count++] = i;
  }
  return out.slice(0, count);
}

/**
 * Whether row i is in the filter: the rule of `filterIncidentIndices` for one row at a time,
 * for the few hundred incidents of one place (no pass over the whole archive).
 */
export function rowTest(prepared: PreparedIncidents, filter: IncidentFilter): (i: number) => boolean {
  const { start, end, type, partyMask, partyWords } = prepared;
  const { typeBits, from, to, byParty, wanted } = compileFilter(prepared, filter);
  return (i) => {
    if ((typeBits & (1 << type[i])) === 0) return false;
    if (end[i] < from || start[i] > to) return false;
    if (!byParty) return true;
    let hit = 0;
    for (let w = 0; w < partyWords; w++) hit |= partyMask[i * partyWords + w] & wanted[w];
    return hit !== 0;
  };
}

/** The rows among `rows` (in their order) whose type is one of `types` (empty = every type). */
export function rowsOfTypes(prepared: PreparedIncidents, rows: Uint32Array, types: readonly IncidentType[]): Uint32Array {
  if (types.length === 0) return rows;
  const typeBits = typeBitsOf(types);
  const { type } = prepared;
  // Counted first, so the answer is allocated once at its size (no 800 KB scratch array per click).
  let count = 0;
  for (let k = 0; k < rows.length; k++) if ((typeBits & (1 << type[rows[k]])) !== 0) count++;
  const out = new Uint32Array(count);
  for (let k = 0, n = 0; k < rows.length; k++) {
    const i = rows[k];
    if ((typeBits & (1 << type[i])) !== 0) out[n++] = i;
  }
  return out;
}

/**
 * The rows split by type (INCIDENT_TYPES order), each in the order of `rows`: made once per
 * change of dates or parties, so choosing one type needs no pass over the incidents.
 */
export function rowsByType(prepared: PreparedIncidents, rows: Uint32Array): Uint32Array[] {
  const { type } = prepared;
  const counts = new Uint32Array(INCIDENT_TYPES.length);
  for (let k = 0; k < rows.length; k++) counts[type[rows[k]]]++;
  const out = Array.from(counts, (n) => new Uint32Array(n));
  const filled = new Uint32Array(INCIDENT_TYPES.length);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const t = type[i];
    out[t][filled[t]++] = i;
  }
  return out;
}

/** How many incidents of each type; over `indices` when given, else over all. */
export function countByType(
  incidents: readonly Pick<Incident, 'type'>[] | PreparedIncidents,
  indices?: ArrayLike<number>,
): Record<IncidentType, number> {
  const counts = Object.fromEntries(INCIDENT_TYPES.map((t) => [t, 0])) as Record<IncidentType, number>;
  if ('partyMask' in incidents) {
    const raw = new Uint32Array(INCIDENT_TYPES.length);
    if (indices) for (let k = 0; k < indices.length; k++) raw[incidents.type[indices[k]]]++;
    else for (let i = 0; i < incidents.length; i++) raw[incidents.type[i]]++;
    INCIDENT_TYPES.forEach((t, i) => (counts[t] = raw[i]));
    return counts;
  }
  if (indices) for (let k = 0; k < indices.length; k++) counts[incidents[indices[k]].type]++;
  else for (const incident of incidents) counts[incident.type]++;
  return counts;
}
