/**
 * npm run check:data [-- DIR]   (default $DATA_DIR, else geodata)
 *
 * Checks the curated data with the loader the build uses (src/data/load.ts: schema, ids,
 * cross-references, places inside their country). Prints one line on success; on failure one
 * line per problem, naming file, record and field, on stderr, and exits 1. Tests never read
 * geodata/ (they build from fixture folders); this is what keeps the live data valid.
 */
import { loadAtlas, AtlasError } from '../src/data/load';

function summaryLine(dir: string, atlas: ReturnType<typeof loadAtlas>): string {
  const located = atlas.incidents.filter((i) => i.placeIds.length > 0).length;
  const dates = atlas.incidents.map((i) => i.date);
  const span = dates.length > 0 ? `, ${dates[dates.length - 1]} to ${dates[0]}` : '';
  return (
    `${dir}: valid — ${atlas.places.length} places, ${atlas.incidents.length} incidents ` +
    `(${located} located)${span}`
  );
}

function main(): number {
  const dir = process.argv[2] ?? process.env.DATA_DIR ?? 'geodata';
  try {
    console.log(summaryLine(dir, loadAtlas(dir)));
    return 0;
  } catch (e) {
    if (!(e instanceof AtlasError)) throw e;
    console.error(e.message);
    return 1;
  }
}

process.exitCode = main();
