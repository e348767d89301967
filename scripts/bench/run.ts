/**
 * `npm run bench -- --json [--sizes 1000,10000] [--impls ours,markercluster] [--skip-build] [--timeout 60] [--repeat 3]`
 *
 * In one run of headless Chromium (Debian's /usr/bin/chromium, every non-loopback request
 * refused), measures this site against a naive one-marker-per-incident react-leaflet map and
 * against Leaflet.markercluster over the same synthetic archive at each size:
 * interactiveMs, filterMs, clickMs and heapMB, defined in ./probe.ts.
 *
 * For each size N it writes (unless --skip-build) `synthetic/N` (npm run synth, seed 1, when
 * missing), the site built from it (`DATA_DIR=synthetic/N npm run build -- --outDir
 * synthetic/bench/N/site`) and the comparison pages' data (`synthetic/bench/N/data.json`).
 * stdout: one JSON line `{"rows":[…]}` with --json; stderr: progress and a table with ratios.
 * A figure is null when its step timed out, the tab crashed or the page lacked what is clicked.
 * With --repeat R each figure is the median of R runs (each in a fresh tab); a run that times
 * out is not repeated. --screenshots saves each page at country zoom (once interactive) and at
 * town zoom with the clicked town's details as synthetic/bench/<N>/<impl>-country.png, -town.png.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

import { synthesize, writeArchive } from '../synth';
import { buildBenchPages, BENCH_PAGES } from './build-pages';
import { compactArchive, type BenchData } from './compact';
import { CLICK, CLOSE_DETAILS, FILTER, FIND_TOWN, FIRST_MARKER, INTERACTIVE, PROBE_INIT } from './probe';
import { jsonLine, table, type BenchRow, type Impl } from './report';
import { serveDirectory } from './serve';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = path.join(ROOT, 'synthetic', 'bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IMPLS: readonly Impl[] = ['ours', 'markercluster', 'naive'];

interface Options {
  json: boolean;
  sizes: number[];
  impls: Impl[];
  skipBuild: boolean;
  timeoutMs: number;
  seed: string;
  repeat: number;
  screenshots: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { json: false, sizes: [1000, 10_000, 50_000, 200_000], impls: [...IMPLS], skipBuild: false, timeoutMs: 60_000, seed: '1', repeat: 1, screenshots: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`bench: ${arg} needs a value`);
      return v;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--screenshots') options.screenshots = true;
    else if (arg === '--sizes') {
      options.sizes = value().split(',').map((s) => Number(s.trim().replace(/_/g, '').replace(/k$/i, '000')));
      if (options.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('bench: --sizes takes whole numbers, e.g. 1000,10000');
    } else if (arg === '--impls') {
      const impls = value().split(',').map((s) => s.trim());
      const unknown = impls.filter((s) => !IMPLS.includes(s as Impl));
      if (unknown.length) throw new Error(`bench: unknown --impls ${unknown.join(', ')} (choose from ${IMPLS.join(', ')})`);
      options.impls = impls as Impl[];
    } else if (arg === '--timeout') options.timeoutMs = Number(value()) * 1000;
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--repeat') {
      options.repeat = Number(value());
      if (!Number.isInteger(options.repeat) || options.repeat < 1) throw new Error('bench: --repeat takes a whole number ≥ 1');
    }
    else throw new Error(`bench: unknown argument ${JSON.stringify(arg)}`);
  }
  return options;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

// ---- preparing each size -----------------------------------------------------------------------

function ensureArchive(n: number, seed: string): string {
  const dir = path.join(ROOT, 'synthetic', String(n));
  const manifest = path.join(dir, 'synth.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { incidents: number; seed: string };
    if (m.incidents === n && m.seed === seed) return dir;
  }
  log(`synthesizing ${n.toLocaleString('en')} incidents → ${path.relative(ROOT, dir)}`);
  writeArchive(synthesize({ incidents: n, seed, placesFile: path.join(ROOT, 'geodata', 'gazetteer.geojson') }), dir);
  return dir;
}

/** Builds the site from `dataDir`; returns wall seconds and the peak memory of the largest process (GNU time). */
function buildSite(dataDir: string, outDir: string, logFile: string): { seconds: number; peakMB: number } {
  const fd = openSync(logFile, 'w');
  const result = spawnSync(
    '/usr/bin/time',
    // `npm run build`, so the benchmark builds the way everyone does (with its heap cap).
    ['-f', 'BENCH_TIME %e %M', 'npm', 'run', '-s', 'build', '--', '--outDir', outDir],
    { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' }, stdio: ['ignore', fd, 'pipe'], maxBuffer: 256 * 1024 * 1024 },
  );
  closeSync(fd);
  const stderr = result.stderr?.toString() ?? '';
  writeFileSync(logFile, stderr, { flag: 'a' });
  if (result.status !== 0) {
    throw new Error(`bench: the site build from ${path.relative(ROOT, dataDir)} failed (log: ${path.relative(ROOT, logFile)}):\n${stderr.split('\n').slice(-15).join('\n')}`);
  }
  const match = /BENCH_TIME ([\d.]+) (\d+)/.exec(stderr);
  return { seconds: match ? Number(match[1]) : NaN, peakMB: match ? Number(match[2]) / 1024 : NaN };
}

interface SizeSetup {
  n: number;
  siteDir: string;
  dataJson: string;
  /** The town clicked: the archive's first contested town. */
  town: { id: string; name: string };
  /** A nearby place the map is centred on first, so the click opens the town cold. */
  neighbour: { id: string; name: string };
}

function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** The nearest place 15–60 km from the town that has incidents of its own. */
function pickNeighbour(data: BenchData, townId: string): { id: string; name: string } {
  const firstPoint = new Map<number, [number, number]>();
  const { place, lat, lon } = data.incidents;
  for (let i = 0; i < place.length; i++) if (lat[i] !== null && !firstPoint.has(place[i])) firstPoint.set(place[i], [lat[i]!, lon[i]!]);
  const townIndex = data.places.id.indexOf(townId);
  const at = firstPoint.get(townIndex);
  let best: { index: number; km: number } | null = null;
  if (at) {
    for (const [index, point] of firstPoint) {
      const km = distanceKm(at, point);
      if (index !== townIndex && km >= 15 && km <= 60 && (!best || km < best.km)) best = { index, km };
    }
  }
  const index = best ? best.index : townIndex;
  return { id: data.places.id[index], name: data.places.name[index] };
}

function prepareSize(n: number, options: Options): SizeSetup {
  const dataDir = ensureArchive(n, options.seed);
  const work = path.join(WORK, String(n));
  mkdirSync(work, { recursive: true });
  const siteDir = path.join(work, 'site');
  const dataJson = path.join(work, 'data.json');
  if (options.impls.includes('ours')) {
    if (!options.skipBuild || !existsSync(path.join(siteDir, 'index.html'))) {
      log(`building the site from ${path.relative(ROOT, dataDir)} …`);
      const built = buildSite(dataDir, siteDir, path.join(work, 'build.log'));
      log(`built ${n.toLocaleString('en')} in ${built.seconds.toFixed(1)} s, peak ${Math.round(built.peakMB)} MB`);
    }
  }
  let data: BenchData;
  if (!options.skipBuild || !existsSync(dataJson)) {
    data = compactArchive(dataDir);
    writeFileSync(dataJson, JSON.stringify(data));
  } else data = JSON.parse(readFileSync(dataJson, 'utf8')) as BenchData;
  const manifest = JSON.parse(readFileSync(path.join(dataDir, 'synth.json'), 'utf8')) as { contested: { id: string; name: string }[]; busiest: { id: string; name: string }[] };
  const town = manifest.contested[0] ?? manifest.busiest[0];
  return { n, siteDir, dataJson, town, neighbour: pickNeighbour(data, town.id) };
}

// ---- measuring ---------------------------------------------------------------------------------

const TIMED_OUT = Symbol('timed out');

async function within<T>(ms: number, work: Promise<T>): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

class StepFailed extends Error {}

async function waitForFirstMarker(page: Page, deadline: number): Promise<void> {
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new StepFailed('no marker before the timeout');
    const at = await within(left, page.evaluate(FIRST_MARKER) as Promise<number | null>);
    if (at === TIMED_OUT) throw new StepFailed('no marker before the timeout');
    if (at !== null) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs `script(arg)` in the page with a deadline; a string result is a failure message. */
async function step(page: Page, what: string, script: string, arg: unknown, timeoutMs: number): Promise<number> {
  const result = await within(timeoutMs, page.evaluate(`(${script})(${JSON.stringify(arg)})`) as Promise<number | string>);
  if (result === TIMED_OUT) throw new StepFailed(`${what}: timed out after ${timeoutMs / 1000} s`);
  if (typeof result === 'string') throw new StepFailed(`${what}: ${result}`);
  return result;
}

async function loadAndSettle(page: Page, url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const loaded = await within(timeoutMs, page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs }));
  if (loaded === TIMED_OUT) throw new StepFailed('the page did not load before the timeout');
  await waitForFirstMarker(page, deadline);
  return step(page, 'interactive', INTERACTIVE, 500, Math.max(1000, deadline - Date.now()));
}

