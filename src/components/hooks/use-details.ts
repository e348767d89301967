/**
 * The open place's details, fetched on demand: `/data/places/<id>.json` first (totals, months,
 * the control story and its newest incidents, so a place opens with one small request), then
 * its incidents page by page as the reader scrolls. A failed request is kept as an error the
 * panel shows with a retry.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Incident } from '../../data/schema';
import type { PlaceDetail } from '../../data/place-detail';

export interface DetailsState {
  detail: PlaceDetail | null;
  /** The incidents loaded so far, in the place's order: its newest, then page 1 (which starts with them), page 2, … */
  incidents: Incident[];
  pagesLoaded: number;
  /** Whether the place has incidents not loaded yet. */
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  /** Loads the next page (no-op while loading, after an error, or when all are in). */
  loadMore: () => void;
  /** Tries the failed request again. */
  retry: () => void;
}

export function placeDetailUrl(placeId: string): string {
  return `/data/places/${encodeURIComponent(placeId)}.json`;
}

export function placePageUrl(placeId: string, page: number): string {
  return `/data/places/${encodeURIComponent(placeId)}/${page}.json`;
}

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Summaries asked for before a place opens (a pointer pressed or resting on its marker, the
 * marker focused, the click itself); the hook takes the request over when it opens that place.
 */
const early = new Map<string, { detail: Promise<PlaceDetail>; controller: AbortController }>();
/** Places asked for early but not opened: only the latest few are kept (a pointer crossing the map asks for many). */
const EARLY_KEPT = 4;

/** Sends the request for a place's summary at once, so it is on the wire (or in) by the time the panel is drawn. */
export function requestDetailsEarly(placeId: string): void {
  if (early.has(placeId)) return;
  const controller = new AbortController();
  const detail = getJson<PlaceDetail>(placeDetailUrl(placeId), controller.signal);
  // Failures are the hook's to report; keep them from surfacing as unhandled here.
  detail.catch(() => undefined);
  early.set(placeId, { detail, controller });
  for (const [id, stale] of early) {
    if (early.size <= EARLY_KEPT) break;
    stale.controller.abort();
    early.delete(id);
  }
}

export function useDetails(placeId: string | null): DetailsState {
  const [detail, setDetail] = useState<PlaceDetail | null>(null);
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [pagesLoaded, setPagesLoaded] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const abortRef = useRef<AbortController | null>(null);

  // A new place: start over with its summary file, which brings its newest incidents. A layout
  // effect, so the request leaves in the task that opened the place rather than a frame later.
  useLayoutEffect(() => {
    abortRef.current?.abort();
    setDetail(null);
    setIncidents([]);
    setPagesLoaded(0);
    setError(null);
    if (!placeId) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setLoading(true);
    // Sent with the click when it went through requestDetailsEarly; a retry asks again.
    const sent = attempt === 0 ? early.get(placeId) : undefined;
    early.delete(placeId);
    (sent?.detail ?? getJson<PlaceDetail>(placeDetailUrl(placeId), controller.signal))
      .then((value) => {
        if (controller.signal.aborted) return;
        const loaded = checkDetail(value, placeId);
        setDetail(loaded);
        setIncidents(loaded.newest);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof Error ? e.message : String(e));
        setLoading(false);
      });
    return () => controller.abort();
  }, [placeId, attempt]);

  const hasMore = detail !== null && incidents.length < detail.incidentCount && pagesLoaded < detail.pages;

  const loadMore = useCallback(() => {
    if (!placeId || !hasMore || loading || error) return;
    const controller = new AbortController();
    abortRef.current = controller;
    const page = pagesLoaded + 1;
    setLoading(true);
    getJson<Incident[]>(placePageUrl(placeId, page), controller.signal)
      .then((next) => {
        if (controller.signal.aborted) return;
        const loaded = checkPage(next);
        // Page 1 starts with the newest incidents the summary brought: it takes their place.
        setIncidents((current) => (page === 1 ? loaded : [...current, ...loaded]));
        setPagesLoaded(page);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof Error ? e.message : String(e));
        setLoading(false);
      });
  }, [placeId, hasMore, loading, error, pagesLoaded]);

  const retry = useCallback(() => {
    if (!detail) setAttempt((a) => a + 1);
    else setError(null); // the next loadMore asks for the page again
  }, [detail]);

  return { detail, incidents, pagesLoaded, hasMore, loading, error, loadMore, retry };
}

/** The fields the panel relies on; anything else wrong is the build's business. */
function checkDetail(value: PlaceDetail, placeId: string): PlaceDetail {
  if (typeof value !== 'object' || value === null || value.id !== placeId) throw new Error('not the details of this place');
  if (!Number.isInteger(value.pages) || !Number.isInteger(value.incidentCount) || !Array.isArray(value.months) || !Array.isArray(value.newest)) {
    throw new Error('details file has the wrong shape');
  }
  return value;
}

function checkPage(value: Incident[]): Incident[] {
  if (!Array.isArray(value)) throw new Error('page of incidents is not a list');
  return value;
}
