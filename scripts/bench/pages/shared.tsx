/**
 * What the two comparison pages share with each other and, in shape, with the site: the
 * incident count (`#incident-count`, role status), type chips (buttons named by type, aria-pressed),
 * and a details dialog (heading = the place's name, its newest 100 incidents). Only the map
 * differs between the pages, so the benchmark compares the maps.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { BenchData } from '../compact';

export const TYPE_LABELS = ['Strike', 'Fighting', 'Control claim', 'Diplomacy', 'Hybrid'];
/** The zoom the site opens a town at. */
export const TOWN_ZOOM = 10;
export const DETAILS_LIMIT = 100;

/** What the benchmark harness asks the page for (the site is measured from its DOM instead). */
export interface BenchHooks {
  map: LeafletMap | null;
  /** The element a reader would click to open the place: its marker, or the cluster holding it. */
  townElement: (placeId: string) => HTMLElement | null;
}

declare global {
  interface Window {
    __bench?: BenchHooks;
  }
}

export function useBenchData(): BenchData | null {
  const [data, setData] = useState<BenchData | null>(null);
  useEffect(() => {
    fetch('data.json')
      .then((r) => r.json() as Promise<BenchData>)
      .then(setData);
  }, []);
  return data;
}

/** Indices of incidents whose type is among `types` (all when none is chosen). */
export function filterByTypes(data: BenchData, types: readonly number[]): number[] {
  const out: number[] = [];
  const wanted = new Set(types);
  const t = data.incidents.type;
  for (let i = 0; i < t.length; i++) if (wanted.size === 0 || wanted.has(t[i])) out.push(i);
  return out;
}

/** `?place=<id>`: start centred on that place at town zoom. */
export function placeFromUrl(data: BenchData): number {
  const id = new URLSearchParams(window.location.search).get('place');
  return id === null ? -1 : data.places.id.indexOf(id);
}

/** The first point of a place's incidents (the place itself for all but "near" incidents). */
export function placePoint(data: BenchData, place: number): [number, number] | null {
  const { place: p, lat, lon } = data.incidents;
  for (let i = 0; i < p.length; i++) if (p[i] === place && lat[i] !== null) return [lat[i]!, lon[i]!];
  return null;
}

export function Layout(props: {
  data: BenchData;
  shown: number;
  types: number[];
  onTypes: (types: number[]) => void;
  openPlace: number;
  onClose: () => void;
  map: ReactNode;
}) {
  const { data, shown, types, onTypes, openPlace, onClose, map } = props;
  return (
    <div className="bench">
      <header>
        <p id="incident-count" role="status">
          <strong>{shown}</strong> of {data.total} incidents
        </p>
        <form aria-label="Filter incidents" onSubmit={(e) => e.preventDefault()}>
          {TYPE_LABELS.map((label, type) => (
            <button
              key={label}
              type="button"
              aria-pressed={types.includes(type)}
              onClick={() => onTypes(types.includes(type) ? types.filter((t) => t !== type) : [...types, type])}
            >
              {label}
            </button>
          ))}
        </form>
      </header>
      <main>
        {map}
        {openPlace >= 0 && <Details data={data} place={openPlace} types={types} onClose={onClose} />}
      </main>
    </div>
  );
}

function Details({ data, place, types, onClose }: { data: BenchData; place: number; types: number[]; onClose: () => void }) {
  const rows = useMemo(() => {
    const wanted = new Set(types);
    const out: number[] = [];
    const { place: p, type } = data.incidents;
    for (let i = 0; i < p.length; i++) if (p[i] === place && (wanted.size === 0 || wanted.has(type[i]))) out.push(i);
    return out;
  }, [data, place, types]);
  return (
    <section role="dialog" aria-labelledby="details-heading" className="details">
      <button type="button" aria-label="Close details" onClick={onClose}>
        ×
      </button>
      <h2 id="details-heading">{data.places.name[place]}</h2>
      <p>{rows.length} incidents</p>
      <ol>
        {rows.slice(0, DETAILS_LIMIT).map((i) => (
          <li key={i}>
            {data.incidents.date[i]} {data.incidents.title[i]}
          </li>
        ))}
      </ol>
    </section>
  );
}
