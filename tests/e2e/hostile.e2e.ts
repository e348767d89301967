/**
 * Report text is text (never markup): the site built from data whose every text field carries
 * markup and script shows that markup as characters, and nothing of it runs — on the map,
 * in the details, in search, on the per-place page and in the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openOfflinePage } from './browser';
import { serveStatic } from './static-server';
import { E2E_DATA_DIR } from './global-setup';

const PAYLOAD = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script>`;
const work = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
let server: Server;
let baseURL: string;
let browser: Browser;

/** The seed fixture with the payload appended to every free-text field. */
function writeHostileData(dir: string): void {
  cpSync(E2E_DATA_DIR, dir, { recursive: true });
  const gazetteerFile = join(dir, 'gazetteer.geojson');
  const gazetteer = JSON.parse(readFileSync(gazetteerFile, 'utf8'));
  for (const feature of gazetteer.features) {
    if (feature.properties.id !== 'kupiansk') continue;
    feature.properties.name = `Kupiansk ${PAYLOAD}`;
    feature.properties.aliases.push(PAYLOAD);
    feature.properties.admin1 = PAYLOAD;
  }
  writeFileSync(gazetteerFile, JSON.stringify(gazetteer));
  const incidentsFile = join(dir, 'incidents', '2025-11-21-independent.json');
  const incidents = JSON.parse(readFileSync(incidentsFile, 'utf8'));
  for (const incident of incidents) {
    incident.title += PAYLOAD;
    incident.summary += PAYLOAD;
    for (const claim of incident.claims) {
      claim.by += PAYLOAD;
      claim.statement += PAYLOAD;
    }
    for (const source of incident.sources) {
      source.outlet += PAYLOAD;
      source.title += PAYLOAD;
      source.quote += PAYLOAD;
    }
  }
  writeFileSync(incidentsFile, JSON.stringify(incidents));
}

beforeAll(async () => {
  const data = join(work, 'data');
  const out = join(work, 'dist');
  writeHostileData(data);
  execFileSync('npx', ['astro', 'build', '--silent', '--outDir', out], {
    stdio: 'inherit',
    env: { ...process.env, DATA_DIR: data, NODE_ENV: 'production' },
  });
  ({ server, url: baseURL } = await serveStatic(out));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  rmSync(work, { recursive: true, force: true });
});

async function expectInert(page: Page, where: string) {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned ?? null), where).toBeNull();
  expect(await page.locator('img[src="x"]').count(), where).toBe(0);
  expect(await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('__pwned'))), where).toBe(false);
}

describe('hostile text in the data', () => {
  it('shows as characters on the map, in the details and in search; nothing runs', async () => {
    const { page, context } = await openOfflinePage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${baseURL}/?place=kupiansk`);
    const details = page.getByRole('dialog');
    await details.getByRole('heading', { level: 2 }).first().waitFor();
    // The incidents come on demand: wait until they are in.
    await page.locator('[role="dialog"][aria-busy="false"]').waitFor();
    expect(await details.getByRole('heading', { level: 2 }).first().textContent()).toBe(`Kupiansk ${PAYLOAD}`);
    expect(await details.textContent()).toContain(`Gerasimov, chief of Russia's general staff${PAYLOAD}`);
    await expectInert(page, 'map with details');
    // The claim timeline drawn from the hostile claims shows them as text too.
    expect(await details.locator('.timeline__list').textContent()).toContain(PAYLOAD.slice(0, 20));
    await page.getByRole('combobox', { name: /Search places/ }).fill('Kupiansk');
    expect(await page.getByRole('option').first().textContent()).toContain(PAYLOAD);
    await expectInert(page, 'search');
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('shows as characters on the page of the place and in the list without JavaScript', async () => {
    const { page, context } = await openOfflinePage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL}/places/kupiansk/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Kupiansk ${PAYLOAD}`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.goto(`${baseURL}/`);
    expect(await page.getByRole('complementary').textContent()).toContain(PAYLOAD);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await context.close();
  });
});