/** Best effort: a page too busy to paint within 10 s gets no screenshot, and its figures stand. */
async function screenshot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: file, timeout: 10_000 }).catch(() => log(`no screenshot ${path.basename(file)}: the page did not paint in 10 s`));
}

async function measure(
  browser: Browser,
  impl: Impl,
  setup: SizeSetup,
  baseUrl: string,
  timeoutMs: number,
  screenshotPrefix: string | null,
): Promise<{ row: BenchRow; note: string | null }> {
  const row: BenchRow = { impl, incidents: setup.n, interactiveMs: null, filterMs: null, clickMs: null, heapMB: null };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    return hostname === '127.0.0.1' ? route.continue() : route.abort('internetdisconnected');
  });
  await context.addInitScript({ content: PROBE_INIT });
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error).split('\n')[0]));
  let note: string | null = null;
  try {
    const cdp = await context.newCDPSession(page);
    row.interactiveMs = await loadAndSettle(page, `${baseUrl}/`, timeoutMs);
    if (screenshotPrefix) await screenshot(page, `${screenshotPrefix}-country.png`);
    row.filterMs = await step(page, 'filter', FILTER, { label: 'Strike', quietMs: 300 }, timeoutMs);
    // Back to every incident (not timed), then the heap of the whole map after a full GC.
    await step(page, 'filter off', FILTER, { label: 'Strike', quietMs: 300 }, timeoutMs);
    const heap = await within(timeoutMs, (async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    })());
    if (heap === TIMED_OUT) throw new StepFailed('heap: timed out');
    row.heapMB = Math.round((heap / 2 ** 20) * 10) / 10;
    // The town cold: centred on a neighbour (the site opens its details for ?place=; close them).
    await loadAndSettle(page, `${baseUrl}/?place=${encodeURIComponent(setup.neighbour.id)}`, timeoutMs);
    const closed = await page.evaluate(`(${CLOSE_DETAILS})()`);
    if (closed) await page.evaluate(`window.__benchProbe.quiet(performance.now(), 300)`);
    await step(page, 'find town', `(a) => { const r = (${FIND_TOWN})(a); return r === 'ok' ? 0 : r; }`, { placeId: setup.town.id, name: setup.town.name }, timeoutMs);
    row.clickMs = await step(page, 'click', CLICK, { name: setup.town.name, quietMs: 300 }, timeoutMs);
    if (screenshotPrefix) await screenshot(page, `${screenshotPrefix}-town.png`);
  } catch (e) {
    note = crashed ? 'the tab crashed' : e instanceof StepFailed ? e.message : `error: ${(e as Error).message.split('\n')[0]}`;
    if (pageErrors.length > 0) note += ` (page error: ${pageErrors[0]})`;
  } finally {
    await within(15_000, context.close());
  }
  for (const key of ['interactiveMs', 'filterMs', 'clickMs'] as const) if (row[key] !== null) row[key] = Math.round(row[key]!);
  return { row, note };
}

