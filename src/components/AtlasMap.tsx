/**
 * The map island (client:only): loads the compact atlas, keeps the view (open place and filter)
 * in the URL, and wires map, legend, search, filters, chart, list and details together. Each
 * job is a hook in ./hooks; status, filtering, clustering and geometry come from src/data and
 * src/geo. What the first view does not need (details, chart, list) loads in its own chunk.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { IncidentFilter } from '../data/filters';
import { buildSearchIndex, type SearchIndex } from '../data/search';
import type { CompactAtlas } from '../data/compact-atlas';
import { useAtlas } from './hooks/use-atlas';
import { requestDetailsEarly } from './hooks/use-details';
import { useViewState } from './hooks/use-view-state';
import { useAtlasBase, useFilteredPlaces } from './hooks/use-filtered-places';
import IslandBoundary from './IslandBoundary';
import MapView from './MapView';
import Legend from './Legend';
import FilterBar from './FilterBar';
import SearchBox from './SearchBox';

const DetailsPanel = lazy(() => import('./DetailsPanel'));
const HistogramPanel = lazy(() => import('./HistogramPanel'));
const IncidentList = lazy(() => import('./IncidentList'));

interface AtlasMapProps {
  dataUrl: string;
  basemapUrl: string;
  regionsUrl: string;
  tileUrl: string;
  tileAttribution: string;
}

export default function AtlasMap(props: AtlasMapProps) {
  return (
    <IslandBoundary>
      <Atlas {...props} />
    </IslandBoundary>
  );
}

function Atlas({ dataUrl, basemapUrl, regionsUrl, tileUrl, tileAttribution }: AtlasMapProps) {
  const { atlas, error } = useAtlas(dataUrl);
  const base = useAtlasBase(atlas);
  const [view, navigate] = useViewState(base?.knownIds ?? null, base?.knownParties ?? null);
  const shown = useFilteredPlaces(atlas, base, view.filter);
  const searchIndex = useSearchIndex(atlas);
  const [showRegions, setShowRegions] = useState(true);
  // Where focus goes back to when the details close: the marker or list entry that opened them.
  const openerRef = useRef<HTMLElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);

  const openPlace = useCallback(
    (placeId: string, opener: HTMLElement | null) => {
      if (!base?.knownIds.has(placeId)) return;
      requestDetailsEarly(placeId);
      openerRef.current = opener;
      navigate({ place: placeId });
    },
    [base, navigate],
  );

  // Pressed, pointed at or focused: the town's details are asked for before the click.
  const prepareOpen = useCallback(
    (placeId: string) => {
      if (base?.knownIds.has(placeId)) requestDetailsEarly(placeId);
    },
    [base],
  );

  const closePlace = useCallback(() => {
    navigate({ place: null });
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener && opener.isConnected) opener.focus();
  }, [navigate]);

  const changeFilter = useCallback((filter: IncidentFilter) => navigate({ filter }), [navigate]);
  const openFound = useCallback((placeId: string) => openPlace(placeId, null), [openPlace]);

  // Links to /places/<id>/ in the page (the server list, the island's list) open the details in place.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-place-id]');
      const placeId = link?.dataset.placeId;
      if (!link || !placeId || !base?.knownIds.has(placeId)) return;
      event.preventDefault();
      openPlace(placeId, link);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [base, openPlace]);

  const slots = useSlots(atlas !== null);

  // Once the map is up, fetch the details' code, so a first click on a town waits for data only.
  useEffect(() => {
    if (atlas) void import('./DetailsPanel');
  }, [atlas]);

  if (error) {
    return (
      <p className="map-message" role="alert">
        The map data could not be loaded ({error}). The incident list still works.
      </p>
    );
  }
  if (!atlas || !base || !shown) {
    return (
      <p className="map-message" role="status">
        Loading map…
      </p>
    );
  }

  const openRow = view.place ? base.placeRow.get(view.place) : undefined;
  return (
    <>
      {slots.count &&
        createPortal(
          <>
            <strong>{shown.rows.length.toLocaleString('en')}</strong> of {atlas.length.toLocaleString('en')} incidents
          </>,
          slots.count,
        )}
      {slots.search && createPortal(<SearchBox index={searchIndex} onSelect={openFound} />, slots.search)}
      {slots.filters &&
        createPortal(
          <>
            <FilterBar
              filter={view.filter}
              typeCounts={shown.typeCounts}
              parties={atlas.parties}
              dateRange={base.dateRange}
              onChange={changeFilter}
            />
            <Suspense fallback={<div className="hist-placeholder" />}>
              <HistogramPanel atlas={atlas} filter={view.filter} domain={base.dayRange} onChange={changeFilter} />
            </Suspense>
          </>,
          slots.filters,
        )}
      {slots.list &&
        createPortal(
          <Suspense fallback={null}>
            <IncidentList atlas={atlas} rows={shown.rows} />
          </Suspense>,
          slots.list,
        )}
      <MapView
        places={shown.onMap}
        layers={shown.layers}
        contextPlaces={shown.contextPlaces}
        openPlace={openRow !== undefined ? atlas.places[openRow] : null}
        onOpenPlace={openPlace}
        onPrepareOpen={prepareOpen}
        basemapUrl={basemapUrl}
        regionsUrl={regionsUrl}
        regionIds={showRegions ? shown.regionIds : NO_REGIONS}
        tileUrl={tileUrl}
        tileAttribution={tileAttribution}
        panelRef={panelRef}
      />
      <Legend showRegions={showRegions} onToggleRegions={setShowRegions} />
      {openRow !== undefined && (
        <IslandBoundary what="The details of this place">
          <Suspense fallback={<section className="details-panel" aria-busy="true" />}>
            <DetailsPanel
              ref={panelRef}
              atlas={atlas}
              placeRow={openRow}
              shown={shown}
              filter={view.filter}
              filtered={shown.rows.length < atlas.length}
              onClose={closePlace}
              onOpenPlace={openPlace}
            />
          </Suspense>
        </IslandBoundary>
      )}
    </>
  );
}

const NO_REGIONS: ReadonlySet<string> = new Set();

/**
 * The place search index, built the first time it is asked for (the search box asks on focus):
 * it takes a long task for thousands of places, which the map's first view should not wait for.
 */
function useSearchIndex(atlas: CompactAtlas | null): () => SearchIndex {
  return useMemo(() => {
    let index: SearchIndex | null = null;
    return () => (index ??= buildSearchIndex(atlas?.places ?? []));
  }, [atlas]);
}

/**
 * The places in the server-rendered page where the island draws its controls: the count and
 * search in the top bar, filters and the chart above the list, and the list itself. The
 * server's text in them is replaced, and the server's list (with its paging) hidden, once the
 * data is in: until then, or if it never comes, the server list is what a reader has.
 */
function useSlots(ready: boolean) {
  const [slots, setSlots] = useState<{ count: HTMLElement | null; search: HTMLElement | null; filters: HTMLElement | null; list: HTMLElement | null }>({
    count: null,
    search: null,
    filters: null,
    list: null,
  });
  useEffect(() => {
    if (!ready) return;
    const take = (id: string) => {
      const element = document.getElementById(id);
      element?.replaceChildren();
      return element;
    };
    for (const element of document.querySelectorAll<HTMLElement>('[data-server-list]')) element.hidden = true;
    setSlots({ count: take('incident-count'), search: take('search-slot'), filters: take('filters-slot'), list: take('list-slot') });
  }, [ready]);
  return slots;
}
