/**
 * The map island (client:only): loads the build's atlas.json, keeps the view (open place and
 * filter) in the URL, and wires map, legend, search, filters, histogram and details together.
 * Status, filtering, search and geometry come from src/data and src/geo; this file connects them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ClientAtlas, ClientPlace } from '../data/client-atlas';
import { incidentsByPlace } from '../data/by-place';
import { summarizePlace, type PlaceSummary } from '../data/status';
import { readViewState, writeViewState, EMPTY_FILTER, type ViewState } from '../data/url-state';
import { countByType, filterIncidentIndices, prepareIncidents, type IncidentFilter } from '../data/filters';
import { histogram } from '../data/histogram';
import { buildSearchIndex } from '../data/search';
import { nearbyPlaces } from '../geo/nearby';
import MapView from './MapView';
import Legend from './Legend';
import DetailsPanel, { type NearbyEntry } from './DetailsPanel';
import FilterBar from './FilterBar';
import Histogram from './Histogram';
import SearchBox from './SearchBox';

interface AtlasMapProps {
  dataUrl: string;
  basemapUrl: string;
  regionsUrl: string;
  tileUrl: string;
  tileAttribution: string;
}

export interface PlaceOnMap {
  place: ClientPlace;
  summary: PlaceSummary;
}

/** DESIGN §4: nearby incidents within 50 km. */
const NEARBY_KM = 50;

