/**
 * npm run ingest -- <report.txt> [--date YYYY-MM-DD] [--source "Outlet"] [--url URL] [--title T] [--json]
 * npm run ingest -- --merge geodata/drafts/<slug>.json
 * (both take --data-dir DIR, default $DATA_DIR or geodata)
 *
 * Without --json the draft goes to <data-dir>/drafts/<slug>.json (atomically, and never over an
 * existing draft: then <slug>-2.json, -3 …); curated data is only ever touched by --merge. The human report (every place decision and why) goes to stderr.
 * Exit codes: 0 done; 2 bad input or usage (one line on stderr naming the file); 1 a crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceFeature } from '../data/schema';
import type { IngestOptions, IngestResult } from './draft';
import { isIsoDate } from '../data/calendar';
import { slugify } from '../data/place-keys';
import { InputError, readReport } from './read';
import { writeAtomicNew } from './write';

export class UsageError extends Error {}

export interface CliArgs {
  file?: string;
  merge?: string;
  json: boolean;
  dataDir: string;
  options: IngestOptions;
}

const USAGE =
  'usage: npm run ingest -- <report.txt> [--date YYYY-MM-DD] [--source "Outlet"] [--url URL] [--title T] [--json] [--data-dir DIR]\n' +
  '       npm run ingest -- --merge <draft.json> [--data-dir DIR]';

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  const args: CliArgs = { json: false, dataDir: env.DATA_DIR || 'geodata', options: {} };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--json':
        args.json = true;
        break;
      case '--date': {
        const date = value(i++, a);
        if (!isIsoDate(date)) {
          throw new UsageError(`--date ${JSON.stringify(date)} is not a real date YYYY-MM-DD`);
        }
        args.options.published = date;
        break;
      }
      case '--source':
        args.options.outlet = value(i++, a).trim();
        break;
      case '--url': {
        const url = value(i++, a);
        try {
          new URL(url);
        } catch {
          throw new UsageError(`--url ${JSON.stringify(url)} is not a URL`);
        }
        args.options.url = url;
        break;
      }
      case '--title':
        args.options.title = value(i++, a).trim();
        break;
      case '--data-dir':
        args.dataDir = value(i++, a);
        break;
      case '--merge':
        args.merge = value(i++, a);
        break;
      case '-h':
      case '--help':
        throw new UsageError(USAGE);
      default:
        if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
        if (args.file) throw new UsageError(`one report at a time (got ${args.file} and ${a})\n${USAGE}`);
        args.file = a;
    }
  }
  if (!args.file && !args.merge) throw new UsageError(USAGE);
  if (args.file && args.merge) throw new UsageError(`either a report or --merge, not both\n${USAGE}`);
  return args;
}

/** The gazetteer features to resolve against; a missing gazetteer means GeoNames only. */
export async function loadGazetteer(dataDir: string): Promise<{ features: PlaceFeature[]; warnings: string[] }> {
  const { placeFeature } = await import('../data/schema');
  const file = path.join(dataDir, 'gazetteer.geojson');
  if (!fs.existsSync(file)) return { features: [], warnings: [`${file}: not found; resolving against GeoNames only`] };
  let raw: { features?: unknown[] };
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { features?: unknown[] };
  } catch (error) {
    throw new InputError(file, `cannot be read as JSON (${(error as Error).message})`);
  }
  const features: PlaceFeature[] = [];
  const warnings: string[] = [];
  (raw.features ?? []).forEach((f, i) => {
    const parsed = placeFeature.safeParse(f);
    if (parsed.success) features.push(parsed.data as PlaceFeature);
    else warnings.push(`${file}: features[${i}] skipped: ${parsed.error.issues[0]?.message}`);
  });
  return { features, warnings };
}

/** The draft file name: `<date>-<outlet>` when the outlet is known, else `<date>-<report name>`. */
export function draftSlug(result: IngestResult, file: string, options: IngestOptions): string {
  const base = options.outlet ? slugify(options.outlet.replace(/^the\s+/i, '')) : slugify(path.basename(file).replace(/\.[^.]*$/, ''));
  return `${result.published}-${base || 'report'}`;
}

/** Today's date (UTC), for a report that gives none. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The draft: places and incidents in the schema of geodata/, and every name not placed, with its sentence. */
export function draftJson(result: IngestResult): string {
  const unresolved = result.unresolved.map((u) => ({
    name: u.name,
    sentence: result.sentences[u.sentence]?.text ?? '',
    ...(u.candidates ? { candidates: u.candidates } : {}),
  }));
  return `${JSON.stringify({ places: result.places, incidents: result.incidents, unresolved }, null, 2)}\n`;
}

/**
 * Runs the CLI; resolves to the exit code. Streams are parameters so tests can run it
 * in-process. The pipeline is imported only once the input has passed its checks, so a bad
 * file is refused at once.
 */
export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`ingest: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (args.merge) {
    const { MergeError, mergeDraft } = await import('./merge');
    try {
      const result = mergeDraft(args.merge, args.dataDir);
      err(
        `merged ${args.merge}: ${result.addedPlaces.length} new places, ${result.addedIncidents.length} new incidents, ` +
          `${result.extendedIncidents.length} existing incidents given new sources or places; ` +
          (result.written.length > 0 ? `wrote ${result.written.join(', ')}\n` : 'nothing changed\n'),
      );
      for (const line of result.foldedIncidents) err(`  same event: ${line}\n`);
      for (const id of result.addedIncidents) err(`  new: ${id}\n`);
      return 0;
    } catch (error) {
      if (error instanceof MergeError) {
        err(`ingest: ${error.problems.join('\n')}\n`);
        return 2;
      }
      throw error;
    }
  }
  const file = args.file as string;
  try {
    const report = readReport(file);
    const options = { ...args.options };
    if (!options.published && !report.published) {
      options.published = today();
      err(`ingest: ${file}: no date line and no --date: dated today, ${options.published}\n`);
    }
    for (const note of report.notes ?? []) err(`ingest: ${file}: ${note}\n`);
    const [{ ingestReport }, { Resolver }, { formatReport }] = await Promise.all([import('./draft'), import('./resolve'), import('./report')]);
    const { features, warnings } = await loadGazetteer(args.dataDir);
    const result = ingestReport(report, new Resolver(features), options);
    for (const w of warnings) err(`warning: ${w}\n`);
    err(formatReport(result, file));
    if (args.json) {
      out(draftJson(result));
      return 0;
    }
    const dir = path.join(args.dataDir, 'drafts');
    fs.mkdirSync(dir, { recursive: true });
    // A draft under review is never replaced: a second report of the same day and outlet
    // gets the next free name.
    const wanted = path.join(dir, `${draftSlug(result, file, options)}.json`);
    const target = writeAtomicNew(wanted, draftJson(result));
    err(target === wanted ? `wrote ${target}\n` : `wrote ${target} (${wanted} exists and was left as it is)\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      err(`ingest: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ingest: crashed: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
