/**
 * The map island's first load: every place and, per incident, only the facts the map filters
 * and counts by — day numbers, type, casualties, claimant parties, the status the incident
 * gives its place, its control claims (party, stance, holder, share) and which places it is
 * at — as typed-array columns in one binary file
 * (`/data/atlas.bin`). No incident text: a place's incidents come later from
 * `/data/places/<id>.json` and its pages.
 *
 * Layout: "IATL", format version (u32), header length (u32), the header as UTF-8 JSON, zero
 * padding to a multiple of 8, then the columns, each starting at a multiple of 4. Incidents
 * are in the archive's order (newest first: date descending, then id ascending), so the k-th
 * incident of a place here is the k-th in its detail pages.
 *
 * `encodeCompactAtlas` runs at build; `decodeCompactAtlas` in the browser checks everything it
 * reads (a wrong file is an error with a reason, never a half-drawn map).
 */
import type { ClientPlace } from './client-atlas';
import { countLowerBound, isRange } from './format';
import { dayNumber, isoDay, periodDays, type PreparedIncidents } from './filters';
import type { Incident } from './schema';
import { controlClaims, controlStory, STATUS_PRIORITY, summarizePlace } from './status';
import { DATE_PRECISIONS, INCIDENT_TYPES, PLACE_KINDS } from './vocabulary';

export const COMPACT_MAGIC = 'IATL';
export const COMPACT_VERSION = 3;

/** Bits of the `flags` column. */
export const FLAG_KILLED_AT_LEAST = 1;
export const FLAG_INJURED_AT_LEAST = 2;

type ColumnType = 'i32' | 'u32' | 'u16' | 'u8' | 'f32';
interface ColumnSpec {
  type: ColumnType;
  offset: number;
  length: number;
}

/**
 * The columns and what each holds (n incidents, m incident–place links, c control claims). What
 * the decoder can work out (each date's first and last day, where each incident's places and
 * claims start) is not stored: the file stays about 25 bytes an incident.
 */
const COLUMN_TYPES = {
  /** Day number (days since 1970-01-01) of the stored date. */
  date: 'i32',
  /** Lower bounds of the figures ("at least 4" is 4); 0 when not given. */
  killed: 'u32',
  injured: 'u32',
  /** Claimant parties: `partyWords` words per incident, bit j = header.parties[j]. */
  partyMask: 'u32',
  /** How many places incident i is at: the next placeCount[i] entries of placeIndex (indices into header.places). */
  placeCount: 'u16',
  placeIndex: 'u32',
  /**
   * The control claims of control-claim incidents (as `controlClaims` picks them), in incident
   * order: claimIncident[k] is the incident claim k belongs to. Share: NaN when not given.
   */
  claimIncident: 'u32',
  claimShare: 'f32',
  /** Index into INCIDENT_TYPES. */
  type: 'u8',
  /** Index into DATE_PRECISIONS. */
  precision: 'u8',
  /** Index into STATUS_PRIORITY: the status this incident alone gives its places (a control claim's comes from the control story of the place). */
  status: 'u8',
  /** FLAG_* bits. */
  flags: 'u8',
  /** Index into header.codes. */
  claimParty: 'u8',
  /** 0 asserts, 1 denies. */
  claimStance: 'u8',
  /** Index into header.codes; NO_HOLDER when the claim names none. */
  claimHolder: 'u8',
  /**
   * Per place (not per incident): the standing, as an index into STATUS_PRIORITY, that the
   * control story of all its control claims gives, told once at build; NO_STANDING without any.
   */
  placeStanding: 'u8',
} as const satisfies Record<string, ColumnType>;

type ColumnName = keyof typeof COLUMN_TYPES;

export interface CompactHeader {
  incidentCount: number;
  places: ClientPlace[];
  /** Claimant parties in the data, sorted. */
  parties: string[];
  partyWords: number;
  /** Parties and holders of control claims, sorted (at most 255). */
  codes: string[];
  columns: Record<ColumnName, ColumnSpec>;
}

export const NO_HOLDER = 255;
export const NO_STANDING = 255;