function median(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = known.length >> 1;
  return known.length % 2 ? known[mid] : Math.round(((known[mid - 1] + known[mid]) / 2) * 10) / 10;
}

/** Each figure the median of the runs that gave one. */
function medianRow(runs: readonly BenchRow[]): BenchRow {
  return {
    impl: runs[0].impl,
    incidents: runs[0].incidents,
    interactiveMs: median(runs.map((r) => r.interactiveMs)),
    filterMs: median(runs.map((r) => r.filterMs)),
    clickMs: median(runs.map((r) => r.clickMs)),
    heapMB: median(runs.map((r) => r.heapMB)),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const pagesDir = path.join(WORK, 'pages');
  if (!options.skipBuild || BENCH_PAGES.some((p) => !existsSync(path.join(pagesDir, p, 'page.js')))) await buildBenchPages(pagesDir);
  const setups = options.sizes.map((n) => prepareSize(n, options));

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
  });
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  try {
    for (const setup of setups) {
      for (const impl of options.impls) {
        const server =
          impl === 'ours'
            ? await serveDirectory(setup.siteDir)
            : await serveDirectory(path.join(pagesDir, impl), { '/data.json': setup.dataJson });
        try {
          log(`${impl} at ${setup.n.toLocaleString('en')} (click ${setup.town.id}, centred on ${setup.neighbour.id}) …`);
          const runs: BenchRow[] = [];
          let note: string | null = null;
          for (let r = 0; r < options.repeat && note === null; r++) {
            const shots = options.screenshots && r === 0 ? path.join(WORK, String(setup.n), impl) : null;
            const run = await measure(browser, impl, setup, server.url, options.timeoutMs, shots);
            runs.push(run.row);
            note = run.note;
          }
          const row = medianRow(runs);
          rows.push(row);
          if (note) notes.push(`note: ${impl} at ${setup.n.toLocaleString('en')}: ${note}`);
          log(`${impl} at ${setup.n.toLocaleString('en')}: ${JSON.stringify(row)}${note ? ` (${note})` : ''}`);
        } finally {
          await server.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).stdout?.toString().trim();
  process.stderr.write(`\n${table(rows, notes)}\n(commit ${commit}, ${Math.round((Date.now() - started) / 1000)} s; times from navigation start / from the click; see scripts/bench/probe.ts)\n`);
  if (options.json) process.stdout.write(`${jsonLine(rows)}\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
