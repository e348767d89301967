/**
 * The places on the map, drawn imperatively with Leaflet (React only hands over the list).
 * A town is a button named for screen readers ("Kupiansk — contested, 2 incidents") and
 * styled by its status. With more than CLUSTER_MIN_PLACES towns, those close together at the
 * current zoom are drawn as one cluster that says what it holds; a click zooms into it.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import { accessibleName, STATUS_PRIORITY } from '../data/status';
import type { PlaceOnMap } from '../data/place-on-map';
import { clusterName, type ClusterSums, type MapLayers } from '../data/clusters';
import { INCIDENT_TYPES } from '../data/vocabulary';
import { labelBox, markerBox, visibleLabels, type LabelledMarker } from '../geo/labels';
import { labelMetrics } from './label-metrics';

interface PlaceMarkersProps {
  places: PlaceOnMap[];
  /** The same places split for drawing (src/data/clusters.ts, mapLayers). */
  layers: MapLayers;
  openPlaceId: string | null;
  onOpenPlace: (placeId: string, opener: HTMLElement | null) => void;
  /** A town is likely to be opened next (pressed, pointed at or focused): its details may be fetched. */
  onPrepareOpen: (placeId: string) => void;
  /** A click on markers drawn over each other: the ids under it, clicked one first, and where. */
  onCrowdedClick: (placeIds: string[], at: L.Point, opener: HTMLElement | null) => void;
}

/** Markers whose centres are closer than this (px) cover each other: a click asks which one. */
const OVERLAP_PX = 16;
/** A pointer resting this long (ms) on a town, or keyboard focus staying on it, is taken as a sign it will be opened. */
const INTENT_MS = 100;

/**
 * A town's marker, placed with a 2D translate instead of Leaflet's translate3d: every element
 * with a 3D transform is a compositor layer of its own, and a filter that drew 290 towns made
 * 290 layers to paint, layerize and commit (docs/architecture.md, Budgets). Leaflet 1.9 places
 * an icon in `_setPos` (on add, on zoom and during the zoom animation); this replaces only the
 * transform it wrote there.
 */
const FlatMarker = L.Marker.extend({
  _setPos(this: L.Marker & { _icon?: HTMLElement | null }, pos: L.Point) {
    (L.Marker.prototype as unknown as { _setPos: (p: L.Point) => void })._setPos.call(this, pos);
    if (this._icon && L.Browser.any3d) this._icon.style.transform = `translate(${pos.x}px, ${pos.y}px)`;
  },
}) as unknown as new (latLng: L.LatLngExpression, options?: L.MarkerOptions) => L.Marker;

/** A marker on the map and what it looks like; a marker whose look is unchanged is left alone. */
interface Drawn {
  marker: L.Marker;
  look: string;
}

/** A town's marker, with what its name's box is worked out from (no layout is read for it). */
interface DrawnTown extends Drawn {
  size: number;
  name: string | null;
  /** The name's element beside the marker (hidden when it would cover a more telling place). */
  label: HTMLElement | null;
}

/** A cluster marker: found again by its position, so a filter change that keeps a cluster keeps its element. */
interface DrawnCluster extends Drawn {
  /** Its id in the current index (for the zoom a click goes to). */
  id: number;
}