/** The decoded atlas: places, and the incidents as parallel typed arrays (row i = incident i). */
export interface CompactAtlas extends PreparedIncidents {
  places: ClientPlace[];
  date: Int32Array;
  killed: Uint32Array;
  injured: Uint32Array;
  status: Uint8Array;
  flags: Uint8Array;
  placeStart: Uint32Array;
  placeIndex: Uint32Array;
  placeStanding: Uint8Array;
  codes: string[];
  claimStart: Uint32Array;
  claimParty: Uint8Array;
  claimStance: Uint8Array;
  claimHolder: Uint8Array;
  claimShare: Float32Array;
  /** The inverse links, built at decode: place p's incidents, in archive order. */
  incidentStart: Uint32Array;
  incidentIndex: Uint32Array;
}

// ---- build ---------------------------------------------------------------------------------

/** The bytes of /data/atlas.bin for these places and incidents (incidents in archive order). */
export function encodeCompactAtlas(places: readonly ClientPlace[], incidents: readonly Incident[]): Uint8Array {
  const n = incidents.length;
  const placeRow = new Map(places.map((p, i) => [p.id, i]));
  const parties = [...new Set(incidents.flatMap((i) => i.claims.map((c) => c.party)))].sort();
  const partyBit = new Map(parties.map((p, j) => [p, j]));
  const partyWords = Math.max(1, Math.ceil(parties.length / 32));
  const typeIndex = new Map(INCIDENT_TYPES.map((t, i) => [t, i]));
  const precisionIndex = new Map(DATE_PRECISIONS.map((p, i) => [p, i]));
  const statusIndex = new Map(STATUS_PRIORITY.map((s, i) => [s, i]));

  let links = 0;
  for (const incident of incidents) links += incident.placeIds.length;
  const claimsOf = incidents.map((incident) => controlClaims([incident]).map((d) => d.claim));
  const claimCount = claimsOf.reduce((sum, list) => sum + list.length, 0);
  const codes = [...new Set(claimsOf.flat().flatMap((c) => (c.holder ? [c.party, c.holder] : [c.party])))].sort();
  if (codes.length >= NO_HOLDER) throw new Error(`${codes.length} parties and holders in control claims: the atlas file holds at most ${NO_HOLDER - 1}`);
  const codeIndex = new Map(codes.map((c, i) => [c, i]));
  const lengths: Record<ColumnName, number> = {
    date: n, killed: n, injured: n, partyMask: n * partyWords,
    placeCount: n, placeIndex: links, claimIncident: claimCount, claimShare: claimCount,
    type: n, precision: n, status: n, flags: n, claimParty: claimCount, claimStance: claimCount, claimHolder: claimCount,
    placeStanding: places.length,
  };
  const columns = {} as Record<ColumnName, ColumnSpec>;
  let offset = 0;
  for (const name of Object.keys(COLUMN_TYPES) as ColumnName[]) {
    columns[name] = { type: COLUMN_TYPES[name], offset, length: lengths[name] };
    offset = align(offset + lengths[name] * BYTES[COLUMN_TYPES[name]], 4);
  }
  const body = new ArrayBuffer(offset);
  const view = <T extends ColumnName>(name: T) => typedView(body, columns[name]);
  const date = view('date') as Int32Array;
  const killed = view('killed') as Uint32Array;
  const injured = view('injured') as Uint32Array;
  const partyMask = view('partyMask') as Uint32Array;
  const placeCount = view('placeCount') as Uint16Array;
  const placeIndex = view('placeIndex') as Uint32Array;
  const type = view('type') as Uint8Array;
  const precision = view('precision') as Uint8Array;
  const status = view('status') as Uint8Array;
  const flags = view('flags') as Uint8Array;
  const claimIncident = view('claimIncident') as Uint32Array;
  const claimShare = view('claimShare') as Float32Array;
  const claimParty = view('claimParty') as Uint8Array;
  const claimStance = view('claimStance') as Uint8Array;
  const claimHolder = view('claimHolder') as Uint8Array;

  let link = 0;
  let claimRow = 0;
  for (let i = 0; i < n; i++) {
    const incident = incidents[i];
    date[i] = dayNumber(incident.date);
    type[i] = typeIndex.get(incident.type)!;
    precision[i] = precisionIndex.get(incident.datePrecision)!;
    status[i] = statusIndex.get(summarizePlace([incident]).status)!;
    const c = incident.casualties;
    killed[i] = countLowerBound(c?.killed);
    injured[i] = countLowerBound(c?.injured);
    flags[i] = (isRange(c?.killed) ? FLAG_KILLED_AT_LEAST : 0) | (isRange(c?.injured) ? FLAG_INJURED_AT_LEAST : 0);
    for (const claim of incident.claims) {
      const bit = partyBit.get(claim.party)!;
      partyMask[i * partyWords + (bit >>> 5)] |= 1 << (bit & 31);
    }
    for (const claim of claimsOf[i]) {
      claimIncident[claimRow] = i;
      claimParty[claimRow] = codeIndex.get(claim.party)!;
      claimStance[claimRow] = claim.stance === 'denies' ? 1 : 0;
      claimHolder[claimRow] = claim.holder ? codeIndex.get(claim.holder)! : NO_HOLDER;
      claimShare[claimRow] = claim.share ?? Number.NaN;
      claimRow++;
    }
    if (incident.placeIds.length > 0xffff) throw new Error(`incident ${incident.id}: ${incident.placeIds.length} places, the atlas file holds at most 65535`);
    placeCount[i] = incident.placeIds.length;
    for (const id of incident.placeIds) {
      const row = placeRow.get(id);
      if (row === undefined) throw new Error(`incident ${incident.id}: place "${id}" is not in the gazetteer`);
      placeIndex[link++] = row;
    }
  }
  const placeStanding = view('placeStanding') as Uint8Array;
  placeStanding.fill(NO_STANDING);
  const controlByPlace = new Map<number, Incident[]>();
  for (const incident of incidents) {
    if (incident.type !== 'control-claim') continue;
    for (const id of incident.placeIds) {
      const row = placeRow.get(id)!;
      const list = controlByPlace.get(row);
      if (list) list.push(incident);
      else controlByPlace.set(row, [incident]);
    }
  }
  for (const [row, list] of controlByPlace) {
    placeStanding[row] = statusIndex.get(controlStory(controlClaims(list)).standing ?? 'claimed')!;
  }

  const header: CompactHeader = { incidentCount: n, places: [...places], parties, partyWords, codes, columns };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = align(12 + headerBytes.length, 8);
  const out = new Uint8Array(bodyStart + body.byteLength);
  out.set(new TextEncoder().encode(COMPACT_MAGIC), 0);
  const words = new DataView(out.buffer);
  words.setUint32(4, COMPACT_VERSION, true);
  words.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  out.set(new Uint8Array(body), bodyStart);
  return out;
}

