/**
 * The ingest pipeline end to end, in-process: the seed as one regression case (scored against
 * its hand gold, not compared with curated output byte for byte; the rules have tests of their
 * own in rules.test.ts), the
 * small fixtures for datelines, metonyms, relative places, regions, Cyrillic and namesakes,
 * and the draft file written without --json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft as draftSchema, incident as incidentSchema, placeFeature, type Incident, type PlaceFeature } from '../../src/data/schema';
import { main } from '../../src/ingest/cli';
import type { IngestResult } from '../../src/ingest/draft';
import { predictedSites, scoreArticle, summarize, type GoldFile } from '../../src/ingest/evaluate';

const SEED = 'tests/fixtures/seed/000_2a061224c1d895c9.txt';
/** A frozen copy of the seed's curated data, so an editor changing geodata/ breaks no test. */
const SEED_DATA = 'tests/fixtures/data/seed';
const CURATED = `${SEED_DATA}/incidents/2025-11-21-independent.json`;

interface Draft {
  places: { type: string; features: PlaceFeature[] };
  incidents: Incident[];
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

async function ingestJson(file: string, ...extra: string[]): Promise<{ draft: Draft; err: string }> {
  const { code, out, err } = await run([file, '--json', '--data-dir', SEED_DATA, ...extra]);
  expect(code, err).toBe(0);
  return { draft: JSON.parse(out) as Draft, err };
}

const byPlaceType = (incidents: Incident[]) => new Map(incidents.flatMap((i) => i.placeIds.map((p) => [`${p}|${i.type}`, i] as const)));

describe('the seed report', () => {
  let seed: Draft;
  let report: string;
  const curated = (JSON.parse(fs.readFileSync(CURATED, 'utf8')) as Incident[]).filter((i) => i.placeIds.length > 0);

  beforeAll(async () => {
    ({ draft: seed, err: report } = await ingestJson(SEED, '--source', 'The Independent'));
  }, 120_000);

  it('prints one JSON object in the schema of geodata/', () => {
    expect(draftSchema.safeParse(seed).success).toBe(true);
    for (const i of seed.incidents) expect(incidentSchema.safeParse(i).error?.issues).toBeUndefined();
    for (const f of seed.places.features) expect(placeFeature.safeParse(f).error?.issues).toBeUndefined();
  });

  it('finds every gold site of the seed, with its type and figures, and no false site', () => {
    const gold = JSON.parse(fs.readFileSync('tests/fixtures/gold/000_2a061224c1d895c9.gold.json', 'utf8')) as GoldFile;
    const score = scoreArticle(gold, predictedSites(seed as unknown as IngestResult));
    expect(score.missed.map((g) => g.name)).toEqual([]);
    expect(score.falseSites.map((p) => p.incidentId)).toEqual([]);
    expect(summarize([score])).toMatchObject({ typeAccuracy: 1, casualtyAccuracy: 1 });
    // The curated record of the strike told twice is the editor's; the draft agrees on its figures.
    expect(byPlaceType(seed.incidents).get('zaporizhzhia|strike')?.casualties).toEqual(byPlaceType(curated).get('zaporizhzhia|strike')?.casualties);
  });

  it('puts every referenced place, with GeoNames ids and coordinates, in places', () => {
    const ids = new Set(seed.places.features.map((f) => f.properties.id));
    for (const i of seed.incidents) for (const p of i.placeIds) expect(ids.has(p), p).toBe(true);
    const kupiansk = seed.places.features.find((f) => f.properties.id === 'kupiansk');
    expect(kupiansk?.properties.geonamesId).toBe(703656);
    expect(kupiansk?.geometry).toEqual({ type: 'Point', coordinates: [37.61517, 49.71055] });
  });

  it('makes the strike told twice one incident with both quotes', () => {
    const strike = seed.incidents.find((i) => i.id === 'zaporizhzhia-strike-2025-11-20');
    expect(strike?.casualties).toEqual({ killed: 5, injured: 3 });
    expect(strike?.sources.map((s) => s.quote)).toEqual([
      expect.stringContaining('late yesterday killed five people'),
      expect.stringContaining('late on Thursday killed five people'),
    ]);
    expect(strike?.sources[0]).toMatchObject({ outlet: 'The Independent', published: '2025-11-21' });
  });

  it('reads claims, denials and shares', () => {
    const claims = (id: string) => seed.incidents.find((i) => i.id === id)?.claims.map((c) => [c.party, c.stance, c.subject, c.share]);
    expect(claims('kupiansk-control-claim-2025-11-20')).toEqual([
      ['RU', 'asserts', 'control', undefined],
      ['UA', 'denies', 'control', undefined],
    ]);
    expect(claims('pokrovsk-control-claim-2025-11-20')).toContainEqual(['RU', 'asserts', 'control', 0.7]);
    expect(claims('vovchansk-control-claim-2025-11-20')).toContainEqual(['RU', 'asserts', 'control', 0.8]);
  });

  it('dates events against the article date with their precision', () => {
    const date = (id: string) => seed.incidents.find((i) => i.id === id) && [seed.incidents.find((i) => i.id === id)?.date, seed.incidents.find((i) => i.id === id)?.datePrecision];
    expect(date('limerick-hybrid-2024-06-01')).toEqual(['2024-06-01', 'season']);
    expect(date('washington-diplomacy-2025-11-20')).toEqual(['2025-11-20', 'day']);
    expect(date('north-of-scotland-hybrid-2025-11-20')).toEqual(['2025-11-20', 'day']);
  });

  it('makes no site of datelines, metonyms, ships or context', () => {
    const sites = new Set(seed.incidents.flatMap((i) => i.placeIds));
    for (const id of ['moscow', 'belgorod', 'oskil', 'kharkiv-oblast', 'ukraine', 'russia', 'united-states', 'united-kingdom']) expect(sites.has(id), id).toBe(false);
  });

  it('explains every decision on stderr', () => {
    expect(report).toContain('Place decisions:');
    expect(report).toMatch(/"Belgorod" → belgorod: not a site \(vessel\)/);
    expect(report).toMatch(/"Washington" → washington: not a site \(metonym\)/);
    expect(report).toMatch(/"Kupiansk" → kupiansk: EVENT SITE/);
    expect(report).toContain('Unresolved names');
    expect(report).toContain('Doubtful');
  });
});

describe('small reports', () => {
  it('skips datelines and metonyms', async () => {
    const { draft, err } = await ingestJson('tests/fixtures/ingest/datelines-metonyms.txt');
    expect(draft.incidents.map((i) => i.id)).toEqual(['odesa-strike-2024-03-08']);
    expect(draft.incidents[0].casualties).toEqual({ killed: { min: 4 } });
    expect(err).toMatch(/"KYIV" → kyiv: not a site \(dateline\)/);
    expect(err).toMatch(/"Washington" → washington: not a site \(metonym\)/);
  });

  it('resolves relative places, regions, Cyrillic and namesakes, and gives each place its figures', async () => {
    const { draft } = await ingestJson('tests/fixtures/ingest/places.txt');
    const get = (id: string) => draft.incidents.find((i) => i.id === id);
    // "five kilometres west of Donetsk": a point computed from Donetsk, precision near.
    expect(get('donetsk-strike-2024-02-21-near')).toMatchObject({ geoPrecision: 'near', placeIds: ['donetsk'], casualties: { injured: 2 } });
    const [lon, lat] = get('donetsk-strike-2024-02-21-near')?.coordinates ?? [];
    expect(lon).toBeCloseTo(37.735, 2);
    expect(lat).toBeCloseTo(48.023, 2);
    expect(get('sumy-oblast-strike-2024-02-22')).toMatchObject({ geoPrecision: 'region', placeIds: ['sumy-oblast'] });
    expect(get('kupiansk-strike-2024-02-21')?.casualties).toEqual({ killed: 1 });
    expect(get('kharkiv-strike-2024-02-20')?.casualties).toEqual({ killed: 2 });
    expect(get('izium-strike-2024-02-20')?.casualties).toEqual({ injured: 3 });
    expect(get('shevchenkove-strike-2024-02-12')).toMatchObject({ datePrecision: 'week' });
    const shevchenkove = draft.places.features.find((f) => f.properties.id === 'shevchenkove');
    // The Shevchenkove of Odesa oblast (GeoNames has three), chosen by the region named nearby.
    expect(shevchenkove?.properties).toMatchObject({ geonamesId: 694152, admin1: 'Odesa Oblast', country: 'UA' });
    const sumy = draft.places.features.find((f) => f.properties.id === 'sumy-oblast');
    expect(sumy?.properties.kind).toBe('region');
    expect(sumy?.geometry.type).toMatch(/Polygon/);
    expect(get('kupiansk-control-claim-2024-02-21')?.claims.map((c) => [c.party, c.stance, c.share])).toEqual([
      ['RU', 'asserts', 0.7],
      ['UA', 'denies', undefined],
    ]);
  });
});

describe('control claims, speakers, casualty lists and sites with no event', () => {
  let draft: Draft;
  let err: string;
  beforeAll(async () => {
    ({ draft, err } = await ingestJson('tests/fixtures/ingest/claims-casualties.txt', '--source', 'Test Wire'));
  }, 120_000);
  const get = (id: string) => draft.incidents.find((i) => i.id === id);
  const claims = (id: string) => get(id)?.claims.map((c) => ({ party: c.party, by: c.by, stance: c.stance }));

  it('drafts a control claim ("claimed control of Avdeevka")', () => {
    expect(get('avdiivka-control-claim-2025-11-20')).toMatchObject({ type: 'control-claim', placeIds: ['avdiivka'], date: '2025-11-20' });
    expect(claims('avdiivka-control-claim-2025-11-20')).toEqual([{ party: 'RU', by: 'Russia', stance: 'asserts' }]);
  });

  it('does not lend the last speaker to a bare title that is not theirs', () => {
    expect(claims('kharkiv-strike-2025-11-20')).toEqual([{ party: 'RU', by: 'Moscow', stance: 'denies' }]);
    // "…, the governor said" after "Moscow denied …": the governor, of the region's country.
    expect(claims('sumy-oblast-fighting-2025-11-10')).toEqual([{ party: 'UA', by: 'the governor', stance: 'asserts' }]);
  });

  it('counts the people of a list and reads a death toll', () => {
    expect(get('kherson-strike-2025-11-20')?.casualties).toEqual({ killed: 3 });
    expect(get('dnipro-strike-2025-11-20')?.casualties).toEqual({ killed: 12 });
  });

  it('lists an event site whose sentence has no event type under doubtful, with the sentence', () => {
    const doubtful = err.slice(err.indexOf('Doubtful'), err.indexOf('Draft incidents:'));
    expect(doubtful).toContain('"Pavlohrad" (pavlohrad) named as event site but no event type found in the sentence, not drafted: "Trains to Pavlohrad are running on time again');
    expect(draft.incidents.some((i) => i.placeIds.includes('pavlohrad'))).toBe(false);
  });
});

describe('without --json', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-draft-'));
    fs.copyFileSync(`${SEED_DATA}/gazetteer.geojson`, path.join(dir, 'gazetteer.geojson'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the draft under <data-dir>/drafts/ and leaves curated data alone', async () => {
    const before = fs.readFileSync(path.join(dir, 'gazetteer.geojson'), 'utf8');
    const { code, out, err } = await run(['tests/fixtures/ingest/datelines-metonyms.txt', '--source', 'Test Wire', '--data-dir', dir]);
    expect(code, err).toBe(0);
    expect(out).toBe('');
    const file = path.join(dir, 'drafts', '2024-03-08-test-wire.json');
    expect(err).toContain(`wrote ${file}`);
    const written = JSON.parse(fs.readFileSync(file, 'utf8')) as Draft;
    expect(written.incidents.map((i) => i.id)).toEqual(['odesa-strike-2024-03-08']);
    expect(fs.readdirSync(path.join(dir, 'drafts'))).toEqual(['2024-03-08-test-wire.json']);
    expect(fs.readFileSync(path.join(dir, 'gazetteer.geojson'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(dir, 'incidents'))).toBe(false);
  });

  it('never replaces a draft under review: a second report of the same day and outlet gets the next name', async () => {
    const first = path.join(dir, 'drafts', '2024-03-08-test-wire.json');
    if (!fs.existsSync(first)) await run(['tests/fixtures/ingest/datelines-metonyms.txt', '--source', 'Test Wire', '--data-dir', dir]);
    fs.writeFileSync(first, '{"edited": "by an editor"}\n');
    const { code, err } = await run(['tests/fixtures/ingest/datelines-metonyms.txt', '--source', 'Test Wire', '--data-dir', dir]);
    expect(code, err).toBe(0);
    const second = path.join(dir, 'drafts', '2024-03-08-test-wire-2.json');
    expect(err).toContain(`wrote ${second} (${first} exists and was left as it is)`);
    expect(fs.readFileSync(first, 'utf8')).toBe('{"edited": "by an editor"}\n');
    expect((JSON.parse(fs.readFileSync(second, 'utf8')) as Draft).incidents.map((i) => i.id)).toEqual(['odesa-strike-2024-03-08']);
  });
});
