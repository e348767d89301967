import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { nearbyPlaces } from '../../src/geo/nearby';
import { expectedOutput, fixturePairs, truncate } from './fixture-files';

type Props = { id: string; origin?: boolean; radiusKm?: number };

describe('nearbyPlaces', () => {
  for (const { name, input, outFile } of fixturePairs<FeatureCollection<Point, Props>>('nearby', '.json')) {
    it(`fixture ${name}`, () => {
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
