/**
 * The built site at more than a page of incidents, without a browser: / carries the newest
 * 50 and links the list pages; /incidents/<n>/ and /places/<id>/<n>/ page the rest; the
 * per-place files follow the agreed format; the downloads parse back, whole and per year.
 * One `astro build` over a fixture gazetteer with 250 generated incidents.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../run-command';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'data', 'place-detail');
const TOTAL = 250;
const AT_KUPIANSK = 230;

let dataDir = '';
let outDir = '';
const html = (path: string) => readFileSync(join(outDir, path), 'utf8');
const json = (path: string) => JSON.parse(readFileSync(join(outDir, path), 'utf8'));
/** data-incident-id values in page order. */
const incidentIds = (page: string) => [...page.matchAll(/data-incident-id="([^"]+)"/g)].map((m) => m[1]);

/** 250 incidents, one every third day back from 2025-11-21, 230 of them at Kupiansk, the rest at Kharkiv. */
function incidents() {
  return Array.from({ length: TOTAL }, (_, n) => {
    const date = new Date(Date.UTC(2025, 10, 21) - n * 3 * 864e5).toISOString().slice(0, 10);
    // Two control claims at Kupiansk: Russia claims 30 per cent, then Ukraine denies it.
    const claims =
      n === 7
        ? [{ party: 'RU', by: 'Russian MoD', stance: 'asserts', subject: 'control', holder: 'RU', share: 0.3, statement: '30 per cent is ours.' }]
        : n === 4
          ? [{ party: 'UA', by: 'General Staff', stance: 'denies', subject: 'control', holder: 'RU', statement: 'This is untrue.' }]
          : [];
    return {
      id: `event-${String(n).padStart(3, '0')}`,
      type: claims.length > 0 ? 'control-claim' : n % 5 === 0 ? 'strike' : 'fighting',
      claims,
      date,
      datePrecision: 'day',
      placeIds: [n < AT_KUPIANSK ? 'kupiansk' : 'kharkiv'],
      geoPrecision: 'exact',
      title: `Event ${n}`,
      summary: `Summary of event ${n}.`,
      ...(n % 5 === 0 ? { casualties: { killed: 1 } } : {}),
      sources: [{ outlet: 'Test Wire', title: 'Live blog', published: date, quote: `Quote of event ${n}.` }],
    };
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'atlas-scale-data-'));
  outDir = mkdtempSync(join(tmpdir(), 'atlas-scale-out-'));
  cpSync(join(FIXTURE, 'gazetteer.geojson'), join(dataDir, 'gazetteer.geojson'));
  mkdirSync(join(dataDir, 'incidents'));
  writeFileSync(join(dataDir, 'incidents', 'generated.json'), JSON.stringify(incidents()));
  const build = await runCommand('npx', ['astro', 'build', '--silent', '--outDir', outDir], { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
}, 300_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('the incident list at scale', () => {
  it('/ carries the newest 50 incidents only, keeps the island’s hooks, and links the pages', () => {
    const page = html('index.html');
    expect(incidentIds(page)).toEqual(Array.from({ length: 50 }, (_, n) => `event-${String(n).padStart(3, '0')}`));
    expect(page).not.toContain('Event 50<');
    for (const id of ['incident-count', 'search-slot', 'filters-slot']) expect(page).toContain(`id="${id}"`);
    expect(page).toMatch(/<a href="\/places\/kupiansk\/" data-place-id="kupiansk">/);
    for (const n of [1, 2, 3]) expect(page).toContain(`href="/incidents/${n}/"`);
    expect(page).toContain(`${TOTAL} incidents`);
  });

  it('/ preloads every chunk the map island needs, in <head>, and each exists', () => {
    const page = html('index.html');
    const head = page.slice(0, page.indexOf('</head>'));
    const preloaded = [...head.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    const island = /<astro-island\b[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/.exec(page);
    expect(island).not.toBeNull();
    expect(preloaded).toEqual(expect.arrayContaining([island![1], island![2]]));
    // The wrapper Astro names in component-url is tiny; the map's own chunk is preloaded with it.
    expect(preloaded.length).toBeGreaterThan(3);
    for (const url of preloaded) expect(existsSync(join(outDir, url)), url).toBe(true);
    expect(html('places/kupiansk/index.html')).not.toContain('modulepreload');
  });

  it('/incidents/<n>/ holds 100 a page in order, with newer/older links and a page count', () => {
    expect(incidentIds(html('incidents/1/index.html'))).toHaveLength(100);
    const second = html('incidents/2/index.html');
    expect(incidentIds(second)[0]).toBe('event-100');
    expect(incidentIds(second)).toHaveLength(100);
    expect(second).toContain('Page 2 of 3');
    expect(second).toMatch(/href="\/incidents\/1\/" rel="prev"/);
    expect(second).toMatch(/href="\/incidents\/3\/" rel="next"/);
    const last = html('incidents/3/index.html');
    expect(incidentIds(last)).toHaveLength(50);
    expect(last).not.toContain('rel="next"');
    expect(existsSync(join(outDir, 'incidents', '4'))).toBe(false);
  });
});

describe('places at scale', () => {
  it('/data/places/<id>.json is the PlaceDetail of the place, its pages at /data/places/<id>/<n>.json', () => {
    const detail = json('data/places/kupiansk.json');
    expect(detail).toMatchObject({ id: 'kupiansk', name: 'Kupiansk', kind: 'town', incidentCount: AT_KUPIANSK, pageSize: 100, pages: 3, killed: 46 });
    expect(detail.months[0]).toEqual({ month: '2025-11', count: 7, killed: 2, injured: 0 });
    expect(detail.control).toMatchObject({ standing: 'contested', points: [{ party: 'RU', share: 0.3 }, { party: 'UA', stance: 'denies' }] });
    const pages = [1, 2, 3].map((n) => json(`data/places/kupiansk/${n}.json`));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 30]);
    expect(pages.flat().map((i: { id: string }) => i.id)).toEqual(Array.from({ length: AT_KUPIANSK }, (_, n) => `event-${String(n).padStart(3, '0')}`));
    expect(existsSync(join(outDir, 'data/places/kupiansk/4.json'))).toBe(false);
    // The summary brings the newest ten, so the map opens a town with one request.
    expect(detail.newest.map((i: { id: string }) => i.id)).toEqual(pages[0].slice(0, 10).map((i: { id: string }) => i.id));
    expect(json('data/places/pokrovsk.json')).toMatchObject({ incidentCount: 0, pages: 0 });
    expect(existsSync(join(outDir, 'data/places/pokrovsk'))).toBe(false);
  });

  it('/places/<id>/ shows the summary, the months, the control story and the newest 100, /places/<id>/<n>/ the rest', () => {
    const first = html('places/kupiansk/index.html');
    expect(first).toContain('230 incidents');
    expect(first).toContain('Month by month');
    expect(incidentIds(first)).toHaveLength(100);
    expect(first).toMatch(/href="\/places\/kupiansk\/2\/" rel="next"/);
    expect(first).toContain('Who claims control');
    expect(first).toContain('asserts that Russia holds it (30%): <q>30 per cent is ours.</q>');
    expect(first).toContain('denies that Russia holds it: <q>This is untrue.</q>');
    const third = html('places/kupiansk/3/index.html');
    expect(incidentIds(third)).toEqual(Array.from({ length: 30 }, (_, n) => `event-${200 + n}`));
    expect(third).toContain('Page 3 of 3');
    expect(third).toMatch(/href="\/places\/kupiansk\/2\/" rel="prev"/);
  });

  it('lists a place within 50 km as nearby, and not one further away', () => {
    const kupiansk = html('places/kupiansk/index.html');
    // Kharkiv is ~100 km from Kupiansk: never nearby at 50 km.
    expect(kupiansk).not.toMatch(/Nearby, within 50 km/);
  });
});

describe('downloads at scale', () => {
  it('the whole GeoJSON and CSV, and one of each per year, parse back with every incident once', () => {
    const whole = json('data/incidents.geojson');
    expect(whole.type).toBe('FeatureCollection');
    expect(whole.features).toHaveLength(TOTAL);
    const years = ['2023', '2024', '2025'];
    const perYear = years.map((y) => json(`data/incidents-${y}.geojson`));
    expect(perYear.reduce((n, c) => n + c.features.length, 0)).toBe(TOTAL);
    perYear.forEach((c, i) => c.features.forEach((f: { properties: { date: string } }) => expect(f.properties.date.startsWith(years[i])).toBe(true)));
    const csv = readFileSync(join(outDir, 'data/incidents.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv).toHaveLength(TOTAL + 1);
    expect(html('index.html')).toContain('href="/data/incidents-2024.geojson"');
    expect(html('index.html')).toContain('href="/data/incidents-2023.csv"');
  });
});
