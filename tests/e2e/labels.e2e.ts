/**
 * Town names on a crowded map, after a filter: a 1,000-incident synthetic archive whose towns
 * are clustered until "Strike" leaves fewer than CLUSTER_MIN_PLACES of them, so one click draws a
 * few hundred named towns at once. Names must not cover each other, a name hidden must have
 * given way to something, contested towns keep theirs before others, and placing the names must
 * not read the page's layout marker by marker (that made this filter slow; the benchmark,
 * `npm run bench`, has the times).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { synthesize, writeArchive } from '../../scripts/synth';
import { CLUSTER_MIN_PLACES } from '../../src/data/clusters';
import { SETTLEMENT_KINDS } from '../../src/data/vocabulary';
import { STATUS_PRIORITY } from '../../src/data/status';
import { serveStatic } from './static-server';
import { artifactPath, launchBrowser, openOfflinePage } from './browser';

const INCIDENTS = 1_000;
const PLACES = path.join(__dirname, '..', 'fixtures', 'synth-input', 'places.geojson');

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-labels-e2e-'));
let browser: Browser;
let baseURL: string;
let closeServer: () => Promise<void>;
let towns: { all: number; strikes: number };

/** Counts calls of the layout-reading box getters, before any page script runs. */
const COUNT_LAYOUT_READS = `(() => {
  window.__layoutReads = 0;
  const proto = Element.prototype;
  for (const name of ['getBoundingClientRect', 'getClientRects']) {
    const real = proto[name];
    proto[name] = function (...args) { window.__layoutReads++; return real.apply(this, args); };
    // The test's own measuring is not counted.
    proto['__uncounted_' + name] = real;
  }
})();`;

