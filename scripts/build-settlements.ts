/**
 * Builds src/ingest/data/ua-settlements.tsv.gz, every populated place of Ukraine, from GeoNames'
 * country dump UA.zip (or the UA.txt inside it; data © GeoNames, CC BY 4.0). See
 * src/ingest/data/SOURCE.md for where the dump comes from and what the file holds.
 *
 * Run: npx tsx scripts/build-settlements.ts path/to/UA.zip   (or path/to/UA.txt)
 *
 * Kept: feature class P except sections of towns, historical, abandoned and destroyed places
 * (PPLX, PPLH, PPLQ, PPLW), as for cities500. Names: the GeoNames name, or the KMU 2010
 * romanization of its Ukrainian name when GeoNames has that name in Cyrillic; aliases: the
 * GeoNames ASCII name and alternate names in Latin letters or Cyrillic, plus the KMU 2010 form of
 * every Ukrainian Cyrillic one — one per lookup key (`placeKey`), so the file stays small. The
 * keys themselves are stored too (name first, then each alias), so ingest need not compute them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path, { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { editDistance, placeKey } from '../src/data/place-keys';
import { isUkrainianCyrillic, romanizeUkrainian } from '../src/ingest/kmu2010';
import { SETTLEMENT_COLUMNS } from '../src/ingest/settlements';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = join(ROOT, 'src', 'ingest', 'data', 'ua-settlements.tsv.gz');

const SKIPPED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
// Latin names a report could use: letters, spaces, hyphens, apostrophes, dots.
const PLAIN_LATIN = /^[A-Za-z][A-Za-z '’ʼ.-]*$/;
const CYRILLIC_NAME = /^[\u0400-\u04FF][\u0400-\u04FF '’ʼ-]*$/;

function readDump(file: string): string {
  if (file.endsWith('.zip')) return execFileSync('unzip', ['-p', file, 'UA.txt'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  return readFileSync(file, 'utf8');
}

function clean(field: string): string {
  // The output is TSV with comma-separated aliases: neither may appear inside a name.
  return field.replace(/[\t\n\r,]+/g, ' ').trim();
}

export interface BuiltList {
  /** The file's text (comment, header, rows), before gzip. */
  text: string;
  rows: number;
  skipped: number;
  raions: number;
}

/** The list's text from the text of a GeoNames country dump; `source` names the input in errors. */
export function buildSettlementList(dump: string, source: string): BuiltList {
  const rows = dump.split('\n').filter(Boolean).map((line) => line.split('\t'));
  const bad = rows.findIndex((cols) => cols.length < 19);
  if (bad !== -1) throw new Error(`${source}: line ${bad + 1} has ${rows[bad].length} columns, a GeoNames dump has 19`);

  // Raion names from the dump's own second-order divisions (ADM2), by "admin1.admin2".
  const raions = new Map<string, string>();
  for (const cols of rows) if (cols[7] === 'ADM2') raions.set(`${cols[10]}.${cols[11]}`, cols[1].replace(/’/g, "'"));

  const out: string[] = [];
  let skipped = 0;
  for (const cols of rows) {
    if (cols[6] !== 'P' || cols[8] !== 'UA') continue;
    if (SKIPPED_CODES.has(cols[7])) {
      skipped += 1;
      continue;
    }
    const [id, geonamesName, asciiName, alternates, lat, lon] = cols;
    if (!/^\d+$/.test(id) || lat === '' || lon === '' || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon))) {
      throw new Error(`${source}: geonameid ${id}: bad id or coordinates (${lat}, ${lon})`);
    }
    const all = [geonamesName, asciiName, ...alternates.split(',')].map(clean).filter((n) => n.length >= 2 && n.length <= 40);
    const ukrainian = all.filter((n) => CYRILLIC_NAME.test(n) && isUkrainianCyrillic(n));
    // The Ukrainian name is the Cyrillic one that romanizes to GeoNames' own name.
    const mainKey = placeKey(geonamesName);
    const uk = ukrainian.find((n) => placeKey(romanizeUkrainian(n)) === mainKey) ?? '';
    const name = uk ? romanizeUkrainian(uk) : clean(geonamesName);
    const keys = new Set([placeKey(name)]);
    const aliases: string[] = [];
    const cyrillic = all.filter((n) => CYRILLIC_NAME.test(n));
    // A Latin alternate name is kept only when it spells the GeoNames name or one of the Cyrillic
    // names: GeoNames also lists Polish, German and historical forms, some of which are words of
    // English news ("Putin" for Putiatyntsi).
    const spelled = [placeKey(geonamesName), ...cyrillic.map(placeKey)];
    const spellsOne = (key: string) => spelled.some((k) => editDistance(k, key) <= Math.max(1, Math.floor(key.length / 4)));
    const candidates = [
      ...all.filter((n) => PLAIN_LATIN.test(n) && spellsOne(placeKey(n))),
      ...ukrainian.map(romanizeUkrainian),
      ...cyrillic,
    ];
    for (const alias of candidates) {
      const key = placeKey(alias);
      if (key.length < 2 || keys.has(key)) continue;
      keys.add(key);
      aliases.push(alias);
    }
    const row: Record<(typeof SETTLEMENT_COLUMNS)[number], string> = {
      geonameid: id,
      name,
      lat: String(Number(lat)),
      lon: String(Number(lon)),
      admin1: cols[10],
      raion: raions.get(`${cols[10]}.${cols[11]}`) ?? '',
      feature: cols[7],
      population: cols[14] === '0' ? '' : cols[14],
      uk,
      aliases: aliases.join(','),
      keys: [...keys].join(','),
    };
    out.push(SETTLEMENT_COLUMNS.map((c) => row[c]).join('\t'));
  }
  const dumpDate = rows.reduce((latest, cols) => (cols[18] > latest ? cols[18] : latest), '');
  const header = [
    `# Populated places of Ukraine from the GeoNames dump UA.zip (modified up to ${dumpDate}); data © GeoNames, CC BY 4.0. Built by scripts/build-settlements.ts; see SOURCE.md.`,
    SETTLEMENT_COLUMNS.join('\t'),
  ];
  return { text: `${[...header, ...out].join('\n')}\n`, rows: out.length, skipped, raions: raions.size };
}

function main(): void {
  const input = process.argv[2];
  if (!input) {
    process.stderr.write('usage: npx tsx scripts/build-settlements.ts <UA.zip | UA.txt>\n');
    process.exit(2);
  }
  const built = buildSettlementList(readDump(input), input);
  const gz = gzipSync(Buffer.from(built.text, 'utf8'), { level: 9 });
  const temporary = `${OUT_FILE}.tmp`;
  writeFileSync(temporary, gz);
  renameSync(temporary, OUT_FILE);
  process.stdout.write(
    `${built.rows} settlements (${built.skipped} sections/historical/abandoned/destroyed left out), ${built.raions} raions; ` +
      `${(built.text.length / 1e6).toFixed(1)} MB of TSV → ${(gz.length / 1e6).toFixed(2)} MB gzip in ${OUT_FILE}\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

