/**
 * Where a place's status is decided. The map, the list and the per-place pages all ask this
 * module; components never work a status out themselves. A status is derived from the
 * incidents in the current filter, never stored; the control story (claimed, contested, taken,
 * retaken) is told here and nowhere else (docs/architecture.md, "Status and the control story").
 */
import { countLowerBound, isRange } from './format';
import type { Claim, Incident } from './schema';

export type PlaceStatus =
  | 'contested'
  | 'taken'
  | 'retaken'
  | 'claimed'
  | 'struck'
  | 'fighting'
  | 'hybrid'
  | 'diplomacy'
  | 'mentioned';

/** Most telling first: a place shows the first status it has. Contested must never be hidden. */
export const STATUS_PRIORITY: readonly PlaceStatus[] = [
  'contested',
  'taken',
  'retaken',
  'claimed',
  'struck',
  'fighting',
  'hybrid',
  'diplomacy',
  'mentioned',
];

export const STATUS_LABEL: Record<PlaceStatus, string> = {
  contested: 'Contested',
  taken: 'Taken',
  retaken: 'Retaken',
  claimed: 'Claimed',
  struck: 'Struck',
  fighting: 'Fighting',
  hybrid: 'Hybrid',
  diplomacy: 'Diplomacy',
  mentioned: 'Mentioned',
};

/** The status each incident type gives its place; a control claim's comes from the control story. */
const STATUS_OF_TYPE: Record<Exclude<Incident['type'], 'control-claim'>, PlaceStatus> = {
  strike: 'struck',
  fighting: 'fighting',
  hybrid: 'hybrid',
  diplomacy: 'diplomacy',
};

// ---------------------------------------------------------------------------------------------
// The control story

/** One control claim with the date and incident it comes from. */
export interface DatedClaim {
  date: string;
  incidentId: string;
  claim: Claim;
}

export type ControlStanding = 'claimed' | 'contested' | 'taken' | 'retaken';

/** One claim on the timeline, oldest first, with the holder it asserts or denies worked out. */
export interface ControlPoint {
  date: string;
  incidentId: string;
  party: string;
  by: string;
  stance: 'asserts' | 'denies';
  /** The side the claim says holds (asserts) or does not hold (denies) the place; null when unknown. */
  holder: string | null;
  share: number | null;
  statement: string;
}

export interface ControlStory {
  /** As of the newest claim; null when the claims settle nothing (a side took its word back). */
  standing: ControlStanding | null;
  /** Who holds the place as the claims tell it, when that is settled (taken or retaken); else null. */
  holder: string | null;
  /**
   * Each change of standing, as of the end of the day it happened. `holder` is the side the
   * standing is about: the one claimed, disputed or confirmed; null only for a lone denial
   * that names nobody.
   */
  changes: { date: string; holder: string | null; standing: ControlStanding }[];
  points: ControlPoint[];
}

/**
 * The control claims of these incidents, for controlStory: the claims tagged "control" of each
 * control-claim incident, or all its claims when none is tagged (such a record still records
 * a claim of control). Other incident types say nothing about control.
 */
export function controlClaims(incidents: readonly Incident[]): DatedClaim[] {
  const out: DatedClaim[] = [];
  for (const incident of incidents) {
    if (incident.type !== 'control-claim') continue;
    const tagged = incident.claims.filter((c) => c.subject === 'control');
    for (const claim of tagged.length > 0 ? tagged : incident.claims) {
      out.push({ date: incident.date, incidentId: incident.id, claim });
    }
  }
  return out;
}

/** What one party currently says: the holder it asserts (if any) and the holders it denies. */
interface Word {
  asserts: string | null;
  denies: Set<string | null>;
}

/** A holder confirmed by a side against its own interest (or retaken by the former holder). */
interface Settlement {
  holder: string;
  standing: 'taken' | 'retaken';
  /** The side that held the place before: the one that confirmed the loss, or the previous holder. */
  former: string;
  date: string;
  /** The parties whose word settled it. */
  by: Set<string>;
  /** The words on the table before the claim that settled it, to restore if that side takes it back. */
  wordsBefore: Map<string, Word>;
}

