/**
 * The Leaflet map: the embedded country basemap underneath, raster tiles above it while they
 * load, and one keyboard-focusable marker per place.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import L from 'leaflet';
import { MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import type { ClientPlace } from '../data/client-atlas';
import { boundsOfPositions } from '../geo/bounds';
import { focusPositions } from '../geo/focus';
import type { PlaceOnMap } from '../data/place-on-map';
import type { MapLayers } from '../data/clusters';
import { SETTLEMENT_KINDS } from '../data/vocabulary';
import BasemapLayer from './BasemapLayer';
import PlaceMarkers from './PlaceMarkers';
import RegionsLayer from './RegionsLayer';
import ContextPlaces from './ContextPlaces';

interface MapViewProps {
  places: PlaceOnMap[];
  /** The places split for drawing: areas on their own, towns clustered when many. */
  layers: MapLayers;
  /** Settlements without incidents in the filter: drawn as names for orientation. */
  contextPlaces: readonly ClientPlace[];
  openPlace: ClientPlace | null;
  onOpenPlace: (placeId: string, opener: HTMLElement | null) => void;
  /** A town is likely to be opened next: its details may be fetched ahead. */
  onPrepareOpen: (placeId: string) => void;
  basemapUrl: string;
  regionsUrl: string;
  /** Region places to draw as areas. */
  regionIds: ReadonlySet<string>;
  tileUrl: string;
  tileAttribution: string;
  /** The details panel, which covers part of the map: the open place is centred beside it. */
  panelRef: RefObject<HTMLElement | null>;
}

/** Tiles that fail this many times (offline, blocked, server down) are switched off. */
const TILE_ERRORS_BEFORE_OFFLINE = 3;
/** Zoom at which a town and its surroundings are readable. */
const TOWN_ZOOM = 10;
const AREA_ZOOM = 7;
/** The first view when no incident has a place. */
const UKRAINE_BOUNDS: L.LatLngBoundsLiteral = [
  [44, 22],
  [53, 41],
];

function MapView({
  places,
  layers,
  contextPlaces,
  openPlace,
  onOpenPlace,
  onPrepareOpen,
  basemapUrl,
  regionsUrl,
  regionIds,
  tileUrl,
  tileAttribution,
  panelRef,
}: MapViewProps) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  // Files the map can do without (basemap, region outlines) that failed: said, not hidden in the console.
  const [notices, setNotices] = useState<string[]>([]);
  const addNotice = useCallback((message: string) => setNotices((current) => (current.includes(message) ? current : [...current, message])), []);
  // Made only while the chooser is open: a filter change should not build a map of every place.
  const names = useMemo(() => (chooser ? new Map(places.map((p) => [p.place.id, p.place.name])) : null), [chooser, places]);
  const tileErrors = useRef(0);
  // Fitted once, to the places of the first render: later filter changes keep the reader's view.
  const initialBounds = useMemo((): L.LatLngBoundsLiteral => {
    const bounds = boundsOfPositions(focusPositions(places.map((p) => p.place.point)), 0.5);
    return bounds ?? UKRAINE_BOUNDS;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <MapContainer
      className="map"
      bounds={initialBounds}
      minZoom={2}
      maxZoom={16}
      worldCopyJump
      aria-label="Map of reported incidents"
    >
      <Pane name="basemap" style={{ zIndex: 150 }}>
        <BasemapLayer url={basemapUrl} onError={addNotice} />
      </Pane>
      {tileUrl && !tilesFailed && (
        <TileLayer
          url={tileUrl}
          attribution={tileAttribution}
          eventHandlers={{
            tileerror: () => {
              tileErrors.current += 1;
              if (tileErrors.current >= TILE_ERRORS_BEFORE_OFFLINE) setTilesFailed(true);
            },
          }}
        />
      )}
      <Pane name="regions" style={{ zIndex: 390 }}>
        <RegionsLayer url={regionsUrl} visibleIds={regionIds} onOpenPlace={onOpenPlace} onError={addNotice} />
      </Pane>
      <ContextPlaces places={contextPlaces} />
      <PlaceMarkers
        places={places}
        layers={layers}
        openPlaceId={openPlace?.id ?? null}
        onOpenPlace={onOpenPlace}
        onPrepareOpen={onPrepareOpen}
        onCrowdedClick={(ids, at, opener) => setChooser({ ids, at, opener })}
      />
      {chooser && names && (
        <PlaceChooser
          chooser={chooser}
          names={names}
          onChoose={(id) => {
            setChooser(null);
            onOpenPlace(id, chooser.opener);
          }}
          onClose={() => {
            setChooser(null);
            chooser.opener?.focus();
          }}
        />
      )}
      <CentreOnPlace place={openPlace} panelRef={panelRef} />
      <FitAll places={places} />
      {(tilesFailed || !tileUrl) && <OfflineNote />}
      {notices.length > 0 && (
        <div className="map-notice" role="status">
          {notices.map((notice) => (
            <p key={notice}>{notice} The markers still work.</p>
          ))}
        </div>
      )}
    </MapContainer>
  );
}

/**
 * Centres the map on the open place at town zoom (areas at a regional zoom), in the part of the
 * map the details panel leaves visible: beside it on a wide screen, above the sheet on a phone.
 */
