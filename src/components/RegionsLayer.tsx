/**
 * The areas the reports concern (Donbas, Crimea, oblasts) drawn from the gazetteer's real
 * boundaries; clicking one opens its incidents like a town's.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { FeatureCollection } from 'geojson';

interface RegionsLayerProps {
  url: string;
  /** Ids of the regions to draw: those with incidents in the current filter. */
  visibleIds: ReadonlySet<string>;
  onOpenPlace: (placeId: string, opener: HTMLElement | null) => void;
  /** A file that fails to load is reported here: the map works without it. */
  onError: (message: string) => void;
}

const REGION_STYLE: L.PathOptions = { color: '#6a3d9a', weight: 2, dashArray: '6 4', fillColor: '#6a3d9a', fillOpacity: 0.08 };

export default function RegionsLayer({ url, visibleIds, onOpenPlace, onError }: RegionsLayerProps) {
  const map = useMap();
  const dataRef = useRef<FeatureCollection | null>(null);
  const layerRef = useRef<L.GeoJSON | null>(null);
  const onOpenRef = useRef(onOpenPlace);
  onOpenRef.current = onOpenPlace;
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  useEffect(() => {
    let cancelled = false;
    const draw = (data: FeatureCollection) => {
      layerRef.current?.remove();
      const features = data.features.filter((f) => visibleIds.has(String(f.properties?.id)));
      layerRef.current = L.geoJSON({ type: 'FeatureCollection', features } as FeatureCollection, {
        pane: 'regions',
        style: () => REGION_STYLE,
        onEachFeature: (feature, layer) => {
          layer.on('click', () => onOpenRef.current(String(feature.properties?.id), null));
          layer.bindTooltip(textElement(String(feature.properties?.name ?? '')), { sticky: true });
        },
      }).addTo(map);
    };
    if (dataRef.current) draw(dataRef.current);
    else
      fetch(url)
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.json() as Promise<FeatureCollection>;
        })
        .then((data) => {
          if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features)) throw new Error('not a FeatureCollection');
          // Larger areas first, so a smaller one drawn inside stays clickable (sorted once: each area is a layer to measure).
          const area = new Map(data.features.map((f) => [f, areaHint(f)]));
          data.features.sort((a, b) => area.get(b)! - area.get(a)!);
          dataRef.current = data;
          if (!cancelled) draw(data);
        })
        .catch((error: unknown) => !cancelled && onErrorRef.current(`The region outlines could not be loaded (${error instanceof Error ? error.message : String(error)}).`));
    return () => {
      cancelled = true;
      layerRef.current?.remove();
      layerRef.current = null;
    };
  }, [map, url, visibleIds]);
  return null;
}

/** Bounding-box area in square degrees: enough to order nested areas. */
function areaHint(feature: GeoJSON.Feature): number {
  const bounds = L.geoJSON(feature).getBounds();
  return (bounds.getNorth() - bounds.getSouth()) * (bounds.getEast() - bounds.getWest());
}

/** Leaflet parses a string tooltip as HTML; a text node cannot be. */
function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}
