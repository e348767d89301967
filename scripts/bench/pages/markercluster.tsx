/**
 * Leaflet.markercluster (what react-leaflet-cluster wraps) over one L.marker per incident, with
 * chunked loading as its docs advise for large sets. A filter clears the group and adds the
 * chosen markers back. At town zoom a cluster that is mostly one place opens that place, as a
 * marker does, so "click a town" means the same here as on the site.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import L from 'leaflet';
import 'leaflet.markercluster';
import { MapContainer, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import './page.css';
import type { BenchData } from '../compact';
import { filterByTypes, Layout, placeFromUrl, placePoint, TOWN_ZOOM, useBenchData } from './shared';

const DOT = L.divIcon({ className: 'bench-dot', iconSize: [8, 8] });

interface IncidentMarker extends L.Marker {
  placeIndex: number;
}

function App() {
  const data = useBenchData();
  const [types, setTypes] = useState<number[]>([]);
  const [openPlace, setOpenPlace] = useState(-1);
  const shown = useMemo(() => (data ? filterByTypes(data, types) : []), [data, types]);
  if (!data) return <p role="status">Loading…</p>;
  const start = placeFromUrl(data);
  const startPoint = start >= 0 ? placePoint(data, start) : null;
  return (
    <Layout
      data={data}
      shown={shown.length}
      types={types}
      onTypes={setTypes}
      openPlace={openPlace}
      onClose={() => setOpenPlace(-1)}
      map={
        <MapContainer center={startPoint ?? [48.5, 33]} zoom={startPoint ? TOWN_ZOOM : 6} maxZoom={18} className="bench-map">
          <Clusters data={data} shown={shown} onOpen={setOpenPlace} />
        </MapContainer>
      }
    />
  );
}

function Clusters({ data, shown, onOpen }: { data: BenchData; shown: number[]; onOpen: (place: number) => void }) {
  const map = useMap();
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  // Every incident's marker, made once; filters add and remove these.
  const markers = useMemo(() => {
    const all: (IncidentMarker | null)[] = [];
    const { lat, lon, place } = data.incidents;
    for (let i = 0; i < lat.length; i++) {
      if (lat[i] === null) {
        all.push(null);
        continue;
      }
      const m = L.marker([lat[i]!, lon[i]!], { icon: DOT }) as IncidentMarker;
      m.placeIndex = place[i];
      all.push(m);
    }
    return all;
  }, [data]);
  const groupRef = useRef<L.MarkerClusterGroup | null>(null);

  useEffect(() => {
    const group = L.markerClusterGroup({ chunkedLoading: true });
    group.on('click', (e) => onOpenRef.current((e.layer as IncidentMarker).placeIndex));
    group.on('clusterclick', (e) => {
      if (map.getZoom() < TOWN_ZOOM) return; // the default: zoom into the cluster
      const counts = new Map<number, number>();
      for (const m of (e.layer as L.MarkerCluster).getAllChildMarkers() as IncidentMarker[]) {
        counts.set(m.placeIndex, (counts.get(m.placeIndex) ?? 0) + 1);
      }
      let best = -1;
      let bestCount = 0;
      for (const [place, count] of counts) if (count > bestCount) [best, bestCount] = [place, count];
      if (best >= 0) onOpenRef.current(best);
    });
    group.addTo(map);
    groupRef.current = group;
    window.__bench = {
      map,
      townElement: (id) => {
        const place = data.places.id.indexOf(id);
        const marker = markers.find((m) => m !== null && m.placeIndex === place && group.hasLayer(m));
        if (!marker) return null;
        const visible = group.getVisibleParent(marker) as L.Marker | L.MarkerCluster | null;
        return (visible?.getElement() as HTMLElement | undefined) ?? null;
      },
    };
    return () => {
      group.remove();
      groupRef.current = null;
    };
  }, [map, data, markers]);

  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    group.clearLayers();
    group.addLayers(shown.map((i) => markers[i]).filter((m): m is IncidentMarker => m !== null));
  }, [shown, markers]);
  return null;
}

createRoot(document.getElementById('root')!).render(<App />);