export default function AtlasMap({ dataUrl, basemapUrl, regionsUrl, tileUrl, tileAttribution }: AtlasMapProps) {
  const [atlas, setAtlas] = useState<ClientAtlas | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [view, setView] = useState<ViewState>({ place: null, filter: EMPTY_FILTER });
  const [showRegions, setShowRegions] = useState(true);
  // Where focus goes back to when the details close: the marker or list entry that opened them.
  const openerRef = useRef<HTMLElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${dataUrl}: HTTP ${response.status}`);
        return response.json() as Promise<ClientAtlas>;
      })
      .then((data) => !cancelled && setAtlas(data))
      .catch((error: unknown) => !cancelled && setLoadError(String(error)));
    return () => {
      cancelled = true;
    };
  }, [dataUrl]);

  // What depends only on the data: indexes built once.
  const base = useMemo(() => {
    if (!atlas) return null;
    const placeById = new Map(atlas.places.map((p) => [p.id, p]));
    const parties = [...new Set(atlas.incidents.flatMap((i) => i.claims.map((c) => c.party)))].sort();
    const dates = atlas.incidents.map((i) => i.date).sort();
    // The chart's bars cover the day-precise dates; a season or a year long before is a span at its edge.
    const days = atlas.incidents.filter((i) => i.datePrecision === 'day').map((i) => i.date).sort();
    return {
      placeById,
      placeNames: new Map(atlas.places.map((p) => [p.id, p.name])),
      knownIds: new Set(placeById.keys()),
      parties,
      knownParties: new Set(parties),
      dateRange: dates.length ? { start: dates[0], end: dates[dates.length - 1] } : null,
      dayRange: days.length ? { start: days[0], end: days[days.length - 1] } : null,
      prepared: prepareIncidents(atlas.incidents),
      searchIndex: buildSearchIndex(atlas.places),
    };
  }, [atlas]);

  // What follows the filter: the incidents left, the places that still have some, the chart.
  const shown = useMemo(() => {
    if (!atlas || !base) return null;
    const indices = filterIncidentIndices(base.prepared, view.filter);
    const incidents = Array.from(indices, (i) => atlas.incidents[i]);
    const byPlace = incidentsByPlace(incidents);
    const onMap: PlaceOnMap[] = [];
    for (const [placeId, list] of byPlace) {
      const place = base.placeById.get(placeId);
      if (place) onMap.push({ place, summary: summarizePlace(list) });
    }
    onMap.sort((a, b) => a.place.name.localeCompare(b.place.name, 'en'));
    // Type chips and the chart count what the *other* filters leave, so they show what a click would give.
    const withoutTypes = filterIncidentIndices(base.prepared, { ...view.filter, types: [] });
    const withoutDates = filterIncidentIndices(base.prepared, { ...view.filter, from: null, to: null });
    const onMapIds = new Set(onMap.map((p) => p.place.id));
    return {
      incidents,
      ids: new Set(incidents.map((i) => i.id)),
      contextPlaces: atlas.places.filter(
        (p) => !onMapIds.has(p.id) && (p.kind === 'city' || p.kind === 'town' || p.kind === 'village'),
      ),
      byPlace,
      onMap,
      regionIds: new Set(onMap.filter((p) => p.place.kind === 'region').map((p) => p.place.id)),
      typeCounts: countByType(base.prepared, withoutTypes),
      chart: histogram(base.prepared, withoutDates, base.dayRange ? { domain: base.dayRange } : {}),
    };
  }, [atlas, base, view.filter]);

  // The URL is the source of truth: read it at start and on back/forward.
  useEffect(() => {
    if (!base) return;
    const sync = () => setView(readViewState(window.location.search, base.knownIds, base.knownParties));
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [base]);

  const navigate = useCallback((next: Partial<ViewState>) => {
    const search = writeViewState(window.location.search, next);
    if (search !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${search}`);
    setView((current) => ({ ...current, ...next }));
  }, []);

  const openPlace = useCallback(
    (placeId: string, opener: HTMLElement | null) => {
      if (!base?.knownIds.has(placeId)) return;
      openerRef.current = opener;
      navigate({ place: placeId });
    },
    [base, navigate],
  );

  const closePlace = useCallback(() => {
    navigate({ place: null });
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener && opener.isConnected) opener.focus();
  }, [navigate]);

  const changeFilter = useCallback((filter: IncidentFilter) => navigate({ filter }), [navigate]);

  // Entries of the server-rendered list are links to /places/<id>/; with the map loaded they
  // open the details in place instead.
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

  // The server-rendered list follows the filter too.
  useEffect(() => {
    if (!shown) return;
    for (const entry of document.querySelectorAll<HTMLElement>('[data-incident-id]')) {
      entry.hidden = !shown.ids.has(entry.dataset.incidentId ?? '');
    }
  }, [shown]);

  const openPlaceRecord = view.place && base ? (base.placeById.get(view.place) ?? null) : null;
  const nearby = useMemo((): NearbyEntry[] => {
    if (!openPlaceRecord || !shown || !base) return [];
    const candidates = shown.onMap
      .filter((p) => p.place.kind !== 'region' && p.place.kind !== 'country')
      .map((p) => ({ id: p.place.id, coordinates: p.place.point }));
    return nearbyPlaces({ id: openPlaceRecord.id, coordinates: openPlaceRecord.point }, candidates, NEARBY_KM).map((n) => ({
      ...n,
      name: base.placeNames.get(n.id) ?? n.id,
      incidentCount: shown.byPlace.get(n.id)?.length ?? 0,
    }));
  }, [openPlaceRecord, shown, base]);

  const slots = useSlots();

  if (loadError) {
    return (
      <p className="map-message" role="alert">
        The map data could not be loaded ({loadError}). The incident list still works.
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

  return (
    <>
      {slots.count &&
        createPortal(
          <>
            <strong>{shown.incidents.length}</strong> of {atlas.incidents.length} incidents
          </>,
          slots.count,
        )}
      {slots.search &&
        createPortal(<SearchBox index={base.searchIndex} onSelect={(id) => openPlace(id, null)} />, slots.search)}
      {slots.filters &&
        createPortal(
          <>
            <FilterBar
              filter={view.filter}
              typeCounts={shown.typeCounts}
              parties={base.parties}
              dateRange={base.dateRange}
              onChange={changeFilter}
            />
            <Histogram
              data={shown.chart}
              from={view.filter.from}
              to={view.filter.to}
              onSelectRange={(from, to) => changeFilter({ ...view.filter, from, to })}
            />
          </>,
          slots.filters,
        )}
      <MapView
        places={shown.onMap}
        contextPlaces={shown.contextPlaces}
        openPlace={openPlaceRecord}
        onOpenPlace={openPlace}
        basemapUrl={basemapUrl}
        regionsUrl={regionsUrl}
        regionIds={showRegions ? shown.regionIds : NO_REGIONS}
        tileUrl={tileUrl}
        tileAttribution={tileAttribution}
        panelRef={panelRef}
      />
      <Legend showRegions={showRegions} onToggleRegions={setShowRegions} />
      {openPlaceRecord && (
        <DetailsPanel
          ref={panelRef}
          place={openPlaceRecord}
          incidents={shown.byPlace.get(openPlaceRecord.id) ?? []}
          filtered={shown.incidents.length < atlas.incidents.length}
          nearby={nearby}
          placeNames={base.placeNames}
          onClose={closePlace}
          onOpenPlace={openPlace}
        />
      )}
    </>
  );
}

const NO_REGIONS: ReadonlySet<string> = new Set();

/**
 * The places in the server-rendered page where the island draws its controls: the count and
 * search in the top bar, filters and the chart above the list. Their server text is replaced.
 */
function useSlots() {
  const [slots] = useState(() => {
    const take = (id: string) => {
      const element = document.getElementById(id);
      element?.replaceChildren();
      return element;
    };
    return { count: take('incident-count'), search: take('search-slot'), filters: take('filters-slot') };
  });
  return slots;
}
