/**
 * One Leaflet marker per place, styled by the place's status. Markers are buttons: focusable,
 * named for screen readers ("Kupiansk — contested, 2 incidents"), opened by click or Enter.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import { accessibleName, STATUS_PRIORITY } from '../data/status';
import type { PlaceOnMap } from './AtlasMap';

interface PlaceMarkersProps {
  places: PlaceOnMap[];
  openPlaceId: string | null;
  onOpenPlace: (placeId: string, opener: HTMLElement | null) => void;
  /** A click on markers drawn over each other: the ids under it, clicked one first, and where. */
  onCrowdedClick: (placeIds: string[], at: L.Point, opener: HTMLElement | null) => void;
}

/** Markers whose centres are closer than this (px) cover each other: a click asks which one. */
const OVERLAP_PX = 16;

export default function PlaceMarkers({ places, openPlaceId, onOpenPlace, onCrowdedClick }: PlaceMarkersProps) {
  const map = useMap();
  const markersRef = useRef(new Map<string, L.Marker>());
  // Handlers read the latest callbacks without rebuilding every marker when they change.
  const onOpenRef = useRef(onOpenPlace);
  onOpenRef.current = onOpenPlace;
  const onCrowdedRef = useRef(onCrowdedClick);
  onCrowdedRef.current = onCrowdedClick;

  useEffect(() => {
    const group = L.layerGroup().addTo(map);
    const markers = markersRef.current;
    for (const { place, summary } of places) {
      const [lon, lat] = place.point;
      const size = markerSize(summary.killed + summary.injured, summary.status === 'struck');
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({
          // Areas are drawn and named by the region layer; their marker needs no label over the towns.
          html: markerElement(place.kind === 'region' ? null : place.name, summary.status, size),
          className: 'place-marker',
          iconSize: [size, size],
          iconAnchor: [size / 2, size / 2],
        }),
        keyboard: true,
        riseOnHover: true,
        // Contested towns on top; an area's marker under the town names it contains.
        zIndexOffset: summary.status === 'contested' ? 1000 : place.kind === 'region' ? -1000 : 0,
      });
      const open = () => onOpenRef.current(place.id, marker.getElement() ?? null);
      // A pointer cannot pick one of several stacked markers; a keyboard can (each is a tab stop).
      marker.on('click', () => {
        const at = map.latLngToContainerPoint(marker.getLatLng());
        const under = [place.id];
        for (const [id, other] of markers) {
          if (id !== place.id && map.latLngToContainerPoint(other.getLatLng()).distanceTo(at) < OVERLAP_PX) under.push(id);
        }
        if (under.length === 1) open();
        else onCrowdedRef.current(under, at, marker.getElement() ?? null);
      });
      marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
        const key = event.originalEvent.key;
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault();
          open();
        }
      });
      marker.addTo(group);
      const element = marker.getElement();
      element?.setAttribute('aria-label', accessibleName(place.name, summary));
      element?.setAttribute('data-place-id', place.id);
      markers.set(place.id, marker);
    }
    // `places` arrive in name order; labels are kept in status order (contested first).
    const byPriority = [...places]
      .sort((a, b) => STATUS_PRIORITY.indexOf(a.summary.status) - STATUS_PRIORITY.indexOf(b.summary.status))
      .map((p) => markers.get(p.place.id)?.getElement())
      .filter((element): element is HTMLElement => element !== undefined);
    const declutter = () => hideCrowdedLabels(byPriority);
    declutter();
    map.on('zoomend', declutter);
    return () => {
      map.off('zoomend', declutter);
      group.remove();
      markers.clear();
    };
  }, [map, places]);

  useEffect(() => {
    for (const [id, marker] of markersRef.current) {
      const element = marker.getElement();
      element?.classList.toggle('place-marker--open', id === openPlaceId);
    }
  }, [openPlaceId, places]);

  return null;
}

/**
 * Hides a marker's name where it would cover a more telling place (its marker or its shown
 * name), so the names that show can be read: places are taken in status order, contested
 * first. A hidden name stays in the marker's accessible name.
 */
function hideCrowdedLabels(markersByPriority: readonly HTMLElement[]): void {
  // Show every name, measure everything once, then hide: one layout, not one per marker.
  const labels = markersByPriority.map((element) => element.querySelector<HTMLElement>('.place-marker__label'));
  for (const label of labels) if (label) label.hidden = false;
  const measured = markersByPriority.map((element, i) => ({
    label: labels[i],
    labelBox: labels[i] ? inset(labels[i]!.getBoundingClientRect()) : null,
    markerBox: inset(element.getBoundingClientRect()),
  }));
  const taken: Box[] = [];
  const hidden: HTMLElement[] = [];
  for (const { label, labelBox, markerBox } of measured) {
    if (label && labelBox) {
      if (taken.some((other) => overlaps(labelBox, other))) hidden.push(label);
      else taken.push(labelBox);
    }
    taken.push(markerBox);
  }
  for (const label of hidden) label.hidden = true;
}

type Box = { left: number; top: number; right: number; bottom: number };

/** Boxes carry line-height and icon padding: a touch of their edges is not an overlap. */
function inset(rect: DOMRect, by = 3): Box {
  return { left: rect.left + by, top: rect.top + by, right: rect.right - by, bottom: rect.bottom - by };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
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
