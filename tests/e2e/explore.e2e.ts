/**
 * Exploring the map (issue 4), offline, at desktop and phone sizes: filters in the URL, search
 * by any spelling, the histogram, nearby places, regions, keyboard order and axe.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { artifactPath, browserSuite, details, loadedDetails, marker } from './browser';

const { openMap } = browserSuite(inject('baseURL'));


function count(page: Page) {
  return page.locator('#incident-count').textContent();
}

function param(page: Page, name: string) {
  return new URL(page.url()).searchParams.get(name);
}

describe('filters live in the URL', () => {
  it('?type=strike shows Zaporizhzhia, hides Kyiv, and counts N of M', async () => {
    const { page, errors, context } = await openMap('/?type=strike');
    await expect.poll(() => marker(page, 'Kyiv').count()).toBe(0);
    await expect(marker(page, 'Zaporizhzhia').count()).resolves.toBe(1);
    await expect(count(page)).resolves.toMatch(/^1 of 13 incidents$/);
    // The island's list shows the one strike.
    await expect.poll(() => page.locator('.vlist__row').count()).toBe(1);
    await expect(page.locator('.vlist__row').textContent()).resolves.toMatch(/20 Nov 2025 · Strike · 5 killed, 3 injured\s*Zaporizhzhia/);
    await expect(page.getByRole('button', { name: /^Strike/ }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('type buttons update the URL; back and forward step through the views', async () => {
    const { page, context } = await openMap('/');
    await expect(count(page)).resolves.toMatch(/^13 of 13 incidents$/);
    await page.getByRole('button', { name: /^Diplomacy/ }).click();
    await expect.poll(() => param(page, 'type')).toBe('diplomacy');
    await page.getByRole('button', { name: /^Hybrid/ }).click();
    await expect.poll(() => param(page, 'type')).toBe('diplomacy,hybrid');
    await expect(marker(page, 'Kupiansk').count()).resolves.toBe(0);
    await expect(marker(page, 'Kyiv').count()).resolves.toBe(1);
    await expect(marker(page, 'Limerick').count()).resolves.toBe(1);
    await page.goBack();
    await expect.poll(() => param(page, 'type')).toBe('diplomacy');
    await expect.poll(() => marker(page, 'Limerick').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => marker(page, 'Kupiansk').count()).toBe(1);
    await page.goForward();
    await expect.poll(() => marker(page, 'Kupiansk').count()).toBe(0);
    await context.close();
  });

  it('a date range and a claimant party filter markers, list and count; unknown values are ignored', async () => {
    let session = await openMap('/?from=2025-11-21&to=2025-11-21');
    await expect.poll(() => marker(session.page, 'Kyiv').count()).toBe(1);
    await expect(marker(session.page, 'Zaporizhzhia').count()).resolves.toBe(0);
    await expect(count(session.page)).resolves.toMatch(/^2 of 13/);
    await session.context.close();

    session = await openMap('/?party=GB');
    await expect.poll(() => count(session.page)).toMatch(/^1 of 13/);
    await expect(marker(session.page, 'Sea north of Scotland').count()).resolves.toBe(1);
    await session.context.close();

    session = await openMap('/?type=bogus,%3Cscript%3E&from=2025-13-45&party=ZZ');
    await expect.poll(() => count(session.page)).toMatch(/^13 of 13/);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('claimant chips and date fields change the URL once per choice, not per keystroke', async () => {
    const { page, context } = await openMap('/');
    await page.getByRole('button', { name: 'United Kingdom', exact: true }).click();
    await expect.poll(() => param(page, 'party')).toBe('GB');
    await expect.poll(() => count(page)).toMatch(/^1 of 13/);
    await page.getByRole('button', { name: 'United Kingdom', exact: true }).click();
    await expect.poll(() => param(page, 'party')).toBeNull();
    const historyBefore = await page.evaluate(() => history.length);
    const from = page.getByLabel('From');
    await from.focus();
    await page.keyboard.type('11212025'); // month, day, year: eight keystrokes, three segments
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'from')).toBe('2025-11-21');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    await expect.poll(() => count(page)).toMatch(/^2 of 13/);
    await context.close();
  });

  it('counts the unlocated incident: a filter that keeps it shows it in N', async () => {
    // The command-post visit has no place: it is in the count and the list, never on the map.
    const { page, context } = await openMap('/?type=fighting');
    await expect.poll(() => count(page)).toMatch(/^3 of 13/);
    await expect.poll(() => page.locator('.vlist__row').count()).toBe(3);
    await expect(page.locator('.vlist__row').filter({ hasText: 'No place given' }).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('search finds a place by any spelling', () => {
  const SPELLINGS: [string, string][] = [
    ['Купянськ', 'Kupiansk'],
    ['Купянск', 'Kupiansk'],
    ['Kupjansk', 'Kupiansk'],
    ['Kupyansk', 'Kupiansk'],
    ['Запоріжжя', 'Zaporizhzhia'],
    ['Запорожье', 'Zaporizhzhia'],
    ['Zaporozhye', 'Zaporizhzhia'],
    ['Konstantinovka', 'Kostiantynivka'],
    ['Kostiantynivka', 'Kostiantynivka'],
    ['Volchansk', 'Vovchansk'],
    ['Kiev', 'Kyiv'],
    ['Kupiansl', 'Kupiansk'],
  ];

  it('each Cyrillic, variant and misspelt name reaches the right town and its details', async () => {
    const { page, errors, context } = await openMap('/');
    const box = page.getByRole('combobox', { name: /Search places/ });
    let previous = '';
    for (const [query, name] of SPELLINGS) {
      await box.fill(query);
      const first = page.getByRole('option').first();
      await expect(first.textContent(), query).resolves.toContain(name);
      await box.press('Enter');
      await details(page).getByRole('heading', { name, exact: true }).waitFor();
      // A newly opened place takes focus to its name (for screen readers); wait for that before
      // typing the next spelling, as a person would, or the move would close the options.
      if (name !== previous) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-heading');
      previous = name;
      expect(param(page, 'place'), query).toBe(name.toLowerCase());
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a click on an option opens the place; back restores the previous place', async () => {
    const { page, context } = await openMap('/?place=kupiansk');
    await details(page).getByRole('heading', { name: 'Kupiansk', exact: true }).waitFor();
    const box = page.getByRole('combobox', { name: /Search places/ });
    await box.fill('Київ');
    await page.getByRole('option', { name: /Kyiv/ }).first().click();
    await details(page).getByRole('heading', { name: 'Kyiv', exact: true }).waitFor();
    await page.goBack();
    await details(page).getByRole('heading', { name: 'Kupiansk', exact: true }).waitFor();
    expect(param(page, 'place')).toBe('kupiansk');
    await context.close();
  });
});

describe('time, nearby and regions', () => {
  it('the first view leaves far places out, and says so with a button that fits them all', async () => {
    const { page, context } = await openMap('/');
    const inView = () =>
      page.evaluate(() => {
        const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
        const pin = document.querySelector('[data-place-id="washington"].leaflet-marker-icon')!.getBoundingClientRect();
        return pin.x >= map.x && pin.x <= map.right && pin.y >= map.y && pin.y <= map.bottom;
      });
    expect(await inView()).toBe(false);
    await page.getByRole('button', { name: /places? out of view: show all/ }).click();
    await expect.poll(inView).toBe(true);
    await context.close();
  });

  it('clicking a day of the histogram sets the date filter', async () => {
    const { page, context } = await openMap('/');
    const chart = page.getByRole('group', { name: /incidents/i }).first();
    await chart.waitFor();
    const hit = page.locator('.hist-hit').last();
    await hit.click();
    await expect.poll(() => param(page, 'from')).toBe('2025-11-21');
    expect(param(page, 'to')).toBe('2025-11-21');
    await expect.poll(() => count(page)).toMatch(/^2 of 13/);
    await context.close();
  });

  it("a town's details list other incidents within 50 km, nearest first, as links", async () => {
    const { page, context } = await openMap('/?place=kramatorsk');
    const nearby = details(page).getByRole('region', { name: /Nearby/ });
    await nearby.waitFor();
    await expect(nearby.textContent()).resolves.toMatch(/Kostiantynivka\s*\d+(\.\d)? km/);
    await nearby.getByRole('link', { name: 'Kostiantynivka' }).click();
    await details(page).getByRole('heading', { name: 'Kostiantynivka', exact: true }).waitFor();
    await context.close();
  });

  it("a town's details name its region, found by point-in-polygon", async () => {
    const { page, context } = await openMap('/?place=kupiansk');
    await expect(details(page).textContent()).resolves.toContain('Kharkiv Oblast');
    await context.close();
  });

  it('regions are drawn from real boundaries, toggled from the legend, and open their incidents', async () => {
    const { page, context } = await openMap('/');
    const areas = page.locator('.leaflet-regions-pane path');
    await expect.poll(() => areas.count()).toBeGreaterThanOrEqual(2);
    const toggle = page.getByRole('checkbox', { name: /Regions/ });
    await toggle.uncheck();
    await expect.poll(() => areas.count()).toBe(0);
    await toggle.check();
    await expect.poll(() => areas.count()).toBeGreaterThanOrEqual(2);
    await marker(page, 'Crimea').click();
    const text = await (await loadedDetails(page)).textContent();
    expect(text).toContain('Crimea');
    expect(text).toContain('de facto Russian');
    await context.close();
  });
});

describe('keyboard and screen readers', () => {
  it('Tab reaches search, filters, the list and then the markers, in that order', async () => {
    const { page, context } = await openMap('/');
    const seen: string[] = [];
    for (let i = 0; i < 80 && !seen.includes('marker'); i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return 'none';
        if (el.closest('#search-slot')) return 'search';
        if (el.closest('#filters-slot')) return 'filters';
        if (el.closest('#list-slot')) return 'list';
        if (el.classList.contains('leaflet-marker-icon')) return 'marker';
        return 'other';
      });
      if (where !== 'other' && seen[seen.length - 1] !== where) seen.push(where);
    }
    expect(seen).toEqual(['search', 'filters', 'list', 'marker']);
    await context.close();
  });

  it('axe finds no serious or critical violations on / and on an open town', async () => {
    const { page, context } = await openMap('/');
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await marker(page, 'Kupiansk').click();
    await details(page).getByRole('heading', { name: 'Kupiansk', exact: true }).waitFor();
    expect(await serious()).toEqual([]);
    await context.close();
  });

  it('axe finds no serious or critical violations at phone size', async () => {
    const { page, context } = await openMap('/?place=zaporizhzhia', { width: 375, height: 740, isMobile: true });
    await details(page).getByRole('heading', { name: 'Zaporizhzhia', exact: true }).waitFor();
    const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('phone', () => {
  it('at 375 px the search and filters are reachable by touch and the page does not scroll sideways', async () => {
    const { page, errors, context } = await openMap('/', { width: 375, height: 740, isMobile: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await page.getByRole('button', { name: /^Strike/ }).tap();
    await expect.poll(() => param(page, 'type')).toBe('strike');
    const box = page.getByRole('combobox', { name: /Search places/ });
    await box.tap();
    await box.fill('Kupjansk');
    await page.getByRole('option').first().tap();
    await details(page).getByRole('heading', { name: 'Kupiansk', exact: true }).waitFor();
    const sheet = await details(page).boundingBox();
    expect(sheet!.x).toBeGreaterThanOrEqual(0);
    expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: artifactPath('phone-explore.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('markers drawn over each other', () => {
  it('a tap on stacked markers asks which place, and opens the one chosen', async () => {
    const { page, context } = await openMap('/', { width: 375, height: 740, isMobile: true });
    // Kramatorsk and Kostiantynivka lie 24 km apart: at the first phone zoom their markers overlap.
    await page.locator('[data-place-id="kramatorsk"].leaflet-marker-icon').tap({ force: true });
    const chooser = page.getByRole('group', { name: 'Places here' });
    await chooser.waitFor();
    await chooser.getByRole('button', { name: 'Kostiantynivka' }).tap();
    await details(page).getByRole('heading', { name: 'Kostiantynivka', exact: true }).waitFor();
    await expect(chooser.count()).resolves.toBe(0);
    await context.close();
  });
});
