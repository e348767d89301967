/**
 * What a reader sees when something fails (files that do not load, a data file of the wrong
 * shape, a broken details page), and that Escape belongs to the control that has focus.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, details, marker } from './browser';
import { COMPACT_VERSION } from '../../src/data/compact-atlas';

const baseURL = inject('baseURL');
const { openMap, blank } = browserSuite(baseURL);

describe('failures are said, and the rest keeps working', () => {
  for (const [file, notice] of [
    ['basemap.json', /offline basemap could not be loaded \(HTTP 500\)/],
    ['regions.json', /region outlines could not be loaded \(HTTP 500\)/],
  ] as const) {
    it(`${file} failing to load: a short notice, and the markers still open their towns`, async () => {
      const { page, context } = await blank();
      await context.route(`**/data/${file}`, (route) => route.fulfill({ status: 500, body: 'down' }));
      await page.goto(`${baseURL}/`);
      await page.locator('.map-notice').getByText(notice).waitFor();
      await marker(page, 'Zaporizhzhia').click();
      await details(page).getByRole('heading', { name: 'Zaporizhzhia', exact: true }).waitFor();
      await context.close();
    });
  }

  it('an atlas file of the wrong shape: a notice that says why, and the server list stays', async () => {
    const { page, context } = await blank();
    // Right magic and version, a header that is JSON but not an atlas.
    const header = Buffer.from(JSON.stringify({ incidentCount: 'many', places: [] }));
    const bytes = Buffer.alloc(12 + header.length);
    bytes.write('IATL', 0);
    bytes.writeUInt32LE(COMPACT_VERSION, 4);
    bytes.writeUInt32LE(header.length, 8);
    header.copy(bytes, 12);
    await context.route('**/data/atlas.bin', (route) => route.fulfill({ status: 200, body: bytes }));
    await page.goto(`${baseURL}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/could not be loaded \(atlas\.bin: header\.incidentCount is not a count\)\. The incident list still works/);
    await expect(page.locator('.incident-panel__list').isVisible()).resolves.toBe(true);
    expect(await page.locator('.incident-panel__list [data-incident-id]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it("a town's details that fail to load say so with a Retry that works", async () => {
    const { page, context } = await blank();
    let fail = true;
    await context.route('**/data/places/kupiansk.json', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    await page.goto(`${baseURL}/?place=kupiansk`);
    const panel = details(page);
    await panel.getByRole('heading', { name: 'Kupiansk', exact: true }).waitFor();
    await expect(panel.getByRole('alert').textContent()).resolves.toMatch(/The incidents of Kupiansk could not be loaded \(HTTP 503\)/);
    fail = false;
    await panel.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => panel.textContent()).toContain('Kupiansk is under the control of Ukraine');
    await expect(panel.getByRole('alert').count()).resolves.toBe(0);
    await context.close();
  });

  it('a details page that breaks the panel: the panel says so, the map keeps working', async () => {
    const { page, errors, context } = await blank();
    // The summary's incidents without their fields: rendering them throws inside the panel.
    await context.route('**/data/places/kyiv.json', async (route) => {
      const detail = await (await route.fetch()).json();
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...detail, newest: [{ id: 'x' }] }) });
    });
    await page.goto(`${baseURL}/?place=kyiv`);
    await page.getByRole('alert').getByText(/The details of this place stopped working/).waitFor();
    // The rest of the island is still there: another town opens.
    await page.goto(`${baseURL}/?place=zaporizhzhia`);
    await details(page).getByRole('heading', { name: 'Zaporizhzhia', exact: true }).waitFor();
    void errors;
    await context.close();
  });
});

describe('Escape belongs to the control that has focus', () => {
  it('Escape in a date field leaves the town open; Escape in the panel closes it', async () => {
    const { page, context } = await openMap('/?place=kupiansk');
    const panel = details(page);
    await panel.getByRole('heading', { name: 'Kupiansk', exact: true }).waitFor();
    await page.getByLabel('From').focus();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    await expect(details(page).count()).resolves.toBe(1);
    await panel.getByRole('heading', { name: 'Kupiansk', exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => details(page).count()).toBe(0);
    await context.close();
  });
});
