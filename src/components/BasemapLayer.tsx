/**
 * The embedded vector basemap: Natural Earth country outlines shipped with the site, so the map
 * is readable with no tile server. Crimea is part of Ukraine's shape, hatched as occupied;
 * Ukraine's oblast borders are drawn as dashed lines, the gazetteer's rivers in blue.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { FeatureCollection } from 'geojson';

const LAND_STYLE: L.PathOptions = { color: '#8c8c8c', weight: 0.8, fillColor: '#f2efe6', fillOpacity: 1 };
const REGION_BORDER_STYLE: L.PathOptions = { color: '#a7a196', weight: 0.9, dashArray: '3 3', fill: false };
const RIVER_STYLE: L.PathOptions = { color: '#6f9fd0', weight: 2.2, fill: false };
const OCCUPIED_STYLE: L.PathOptions = {
  color: '#b3261e',
  weight: 1.2,
  dashArray: '4 3',
  fillColor: '#e9c9c4',
  fillOpacity: 0.7,
};

/** A file that fails to load is reported through `onError`: the map works without it. */
export default function BasemapLayer({ url, onError }: { url: string; onError: (message: string) => void }) {
  const map = useMap();
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  useEffect(() => {
    let layer: L.GeoJSON | null = null;
    let cancelled = false;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<FeatureCollection>;
      })
      .then((basemap) => {
        if (cancelled) return;
        if (basemap?.type !== 'FeatureCollection' || !Array.isArray(basemap.features)) throw new Error('not a FeatureCollection');
        layer = L.geoJSON(basemap, {
          pane: 'basemap',
          interactive: false,
          attribution: 'Country outlines: Natural Earth',
          style: (feature) => {
            if (feature?.properties?.occupied) return OCCUPIED_STYLE;
            if (feature?.properties?.kind === 'admin1-border') return REGION_BORDER_STYLE;
            if (feature?.properties?.kind === 'river') return RIVER_STYLE;
            return LAND_STYLE;
          },
        }).addTo(map);
      })
      .catch((error: unknown) => !cancelled && onErrorRef.current(`The offline basemap could not be loaded (${error instanceof Error ? error.message : String(error)}).`));
    return () => {
      cancelled = true;
      layer?.remove();
    };
  }, [map, url]);
  return null;
}
