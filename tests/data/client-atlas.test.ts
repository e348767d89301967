import { describe, expect, it } from 'vitest';
import { toClientPlace } from '../../src/data/client-atlas-build';
import type { PlaceFeature } from '../../src/data/schema';

function town(id: string, lonLat: [number, number], admin1: string): PlaceFeature {
  return {
    type: 'Feature',
    properties: { id, name: id, aliases: [], kind: 'town', country: 'UA', admin1 },
    geometry: { type: 'Point', coordinates: lonLat },
  };
}

describe('toClientPlace', () => {
  it('finds the region by point-in-polygon, whatever admin1 says', () => {
    // admin1 deliberately wrong: the region must come from the coordinates.
    expect(toClientPlace(town('kupiansk', [37.61517, 49.71055], 'Wrong Oblast')).region).toBe('Kharkiv Oblast');
    expect(toClientPlace(town('pokrovsk', [37.17585, 48.28198], 'Wrong Oblast')).region).toBe('Donetsk Oblast');
    expect(toClientPlace(town('simferopol', [34.11079, 44.95719], 'Wrong')).region).toBe('Autonomous Republic of Crimea');
  });

  it('has no Ukrainian region for a place outside Ukraine', () => {
    expect(toClientPlace({ ...town('moscow', [37.61556, 55.75222], 'Moscow'), properties: { id: 'moscow', name: 'Moscow', aliases: [], kind: 'city', country: 'RU' } }).region).toBeUndefined();
  });
});
