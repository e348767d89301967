/**
 * The list of all settlements of Ukraine (src/ingest/settlements.ts): KMU 2010 romanization, the
 * file's reader and its errors, the namesake rules (settleNamesakes), and, through the CLI with
 * the shipped list, villages only it has, a namesake told apart by a nearby town, and one left
 * unresolved with its candidates.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeKey } from '../../src/data/place-keys';
import type { PlaceFeature } from '../../src/data/schema';
import { main } from '../../src/ingest/cli';
import { isUkrainianCyrillic, romanizeUkrainian } from '../../src/ingest/kmu2010';
import { acceptable, pickCandidate, settleNamesakes, type Candidate, type PlaceRecord, type ResolveContext } from '../../src/ingest/resolve';
import { loadSettlements, sameKeys, SETTLEMENT_COLUMNS, settlementIndex } from '../../src/ingest/settlements';
import { buildSettlementList } from '../../scripts/build-settlements';

// Official KMU 2010 forms (the resolution's own examples and Ukraine's place names as the
// government and English-language reports write them).
const KMU: Array<[string, string]> = [
  ['Новогродівка', 'Novohrodivka'], ['Курилівка', 'Kurylivka'], ['Липці', 'Lyptsi'], ['Покровськ', 'Pokrovsk'],
  ['Запоріжжя', 'Zaporizhzhia'], ['Київ', 'Kyiv'], ['Єнакієве', 'Yenakiieve'], ['Згурівка', 'Zghurivka'],
  ["Кам'янець-Подільський", 'Kamianets-Podilskyi'], ['Слов’янськ', 'Sloviansk'], ['Кропивницький', 'Kropyvnytskyi'],
  ['Ясинувата', 'Yasynuvata'], ['Юрій', 'Yurii'], ['Їжакевич', 'Yizhakevych'], ['Кадіївка', 'Kadiivka'],
  ['Ужгород', 'Uzhhorod'], ['Біла Церква', 'Bila Tserkva'], ['Щербухи', 'Shcherbukhy'], ["Мар'їнка", 'Marinka'],
  ['Розгон', 'Rozghon'], ['Побєда', 'Pobieda'], ['Ґорґани', 'Gorgany'], ['Олексій', 'Oleksii'], ['Гайове', 'Haiove'],
  ['Яготин', 'Yahotyn'], ['Стрий', 'Stryi'], ['Знам’янка', 'Znamianka'], ['Харків', 'Kharkiv'], ['Херсон', 'Kherson'],
  ['Миколаїв', 'Mykolaiv'], ['Хмельницький', 'Khmelnytskyi'], ['Чорнобиль', 'Chornobyl'], ['Гуляйполе', 'Huliaipole'],
  ['Вугледар', 'Vuhledar'], ['Часів Яр', 'Chasiv Yar'], ['Івано-Франківськ', 'Ivano-Frankivsk'], ['Луганськ', 'Luhansk'],
  ['Одеса', 'Odesa'], ['Алушта', 'Alushta'], ['Борщагівка', 'Borshchahivka'], ['Житомир', 'Zhytomyr'],
];

describe('KMU 2010 romanization', () => {
  it.each(KMU)('%s → %s', (cyrillic, latin) => {
    expect(romanizeUkrainian(cyrillic)).toBe(latin);
  });

  it('keeps what is not a Ukrainian letter, and writes a word in capitals in capitals', () => {
    expect(romanizeUkrainian('Kupiansk, 12 км')).toBe('Kupiansk, 12 km');
    expect(romanizeUkrainian('ЩАСТЯ')).toBe('SHCHASTIA');
  });

  it('tells Ukrainian Cyrillic from Russian and from Latin', () => {
    expect(isUkrainianCyrillic('Новогродівка')).toBe(true);
    expect(isUkrainianCyrillic('Новогродовка')).toBe(true); // no letter only Russian has
    expect(isUkrainianCyrillic('Объединённое')).toBe(false);
    expect(isUkrainianCyrillic('Novohrodivka')).toBe(false);
  });
});

// ------------------------------------------------------------------ the file and its reader

const HEADER = ['# test rows', SETTLEMENT_COLUMNS.join('\t')];
const row = (fields: string[]) => fields.join('\t');
const LYPTSI = ['702989', 'Lyptsi', '50.20919', '36.42086', '07', 'Kharkiv Raion', 'PPLA3', '4182', 'Липці', 'Lipci,Lipzy', 'liptsi,lipci,lipzi'];
const NOVOHRODIVKA = ['699557', 'Novohrodivka', '48.20052', '37.33883', '05', 'Pokrovsk Raion', 'PPLA3', '14037', 'Новогродівка', 'Novogrodovka', 'novohrodivka,novohrodovka'];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settlements-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeList(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, gzipSync(`${lines.join('\n')}\n`));
  return file;
}

describe('the settlements file', () => {
  it('reads rows into GeoNames-shaped records with raion and Ukrainian name', () => {
    const file = writeList('good.tsv.gz', [...HEADER, row(LYPTSI), row(NOVOHRODIVKA)]);
    const [lyptsi, novohrodivka] = loadSettlements(file);
    expect(lyptsi).toMatchObject({ cityId: 702989, name: 'Lyptsi', country: 'UA', adminCode: '07', raion: 'Kharkiv Raion', uk: 'Липці', population: 4182 });
    expect(lyptsi.loc.coordinates).toEqual([36.42086, 50.20919]);
    expect(novohrodivka.altName).toBe('Novogrodovka');
  });

  it('names the file, the line and the field of a bad row', () => {
    const badCoordinate = writeList('bad-lat.tsv.gz', [...HEADER, row(LYPTSI), row([...NOVOHRODIVKA.slice(0, 2), '148.2', ...NOVOHRODIVKA.slice(3)])]);
    expect(() => loadSettlements(badCoordinate)).toThrow(`${badCoordinate}: line 4: field lat/lon "148.2, 37.33883" is not a coordinate`);
    const short = writeList('short.tsv.gz', [...HEADER, row(LYPTSI.slice(0, 5))]);
    expect(() => loadSettlements(short)).toThrow(`${short}: line 3: 5 fields, expected ${SETTLEMENT_COLUMNS.length}`);
    const badId = writeList('bad-id.tsv.gz', [...HEADER, row(['x1', ...LYPTSI.slice(1)])]);
    expect(() => loadSettlements(badId)).toThrow(`${badId}: line 3: field geonameid "x1" is not a GeoNames id`);
    const noHeader = writeList('no-header.tsv.gz', ['# test', row(LYPTSI)]);
    expect(() => loadSettlements(noHeader)).toThrow(`${noHeader}: line 2: expected the header`);
  });

  it('indexes every name by its key, and recomputes keys built with another placeKey', () => {
    const current = settlementIndex(writeList('keys.tsv.gz', [...HEADER, row(LYPTSI), row(NOVOHRODIVKA)]));
    expect(current.byKey.get(placeKey('Novogrodovka'))).toEqual([1]);
    expect(current.row(1).name).toBe('Novohrodivka');
    const stale = settlementIndex(writeList('stale.tsv.gz', [...HEADER, row([...LYPTSI.slice(0, 10), 'x,y,z'])]));
    expect(stale.byKey.get(placeKey('Lipzy'))).toEqual([0]);
    expect(stale.byKey.has('x')).toBe(false);
  });

  it('ships keys that are what placeKey gives today (else rerun scripts/build-settlements.ts)', () => {
    const stale = loadSettlements().filter((s) => !sameKeys(s));
    expect(stale.map((s) => s.cityId).slice(0, 10)).toEqual([]);
  });
});

// ------------------------------------------------------------------ the build, from a GeoNames dump

/** One line of a GeoNames dump (19 columns). */
function dumpLine(id: number, name: string, alternates: string, lat: number, lon: number, featureClass: string, code: string, admin2: string, population = 0): string {
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '');
  return [id, name, ascii, alternates, lat, lon, featureClass, code, 'UA', '', '07', admin2, '', '', population, '', '100', 'Europe/Kyiv', '2026-07-01'].join('\t');
}

