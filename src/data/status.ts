/**
 * Where a place's status is decided. The map, the list and the per-place pages all ask this
 * module; components never work a status out themselves. A status is derived from the
 * incidents in the current filter, never stored (DESIGN §3).
 */
import { countLowerBound, isRange } from './format';
import type { Incident } from './schema';

export type PlaceStatus = 'contested' | 'claimed' | 'struck' | 'fighting' | 'hybrid' | 'diplomacy' | 'mentioned';

/** Most telling first: a place shows the first status it has. Contested must never be hidden. */
export const STATUS_PRIORITY: readonly PlaceStatus[] = [
  'contested',
  'claimed',
  'struck',
  'fighting',
  'hybrid',
  'diplomacy',
  'mentioned',
];

export const STATUS_LABEL: Record<PlaceStatus, string> = {
  contested: 'Contested',
  claimed: 'Claimed',
  struck: 'Struck',
  fighting: 'Fighting',
  hybrid: 'Hybrid',
  diplomacy: 'Diplomacy',
  mentioned: 'Mentioned',
};

/** The status each incident type gives its place; a control claim's depends on its claims. */
const STATUS_OF_TYPE: Record<Exclude<Incident['type'], 'control-claim'>, PlaceStatus> = {
  strike: 'struck',
  fighting: 'fighting',
  hybrid: 'hybrid',
  diplomacy: 'diplomacy',
};

export interface PlaceSummary {
  /** The first of `statuses` in STATUS_PRIORITY order. */
  status: PlaceStatus;
  /** Every status the place has, in STATUS_PRIORITY order; ['mentioned'] when it has no incidents. */
  statuses: PlaceStatus[];
  incidentCount: number;
  /** Sums of the lower bounds ("at least 4" counts 4). */
  killed: number;
  injured: number;
  /** True when a figure in the sum was a range, so the total is "at least". */
  killedAtLeast: boolean;
  injuredAtLeast: boolean;
  /** Newest incident date (ISO), null when there are none. */
  latestDate: string | null;
}

/**
 * What an incident says about control of its place: 'contested' when one party asserts control
 * and another denies it, 'claimed' when it is asserted and nobody denies it, null when it
 * says nothing about control.
 * A denial on its own also counts as contested: a denial answers a claim, even when the report
 * did not quote the claim itself.
 */
function controlStanding(incident: Incident): 'contested' | 'claimed' | null {
  if (incident.type !== 'control-claim') return null;
  const control = incident.claims.filter((c) => c.subject === 'control');
  // A control-claim record without claims tagged "control" still records a claim of control.
  const claims = control.length > 0 ? control : incident.claims;
  if (claims.some((c) => c.stance === 'denies')) return 'contested';
  return 'claimed';
}

/** The status and totals of one place, from the incidents at that place (in the current filter). */
export function summarizePlace(incidents: readonly Incident[]): PlaceSummary {
  const present = new Set<PlaceStatus>();
  let killed = 0;
  let injured = 0;
  let killedAtLeast = false;
  let injuredAtLeast = false;
  let latestDate: string | null = null;

  for (const incident of incidents) {
    const standing = incident.type === 'control-claim' ? controlStanding(incident) : STATUS_OF_TYPE[incident.type];
    if (standing) present.add(standing);
    const c = incident.casualties;
    if (c) {
      killed += countLowerBound(c.killed);
      injured += countLowerBound(c.injured);
      killedAtLeast ||= isRange(c.killed);
      injuredAtLeast ||= isRange(c.injured);
    }
    if (latestDate === null || incident.date > latestDate) latestDate = incident.date;
  }
  // One control-claim asserted and another denied is contested, not also "claimed".
  if (present.has('contested')) present.delete('claimed');

  const statuses = STATUS_PRIORITY.filter((s) => present.has(s));
  if (statuses.length === 0) statuses.push('mentioned');
  return {
    status: statuses[0],
    statuses,
    incidentCount: incidents.length,
    killed,
    injured,
    killedAtLeast,
    injuredAtLeast,
    latestDate,
  };
}

/**
 * The accessible name of a place's marker; it begins with the place name so screen-reader
 * users can find a town by typing its first letters.
 * "Kupiansk — contested, 2 incidents", "Zaporizhzhia — struck, 1 incident, 5 killed, 3 injured".
 */
export function accessibleName(placeName: string, summary: PlaceSummary): string {
  const parts: string[] = [summary.status];
  const n = summary.incidentCount;
  parts.push(n === 0 ? 'no incidents' : `${n} incident${n === 1 ? '' : 's'}`);
  if (summary.killed > 0) parts.push(`${summary.killedAtLeast ? 'at least ' : ''}${summary.killed} killed`);
  if (summary.injured > 0) parts.push(`${summary.injuredAtLeast ? 'at least ' : ''}${summary.injured} injured`);
  return `${placeName} — ${parts.join(', ')}`;
}
