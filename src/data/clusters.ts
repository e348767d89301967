/**
 * Clusters of places (not of incidents): the map has a few thousand places however many
 * incidents there are, so the index is built from the filtered places of each filter in a few
 * milliseconds (src/components/hooks/use-filtered-places.ts keeps the type chips' ones ready), and each cluster carries what it holds — towns, incidents, counts by
 * type, how many towns are contested — summed by supercluster's map/reduce.
 */
import Supercluster from 'supercluster';
import type { PlaceOnMap } from './place-on-map';
import { INCIDENT_TYPES, SETTLEMENT_KINDS, type IncidentType } from './vocabulary';

/** Below this many point places every town is drawn: markers are cheap and names read best. */
export const CLUSTER_MIN_PLACES = 300;
/** From this zoom on, every town is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 9;
const CLUSTER_RADIUS_PX = 56;

export interface ClusterSums {
  places: number;
  incidents: number;
  contested: number;
  killed: number;
  injured: number;
  /** Incidents per type, INCIDENT_TYPES order. */
  types: number[];
}

/**
 * What supercluster carries per point and cluster: plain numbers only. Supercluster starts a
 * cluster from a shallow copy of its first member's properties, so an array in them would be
 * shared with that member and the sums would leak into it.
 */
interface Sums {
  places: number;
  incidents: number;
  contested: number;
  killed: number;
  injured: number;
  t0: number;
  t1: number;
  t2: number;
  t3: number;
  t4: number;
}

// t0 … t4 are the counts of INCIDENT_TYPES in order.
if (INCIDENT_TYPES.length !== 5) throw new Error(`clusters.ts sums five incident types; the vocabulary has ${INCIDENT_TYPES.length}`);

interface PointProps extends Sums {
  /** Index into the `places` the index was built from. */
  item: number;
}

export type ClusterItem =
  | { kind: 'place'; item: PlaceOnMap }
  | { kind: 'cluster'; id: number; lon: number; lat: number; sums: ClusterSums };

export interface PlaceClusters {
  /** What to draw in a view: towns and clusters inside `bbox` ([west, south, east, north]) at `zoom`. */
  itemsIn(bbox: [number, number, number, number], zoom: number): ClusterItem[];
  /** The zoom at which a cluster falls apart into smaller ones or towns. */
  expansionZoom(clusterId: number): number;
}

/** What the map draws for a filter: places always drawn on their own, and the clustered towns. */
export interface MapLayers {
  /** Areas, seas and countries; every place when there are too few towns to cluster. */
  always: PlaceOnMap[];
  /** The towns, clustered; null when they are few enough to draw each one. */
  clusters: PlaceClusters | null;
}

/** Towns are clustered once there are more than CLUSTER_MIN_PLACES; areas, seas and countries never are. */
export function mapLayers(places: PlaceOnMap[]): MapLayers {
  const settlements = places.filter((p) => SETTLEMENT_KINDS.includes(p.place.kind));
  if (settlements.length <= CLUSTER_MIN_PLACES) return { always: places, clusters: null };
  return { always: places.filter((p) => !SETTLEMENT_KINDS.includes(p.place.kind)), clusters: clusterPlaces(settlements) };
}

export function clusterPlaces(places: readonly PlaceOnMap[]): PlaceClusters {
  const index = new Supercluster<PointProps, Sums>({
    radius: CLUSTER_RADIUS_PX,
    // Leaflet's tiles are 256 px: with supercluster's default extent (512) the radius would be half as many screen pixels.
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (p) => ({ places: p.places, incidents: p.incidents, contested: p.contested, killed: p.killed, injured: p.injured, t0: p.t0, t1: p.t1, t2: p.t2, t3: p.t3, t4: p.t4 }),
    reduce: (sum, p) => {
      sum.places += p.places;
      sum.incidents += p.incidents;
      sum.contested += p.contested;
      sum.killed += p.killed;
      sum.injured += p.injured;
      sum.t0 += p.t0;
      sum.t1 += p.t1;
      sum.t2 += p.t2;
      sum.t3 += p.t3;
      sum.t4 += p.t4;
    },
  });
  index.load(
    places.map((p, item) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: p.place.point },
      properties: {
        item,
        places: 1,
        incidents: p.summary.incidentCount,
        contested: p.summary.status === 'contested' ? 1 : 0,
        killed: p.summary.killed,
        injured: p.summary.injured,
        t0: p.typeCounts[0],
        t1: p.typeCounts[1],
        t2: p.typeCounts[2],
        t3: p.typeCounts[3],
        t4: p.typeCounts[4],
      },
    })),
  );
  return {
    itemsIn(bbox, zoom) {
      return index.getClusters(bbox, Math.floor(zoom)).map((feature): ClusterItem => {
        const props = feature.properties as Partial<Supercluster.ClusterProperties> & (PointProps | Sums);
        if (props.cluster) {
          const [lon, lat] = feature.geometry.coordinates;
          const { places: n, incidents, contested, killed, injured, t0, t1, t2, t3, t4 } = props as Sums;
          return { kind: 'cluster', id: props.cluster_id!, lon, lat, sums: { places: n, incidents, contested, killed, injured, types: [t0, t1, t2, t3, t4] } };
        }
        return { kind: 'place', item: places[(props as PointProps).item] };
      });
    },
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
  };
}

/**
 * A cluster's accessible name: what it holds, contested towns first because they must never
 * be hidden. "34 places, 1,250 incidents, 2 contested: 800 strikes, 300 fighting, …".
 */
export function clusterName(sums: ClusterSums): string {
  const parts = [`${plural(sums.places, 'place')}, ${plural(sums.incidents, 'incident')}`];
  if (sums.contested > 0) parts[0] += `, ${sums.contested} contested`;
  const byType = INCIDENT_TYPES.map((t, i) => [t, sums.types[i]] as [IncidentType, number])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${NUMBER.format(n)} ${TYPE_WORD[t]}`);
  return `${parts[0]}: ${byType.join(', ')}. Zoom in`;
}

const TYPE_WORD: Record<IncidentType, string> = {
  strike: 'strike',
  fighting: 'fighting',
  'control-claim': 'control claim',
  diplomacy: 'diplomacy',
  hybrid: 'hybrid',
};

// One formatter for every name: toLocaleString makes a new one per call.
const NUMBER = new Intl.NumberFormat('en');

function plural(n: number, word: string): string {
  return `${NUMBER.format(n)} ${word}${n === 1 ? '' : 's'}`;
}
