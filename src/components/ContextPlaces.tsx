/**
 * Towns of the gazetteer with no incident in the filter, as small grey names once the map is
 * zoomed in: with tiles off the basemap has no place names, and a reader needs them to see
 * where a strike was. Not interactive and not in the tab order: they are scenery.
 */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { ClientPlace } from '../data/client-atlas';

/** Below this zoom the names would crowd the incident markers. */
const MIN_ZOOM = 7;

export default function ContextPlaces({ places }: { places: readonly ClientPlace[] }) {
  const map = useMap();
  useEffect(() => {
    const group = L.layerGroup().addTo(map);
    // Names already drawn stay while in view: a move adds and removes only those at the edges.
    const drawn = new Map<string, L.Marker>();
    const draw = () => {
      const view = map.getZoom() < MIN_ZOOM ? null : map.getBounds().pad(0.2);
      const wanted = new Set<string>();
      if (view) {
        for (const place of places) {
          const [lon, lat] = place.point;
          if (view.contains([lat, lon])) wanted.add(place.id);
        }
      }
      for (const [id, marker] of drawn) {
        if (!wanted.has(id)) {
          marker.remove();
          drawn.delete(id);
        }
      }
      for (const place of places) {
        if (!wanted.has(place.id) || drawn.has(place.id)) continue;
        const [lon, lat] = place.point;
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({ html: contextElement(place.name), className: 'context-place', iconSize: [6, 6], iconAnchor: [3, 3] }),
          interactive: false,
          keyboard: false,
        }).addTo(group);
        drawn.set(place.id, marker);
      }
    };
    draw();
    // A zoom ends with a moveend too.
    map.on('moveend', draw);
    return () => {
      map.off('moveend', draw);
      group.remove();
    };
  }, [map, places]);
  return null;
}

function contextElement(name: string): HTMLElement {
  const root = document.createElement('span');
  root.className = 'context-place__dot';
  root.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'context-place__label';
  label.textContent = name;
  root.append(label);
  return root;
}
