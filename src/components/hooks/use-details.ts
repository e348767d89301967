/**
 * The open place's details, fetched on demand: `/data/places/<id>.json` first (totals, months,
 * the control story), then its incidents page by page as the reader scrolls. A failed request
 * is kept as an error the panel shows with a retry.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Incident } from '../../data/schema';
import type { PlaceDetail } from '../../data/place-detail';

export interface DetailsState {
  detail: PlaceDetail | null;
  /** Pages loaded so far, in order: incidents of page 1, then page 2, … */
  incidents: Incident[];
  pagesLoaded: number;
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
 * Requests sent before a place opens (a pointer pressed or resting on its marker, the marker
 * focused, the click itself); the hook takes them over when it opens that place.
 */
const early = new Map<string, { detail: Promise<PlaceDetail>; firstPage: Promise<Incident[]>; controller: AbortController }>();
/** Places asked for early but not opened: only the latest few are kept (a pointer crossing the map asks for many). */
const EARLY_KEPT = 4;

/**
 * Sends the requests for a place's summary and first page at once, so they are on the wire
 * (or in) by the time the panel is drawn.
 */
export function requestDetailsEarly(placeId: string, hasIncidents: boolean): void {
  if (early.has(placeId)) return;
  const controller = new AbortController();
  // The first page first: its incidents are what the panel draws; the summary can follow.
  const firstPage = hasIncidents ? getJson<Incident[]>(placePageUrl(placeId, 1), controller.signal) : Promise.resolve([]);
  const detail = getJson<PlaceDetail>(placeDetailUrl(placeId), controller.signal);
  // Failures are the hook's to report; keep them from surfacing as unhandled here.
  detail.catch(() => undefined);
  firstPage.catch(() => undefined);
  early.set(placeId, { detail, firstPage, controller });
  for (const [id, stale] of early) {
    if (early.size <= EARLY_KEPT) break;
    stale.controller.abort();
    early.delete(id);
  }
}

export function useDetails(placeId: string | null, hasIncidents: boolean): DetailsState {
  const [detail, setDetail] = useState<PlaceDetail | null>(null);
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [pagesLoaded, setPagesLoaded] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const abortRef = useRef<AbortController | null>(null);

  // A new place: start over with its summary file and first page. A layout effect, so the
  // requests leave in the task that opened the place rather than a frame later.
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
    (async () => {
      // Both at once (sent with the click when it went through requestDetailsEarly; a retry asks
      // again): the compact atlas already says whether the place has incidents (a page 1).
      const sent = attempt === 0 ? early.get(placeId) : undefined;
      early.delete(placeId);
      const firstPage = sent?.firstPage ?? (hasIncidents ? getJson<Incident[]>(placePageUrl(placeId, 1), controller.signal) : Promise.resolve([]));
      const detailRequest = sent?.detail ?? getJson<PlaceDetail>(placeDetailUrl(placeId), controller.signal);
      detailRequest.catch(() => undefined);
      // The first incidents are drawn as soon as their page is in, without waiting for the summary.
      const pageShown = firstPage.then((first) => {
        if (controller.signal.aborted || !hasIncidents) return;
        setIncidents(checkPage(first));
        setPagesLoaded(1);
      });
      const loaded = checkDetail(await detailRequest, placeId);
      await pageShown;
      if (controller.signal.aborted) return;
      setDetail(loaded);
      setLoading(false);
    })().catch((e: unknown) => {
      if (controller.signal.aborted) return;
      setError(e instanceof Error ? e.message : String(e));
      setLoading(false);
    });
    return () => controller.abort();
  }, [placeId, hasIncidents, attempt]);

  const loadMore = useCallback(() => {
    if (!placeId || !detail || loading || error || pagesLoaded >= detail.pages) return;
    const controller = new AbortController();
    abortRef.current = controller;
    const page = pagesLoaded + 1;
    setLoading(true);
    getJson<Incident[]>(placePageUrl(placeId, page), controller.signal)
      .then((next) => {
        if (controller.signal.aborted) return;
        setIncidents((current) => [...current, ...checkPage(next)]);
        setPagesLoaded(page);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof Error ? e.message : String(e));
        setLoading(false);
      });
  }, [placeId, detail, loading, error, pagesLoaded]);

  const retry = useCallback(() => {
    if (!detail) setAttempt((a) => a + 1);
    else setError(null); // the next loadMore asks for the page again
  }, [detail]);

  return { detail, incidents, pagesLoaded, loading, error, loadMore, retry };
}

/** The fields the panel relies on; anything else wrong is the build's business. */
function checkDetail(value: PlaceDetail, placeId: string): PlaceDetail {
  if (typeof value !== 'object' || value === null || value.id !== placeId) throw new Error('not the details of this place');
  if (!Number.isInteger(value.pages) || !Number.isInteger(value.incidentCount) || !Array.isArray(value.months)) {
    throw new Error('details file has the wrong shape');
  }
  return value;
}

function checkPage(value: Incident[]): Incident[] {
  if (!Array.isArray(value)) throw new Error('page of incidents is not a list');
  return value;
}