describe('scripts/build-settlements.ts', () => {
  const dump = [
    dumpLine(11, 'Kupiansk Raion', '', 49.7, 37.6, 'A', 'ADM2', '6308'),
    dumpLine(21, 'Putyatintsy', "Putin,Putjatinci,Putyatyn'tse,Путятинці,Путятинцы", 49.37, 24.64, 'P', 'PPL', '6308', 492),
    dumpLine(22, 'Peremoha', 'Peremoga,Pobeda,Pobyeda,Перемога,Побєда', 47.9161, 37.4597, 'P', 'PPL', '6308', 144),
    dumpLine(23, 'Saltivka', 'Салтівка', 50.0, 36.3, 'P', 'PPLX', '6308'),
  ].join('\n');

  it('keeps populated places with raion, Ukrainian name and KMU 2010 name, and leaves out sections of towns', () => {
    const built = buildSettlementList(dump, 'UA.txt');
    expect([built.rows, built.skipped, built.raions]).toEqual([2, 1, 1]);
    const file = writeList('built.tsv.gz', built.text.trimEnd().split('\n'));
    const [putiatyntsi, peremoha] = loadSettlements(file);
    expect(putiatyntsi).toMatchObject({ cityId: 21, name: 'Putiatyntsi', uk: 'Путятинці', raion: 'Kupiansk Raion', population: 492 });
    expect(peremoha.altName.split(',')).toContain('Pobeda');
    for (const s of [putiatyntsi, peremoha]) expect(sameKeys(s), s.name).toBe(true);
  });

  it('drops a Latin alternate name that spells neither the name nor a Cyrillic one ("Putin")', () => {
    const file = writeList('built2.tsv.gz', buildSettlementList(dump, 'UA.txt').text.trimEnd().split('\n'));
    const index = settlementIndex(file);
    expect(index.byKey.has(placeKey('Putin'))).toBe(false);
    expect(index.byKey.get(placeKey("Putyatyn'tse"))).toEqual([0]);
    expect(index.byKey.get(placeKey('Pobieda'))).toEqual([1]);
  });

  it('names the input and the line of a row that is not a GeoNames dump row', () => {
    expect(() => buildSettlementList(`${dump}\n1\tOnly\tfour\tcolumns`, 'UA.txt')).toThrow('UA.txt: line 5 has 4 columns, a GeoNames dump has 19');
  });
});