function CentreOnPlace({ place, panelRef }: { place: ClientPlace | null; panelRef: RefObject<HTMLElement | null> }) {
  const map = useMap();
  useEffect(() => {
    if (!place) return;
    const centre = () => {
      const [lon, lat] = place.point;
      const isSettlement = SETTLEMENT_KINDS.includes(place.kind);
      const zoom = Math.max(map.getZoom(), isSettlement ? TOWN_ZOOM : AREA_ZOOM);
      // Already in the part of the map the panel leaves, at a readable zoom: the map stays where the reader put it.
      if (zoom === map.getZoom() && inUncoveredPart(map, L.latLng(lat, lon), panelRef.current)) return;
      const offset = visibleCentreOffset(map.getContainer(), panelRef.current);
      const target = map.unproject(map.project([lat, lon], zoom).subtract(offset), zoom);
      map.setView(target, zoom);
    };
    // The panel loads in its own chunk: wait (a few frames at most) until it is there to measure.
    let frame = 0;
    let tries = 0;
    const whenPanel = () => {
      if (panelRef.current || tries++ > 90) centre();
      else frame = requestAnimationFrame(whenPanel);
    };
    whenPanel();
    return () => cancelAnimationFrame(frame);
  }, [map, place, panelRef]);
  return null;
}

/** Keeps a point this far (px) from the edges of the uncovered part to count it as in view. */
const IN_VIEW_MARGIN = 48;

/** Whether a point lies well inside the part of the map the panel does not cover. */
function inUncoveredPart(map: L.Map, point: L.LatLng, panel: HTMLElement | null): boolean {
  const size = map.getSize();
  const offset = visibleCentreOffset(map.getContainer(), panel);
  // The uncovered part is centred at the map's centre plus offset; its size is what the offset leaves.
  const width = size.x + 2 * Math.min(0, offset.x);
  const height = size.y + 2 * Math.min(0, offset.y);
  const at = map.latLngToContainerPoint(point);
  return at.x >= IN_VIEW_MARGIN && at.x <= width - IN_VIEW_MARGIN && at.y >= IN_VIEW_MARGIN && at.y <= height - IN_VIEW_MARGIN;
}

/** How far the centre of the uncovered part of the map lies from the map's own centre, in pixels. */
function visibleCentreOffset(container: HTMLElement, panel: HTMLElement | null): L.Point {
  const map = container.getBoundingClientRect();
  const none = L.point(0, 0);
  if (!panel) return none;
  const cover = panel.getBoundingClientRect();
  const coversBottom = cover.width >= map.width * 0.9 && cover.top > map.top;
  if (coversBottom) {
    const freeHeight = Math.max(0, cover.top - map.top);
    return L.point(0, freeHeight / 2 - map.height / 2);
  }
  const coversRight = cover.left > map.left + map.width / 3;
  if (coversRight) {
    const freeWidth = Math.max(0, cover.left - map.left);
    return L.point(freeWidth / 2 - map.width / 2, 0);
  }
  return none;
}

interface Chooser {
  ids: string[];
  at: L.Point;
  opener: HTMLElement | null;
}

/** Which of the places stacked under a click to open: a small list at the click. */
function PlaceChooser({
  chooser,
  names,
  onChoose,
  onClose,
}: {
  chooser: Chooser;
  names: ReadonlyMap<string, string>;
  onChoose: (placeId: string) => void;
  onClose: () => void;
}) {
  const map = useMap();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    L.DomEvent.disableClickPropagation(element);
    L.DomEvent.disableScrollPropagation(element);
    // Keep the list inside the map: beside the point, flipped or pushed in at the edges.
    const box = map.getSize();
    const { offsetWidth: width, offsetHeight: height } = element;
    const left = chooser.at.x + 12 + width > box.x ? Math.max(4, chooser.at.x - 12 - width) : chooser.at.x + 12;
    const top = Math.min(Math.max(4, chooser.at.y - height / 2), Math.max(4, box.y - height - 4));
    element.style.left = `${left}px`;
    element.style.top = `${top}px`;
    element.querySelector('button')?.focus();
    const close = () => onCloseRef.current();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
    };
    element.addEventListener('keydown', onKey);
    map.on('movestart click', close);
    return () => {
      element.removeEventListener('keydown', onKey);
      map.off('movestart click', close);
    };
  }, [map, chooser]);
  return (
    <div ref={ref} className="place-chooser" role="group" aria-label="Places here">
      <p className="place-chooser__title">{chooser.ids.length} places here</p>
      {chooser.ids.map((id) => (
        <button key={id} type="button" onClick={() => onChoose(id)}>
          {names.get(id) ?? id}
        </button>
      ))}
    </div>
  );
}

/**
 * The first view leaves far-away places out (a briefing in Washington, a ship off Ireland);
 * this says how many are out of view and fits them all in on request.
 */
function FitAll({ places }: { places: PlaceOnMap[] }) {
  const map = useMap();
  const [outside, setOutside] = useState(0);
  useEffect(() => {
    // Plain numbers: this runs after every move, over every place.
    const count = () => {
      const view = map.getBounds();
      const west = view.getWest();
      const east = view.getEast();
      const south = view.getSouth();
      const north = view.getNorth();
      let out = 0;
      for (const { place } of places) {
        const [lon, lat] = place.point;
        if (lat < south || lat > north || lon < west || lon > east) out++;
      }
      setOutside(out);
    };
    count();
    map.on('moveend', count);
    return () => {
      map.off('moveend', count);
    };
  }, [map, places]);
  if (outside === 0) return null;
  const fitAll = () => {
    const bounds = boundsOfPositions(places.map((p) => p.place.point), 0.5);
    if (bounds) map.fitBounds(bounds);
  };
  return (
    <button type="button" className="fit-all" onClick={fitAll}>
      {outside === 1 ? '1 place' : `${outside} places`} out of view: show all
    </button>
  );
}

function OfflineNote() {
  return (
    <p className="offline-note" role="status">
      Offline basemap: country outlines (Natural Earth)
    </p>
  );
}

/** Drawn again only when its props change (opening a place leaves it alone). */
export default memo(MapView);
