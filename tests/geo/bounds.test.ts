import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
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
    it(`fixture ${name}: output unchanged from the reviewed out/ file (regression guard)`, () => {
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

  // What is true of each fixture shape, checked with turf (an independent implementation), not
  // against the snapshot the code wrote.
  it('fixture shapes.geojson: bounds as turf computes them, and each point where it belongs', () => {
    const [{ input }] = fixturePairs<FeatureCollection>('bounds', '.json');
    const byName = new Map(input.features.map((f) => [f.properties!.name as string, f]));
    for (const f of input.features) {
      const [west, south, east, north] = turf.bbox(f);
      expect(boundsOfPositions(positionsOf(f.geometry as Geometry)), f.properties!.name).toEqual([
        [south, west],
        [north, east],
      ]);
    }
    const pointOf = (name: string) => representativePoint(byName.get(name)!.geometry as Geometry);

    expect(pointOf('point')).toEqual([37.61517, 49.71055]);

    // A polygon's point is inside it, and out of its hole.
    const holed = byName.get('square with a hole at its centre')!;
    expect(turf.booleanPointInPolygon(pointOf('square with a hole at its centre'), holed as Feature<Polygon>)).toBe(true);
    const hole = turf.polygon([(holed.geometry as Polygon).coordinates[1]]);
    expect(turf.booleanPointInPolygon(pointOf('square with a hole at its centre'), hole)).toBe(false);
    const u = byName.get('U shape: centroid in the notch')! as Feature<Polygon>;
    expect(turf.booleanPointInPolygon(turf.centroid(u), u)).toBe(false); // the case the rule exists for
    expect(turf.booleanPointInPolygon(pointOf('U shape: centroid in the notch'), u)).toBe(true);

    // Two islands: the point is on the larger by area.
    const islands = (byName.get('two islands: the larger wins')!.geometry as MultiPolygon).coordinates.map((c) => turf.polygon(c));
    const larger = islands.reduce((a, b) => (turf.area(a) >= turf.area(b) ? a : b));
    expect(turf.booleanPointInPolygon(pointOf('two islands: the larger wins'), larger)).toBe(true);

    // A river's point lies on the river as drawn (straight segments on the map, hence planar).
    const river = byName.get('river: halfway along')! as Feature<LineString>;
    expect(turf.pointToLineDistance(pointOf('river: halfway along'), river, { units: 'kilometers', method: 'planar' })).toBeLessThan(0.001);
    // Of two reaches, on the longer one as turf measures them.
    const reaches = (byName.get('two reaches: the longer wins')!.geometry as MultiLineString).coordinates.map((c) => turf.lineString(c));
    const longer = reaches.reduce((a, b) => (turf.length(a) >= turf.length(b) ? a : b));
    expect(turf.pointToLineDistance(pointOf('two reaches: the longer wins'), longer, { units: 'kilometers', method: 'planar' })).toBeLessThan(0.001);
  });

  it('finds a point inside every Ukrainian region outline', async () => {
    const { loadUkraineRegions } = await import('../../src/geo/regions');
    for (const region of loadUkraineRegions()) {
      const point = representativePoint(region.geometry as Geometry);
      expect(booleanPointInPolygon(point, region), region.properties.name).toBe(true);
    }
  });
});
