import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { incidentsToCSV, incidentsToGeoJSON } from '../../src/data/export';
import { loadAtlas, type Atlas } from '../../src/data/load';
import { downloadYears, writeIncidentDownloads } from '../../src/data/downloads';
import { FIXTURE_DIR } from './fixtures';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function written(atlas: Atlas) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-downloads-'));
  temps.push(dir);
  const names = await writeIncidentDownloads(atlas, dir);
  return { names, read: (name: string) => readFileSync(path.join(dir, name), 'utf8'), files: readdirSync(dir).sort() };
}

/** The fixture atlas with its incidents repeated to `n`, ids made unique, still newest first. */
function grown(atlas: Atlas, n: number): Atlas {
  const incidents = Array.from({ length: n }, (_, i) => {
    const base = atlas.incidents[i % atlas.incidents.length];
    const year = 2025 - Math.floor((i * 4) / n);
    return { ...base, id: `${base.id}-${String(i).padStart(5, '0')}`, date: `${year}${base.date.slice(4)}` };
  });
  incidents.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : 1));
  return { ...atlas, incidents };
}

describe('writeIncidentDownloads', () => {
  const atlas = loadAtlas(FIXTURE_DIR);

  it('writes the whole GeoJSON and CSV, and a pair per year, linked by the years of the data', async () => {
    const { names, files } = await written(atlas);
    expect(downloadYears(atlas)).toEqual(['2024', '2025']);
    expect(names).toEqual(['incidents-2024.csv', 'incidents-2024.geojson', 'incidents-2025.csv', 'incidents-2025.geojson', 'incidents.csv', 'incidents.geojson']);
    expect(files).toEqual(names);
  });

  it('streams, across many chunks, exactly what the whole-atlas export gives', async () => {
    const big = grown(atlas, 4500);
    const { read } = await written(big);
    const geojson = JSON.parse(read('incidents.geojson'));
    expect(geojson).toEqual(JSON.parse(JSON.stringify(incidentsToGeoJSON(big))));
    expect(read('incidents.csv')).toBe(incidentsToCSV(big));
  });

  it('writes valid RFC 7946 per year: a FeatureCollection of that year’s incidents, newest first, no crs', async () => {
    const big = grown(atlas, 4500);
    const { read } = await written(big);
    let total = 0;
    for (const year of downloadYears(big)) {
      const collection = JSON.parse(read(`incidents-${year}.geojson`));
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.crs).toBeUndefined();
      const expected = big.incidents.filter((i) => i.date.startsWith(year)).map((i) => i.id);
      expect(collection.features.map((f: { id: string }) => f.id)).toEqual(expected);
      for (const feature of collection.features) {
        expect(feature.type).toBe('Feature');
        expect(feature.properties.date.startsWith(year)).toBe(true);
        if (feature.geometry) expect(['Point', 'MultiPoint']).toContain(feature.geometry.type);
      }
      const csv = read(`incidents-${year}.csv`).split('\r\n');
      expect(csv[0]).toBe(incidentsToCSV({ ...big, incidents: [] }).trim());
      expect(csv.filter((line) => line !== '').length - 1).toBe(expected.length);
      total += expected.length;
    }
    expect(total).toBe(big.incidents.length);
  });

  it('writes valid empty files for an atlas without incidents', async () => {
    const { read, names } = await written({ ...atlas, incidents: [] });
    expect(names).toEqual(['incidents.csv', 'incidents.geojson']);
    expect(JSON.parse(read('incidents.geojson'))).toEqual({ type: 'FeatureCollection', features: [] });
    expect(read('incidents.csv')).toBe(incidentsToCSV({ ...atlas, incidents: [] }));
  });
});
