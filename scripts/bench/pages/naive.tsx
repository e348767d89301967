/**
 * The naive map: one react-leaflet <Marker> per incident, re-rendered on every filter change.
 * This is what the site did before clustering; the benchmark keeps it as the floor.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import L from 'leaflet';
import { MapContainer, Marker, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import './page.css';
import { filterByTypes, Layout, placeFromUrl, placePoint, TOWN_ZOOM, useBenchData } from './shared';

const DOT = L.divIcon({ className: 'bench-dot', iconSize: [8, 8] });

function App() {
  const data = useBenchData();
  const [types, setTypes] = useState<number[]>([]);
  const [openPlace, setOpenPlace] = useState(-1);
  const shown = useMemo(() => (data ? filterByTypes(data, types) : []), [data, types]);
  // One marker of each place, for the harness to click.
  const firstMarker = useRef(new Map<number, L.Marker>());
  if (!data) return <p role="status">Loading…</p>;
  const start = placeFromUrl(data);
  const startPoint = start >= 0 ? placePoint(data, start) : null;
  const markers = shown
    .filter((i) => data.incidents.lat[i] !== null)
    .map((i) => {
      const place = data.incidents.place[i];
      return (
        <Marker
          key={i}
          position={[data.incidents.lat[i]!, data.incidents.lon[i]!]}
          icon={DOT}
          eventHandlers={{ click: () => setOpenPlace(place) }}
          ref={(m) => {
            if (m && !firstMarker.current.has(place)) firstMarker.current.set(place, m);
          }}
        />
      );
    });
  return (
    <Layout
      data={data}
      shown={shown.length}
      types={types}
      onTypes={setTypes}
      openPlace={openPlace}
      onClose={() => setOpenPlace(-1)}
      map={
        <MapContainer
          center={startPoint ?? [48.5, 33]}
          zoom={startPoint ? TOWN_ZOOM : 6}
          maxZoom={18}
          className="bench-map"
        >
          <Hooks
            townElement={(id) => {
              const m = firstMarker.current.get(data.places.id.indexOf(id));
              return (m?.getElement() as HTMLElement | undefined) ?? null;
            }}
          />
          {markers}
        </MapContainer>
      }
    />
  );
}

function Hooks({ townElement }: { townElement: (id: string) => HTMLElement | null }) {
  const map = useMap();
  const ref = useRef(townElement);
  ref.current = townElement;
  const find = useCallback((id: string) => ref.current(id), []);
  useEffect(() => {
    window.__bench = { map, townElement: find };
  }, [map, find]);
  return null;
}

createRoot(document.getElementById('root')!).render(<App />);