// ---- browser -------------------------------------------------------------------------------

export class CompactAtlasError extends Error {}

/**
 * Reads /data/atlas.bin, checking the shape of everything: a file that is not one, a header
 * with missing fields, a column out of bounds or a value out of range throws a
 * CompactAtlasError saying which.
 */
export function decodeCompactAtlas(buffer: ArrayBuffer): CompactAtlas {
  const fail = (why: string): never => {
    throw new CompactAtlasError(`atlas.bin: ${why}`);
  };
  if (buffer.byteLength < 12) fail(`${buffer.byteLength} bytes is too short`);
  const words = new DataView(buffer);
  const magic = new TextDecoder().decode(new Uint8Array(buffer, 0, 4));
  if (magic !== COMPACT_MAGIC) fail('not an atlas file (wrong magic)');
  if (words.getUint32(4, true) !== COMPACT_VERSION) fail(`format version ${words.getUint32(4, true)}, expected ${COMPACT_VERSION}`);
  const headerLength = words.getUint32(8, true);
  if (12 + headerLength > buffer.byteLength) fail('header runs past the end of the file');
  let header: CompactHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 12, headerLength)));
  } catch {
    return fail('header is not JSON');
  }
  checkHeader(header, fail);
  const bodyStart = align(12 + headerLength, 8);
  const bodyLength = buffer.byteLength - bodyStart;
  const n = header.incidentCount;
  const P = header.places.length;
  const expected: Record<ColumnName, number> = {
    date: n, killed: n, injured: n, partyMask: n * header.partyWords,
    placeCount: n, placeIndex: -1, claimIncident: -1, claimShare: -1,
    type: n, precision: n, status: n, flags: n, claimParty: -1, claimStance: -1, claimHolder: -1,
    placeStanding: header.places.length,
  };
  const arrays = {} as Record<ColumnName, Column>;
  for (const name of Object.keys(COLUMN_TYPES) as ColumnName[]) {
    const spec = header.columns[name];
    if (!spec || spec.type !== COLUMN_TYPES[name]) fail(`column ${name} is missing or not ${COLUMN_TYPES[name]}`);
    if (!Number.isInteger(spec.offset) || !Number.isInteger(spec.length) || spec.offset < 0 || spec.length < 0) fail(`column ${name} has a bad offset or length`);
    if (spec.offset % BYTES[spec.type] !== 0 || spec.offset + spec.length * BYTES[spec.type] > bodyLength) fail(`column ${name} lies outside the file`);
    if (expected[name] >= 0 && spec.length !== expected[name]) fail(`column ${name} has ${spec.length} values, expected ${expected[name]}`);
    arrays[name] = typedView(buffer, spec, bodyStart);
  }
  const date = arrays.date as Int32Array;
  const placeCount = arrays.placeCount as Uint16Array;
  const placeIndex = arrays.placeIndex as Uint32Array;
  const type = arrays.type as Uint8Array;
  const precision = arrays.precision as Uint8Array;
  const status = arrays.status as Uint8Array;
  // Where each incident's places start (a prefix sum of the counts), and each date's first and
  // last day (the day itself, or the week, month, season or year it stands for).
  const placeStart = new Uint32Array(n + 1);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const dayPrecision = DATE_PRECISIONS.indexOf('day');
  for (let i = 0; i < n; i++) {
    if (type[i] >= INCIDENT_TYPES.length) fail(`incident ${i}: type ${type[i]} is not a known type`);
    if (precision[i] >= DATE_PRECISIONS.length) fail(`incident ${i}: precision ${precision[i]} is not known`);
    if (status[i] >= STATUS_PRIORITY.length) fail(`incident ${i}: status ${status[i]} is not known`);
    placeStart[i + 1] = placeStart[i] + placeCount[i];
    if (precision[i] === dayPrecision) {
      start[i] = end[i] = date[i];
    } else {
      [start[i], end[i]] = periodDays(isoDay(date[i]), DATE_PRECISIONS[precision[i]]);
    }
  }
  if (placeStart[n] !== placeIndex.length) fail(`the place counts add up to ${placeStart[n]}, not the ${placeIndex.length} links`);
  for (let k = 0; k < placeIndex.length; k++) if (placeIndex[k] >= P) fail(`link ${k}: place ${placeIndex[k]} of ${P}`);
  const claimIncident = arrays.claimIncident as Uint32Array;
  const claimParty = arrays.claimParty as Uint8Array;
  const claimStance = arrays.claimStance as Uint8Array;
  const claimHolder = arrays.claimHolder as Uint8Array;
  const claimShare = arrays.claimShare as Float32Array;
  const claims = claimParty.length;
  if (claimStance.length !== claims || claimHolder.length !== claims || claimShare.length !== claims || claimIncident.length !== claims) {
    fail('the claim columns differ in length');
  }
  // Where each incident's claims start: claims come in incident order.
  const claimStart = new Uint32Array(n + 1);
  for (let k = 0; k < claims; k++) {
    const i = claimIncident[k];
    if (i >= n || (k > 0 && i < claimIncident[k - 1])) fail(`claim ${k}: incident ${i} is out of order or of range`);
    claimStart[i + 1]++;
  }
  for (let i = 0; i < n; i++) claimStart[i + 1] += claimStart[i];
  const placeStanding = arrays.placeStanding as Uint8Array;
  for (let p = 0; p < P; p++) {
    if (placeStanding[p] >= STATUS_PRIORITY.length && placeStanding[p] !== NO_STANDING) fail(`place ${p}: standing ${placeStanding[p]} is not known`);
  }
  const codeCount = header.codes.length;
  for (let k = 0; k < claims; k++) {
    if (claimParty[k] >= codeCount) fail(`claim ${k}: party ${claimParty[k]} of ${codeCount}`);
    if (claimStance[k] > 1) fail(`claim ${k}: stance ${claimStance[k]}`);
    if (claimHolder[k] >= codeCount && claimHolder[k] !== NO_HOLDER) fail(`claim ${k}: holder ${claimHolder[k]} of ${codeCount}`);
  }

  // The inverse links: count per place, prefix sums, then fill in archive order.
  const incidentStart = new Uint32Array(P + 1);
  for (let k = 0; k < placeIndex.length; k++) incidentStart[placeIndex[k] + 1]++;
  for (let p = 0; p < P; p++) incidentStart[p + 1] += incidentStart[p];
  const incidentIndex = new Uint32Array(placeIndex.length);
  const cursor = incidentStart.slice(0, P);
  for (let i = 0; i < n; i++) {
    for (let k = placeStart[i]; k < placeStart[i + 1]; k++) incidentIndex[cursor[placeIndex[k]]++] = i;
  }

  return {
    length: n,
    places: header.places,
    parties: header.parties,
    partyWords: header.partyWords,
    partyMask: arrays.partyMask as Uint32Array,
    date,
    start,
    end,
    type,
    precision,
    status,
    flags: arrays.flags as Uint8Array,
    killed: arrays.killed as Uint32Array,
    injured: arrays.injured as Uint32Array,
    placeStart,
    placeIndex,
    placeStanding,
    codes: header.codes,
    claimStart,
    claimParty,
    claimStance,
    claimHolder,
    claimShare,
    incidentStart,
    incidentIndex,
  };
}

