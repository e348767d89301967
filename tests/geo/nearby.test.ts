import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { NEARBY_KM, nearbyIndex, nearbyPlaces } from '../../src/geo/nearby';
import { expectedOutput, fixturePairs, truncate } from './fixture-files';

type Props = { id: string; origin?: boolean; radiusKm?: number };

describe('nearbyPlaces', () => {
  for (const { name, input, outFile } of fixturePairs<FeatureCollection<Point, Props>>('nearby', '.json')) {
    it(`fixture ${name}: output unchanged from the reviewed out/ file (regression guard)`, () => {
      const originFeature = input.features.find((f) => f.properties.origin)!;
      const candidates = input.features
        .filter((f) => !f.properties.origin)
        .map((f) => ({ id: f.properties.id, coordinates: f.geometry.coordinates as [number, number] }));
      const at = originFeature.geometry.coordinates as [number, number];
      const actual = {
        withId: truncate(nearbyPlaces({ id: originFeature.properties.id, coordinates: at }, candidates, originFeature.properties.radiusKm), 3),
        bare: truncate(nearbyPlaces(at, candidates, originFeature.properties.radiusKm), 3),
      };
      expect(actual).toEqual(expectedOutput(outFile, actual));
    });
  }

  // The fixtures' answers worked out again without turf: the haversine formula on the mean
  // earth radius turf uses (6371.0088 km), and the radius and ordering rules applied by hand.
  for (const { name, input } of fixturePairs<FeatureCollection<Point, Props>>('nearby', '.json')) {
    it(`fixture ${name}: the same places and distances as a hand-written haversine`, () => {
      const origin = input.features.find((f) => f.properties.origin)!;
      const at = origin.geometry.coordinates as [number, number];
      const radius = origin.properties.radiusKm ?? 50;
      const expected = input.features
        .filter((f) => !f.properties.origin && f.properties.id !== origin.properties.id)
        .map((f) => ({ id: f.properties.id, km: haversineKm(at, f.geometry.coordinates as [number, number]) }))
        .filter((c) => c.km <= radius)
        .sort((x, y) => x.km - y.km || (x.id < y.id ? -1 : 1));
      const found = nearbyPlaces({ id: origin.properties.id, coordinates: at }, input.features.filter((f) => !f.properties.origin).map((f) => ({ id: f.properties.id, coordinates: f.geometry.coordinates as [number, number] })), radius);
      expect(found.map((p) => p.id)).toEqual(expected.map((c) => c.id));
      found.forEach((p, i) => expect(p.distanceKm).toBeCloseTo(expected[i].km, 6));
    });
  }

  it('uses the 50 km of NEARBY_KM when no radius is given', () => {
    expect(NEARBY_KM).toBe(50);
    // Along the equator 0.449° ≈ 49.93 km and 0.451° ≈ 50.15 km.
    const found = nearbyPlaces([0, 0], [{ id: 'in', coordinates: [0.449, 0] }, { id: 'out', coordinates: [0.451, 0] }]);
    expect(found.map((p) => p.id)).toEqual(['in']);
  });

  it('orders nearest first and keeps only those within the radius', () => {
    const found = nearbyPlaces([37.61517, 49.71055], [
      { id: 'far', coordinates: [36.25272, 49.98081] }, // Kharkiv, ~100 km
      { id: 'mid', coordinates: [37.62136, 49.3777] }, // Borova, ~37 km
      { id: 'near', coordinates: [37.68821, 49.63096] }, // Kivsharivka, ~10 km
    ]);
    expect(found.map((p) => p.id)).toEqual(['near', 'mid']);
    expect(found[0].distanceKm).toBeGreaterThan(9);
    expect(found[0].distanceKm).toBeLessThan(12);
    expect(nearbyPlaces([37.61517, 49.71055], [{ id: 'far', coordinates: [36.25272, 49.98081] }], 120)).toHaveLength(1);
  });

  it('leaves out the origin itself', () => {
    const kupiansk = { id: 'kupiansk', coordinates: [37.61517, 49.71055] as [number, number] };
    expect(nearbyPlaces(kupiansk, [kupiansk])).toEqual([]);
    expect(nearbyPlaces(kupiansk.coordinates, [kupiansk])).toEqual([]);
  });

  it('is empty for no candidates', () => {
    expect(nearbyPlaces([0, 0], [])).toEqual([]);
  });
});

describe('nearbyIndex', () => {
  it('answers exactly as nearbyPlaces for random places, near the poles and across the antimeridian', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const candidates = Array.from({ length: 3000 }, (_, i) => ({
      id: `p${i}`,
      // Half in a Ukraine-sized box (dense), half anywhere, a few at the edges of the map.
      coordinates: (i % 2 === 0
        ? [30 + random() * 10, 45 + random() * 7]
        : i % 7 === 0
          ? [179.5 - random() * 359 * (i % 3 === 0 ? 0 : 1), 88 - random() * 176 * (i % 5 === 0 ? 0 : 1)]
          : [random() * 360 - 180, random() * 180 - 90]) as [number, number],
    }));
    candidates.push({ id: 'east-edge', coordinates: [179.9, 10] }, { id: 'west-edge', coordinates: [-179.9, 10] });
    const origins = [...candidates.slice(0, 400), { id: 'x', coordinates: [179.95, 10] as [number, number] }];
    for (const radius of [50, 300]) {
      const near = nearbyIndex(candidates, radius);
      for (const origin of origins) {
        expect(near(origin)).toEqual(nearbyPlaces(origin, candidates, radius));
        expect(near(origin.coordinates)).toEqual(nearbyPlaces(origin.coordinates, candidates, radius));
      }
    }
    expect(nearbyIndex(candidates, 50)({ id: 'x', coordinates: [179.95, 10] }).map((p) => p.id)).toEqual(['east-edge', 'west-edge']);
  });
});

function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}