function copyWords(words: Map<string, Word>): Map<string, Word> {
  return new Map([...words].map(([party, w]) => [party, { asserts: w.asserts, denies: new Set(w.denies) }]));
}

function byDateThenIncident(a: DatedClaim, b: DatedClaim): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.incidentId !== b.incidentId) return a.incidentId < b.incidentId ? -1 : 1;
  return 0;
}

/**
 * The standing of a place over time, from its control claims (any order; told oldest first).
 *
 * - Holder: a claim's `holder`, else for an assertion the party itself ("we took it"), else for
 *   a denial the holder of the most recent assertion by another party, else unknown.
 * - Each party's word stands until the same party says otherwise: a side correcting itself, or
 *   two sources of one side disagreeing, is one side changing its word, never a contest.
 * - contested: one party asserts a holder and a different party denies it or asserts another;
 *   also a denial whose claim the report did not quote (a denial answers a claim).
 * - claimed: a side says it holds the place and nobody answers.
 * - taken: a side confirms that another holds it (the side that held it confirms the loss),
 *   dated by that confirmation. retaken: the holder changes back to the one it was taken from
 *   (the former holder says it holds it again, or the new holder confirms losing it).
 * - A side that takes back the word that settled the place (a denial, or a contrary claim the
 *   same day) undoes that settlement.
 */