const KINDS: ReadonlySet<string> = new Set(PLACE_KINDS);

function checkHeader(header: CompactHeader, fail: (why: string) => never): void {
  if (typeof header !== 'object' || header === null) fail('header is not an object');
  if (!Number.isInteger(header.incidentCount) || header.incidentCount < 0) fail('header.incidentCount is not a count');
  if (!Array.isArray(header.parties) || !header.parties.every((p) => typeof p === 'string')) fail('header.parties is not a list of codes');
  if (!Array.isArray(header.codes) || !header.codes.every((p) => typeof p === 'string')) fail('header.codes is not a list of codes');
  if (!Number.isInteger(header.partyWords) || header.partyWords < Math.ceil(header.parties.length / 32)) fail('header.partyWords is too small');
  if (typeof header.columns !== 'object' || header.columns === null) fail('header.columns is missing');
  if (!Array.isArray(header.places)) fail('header.places is not a list');
  header.places.forEach((place, i) => {
    const where = `place ${i}${typeof place?.id === 'string' ? ` (${place.id})` : ''}`;
    if (typeof place !== 'object' || place === null) fail(`${where} is not an object`);
    if (typeof place.id !== 'string' || typeof place.name !== 'string') fail(`${where}: id or name is not text`);
    if (!Array.isArray(place.aliases) || !place.aliases.every((a) => typeof a === 'string')) fail(`${where}: aliases is not a list of text`);
    if (!KINDS.has(place.kind)) fail(`${where}: kind "${String(place.kind)}" is not known`);
    const [lon, lat]: unknown[] = Array.isArray(place.point) ? place.point : [];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) fail(`${where}: point is not [lon, lat]`);
  });
}

const BYTES: Record<ColumnType, number> = { i32: 4, u32: 4, u16: 2, u8: 1, f32: 4 };

type Column = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float32Array;

function typedView(buffer: ArrayBuffer, spec: ColumnSpec, base = 0): Column {
  const at = base + spec.offset;
  if (spec.type === 'f32') return new Float32Array(buffer, at, spec.length);
  if (spec.type === 'i32') return new Int32Array(buffer, at, spec.length);
  if (spec.type === 'u32') return new Uint32Array(buffer, at, spec.length);
  if (spec.type === 'u16') return new Uint16Array(buffer, at, spec.length);
  return new Uint8Array(buffer, at, spec.length);
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}
