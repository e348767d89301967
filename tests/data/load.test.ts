import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AtlasError, loadAtlas, parseJsonFile, validateAtlas } from '../../src/data/load';
import { loadCountryIndex } from '../../src/geo/countries';
import {
  FIXTURE_DIR,
  SEED_DIR,
  GAZETTEER_FILE,
  OTHER_FILE,
  REPORT_FILE,
  gazetteerFixture,
  otherReportFixture,
  reportFixture,
} from './fixtures';

const countries = loadCountryIndex();

/** validateAtlas over the fixtures after `change` has broken them. */
function validate(change: (data: { gazetteer: any; report: any[]; other: any[] }) => void = () => {}) {
  const data = { gazetteer: gazetteerFixture(), report: reportFixture(), other: otherReportFixture() };
  change(data);
  return validateAtlas({
    gazetteerFile: GAZETTEER_FILE,
    gazetteer: data.gazetteer,
    incidentFiles: [
      { file: REPORT_FILE, data: data.report },
      { file: OTHER_FILE, data: data.other },
    ],
    countries,
  });
}

const place = (g: any, id: string) => g.features.find((f: any) => f.properties.id === id);

describe('validateAtlas', () => {
  it('builds the atlas from valid data: places by id, incidents newest first, ties by id', () => {
    const { atlas, errors } = validate();
    expect(errors).toEqual([]);
    expect(atlas!.places).toHaveLength(10);
    expect(atlas!.placeById.get('kupiansk')!.properties.name).toBe('Kupiansk');
    expect(atlas!.incidents.map((i) => i.id)).toEqual([
      'donbas-plan-2025-11-21',
      'kupiansk-claim-2025-11-20',
      'pokrovsk-claim-2025-11-20',
      'pokrovsk-fighting-2025-11-20',
      'putin-command-post-2025-11-20',
      'zaporizhzhia-strike-2025-11-20',
      'limerick-yantar-2024',
    ]);
  });

  it('names file, incident and field for an unknown place id, suggesting the id an alias points to', () => {
    const { atlas, errors } = validate(({ report }) => (report[0].placeIds = ['kupyansk']));
    expect(atlas).toBeNull();
    expect(errors).toEqual([
      `${REPORT_FILE}: incident "kupiansk-claim-2025-11-20": placeIds[0] "kupyansk" is not in the gazetteer (did you mean "kupiansk"?)`,
    ]);
  });

  it('names both files for an incident id used twice', () => {
    const { errors } = validate(({ report, other }) => (other[0].id = report[1].id));
    expect(errors).toEqual([
      `${OTHER_FILE}: incident "zaporizhzhia-strike-2025-11-20": duplicate id; ${REPORT_FILE} has it too`,
    ]);
  });

  it('reports a duplicate incident id within one file', () => {
    const { errors } = validate(({ report }) => (report[2].id = report[0].id));
    expect(errors).toEqual([`${REPORT_FILE}: incident "kupiansk-claim-2025-11-20": duplicate id; an earlier record in the same file has it too`]);
  });

  it('reports a duplicate place id with both positions', () => {
    const { errors } = validate(({ gazetteer }) => gazetteer.features.push(structuredClone(place(gazetteer, 'kharkiv'))));
    expect(errors).toEqual([`${GAZETTEER_FILE}: place "kharkiv": duplicate id; features[1] in ${GAZETTEER_FILE} has it too`]);
  });

  it('rejects a Ukrainian city with longitude and latitude swapped', () => {
    const { errors } = validate(({ gazetteer }) => (place(gazetteer, 'kharkiv').geometry.coordinates = [49.98081, 36.25272]));
    expect(errors).toEqual([
      `${GAZETTEER_FILE}: place "kharkiv": geometry.coordinates: [49.98081, 36.25272] is not inside UA — swapped longitude and latitude?`,
    ]);
  });

  it('writes whole-number coordinates as a person would, [48.0, 37.8]', () => {
    const { errors } = validate(({ gazetteer }) => (place(gazetteer, 'kharkiv').geometry.coordinates = [48, 37.8]));
    expect(errors[0]).toContain('geometry.coordinates: [48.0, 37.8] is not inside UA');
  });

  it('rejects a settlement far outside its country without suggesting a swap', () => {
    const { errors } = validate(({ gazetteer }) => (place(gazetteer, 'limerick').geometry.coordinates = [2.35, 48.86]));
    expect(errors).toEqual([
      `${GAZETTEER_FILE}: place "limerick": geometry.coordinates: [2.35, 48.86] is not inside IE (nor within 10 km of its border)`,
    ]);
  });

  it('counts Sevastopol as Ukraine and rejects it declared as Russia', () => {
    expect(validate().errors).toEqual([]);
    const { errors } = validate(({ gazetteer }) => (place(gazetteer, 'sevastopol').properties.country = 'RU'));
    expect(errors[0]).toMatch(/^geodata\/gazetteer\.geojson: place "sevastopol": geometry\.coordinates: \[33\.52134, 44\.60795\] is not inside RU/);
  });

  it('rejects a country code that is not ISO, with the usual mistake explained', () => {
    const { errors } = validate(({ gazetteer }) => (place(gazetteer, 'limerick').properties.country = 'UK'));
    expect(errors).toEqual([`${GAZETTEER_FILE}: place "limerick": properties.country: "UK" is not an ISO 3166-1 alpha-2 code (the United Kingdom is "GB")`]);
  });

  it('rejects an out-of-range latitude', () => {
    const { errors } = validate(({ gazetteer }) => (place(gazetteer, 'kupiansk').geometry.coordinates = [37.61517, 149.71055]));
    expect(errors).toEqual([`${GAZETTEER_FILE}: place "kupiansk": geometry.coordinates[1]: Number must be less than or equal to 90`]);
  });

  it('rejects an empty quote', () => {
    const { errors } = validate(({ report }) => (report[1].sources[0].quote = ' '));
    expect(errors).toEqual([
      `${REPORT_FILE}: incident "zaporizhzhia-strike-2025-11-20": sources[0].quote: must not be empty: every incident cites the exact sentence it came from`,
    ]);
  });

  it('rejects an impossible date', () => {
    const { errors } = validate(({ report }) => (report[1].date = '2025-02-30'));
    expect(errors).toEqual([`${REPORT_FILE}: incident "zaporizhzhia-strike-2025-11-20": date: is not a real calendar date`]);
  });

  it('rejects an unknown place kind by the place id', () => {
    const { errors } = validate(({ gazetteer }) => (place(gazetteer, 'kharkiv').properties.kind = 'metropolis'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^geodata\/gazetteer\.geojson: place "kharkiv": properties\.kind: Invalid enum value\. Expected 'city'/);
  });

  it('uses the record index when a record has no id', () => {
    const { errors } = validate(({ gazetteer, report }) => {
      delete gazetteer.features[2].properties.id;
      delete report[3].id;
    });
    expect(errors).toContain(`${GAZETTEER_FILE}: place at index 2: properties.id: Required`);
    expect(errors).toContain(`${REPORT_FILE}: incident at index 3: id: Required`);
  });

  it('requires settlements to be points', () => {
    const { errors } = validate(({ gazetteer }) => (place(gazetteer, 'kupiansk').geometry = place(gazetteer, 'donbas').geometry));
    expect(errors).toEqual([`${GAZETTEER_FILE}: place "kupiansk": geometry.type: a town is a Point in the gazetteer, got Polygon`]);
  });

  it('rejects a "near" point far from the place it is near (a swapped pair)', () => {
    const { errors } = validate(({ other }) => (other[0].coordinates = [52.3, -9.9]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^geodata\/incidents\/2025-11-22-other\.json: incident "limerick-yantar-2024": coordinates: \[52\.3, -9\.9\] is \d+ km from placeIds\[0\] "limerick", too far for geoPrecision "near" — swapped longitude and latitude\?$/);
  });

  it('collects every problem at once, across files', () => {
    const { atlas, errors } = validate(({ gazetteer, report, other }) => {
      place(gazetteer, 'kharkiv').geometry.coordinates = [49.98081, 36.25272];
      report[0].placeIds = ['kupyansk'];
      report[1].sources[0].quote = '';
      report[1].date = '2025-02-30';
      other[1].id = report[2].id;
    });
    expect(atlas).toBeNull();
    expect(errors).toHaveLength(5);
  });

  it('rejects files of the wrong shape', () => {
    const result = validateAtlas({ gazetteerFile: GAZETTEER_FILE, gazetteer: [], incidentFiles: [{ file: REPORT_FILE, data: {} }] });
    expect(result.errors[0]).toMatch(/^geodata\/gazetteer\.geojson: must be a GeoJSON FeatureCollection/);
    expect(result.errors).toContain(`${REPORT_FILE}: must be a JSON array of incidents`);
  });

  it('skips the country check when no country outlines are given', () => {
    const gazetteer = gazetteerFixture();
    place(gazetteer, 'kharkiv').geometry.coordinates = [49.98081, 36.25272];
    expect(validateAtlas({ gazetteerFile: GAZETTEER_FILE, gazetteer, incidentFiles: [] }).errors).toEqual([]);
  });
});

describe('parseJsonFile', () => {
  it('names the file, line and column of a syntax error', () => {
    const result = parseJsonFile('x.json', '[\n  {\n    "id": "a",\n  }\n]');
    expect('error' in result && result.error).toMatch(/^x\.json: invalid JSON at line 4, column 3: /);
  });

  it('ignores a byte-order mark', () => {
    expect(parseJsonFile('x.json', '\uFEFF[1]')).toEqual({ data: [1] });
  });
});

describe('loadAtlas', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reads a data directory and memoizes the result', () => {
    const atlas = loadAtlas(FIXTURE_DIR);
    expect(atlas.incidents).toHaveLength(7);
    expect(loadAtlas(FIXTURE_DIR)).toBe(atlas);
  });

  it('throws an AtlasError naming the file and position of broken JSON', () => {
    const dir = path.join(process.cwd(), 'tests', 'fixtures', 'data', 'broken-json');
    expect(() => loadAtlas(dir)).toThrow(AtlasError);
    try {
      loadAtlas(dir);
    } catch (e) {
      expect((e as AtlasError).problems).toHaveLength(1);
      expect((e as AtlasError).problems[0]).toMatch(/broken-json\/incidents\/broken\.json: invalid JSON at line 5, column 3: /);
    }
  });

  it('lists every problem one per line in the message, and reloads when a file changes', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-'));
    temps.push(dir);
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    const first = loadAtlas(dir);

    const file = path.join(dir, 'incidents', '2025-11-21-report.json');
    const report = JSON.parse(readFileSync(file, 'utf8'));
    report[0].placeIds = ['kupyansk'];
    report[1].date = '2025-02-30';
    writeFileSync(file, JSON.stringify(report));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));

    let error: AtlasError | undefined;
    try {
      loadAtlas(dir);
    } catch (e) {
      error = e as AtlasError;
    }
    expect(error).toBeInstanceOf(AtlasError);
    expect(error!.message.split('\n')).toEqual([
      '2 problems in the atlas data:',
      `${file}: incident "kupiansk-claim-2025-11-20": placeIds[0] "kupyansk" is not in the gazetteer (did you mean "kupiansk"?)`,
      `${file}: incident "zaporizhzhia-strike-2025-11-20": date: is not a real calendar date`,
    ]);
    expect(first.incidents).toHaveLength(7);
  });

  it('reports a missing gazetteer alone', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-empty-'));
    temps.push(dir);
    expect(() => loadAtlas(dir)).toThrow(/gazetteer\.geojson: cannot read: ENOENT/);
  });

  it('loads the seed report (frozen fixture) with every place id resolved', () => {
    const atlas = loadAtlas(SEED_DIR);
    expect(atlas.places.length).toBeGreaterThan(10);
    expect(atlas.incidents.length).toBeGreaterThan(0);
    for (const incident of atlas.incidents) {
      for (const id of incident.placeIds) expect(atlas.placeById.has(id), `${incident.id} → ${id}`).toBe(true);
    }
  });
});