beforeAll(async () => {
  const archive = synthesize({ incidents: INCIDENTS, seed: '1', placesFile: PLACES });
  const settlements = new Set(
    archive.gazetteer.features.filter((f) => (SETTLEMENT_KINDS as readonly string[]).includes(f.properties.kind)).map((f) => f.properties.id),
  );
  const incidents = [...archive.months.values()].flat();
  const townsOf = (list: typeof incidents) => new Set(list.flatMap((i) => i.placeIds).filter((id) => settlements.has(id))).size;
  towns = { all: townsOf(incidents), strikes: townsOf(incidents.filter((i) => i.type === 'strike')) };
  const dataDir = path.join(scratch, 'data');
  writeArchive(archive, dataDir);
  const outDir = path.join(scratch, 'site');
  // vitest sets NODE_ENV=test, which would build React's development bundle.
  await promisify(execFile)('npm', ['run', '-s', 'build', '--', '--silent', '--outDir', outDir], {
    env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const { server, url } = await serveStatic(outDir);
  baseURL = url;
  closeServer = () => new Promise((done) => server.close(() => done()));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
  rmSync(scratch, { recursive: true, force: true });
});

interface Town {
  id: string;
  /** Its index in STATUS_PRIORITY (0 = contested). */
  rank: number;
  marker: Box;
  /** Its name's box (measured even when hidden) and whether it shows. */
  label: Box | null;
  shown: boolean;
}
type Box = { left: number; top: number; right: number; bottom: number };

/** Every town on the map with its marker's and name's boxes (3 px inset, as the map counts them). */
async function townsOnMap(page: import('playwright-core').Page): Promise<Town[]> {
  return page.evaluate((priority) => {
    const measure = (el: Element) => {
      const r = (el as unknown as { __uncounted_getBoundingClientRect: () => DOMRect }).__uncounted_getBoundingClientRect();
      return { left: r.left + 3, right: r.right - 3, top: r.top + 3, bottom: r.bottom - 3 };
    };
    const icons = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-place-id]')];
    return icons.flatMap((icon): Town[] => {
      const label = icon.querySelector<HTMLElement>('.place-marker__label');
      const status = /— ([a-z]+)/.exec(icon.getAttribute('aria-label') ?? '')?.[1] ?? 'mentioned';
      const rank = priority.indexOf(status);
      // An area's marker has no name of its own but still keeps names off it.
      if (!label) return [{ id: icon.dataset.placeId!, rank, marker: measure(icon), label: null, shown: false }];
      const shown = !label.hidden;
      label.hidden = false;
      const box = measure(label);
      label.hidden = !shown;
      return [{ id: icon.dataset.placeId!, rank, marker: measure(icon), label: box, shown }];
    });
  }, STATUS_PRIORITY as string[]);
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Names cover no other name; a hidden name gave way to a place at least as telling; no shown name covers a more telling marker. */
function expectNamesApart(onMap: Town[]): void {
  const shown = onMap.filter((t) => t.shown);
  expect(shown.length).toBeGreaterThan(20);
  expect(shown.length).toBeLessThan(onMap.length);
  for (const a of shown) {
    for (const b of shown) if (a !== b) expect(overlap(a.label!, b.label!), `${a.id}'s name covers ${b.id}'s`).toBe(false);
  }
  for (const town of onMap) {
    if (!town.label) continue;
    const crowdedBy = onMap.filter(
      (other) => other !== town && other.rank <= town.rank && (overlap(town.label!, other.marker) || (other.shown && overlap(town.label!, other.label!))),
    );
    if (!town.shown) expect(crowdedBy.length, `${town.id}'s name was hidden with nothing in its way`).toBeGreaterThan(0);
    for (const other of onMap) {
      if (town.shown && other.rank < town.rank) expect(overlap(town.label, other.marker), `${town.id}'s name covers ${other.id}`).toBe(false);
    }
  }
}

describe(`town names on a ${INCIDENTS.toLocaleString('en')}-incident map`, () => {
  it('the archive clusters its towns, and "Strike" leaves fewer than the clustering threshold (the case under test)', () => {
    expect(towns.all).toBeGreaterThan(CLUSTER_MIN_PLACES);
    expect(towns.strikes).toBeLessThanOrEqual(CLUSTER_MIN_PLACES);
    expect(towns.strikes).toBeGreaterThan(150);
  });

  it('after "Strike" (then "Control claim" too), names cover no other name and give way to more telling places, contested first; no layout read per town', async () => {
    const { page, errors, context } = await openOfflinePage(browser);
    await context.addInitScript({ content: COUNT_LAYOUT_READS });
    await page.goto(`${baseURL}/`);
    await page.getByRole('button', { name: /^[\d,]+ places, [\d,]+ incidents/ }).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    const layoutReads = () => page.evaluate(() => (window as unknown as { __layoutReads: number }).__layoutReads);
    const readsBefore = await layoutReads();
    const chips = page.getByRole('form', { name: 'Filter incidents' });

    await chips.getByRole('button', { name: /^Strikes?\b/ }).click();
    const townMarkers = page.locator('.leaflet-marker-icon[data-place-id]');
    await expect.poll(() => townMarkers.count(), { timeout: 30_000 }).toBeGreaterThan(150);
    await page.waitForTimeout(300);
    const reads = (await layoutReads()) - readsBefore;
    const struck = await townsOnMap(page);
    await page.screenshot({ path: artifactPath('labels-strike-1k.png') });
    // Reading each name's and marker's box was two reads per town: a few hundred here.
    expect(struck.length).toBeGreaterThan(150);
    expect(reads).toBeLessThan(20);
    expectNamesApart(struck);
    // Placed with 2D translates: a 3D transform would make each town a compositor layer of its own.
    const flat = await townMarkers.evaluateAll((icons) => icons.map((icon) => (icon as HTMLElement).style.transform));
    expect(flat.filter((transform) => !/^translate\(/.test(transform))).toEqual([]);

    // With control claims, the contested towns are back, and come first.
    await chips.getByRole('button', { name: /^Control claims?\b/ }).click();
    await page.getByRole('button', { name: / — contested/ }).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    const withClaims = await townsOnMap(page);
    expect(withClaims.filter((t) => t.rank === 0).length).toBeGreaterThan(0);
    expectNamesApart(withClaims);
    expect((await layoutReads()) - readsBefore).toBeLessThan(40);
    expect(errors).toEqual([]);
    await context.close();
  });
});
