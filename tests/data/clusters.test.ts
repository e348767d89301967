import { describe, expect, it } from 'vitest';
import { CLUSTER_MIN_PLACES, mapLayers } from '../../src/data/clusters';
import type { PlaceOnMap } from '../../src/data/place-on-map';
import type { PlaceKind } from '../../src/data/vocabulary';

function onMap(index: number, kind: PlaceKind, point: [number, number], typeCounts = [1, 0, 0, 0, 0]): PlaceOnMap {
  const incidentCount = typeCounts.reduce((a, b) => a + b, 0);
  return {
    index,
    place: { id: `p${index}`, name: `Place ${index}`, aliases: [], kind, point },
    typeCounts,
    summary: { status: 'struck', statuses: ['struck'], incidentCount, killed: 0, injured: 0, killedAtLeast: false, injuredAtLeast: false, latestDate: '2025-01-01' },
  };
}

/** `n` towns on a grid 0.01° apart around Kharkiv: close enough to cluster at country zoom. */
function towns(n: number, from = 0): PlaceOnMap[] {
  return Array.from({ length: n }, (_, i) => onMap(from + i, 'town', [36 + (i % 40) * 0.01, 50 + Math.floor(i / 40) * 0.01]));
}

describe('mapLayers', () => {
  it('draws every place on its own while the towns are few', () => {
    const places = [...towns(CLUSTER_MIN_PLACES), onMap(9000, 'region', [37.8, 48])];
    const layers = mapLayers(places);
    expect(layers.clusters).toBeNull();
    expect(layers.always).toEqual(places);
  });

  it('clusters the towns once there are more than CLUSTER_MIN_PLACES, and draws areas on their own', () => {
    const region = onMap(9000, 'region', [37.8, 48]);
    const sea = onMap(9001, 'sea-area', [35, 45]);
    const places = [...towns(CLUSTER_MIN_PLACES + 1), region, sea];
    const layers = mapLayers(places);
    expect(layers.always).toEqual([region, sea]);
    expect(layers.clusters).not.toBeNull();
    // At country zoom the grid is one cluster holding every town and its incidents.
    const items = layers.clusters!.itemsIn([-180, -85, 180, 85], 5);
    expect(items).toHaveLength(1);
    const [cluster] = items;
    expect(cluster.kind).toBe('cluster');
    if (cluster.kind !== 'cluster') return;
    expect(cluster.sums.places).toBe(CLUSTER_MIN_PLACES + 1);
    expect(cluster.sums.types).toEqual([CLUSTER_MIN_PLACES + 1, 0, 0, 0, 0]);
    // Zoomed in far enough, every town is its own item again.
    expect(layers.clusters!.itemsIn([-180, -85, 180, 85], 16).every((item) => item.kind === 'place')).toBe(true);
  });
});