export default function PlaceMarkers({ places, layers, openPlaceId, onOpenPlace, onPrepareOpen, onCrowdedClick }: PlaceMarkersProps) {
  const map = useMap();
  // Handlers read the latest callbacks and index without rebuilding every marker when they change.
  const onOpenRef = useRef(onOpenPlace);
  onOpenRef.current = onOpenPlace;
  const onPrepareRef = useRef(onPrepareOpen);
  onPrepareRef.current = onPrepareOpen;
  const onCrowdedRef = useRef(onCrowdedClick);
  onCrowdedRef.current = onCrowdedClick;
  const openIdRef = useRef(openPlaceId);
  openIdRef.current = openPlaceId;
  // What is drawn, kept across filter changes: only markers that appear, vanish or change are touched.
  const layerRef = useRef<{ group: L.LayerGroup; towns: Map<string, DrawnTown>; clusters: Map<string, DrawnCluster> } | null>(null);

  // Towns are clustered once there are many; areas, seas and countries are always drawn.
  const { always, clusters } = layers;
  const clustersRef = useRef(clusters);
  clustersRef.current = clusters;

  // Layout effects: the markers change in the same task as the counts and the list, so the map
  // never shows a frame of the old filter beside the new counts.
  useLayoutEffect(() => {
    const group = L.layerGroup().addTo(map);
    layerRef.current = { group, towns: new Map(), clusters: new Map() };
    return () => {
      group.remove();
      layerRef.current = null;
    };
  }, [map]);

  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const { group, towns, clusters: clusterMarkers } = layer;

    /** Draws or updates a town; true when its marker is new or looks different (labels must be placed again). */
    const drawTown = ({ place, summary }: PlaceOnMap): boolean => {
      const size = markerSize(summary.killed + summary.injured, summary.status === 'struck');
      // Contested towns on top; an area's marker under the town names it contains.
      const zIndexOffset = summary.status === 'contested' ? 1000 : place.kind === 'region' ? -1000 : 0;
      // Areas are drawn and named by the region layer; their marker needs no label over the towns.
      const label = place.kind === 'region' ? null : place.name;
      const look = `${summary.status}|${size}|${zIndexOffset}`;
      let labelElement: HTMLElement | null = null;
      const icon = () => {
        const html = markerElement(label, summary.status, size);
        labelElement = html.querySelector<HTMLElement>('.place-marker__label');
        return L.divIcon({ html, className: 'place-marker', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
      };
      let drawn = towns.get(place.id);
      const changed = !drawn || drawn.look !== look;
      if (!drawn) {
        const [lon, lat] = place.point;
        const marker = new FlatMarker([lat, lon], { icon: icon(), keyboard: true, riseOnHover: true, zIndexOffset });
        const open = () => onOpenRef.current(place.id, marker.getElement() ?? null);
        // A pointer cannot pick one of several stacked markers; a keyboard can (each is a tab stop).
        marker.on('click', () => {
          const at = map.latLngToContainerPoint(marker.getLatLng());
          const under = [place.id];
          for (const [id, other] of towns) {
            if (id !== place.id && map.latLngToContainerPoint(other.marker.getLatLng()).distanceTo(at) < OVERLAP_PX) under.push(id);
          }
          if (under.length === 1) open();
          else onCrowdedRef.current(under, at, marker.getElement() ?? null);
        });
        onActivateKey(marker, open);
        marker.addTo(group);
        onIntent(marker, () => onPrepareRef.current(place.id));
        marker.getElement()?.setAttribute('data-place-id', place.id);
        drawn = { marker, look, size, name: label, label: labelElement };
        towns.set(place.id, drawn);
      } else if (drawn.look !== look) {
        // setIcon keeps the marker's element (and keyboard focus on it), replacing what is inside.
        drawn.marker.setIcon(icon());
        drawn.marker.setZIndexOffset(zIndexOffset);
        drawn.look = look;
        drawn.size = size;
        drawn.label = labelElement;
      }
      const element = drawn.marker.getElement();
      element?.setAttribute('aria-label', accessibleName(place.name, summary));
      element?.classList.toggle('place-marker--open', place.id === openIdRef.current);
      return changed;
    };

    const drawCluster = (id: number, lon: number, lat: number, sums: ClusterSums) => {
      const size = Math.round(30 + 7 * Math.log10(Math.max(1, sums.incidents)));
      const zIndexOffset = sums.contested > 0 ? 900 : 0;
      const look = `${size}|${sums.incidents}|${sums.contested}|${sums.types.join(',')}`;
      const icon = () => L.divIcon({ html: clusterElement(sums, size), className: 'cluster-marker', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
      const key = `${lon},${lat}`;
      let drawn = clusterMarkers.get(key);
      if (!drawn) {
        const marker = L.marker([lat, lon], { icon: icon(), keyboard: true, zIndexOffset });
        const entry: DrawnCluster = { marker, look, id };
        const expand = () => {
          const index = clustersRef.current;
          if (!index) return;
          const zoom = Math.min(index.expansionZoom(entry.id), map.getMaxZoom());
          map.setView([lat, lon], Math.max(zoom, map.getZoom() + 1));
        };
        marker.on('click', expand);
        onActivateKey(marker, expand);
        marker.addTo(group);
        drawn = entry;
        clusterMarkers.set(key, drawn);
      } else if (drawn.look !== look) {
        drawn.marker.setIcon(icon());
        drawn.marker.setZIndexOffset(zIndexOffset);
        drawn.look = look;
      }
      drawn.id = id;
      const element = drawn.marker.getElement();
      element?.setAttribute('aria-label', clusterName(sums));
      element?.setAttribute('data-cluster', String(sums.places));
    };

    const statusOf = new Map(places.map((p) => [p.place.id, p.summary.status]));
    // Names are kept in status order (contested first) when they crowd.
    const declutter = () => {
      const rank = (id: string) => STATUS_PRIORITY.indexOf(statusOf.get(id) ?? 'mentioned');
      const ranked = [...towns.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, drawn]) => drawn);
      placeLabels(map, ranked);
    };

    // Clustered towns: only what is in view, redrawn as the view moves; markers still in view are kept.
    const redraw = (moved: boolean) => {
      const wantTowns = new Map<string, PlaceOnMap>();
      for (const p of always) wantTowns.set(p.place.id, p);
      const wantClusters: { id: number; lon: number; lat: number; sums: ClusterSums }[] = [];
      if (clusters) {
        const view = map.getBounds().pad(0.25);
        const items = clusters.itemsIn([view.getWest(), Math.max(-85, view.getSouth()), view.getEast(), Math.min(85, view.getNorth())], map.getZoom());
        for (const item of items) {
          if (item.kind === 'place') wantTowns.set(item.item.place.id, item.item);
          else wantClusters.push(item);
        }
      }
      let townsChanged = moved;
      for (const [id, { marker }] of towns) {
        if (!wantTowns.has(id)) {
          marker.remove();
          towns.delete(id);
          townsChanged = true;
        }
      }
      const clusterKeys = new Set(wantClusters.map((c) => `${c.lon},${c.lat}`));
      for (const [key, { marker }] of clusterMarkers) {
        if (!clusterKeys.has(key)) {
          marker.remove();
          clusterMarkers.delete(key);
        }
      }
      for (const p of wantTowns.values()) if (drawTown(p)) townsChanged = true;
      for (const c of wantClusters) drawCluster(c.id, c.lon, c.lat, c.sums);
      if (townsChanged) declutter();
    };
    const onMove = () => redraw(true);
    redraw(false);
    map.on('moveend', onMove);
    return () => {
      map.off('moveend', onMove);
    };
  }, [map, places, always, clusters]);

  useEffect(() => {
    for (const [id, { marker }] of layerRef.current?.towns ?? []) {
      const element = marker.getElement();
      element?.classList.toggle('place-marker--open', id === openPlaceId);
    }
  }, [openPlaceId, places]);

  return null;
}