// ------------------------------------------------------------------ namesakes (pure)

function candidate(id: number, score: number, population: number, point: [number, number]): Candidate {
  const place = { ref: `geonames:${id}`, source: 'geonames', id: `p${id}`, name: 'Kurylivka', kind: 'village', country: 'UA', admin1: 'Kharkiv Oblast', geonamesId: id, population, point, tier: 'settlements' } as PlaceRecord;
  return { place, how: 'exact', score, reasons: [] };
}
const NO_ANCHORS: ResolveContext = { focus: new Map([['UA', 1]]), regionHints: [], anchors: [] };

describe('settleNamesakes', () => {
  it('leaves a clear lead alone', () => {
    const list = [candidate(1, 12, 0, [37.7, 49.66]), candidate(2, 10.9, 0, [34.6, 48.57])];
    expect(settleNamesakes(list, NO_ANCHORS)).toEqual({ candidates: list });
  });

  it('chooses a town among hamlets that score alike', () => {
    const hamlet = candidate(1, 12.2, 644, [37.8, 48.58]);
    const town = candidate(2, 12, 14210, [37.77, 48.86]);
    const result = settleNamesakes([hamlet, town], NO_ANCHORS);
    expect('candidates' in result && result.candidates[0]).toBe(town);
  });

  it('chooses the only namesake near the report’s other places', () => {
    const far = candidate(1, 12.2, 562, [38.81, 47.98]);
    const near = candidate(2, 12, 144, [37.46, 47.92]);
    const marinka: [number, number] = [37.5, 47.94];
    const result = settleNamesakes([far, near], { ...NO_ANCHORS, anchors: [marinka] });
    expect('candidates' in result && result.candidates[0]).toBe(near);
  });

  it('guesses none when nothing tells them apart, and lists them', () => {
    const result = settleNamesakes([candidate(1, 12, 0, [37.7, 49.66]), candidate(2, 11.9, 0, [34.6, 48.57]), candidate(3, 5, 0, [26, 49])], NO_ANCHORS);
    expect('alternatives' in result && result.alternatives).toEqual([
      'Kurylivka (Kharkiv Oblast; 49.66, 37.70)',
      'Kurylivka (Kharkiv Oblast; 48.57, 34.60)',
    ]);
  });
});