export function controlStory(claims: readonly DatedClaim[]): ControlStory {
  // A stable sort keeps the order of claims within one incident.
  const ordered = [...claims].sort(byDateThenIncident);
  const points: ControlPoint[] = [];
  const everAsserted = new Map<string, Set<string>>();
  const settlements: Settlement[] = [];
  let words = new Map<string, Word>();
  let current: { standing: ControlStanding | null; about: string | null } = { standing: null, about: null };
  const changes: ControlStory['changes'] = [];

  const latestAssertionByOther = (party: string): string | null => {
    for (let i = points.length - 1; i >= 0; i--) {
      const p = points[i];
      if (p.stance === 'asserts' && p.party !== party) return p.holder;
    }
    return null;
  };

  const settle = (holder: string, date: string, conceder: string, wordsBefore: Map<string, Word>) => {
    const prev = settlements.at(-1);
    const by = new Set<string>();
    for (const [party, w] of words) if (w.asserts === holder || w.denies.has(party)) by.add(party);
    if (prev?.holder === holder) {
      for (const party of by) prev.by.add(party);
    } else {
      settlements.push({
        holder,
        standing: prev?.former === holder ? 'retaken' : 'taken',
        former: prev?.holder ?? conceder,
        date,
        by,
        wordsBefore,
      });
    }
    words = new Map();
    const s = settlements.at(-1)!;
    return { standing: s.standing, about: s.holder };
  };

  /** The standing the words on the table give, settling the place when a side confirms a holder. */
  const evaluate = (date: string, speaker: string, wordsBefore: Map<string, Word>) => {
    const entries = [...words];
    // One party asserts a holder, a different one denies it or asserts another.
    for (const [p1, w1] of entries) {
      if (w1.asserts === null) continue;
      for (const [p2, w2] of entries) {
        if (p2 === p1) continue;
        if ((w2.asserts !== null && w2.asserts !== w1.asserts) || w2.denies.has(w1.asserts)) {
          return { standing: 'contested' as const, about: w1.asserts };
        }
      }
    }
    // A denial answers a claim: another party's, or one the report did not quote. Only a side
    // denying what it alone had said (taking its own word back) contests nothing.
    for (const [party, w] of entries) {
      for (const holder of w.denies) {
        if (holder === party) continue;
        const sayers = holder === null ? undefined : everAsserted.get(holder);
        if (!sayers || sayers.size === 0 || [...sayers].some((q) => q !== party)) {
          return { standing: 'contested' as const, about: holder };
        }
      }
    }
    // A side says another holds the place, or that it no longer holds it: confirmed.
    for (const [party, w] of entries) {
      if (w.asserts !== null && w.asserts !== party) return settle(w.asserts, date, party, wordsBefore);
    }
    for (const [party, w] of entries) {
      if (!w.denies.has(party)) continue;
      const other = latestAssertionByOther(party);
      if (other !== null && other !== party) return settle(other, date, party, wordsBefore);
    }
    // A side says it holds the place.
    const settled = settlements.at(-1);
    for (const [party, w] of entries) {
      if (w.asserts === null) continue;
      if (settled?.holder === w.asserts) return { standing: settled.standing, about: settled.holder };
      if (settled?.former === w.asserts) return settle(w.asserts, date, speaker, wordsBefore);
      return { standing: 'claimed' as const, about: party };
    }
    return settled ? { standing: settled.standing, about: settled.holder } : { standing: null, about: null };
  };

  for (let i = 0; i < ordered.length; i++) {
    const { date, incidentId, claim } = ordered[i];
    const holder =
      claim.holder ?? (claim.stance === 'asserts' ? claim.party : latestAssertionByOther(claim.party));
    points.push({
      date,
      incidentId,
      party: claim.party,
      by: claim.by,
      stance: claim.stance,
      holder,
      share: claim.share ?? null,
      statement: claim.statement,
    });

    // A side taking back the word that settled the place: a denial of the holder that only it
    // had asserted, or a contrary word the same day. The settlement is undone.
    const settled = settlements.at(-1);
    if (settled && settled.by.has(claim.party)) {
      const sayers = everAsserted.get(settled.holder) ?? new Set<string>();
      const onlyItSaidSo = [...sayers].every((q) => q === claim.party);
      const contrary =
        (claim.stance === 'denies' && holder === settled.holder) ||
        (claim.stance === 'asserts' && holder !== settled.holder);
      if (contrary && (date === settled.date || (claim.stance === 'denies' && onlyItSaidSo))) {
        settlements.pop();
        words = copyWords(settled.wordsBefore);
      }
    }

    const before = copyWords(words);
    const word = words.get(claim.party) ?? { asserts: null, denies: new Set<string | null>() };
    if (claim.stance === 'asserts') {
      word.asserts = holder;
      word.denies.delete(holder);
      if (holder !== null) {
        const sayers = everAsserted.get(holder) ?? new Set<string>();
        sayers.add(claim.party);
        everAsserted.set(holder, sayers);
      }
    } else {
      word.denies.add(holder);
      if (word.asserts === holder) word.asserts = null;
    }
    words.set(claim.party, word);
    current = evaluate(date, claim.party, before);

    // A change counts as of the end of its day, so a same-day correction is no change at all.
    const endOfDay = i === ordered.length - 1 || ordered[i + 1].date !== date;
    const last = changes.at(-1);
    if (endOfDay && current.standing !== null && (last?.standing !== current.standing || last.holder !== current.about)) {
      changes.push({ date, holder: current.about, standing: current.standing });
    }
  }

  const standing = current.standing;
  const settledNow = standing === 'taken' || standing === 'retaken';
  return { standing, holder: settledNow ? current.about : null, changes, points };
}

// ---------------------------------------------------------------------------------------------
// Place summary
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

/** The status and totals of one place, from the incidents at that place (in the current filter). */
export function summarizePlace(incidents: readonly Incident[]): PlaceSummary {
  const present = new Set<PlaceStatus>();
  let killed = 0;
  let injured = 0;
  let killedAtLeast = false;
  let injuredAtLeast = false;
  let latestDate: string | null = null;

  let hasControlClaim = false;
  for (const incident of incidents) {
    if (incident.type === 'control-claim') hasControlClaim = true;
    else present.add(STATUS_OF_TYPE[incident.type]);
    const c = incident.casualties;
    if (c) {
      killed += countLowerBound(c.killed);
      injured += countLowerBound(c.injured);
      killedAtLeast ||= isRange(c.killed);
      injuredAtLeast ||= isRange(c.injured);
    }
    if (latestDate === null || incident.date > latestDate) latestDate = incident.date;
  }
  if (hasControlClaim) {
    // A place shows its standing as of its newest claim in the filter; a control-claim record
    // whose claims settle nothing (no claims, or a side that took its word back) is still a claim.
    present.add(controlStory(controlClaims(incidents)).standing ?? 'claimed');
  }

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
