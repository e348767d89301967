import { describe, expect, it } from 'vitest';
import {
  acledEventType,
  CSV_COLUMNS,
  csvCell,
  gazetteerToGeoJSON,
  incidentsToCSV,
  incidentsToGeoJSON,
} from '../../src/data/export';
import { loadAtlas, validateAtlas, type Atlas } from '../../src/data/load';
import { GAZETTEER_FILE, gazetteerFixture, otherReportFixture, OTHER_FILE, REPORT_FILE, reportFixture, SEED_DIR } from './fixtures';

function fixtureAtlas(change: (report: any[]) => void = () => {}): Atlas {
  const report = reportFixture();
  change(report);
  const { atlas, errors } = validateAtlas({
    gazetteerFile: GAZETTEER_FILE,
    gazetteer: gazetteerFixture(),
    incidentFiles: [
      { file: REPORT_FILE, data: report },
      { file: OTHER_FILE, data: otherReportFixture() },
    ],
  });
  if (!atlas) throw new Error(errors.join('\n'));
  return atlas;
}

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (field += c), i++;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('ACLED mapping', () => {
  it('calls a strike by guided bombs or drones an air/drone strike, and a missile strike shelling/artillery/missile', () => {
    const atlas = fixtureAtlas();
    const strike = atlas.incidents.find((i) => i.type === 'strike')!;
    expect(acledEventType(strike).sub_event_type).toBe('Air/drone strike'); // "warning of guided bombs"
    const missile = { ...strike, summary: 'A missile hit the city.', sources: [{ ...strike.sources[0], quote: 'A missile hit.' }] };
    expect(acledEventType(missile).sub_event_type).toBe('Shelling/artillery/missile attack');
  });
});

describe('source urls in the downloads', () => {
  // An atlas that skipped validation (a hand-built one, or a future fast loader with a gap):
  // the downloads must still not hand a reader a link that runs code.
  const hostile = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', '/relative/path'];
  function atlasWithUrls(): Atlas {
    const atlas = fixtureAtlas();
    const [first, ...rest] = atlas.incidents;
    const sources = [
      ...hostile.map((url) => ({ ...first.sources[0], url })),
      { ...first.sources[0], url: 'https://example.org/ok' },
    ];
    return { ...atlas, incidents: [{ ...first, sources }, ...rest] };
  }

  it('drops every url that is not http(s) from the GeoJSON and keeps the rest of the source', () => {
    const atlas = atlasWithUrls();
    const feature = incidentsToGeoJSON(atlas).features[0];
    const urls = feature.properties.sources.map((s) => s.url);
    expect(urls).toEqual([undefined, undefined, undefined, undefined, 'https://example.org/ok']);
    expect(feature.properties.sources.every((s) => s.quote === atlas.incidents[0].sources[0].quote)).toBe(true);
    const text = JSON.stringify(incidentsToGeoJSON(atlas));
    for (const url of hostile) expect(text).not.toContain(url);
  });

  it('writes only http(s) urls into the CSV source_url column', () => {
    const atlas = atlasWithUrls();
    const rows = parseCsv(incidentsToCSV(atlas));
    const column = CSV_COLUMNS.indexOf('source_url');
    expect(rows[1][column]).toBe('https://example.org/ok');
  });
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });

  it('defuses spreadsheet formulas in text but leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(-8.62306)).toBe('-8.62306');
  });
});

describe('incidentsToCSV', () => {
  it('writes a header and one CRLF-terminated row per incident, ACLED-style', () => {
    const atlas = fixtureAtlas();
    const rows = parseCsv(incidentsToCSV(atlas));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(atlas.incidents.length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);

    const record = (id: string) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows.find((r) => r[0] === id)![i]]));
    expect(record('zaporizhzhia-strike-2025-11-20')).toMatchObject({
      event_date: '2025-11-20',
      year: '2025',
      time_precision: '1',
      event_type: 'Explosions/Remote violence',
      atlas_type: 'strike',
      country: 'Ukraine',
      admin1: 'Zaporizhzhia Oblast',
      location: 'Zaporizhzhia',
      latitude: '47.82289',
      longitude: '35.19031',
      geo_precision: '1',
      fatalities: '5',
      injuries: '3',
      source: 'Test Wire',
      source_url: 'https://example.org/live',
    });
    expect(record('limerick-yantar-2024')).toMatchObject({ time_precision: '3', latitude: '52.3', longitude: '-9.9', geo_precision: '2', country: 'Ireland' });
    expect(record('putin-command-post-2025-11-20')).toMatchObject({ latitude: '', longitude: '', location: '', geo_precision: '' });
    expect(record('kupiansk-claim-2025-11-20').actor_claims).toContain('UA denies (General Staff of Ukraine): Kupiansk is under the control');
    expect(record('zaporizhzhia-strike-2025-11-20').notes).toContain('"A Russian attack on Zaporizhzhia killed five people and injured three."');
  });

  it('keeps hostile text as inert text', () => {
    const atlas = fixtureAtlas((report) => {
      report[1].title = '=cmd|" /C calc"!A0';
      report[1].summary = '+SUM(1,2)\r\n"quoted", with comma';
      report[1].sources[0].outlet = '@evil';
      report[1].claims = [{ party: 'UA', by: '-officials', stance: 'asserts', subject: 'attack', statement: 'x' }];
    });
    const rows = parseCsv(incidentsToCSV(atlas));
    const row = rows.find((r) => r[0] === 'zaporizhzhia-strike-2025-11-20')!;
    const cell = (c: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(c)];
    expect(cell('notes').startsWith("'+SUM(1,2)\r\n\"quoted\", with comma")).toBe(true);
    expect(cell('source')).toBe("'@evil; Test Wire");
    expect(cell('actor_claims')).toBe('UA asserts (-officials): x'); // starts with the party code, so never a formula
    // Only plain numbers (a western longitude) may begin with "-".
    for (const r of rows) for (const c of r) if (!/^-?\d+(\.\d+)?$/.test(c)) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});

