/**
 * Which existing incident a draft incident is, when merging (docs/architecture.md, Ingest
 * stages): the same event is one incident, its sources unioned, and what an editor made of it
 * stays.
 *
 * An existing incident is the same event as a draft incident when both have the same type and
 * share a place, and either
 * 1. it already cites one of the draft's quotes: the editor has filed that sentence there, even
 *    under another date or with more places ("Crimea, Luhansk and Donetsk" as one plan of
 *    Wednesday where the draft says three regions on Friday); or
 * 2. it has the same date: "same place, type and date → one incident", where "same place" is
 *    any place in common ([kostiantynivka, kramatorsk] and [kostiantynivka]).
 * Unlocated incidents (no places) are the same only by a shared quote: two unlocated fights on
 * one day are not thereby one fight. Everything else is a new incident.
 *
 * Folding a draft incident into its match adds only its places and the sources whose quote no
 * incident of the same type at those places cites yet; every other field is the editor's.
 */
import type { Incident, Source } from '../data/schema';

/** The fields deduplication looks at; the rest of a record is carried along untouched. */
export type IncidentLike = Pick<Incident, 'type' | 'date' | 'placeIds' | 'sources'>;

export interface Match {
  index: number;
  /** Why it is the same event, for the merge report. */
  why: 'quote' | 'place-type-date';
}

/** Quotes compare with their spacing evened out (a re-typed space is the same sentence). */
export function quoteKey(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

function sharedPlaces(a: IncidentLike, b: IncidentLike): number {
  return a.placeIds.filter((p) => b.placeIds.includes(p)).length;
}

/** Existing incidents that may be the draft's event: same type, a place in common (or both unlocated). */
function candidates<T extends IncidentLike>(draft: IncidentLike, existing: readonly T[]): number[] {
  const out: number[] = [];
  existing.forEach((e, index) => {
    if (e.type !== draft.type) return;
    const located = draft.placeIds.length > 0 && e.placeIds.length > 0;
    const bothUnlocated = draft.placeIds.length === 0 && e.placeIds.length === 0;
    if ((located && sharedPlaces(draft, e) > 0) || bothUnlocated) out.push(index);
  });
  return out;
}

function compareRanks(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}

/** The existing incident that is the draft's event, if any (see the module comment). */
export function findSameIncident(draft: IncidentLike, existing: readonly IncidentLike[]): Match | undefined {
  const quotes = new Set(draft.sources.map((s) => quoteKey(s.quote)));
  let best: { index: number; why: Match['why']; rank: number[] } | undefined;
  for (const index of candidates(draft, existing)) {
    const e = existing[index];
    const cited = e.sources.filter((s) => quotes.has(quoteKey(s.quote))).length;
    const sameDate = e.date === draft.date;
    if (cited === 0 && (!sameDate || draft.placeIds.length === 0)) continue;
    // Most quotes in common first, then the same date, then most places in common; else the earlier record.
    const rank = [cited, sameDate ? 1 : 0, sharedPlaces(draft, e)];
    if (!best || compareRanks(rank, best.rank) > 0) best = { index, why: sameDate && draft.placeIds.length > 0 ? 'place-type-date' : 'quote', rank };
  }
  return best && { index: best.index, why: best.why };
}

/**
 * The existing incident with the draft's new places and sources added, or undefined when it
 * already has them all. A quote that another incident of the same type at these places cites
 * stays where the editor filed it.
 */
export function foldIncident<T extends IncidentLike>(current: T, draft: IncidentLike, existing: readonly IncidentLike[]): T | undefined {
  const filed = new Set(
    candidates(draft, existing)
      .flatMap((i) => existing[i].sources)
      .concat(current.sources)
      .map((s) => quoteKey(s.quote)),
  );
  const sources: Source[] = [];
  for (const s of draft.sources) {
    const key = quoteKey(s.quote);
    if (filed.has(key)) continue;
    filed.add(key);
    sources.push(s);
  }
  const places = current.placeIds.length > 0 ? draft.placeIds.filter((p) => !current.placeIds.includes(p)) : [];
  if (sources.length === 0 && places.length === 0) return undefined;
  return { ...current, placeIds: [...current.placeIds, ...places], sources: [...current.sources, ...sources] };
}
