/**
 * The map with more towns than it draws one by one, built from an archive fixture of its own
 * (tests/e2e/fixtures/archive.ts): clusters that say what they hold and open on a click,
 * filters that change their counts, the virtual list, details loaded page by page, and the
 * claim timeline of a contested town.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { details, launchBrowser, marker, openOfflinePage } from './browser';
import { serveStatic } from './static-server';
import { writeArchive, type ArchiveFacts } from './fixtures/archive';
import { CLUSTER_MIN_PLACES } from '../../src/data/clusters';

const work = mkdtempSync(join(tmpdir(), 'atlas-archive-'));
let server: Server;
let baseURL: string;
let browser: Browser;
let facts: ArchiveFacts;

beforeAll(async () => {
  const data = join(work, 'data');
  const out = join(work, 'dist');
  facts = writeArchive(data, { towns: CLUSTER_MIN_PLACES + 100, busyIncidents: 230 });
  execFileSync('npx', ['astro', 'build', '--silent', '--outDir', out], {
    stdio: 'inherit',
    env: { ...process.env, DATA_DIR: data, NODE_ENV: 'production' },
  });
  ({ server, url: baseURL } = await serveStatic(out));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  rmSync(work, { recursive: true, force: true });
});

async function openMap(path = '/') {
  const session = await openOfflinePage(browser);
  await session.page.goto(`${baseURL}${path}`);
  await session.page.locator('.leaflet-marker-icon').first().waitFor();
  return session;
}

const clusters = (page: import('playwright-core').Page) => page.locator('.leaflet-marker-icon[data-cluster]');

describe('an archive with more towns than the map draws one by one', () => {
  it('draws clusters that say what they hold, contested towns first, and counts every incident', async () => {
    const { page, errors, context } = await openMap();
    await expect(page.locator('#incident-count').textContent()).resolves.toBe(`${facts.incidents.toLocaleString('en')} of ${facts.incidents.toLocaleString('en')} incidents`);
    expect(await clusters(page).count()).toBeGreaterThan(0);
    // Far fewer markers than towns: the towns are in clusters.
    expect(await page.locator('.leaflet-marker-icon').count()).toBeLessThan(facts.towns / 2);
    const names = await clusters(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const name of names) expect(name).toMatch(/^\d[\d,]* places, \d[\d,]* incidents(, \d+ contested)?: .*\d+ (strike|fighting|hybrid|control claim).*\. Zoom in$/);
    // Every town is in one cluster or drawn on its own: the clusters' towns add up.
    const towns = names.reduce((sum, name) => sum + Number(name.replace(/,/g, '').split(' ')[0]), 0);
    const single = await page.locator('.leaflet-marker-icon[data-place-id]').count();
    expect(towns + single).toBe(facts.towns);
    // The contested town's cluster says so, and shows a badge.
    expect(names.some((n) => / 1 contested:/.test(n))).toBe(true);
    await expect(page.locator('.cluster-marker__contested').first().textContent()).resolves.toBe('1');
    await page.screenshot({ path: 'test-results/archive-clusters.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a click on a cluster zooms in and splits it', async () => {
    const { page, context } = await openMap();
    const zoomBefore = await page.evaluate(() => document.querySelector('.leaflet-proxy')?.getAttribute('style') ?? '');
    const biggest = await clusters(page).evaluateAll((els) => {
      let best = 0;
      els.forEach((e, i) => {
        if (Number(e.getAttribute('data-cluster')) > Number(els[best].getAttribute('data-cluster'))) best = i;
      });
      return best;
    });
    const before = Number(await clusters(page).nth(biggest).getAttribute('data-cluster'));
    await clusters(page).nth(biggest).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('.leaflet-proxy')?.getAttribute('style') ?? '')).not.toBe(zoomBefore);
    await page.waitForTimeout(500);
    const after = await clusters(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-cluster'))));
    expect(Math.max(0, ...after)).toBeLessThan(before);
    await context.close();
  });

  it('a filter changes the count, the clusters and the list', async () => {
    const { page, context } = await openMap();
    const totalBefore = await clusters(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join('|'));
    await page.getByRole('button', { name: /^Hybrid/ }).click();
    await expect.poll(() => page.locator('#incident-count').textContent(), { timeout: 10_000 }).toMatch(/^\d+ of /);
    const shown = Number((await page.locator('#incident-count strong').textContent())!.replace(/,/g, ''));
    expect(shown).toBeLessThan(facts.incidents);
    expect(shown).toBeGreaterThan(0);
    await expect.poll(() => clusters(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join('|')), { timeout: 10_000 }).not.toBe(totalBefore);
    const labels = await clusters(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const label of labels) expect(label).not.toMatch(/strike|fighting/);
    await page.locator('.vlist__row').first().waitFor();
    const rows = await page.locator('.vlist__row .type-tag').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set(['Hybrid']));
    await context.close();
  });

  it('the list draws only the rows in view, scrolls to the oldest, and a row opens its town', async () => {
    const { page, context } = await openMap();
    const list = page.locator('.vlist');
    // The list's code loads after the map's.
    await page.locator('.vlist__row').first().waitFor();
    const drawn = await page.locator('.vlist__row').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    await expect(page.locator('.vlist__row').first().getAttribute('aria-setsize')).resolves.toBe(String(facts.incidents));
    await list.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
    await expect.poll(() => page.locator(`.vlist__row[aria-posinset="${facts.incidents}"]`).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('.vlist__row').count()).toBeLessThan(60);
    const link = page.locator('.vlist__row a').first();
    const name = (await link.textContent())!;
    await link.click();
    await details(page).getByRole('heading', { name, exact: true }).waitFor();
    await context.close();
  });

  it("a busy town's details come page by page as the panel scrolls, grouped by month", async () => {
    const { page, errors, context } = await openMap(`/?place=${facts.busy.id}`);
    const panel = details(page);
    await panel.getByRole('heading', { name: facts.busy.name, exact: true }).waitFor();
    await expect(panel.locator('.place-details__count').textContent()).resolves.toMatch(new RegExp(`^${facts.busy.incidents} incidents`));
    // Opened, it draws a few incidents, not its whole first page of 100.
    await panel.locator('.incident').first().waitFor();
    await page.waitForTimeout(500);
    const first = await panel.locator('.incident').count();
    expect(first).toBeGreaterThan(3);
    expect(first).toBeLessThan(30);
    // Each scroll to the end draws more, then asks for the next page; a slow machine may need a few.
    for (let i = 0; i < 40 && (await panel.locator('.incident').count()) < facts.busy.incidents; i++) {
      await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await page.waitForTimeout(500);
    }
    await expect.poll(() => panel.locator('.incident').count(), { timeout: 15_000 }).toBe(facts.busy.incidents);
    expect(await panel.locator('.incident-month').count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a contested town's details draw its claim timeline: shares, the denial, the order", async () => {
    const { page, context } = await openMap(`/?place=${facts.contested.id}`);
    const panel = details(page);
    await panel.getByRole('heading', { name: facts.contested.name, exact: true }).waitFor();
    const timeline = panel.locator('figure.timeline');
    await timeline.waitFor();
    expect(await timeline.locator('circle.timeline__claim').count()).toBe(3);
    expect(await timeline.locator('path.timeline__deny').count()).toBe(2);
    await expect(timeline.locator('figcaption').textContent()).resolves.toMatch(/now contested/);
    const list = await timeline.locator('.timeline__list li:not(.timeline__list-change)').allTextContents();
    expect(list[0]).toMatch(/1 Mar 2024: Russia .* claims 30% of it/);
    expect(list[1]).toMatch(/2 Mar 2024: Ukraine .* denies/);
    expect(list[2]).toMatch(/claims 70% of it/);
    // Heights follow the shares: 70 % is drawn above 30 %.
    const ys = await timeline.locator('circle.timeline__claim').evaluateAll((els) => els.map((e) => Number(e.getAttribute('cy'))));
    expect(ys[1]).toBeLessThan(ys[0]);
    await timeline.screenshot({ path: 'test-results/archive-timeline.png' });
    await context.close();
  });

  it('a town opened with a filter lists only the incidents in it', async () => {
    const { page, context } = await openMap(`/?place=${facts.busy.id}&type=hybrid`);
    const panel = details(page);
    await panel.getByRole('heading', { name: facts.busy.name, exact: true }).waitFor();
    // The one hybrid incident is on a later page: pages load until something passes the filter.
    await expect.poll(() => panel.locator('.incident').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const types = await panel.locator('.incident .type-tag').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Hybrid']));
    await context.close();
  });
});

describe('a town drawn on its own keeps its marker', () => {
  it('zoomed in to town level, towns are named buttons again', async () => {
    const { page, context } = await openMap(`/?place=${facts.contested.id}`);
    await details(page).getByRole('heading', { name: facts.contested.name, exact: true }).waitFor();
    await expect.poll(() => marker(page, facts.contested.name).count()).toBe(1);
    await expect(marker(page, facts.contested.name).getAttribute('aria-label')).resolves.toMatch(new RegExp(` — contested, ${facts.contested.incidents} incidents`));
    await context.close();
  });

  it('a taken town says so on its marker and in its timeline', async () => {
    const { page, context } = await openMap(`/?place=${facts.taken.id}`);
    const panel = details(page);
    await panel.getByRole('heading', { name: facts.taken.name, exact: true }).waitFor();
    await expect(panel.locator('figure.timeline figcaption').textContent()).resolves.toMatch(/now taken, held by Russia/);
    await expect.poll(() => marker(page, facts.taken.name).count()).toBe(1);
    await expect(marker(page, facts.taken.name).getAttribute('aria-label')).resolves.toMatch(/ — taken, /);
    await context.close();
  });
});
