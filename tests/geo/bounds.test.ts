import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection } from 'geojson';
import type { Geometry } from '../../src/data/schema';
import { boundsOfPositions, positionsOf, representativePoint } from '../../src/geo/bounds';
import { expectedOutput, fixturePairs, truncate } from './fixture-files';

describe('boundsOfPositions', () => {
  it('is null for no positions', () => {
    expect(boundsOfPositions([])).toBeNull();
  });

  it('returns Leaflet order [[south, west], [north, east]]', () => {
    const kyiv: [number, number] = [30.5238, 50.45466];
    const kupiansk: [number, number] = [37.61517, 49.71055];
    expect(boundsOfPositions([kyiv, kupiansk])).toEqual([
      [49.71055, 30.5238],
      [50.45466, 37.61517],
    ]);
  });

  it('pads and clamps to the world', () => {
    expect(boundsOfPositions([[10, 20]], 1)).toEqual([
      [19, 9],
      [21, 11],
    ]);
    expect(boundsOfPositions([[179.5, 89.5], [-179.5, -89.5]], 2)).toEqual([
      [-90, -180],
      [90, 180],
    ]);
  });
});

describe('representativePoint', () => {
  for (const { name, input, outFile } of fixturePairs<FeatureCollection>('bounds', '.json')) {
    it(`fixture ${name}`, () => {
      const actual = input.features.map((f) => ({
        name: f.properties!.name,
        point: truncate(representativePoint(f.geometry as Geometry)),
        bounds: boundsOfPositions(positionsOf(f.geometry as Geometry)),
      }));
      expect(actual).toEqual(expectedOutput(outFile, actual));
    });

    it(`fixture ${name}: every polygon's point lies inside it`, () => {
      for (const f of input.features) {
        if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
        expect(booleanPointInPolygon(representativePoint(f.geometry as Geometry), f.geometry), f.properties!.name).toBe(true);
      }
    });
  }

  it('finds a point inside every Ukrainian region outline', async () => {
    const { loadUkraineRegions } = await import('../../src/geo/regions');
    for (const region of loadUkraineRegions()) {
      const point = representativePoint(region.geometry as Geometry);
      expect(booleanPointInPolygon(point, region), region.properties.name).toBe(true);
    }
  });
});