function expectValidGeoJSON(fc: any): void {
  expect(fc.type).toBe('FeatureCollection');
  expect(Array.isArray(fc.features)).toBe(true);
  expect(fc).not.toHaveProperty('crs');
  const position = (p: unknown) => {
    expect(Array.isArray(p) && p.length === 2).toBe(true);
    const [lon, lat] = p as number[];
    expect(lon).toBeGreaterThanOrEqual(-180);
    expect(lon).toBeLessThanOrEqual(180);
    expect(lat).toBeGreaterThanOrEqual(-90);
    expect(lat).toBeLessThanOrEqual(90);
    expect(Math.round(lon * 1e6) / 1e6).toBe(lon);
  };
  for (const f of fc.features) {
    expect(f.type).toBe('Feature');
    expect(f).toHaveProperty('properties');
    expect(f).toHaveProperty('geometry');
    if (f.id !== undefined) expect(['string', 'number']).toContain(typeof f.id);
    const g = f.geometry;
    if (g === null) continue;
    switch (g.type) {
      case 'Point':
        position(g.coordinates);
        break;
      case 'MultiPoint':
      case 'LineString':
        g.coordinates.forEach(position);
        break;
      case 'MultiLineString':
      case 'Polygon':
        g.coordinates.flat().forEach(position);
        if (g.type === 'Polygon') for (const ring of g.coordinates) expect(ring[0]).toEqual(ring[ring.length - 1]);
        break;
      case 'MultiPolygon':
        g.coordinates.flat(2).forEach(position);
        break;
      default:
        throw new Error(`not an RFC 7946 geometry: ${g.type}`);
    }
  }
}

describe('incidentsToGeoJSON', () => {
  const atlas = fixtureAtlas();
  const fc = incidentsToGeoJSON(atlas);
  const feature = (id: string) => fc.features.find((f) => f.id === id)!;

  it('is a valid RFC 7946 FeatureCollection with one feature per incident', () => {
    expectValidGeoJSON(fc);
    expect(fc.features.map((f) => f.id)).toEqual(atlas.incidents.map((i) => i.id));
    expectValidGeoJSON(JSON.parse(JSON.stringify(fc)));
  });

  it('places each incident at its place, its own "near" point, several places, or nowhere', () => {
    expect(feature('zaporizhzhia-strike-2025-11-20').geometry).toEqual({ type: 'Point', coordinates: [35.19031, 47.82289] });
    expect(feature('limerick-yantar-2024').geometry).toEqual({ type: 'Point', coordinates: [-9.9, 52.3] });
    expect(feature('putin-command-post-2025-11-20').geometry).toBeNull();
    const plan = feature('donbas-plan-2025-11-21').geometry as any;
    expect(plan.type).toBe('MultiPoint');
    expect(plan.coordinates).toHaveLength(2);
  });

  it('carries flat, useful properties', () => {
    expect(feature('zaporizhzhia-strike-2025-11-20').properties).toMatchObject({
      id: 'zaporizhzhia-strike-2025-11-20',
      type: 'strike',
      typeLabel: 'Strike',
      date: '2025-11-20',
      datePrecision: 'day',
      placeIds: ['zaporizhzhia'],
      placeNames: ['Zaporizhzhia'],
      geoPrecision: 'exact',
      killed: '5',
      injured: '3',
      killedMin: 5,
      injuredMin: 3,
    });
    expect(feature('putin-command-post-2025-11-20').properties).toMatchObject({ geoPrecision: null, killed: null, killedMin: 0 });
  });

  it('writes the gazetteer as stored', () => {
    const g = gazetteerToGeoJSON(atlas);
    expectValidGeoJSON(g);
    expect(g.features).toBe(atlas.places);
  });
});

describe('exports of the seed report (frozen fixture: regions, rivers, sea areas, unlocated events)', () => {
  it('are valid GeoJSON and parseable CSV', () => {
    const atlas = loadAtlas(SEED_DIR);
    expectValidGeoJSON(incidentsToGeoJSON(atlas));
    expectValidGeoJSON(gazetteerToGeoJSON(atlas));
    expect(parseCsv(incidentsToCSV(atlas))).toHaveLength(atlas.incidents.length + 1);
  });
});