/**
 * Calls `prepare` when a town is about to be opened: at once when it is pressed (the click
 * follows on release), after INTENT_MS when a pointer rests on it or it keeps keyboard focus.
 */
function onIntent(marker: L.Marker, prepare: () => void): void {
  let timer = 0;
  const soon = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(prepare, INTENT_MS);
  };
  const cancel = () => window.clearTimeout(timer);
  marker.on('mousedown', prepare);
  marker.on('mouseover', soon);
  marker.on('mouseout remove', cancel);
  const element = marker.getElement();
  element?.addEventListener('focus', soon);
  element?.addEventListener('blur', cancel);
}

/** Enter or Space on a focused marker acts like a click. */
function onActivateKey(marker: L.Marker, action: () => void): void {
  marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
    const key = event.originalEvent.key;
    if (key === 'Enter' || key === ' ') {
      event.originalEvent.preventDefault();
      action();
    }
  });
}

/** Short counts for the cluster's face: 950, 1.2k, 15k. */
function shortCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.round(n / 1000)}k`;
}

const TYPE_COLOUR: Record<(typeof INCIDENT_TYPES)[number], string> = {
  strike: 'var(--strike)',
  fighting: 'var(--fighting)',
  'control-claim': 'var(--claimed)',
  diplomacy: 'var(--diplomacy)',
  hybrid: 'var(--hybrid)',
};

/**
 * A cluster: the number of incidents inside a ring whose arcs are the share of each type, and
 * a red badge with the number of contested towns when it holds any. Built with DOM calls;
 * the numbers are ours, not report text.
 */
function clusterElement(sums: ClusterSums, size: number): HTMLElement {
  const root = document.createElement('span');
  root.className = `cluster-marker__root${sums.contested > 0 ? ' cluster-marker__root--contested' : ''}`;
  root.style.width = `${size}px`;
  root.style.height = `${size}px`;
  let at = 0;
  const stops: string[] = [];
  INCIDENT_TYPES.forEach((type, i) => {
    const share = sums.incidents > 0 ? (sums.types[i] / sums.incidents) * 100 : 0;
    if (share <= 0) return;
    stops.push(`${TYPE_COLOUR[type]} ${at.toFixed(2)}% ${(at + share).toFixed(2)}%`);
    at += share;
  });
  root.style.background = stops.length ? `conic-gradient(${stops.join(', ')})` : '#9e9e9e';
  const face = document.createElement('span');
  face.className = 'cluster-marker__face';
  face.textContent = shortCount(sums.incidents);
  face.setAttribute('aria-hidden', 'true');
  root.append(face);
  if (sums.contested > 0) {
    const badge = document.createElement('span');
    badge.className = 'cluster-marker__contested';
    badge.textContent = String(sums.contested);
    badge.setAttribute('aria-hidden', 'true');
    root.append(badge);
  }
  return root;
}

/**
 * Hides a marker's name where it would cover a more telling place (its marker or its shown
 * name), so the names that show can be read: towns come in status order, contested first. A
 * hidden name stays in the marker's accessible name. Boxes are worked out from each marker's
 * point and size and its name's width in the label font, not read from the page: reading them
 * forced a layout of every new marker inside the filter's task (docs/architecture.md, Budgets).
 */
function placeLabels(map: L.Map, townsByPriority: readonly DrawnTown[]): void {
  const sample = townsByPriority.find((town) => town.label?.isConnected)?.label;
  if (!sample) return;
  const metrics = labelMetrics(sample);
  const boxes: LabelledMarker[] = townsByPriority.map(({ marker, size, name, label }) => {
    // Where Leaflet puts the icon: its layer point, rounded.
    const { x, y } = map.latLngToLayerPoint(marker.getLatLng()).round();
    return { marker: markerBox(x, y, size), label: name !== null && label ? labelBox(x, y, size, metrics.width(name), metrics.height) : null };
  });
  const shown = visibleLabels(boxes);
  // Only flags that change are written: an untouched label costs the next frame nothing.
  townsByPriority.forEach(({ label }, i) => {
    if (label && label.hidden === shown[i]) label.hidden = !shown[i];
  });
}

/** Strikes grow with casualties (area ∝ people killed or injured); everything else is one size. */
function markerSize(casualties: number, isStrike: boolean): number {
  if (!isStrike) return 20;
  return Math.round(Math.min(44, 18 + 4 * Math.sqrt(casualties)));
}

/** Built with DOM calls, not an HTML string: place names are data. */
function markerElement(name: string | null, status: string, size: number): HTMLElement {
  const root = document.createElement('span');
  root.className = 'place-marker__root';
  const glyph = document.createElement('span');
  glyph.className = `marker-glyph marker-glyph--${status}`;
  glyph.style.width = `${size}px`;
  glyph.style.height = `${size}px`;
  root.append(glyph);
  if (name !== null) {
    const label = document.createElement('span');
    label.className = 'place-marker__label';
    label.textContent = name;
    label.setAttribute('aria-hidden', 'true');
    root.append(label);
  }
  return root;
}