describe('a village only the all-Ukraine list has, far from the report', () => {
  it('is not taken 150 km or more from the report’s other places, where another source’s village would be', () => {
    const poltavaVillage = candidate(694122, 8.5, 0, [33.5, 49.6]); // about 200 km from Kharkiv
    const kharkiv: [number, number] = [36.23, 49.99];
    const context = { ...NO_ANCHORS, anchors: [kharkiv] };
    expect(acceptable(poltavaVillage, context)).toMatch(/km from the article's other places: probably a namesake/);
    const fromGeoNames = { ...poltavaVillage, place: { ...poltavaVillage.place, tier: undefined } };
    expect(acceptable(fromGeoNames, context)).toBeUndefined();
    const nearKharkiv = candidate(702989, 8.5, 0, [36.42, 50.21]);
    expect(acceptable(nearKharkiv, context)).toBeUndefined();
  });
});

describe('pickCandidate', () => {
  const kupiansk: [number, number] = [37.61, 49.71];
  const context = { ...NO_ANCHORS, anchors: [kupiansk] };
  // cities500's Pishchane, 600 km away, outscores the list's villages by its population.
  const farTown = (): Candidate => ({ ...candidate(1, 9, 820, [33.0, 45.2]), place: { ...candidate(1, 9, 820, [33.0, 45.2]).place, tier: undefined } });

  it('falls back to the list’s own namesake when the sources above offer only a refused one', () => {
    const near = candidate(2, 8, 0, [37.78, 49.65]);
    const pick = pickCandidate([farTown(), near, candidate(3, 6.5, 0, [39.36, 48.76])], context);
    expect('candidates' in pick && pick.candidates[0]).toBe(near);
  });

  it('leaves the name unresolved when the list’s namesakes are not told apart either', () => {
    const pick = pickCandidate([farTown(), candidate(2, 8, 0, [37.78, 49.65]), candidate(3, 8, 0, [37.83, 49.57])], context);
    expect('unresolved' in pick && pick.alternatives).toHaveLength(2);
  });

  it('refuses as before when the list has no namesake', () => {
    expect(pickCandidate([farTown()], context)).toEqual({ refused: expect.stringMatching(/probably a namesake/) });
  });
});

// ------------------------------------------------------------------ through the CLI, shipped list

/** A frozen gazetteer of its own, so that an editor changing geodata/ breaks no test. */
const DATA_DIR = 'tests/fixtures/data/seed';

interface Draft {
  places: { features: PlaceFeature[] };
  incidents: Array<{ placeIds: string[] }>;
  unresolved: Array<{ name: string; sentence: string; candidates?: string[] }>;
}

async function ingest(name: string, text: string, date = '2024-05-18'): Promise<Draft> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, ` date ${date} Test report\n${text}\n`);
  let out = '';
  let err = '';
  const code = await main([file, '--json', '--data-dir', DATA_DIR], (s) => (out += s), (s) => (err += s));
  expect(code, err).toBe(0);
  return JSON.parse(out) as Draft;
}

const geonamesIds = (d: Draft) => d.places.features.map((f) => f.properties.geonamesId);

describe('villages only the all-Ukraine list has', () => {
  it('resolves a front-line village neither GeoNames list holds (Lyptsi)', async () => {
    const draft = await ingest('lyptsi.txt', 'Russian guided bombs hit the village of Lyptsi on Saturday, killing two people, the governor said.');
    expect(geonamesIds(draft)).toEqual([702989]);
    expect(draft.unresolved.map((u) => u.name)).not.toContain('Lyptsi');
  }, 120_000);

  it('finds a village by its Russian-era spelling (Novogrodovka → Novohrodivka)', async () => {
    const draft = await ingest('novogrodovka.txt', 'Russian missiles struck Novogrodovka on Saturday, injuring three people, officials said.');
    expect(geonamesIds(draft)).toEqual([699557]);
    expect(draft.places.features[0].properties.name).toBe('Novohrodivka');
  }, 120_000);

  it('tells a namesake apart by the town the report names with it (Kurylivka near Kupiansk)', async () => {
    const draft = await ingest('kurylivka-kupiansk.txt', 'Russian troops attacked Kurylivka, a village south of Kupiansk, on Saturday, and shelling of Kupiansk killed one man.');
    expect(geonamesIds(draft)).toContain(703610);
    expect(draft.unresolved.map((u) => u.name)).not.toContain('Kurylivka');
  }, 120_000);

  it('takes, of namesakes nothing else tells apart, the only one near the front that day (Kurylivka by Kupiansk in 2024)', async () => {
    const draft = await ingest('kurylivka-2024.txt', 'Russian shelling hit Kurylivka on Saturday, injuring a woman, officials said.');
    expect(geonamesIds(draft)).toEqual([703610]);
  }, 120_000);

  it('keeps a namesake nothing tells apart in unresolved, with its candidates (before the war, no front to tell them by)', async () => {
    const draft = await ingest('kurylivka.txt', 'Russian shelling hit Kurylivka on Saturday, injuring a woman, officials said.', '2021-05-18');
    expect(draft.places.features).toEqual([]);
    const entry = draft.unresolved.find((u) => u.name === 'Kurylivka');
    expect(entry?.candidates?.length).toBeGreaterThanOrEqual(2);
    expect(entry?.candidates?.join(' ')).toMatch(/Kharkiv Oblast; 49\.66, 37\.70/);
  }, 120_000);

  it('takes no alternate name that is a word of the news for a village (Putin is not Putiatyntsi)', async () => {
    const draft = await ingest('putin.txt', 'Putin said on Saturday that Russian forces had taken Lyptsi.');
    expect(geonamesIds(draft)).not.toContain(696001);
  }, 120_000);
});
