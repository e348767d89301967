/**
 * Launching Debian's Chromium for the browser tests, offline: every request that does not go to
 * the loopback test server is aborted, so tiles fail exactly as they would with no network.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = 'test-results';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Non-loopback URLs the page tried to reach (and was refused). */
  blocked: string[];
}

export async function openOfflinePage(
  browser: Browser,
  options: { width?: number; height?: number; isMobile?: boolean; javaScriptEnabled?: boolean } = {},
): Promise<OfflinePage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    isMobile: options.isMobile ?? false,
    hasTouch: options.isMobile ?? false,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url) || url.startsWith('data:')) return route.continue();
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Refused requests to other hosts (tiles) are the offline condition under test, not a page
    // error; a failed request to the site itself (a missing /data file) is.
    const url = message.location().url;
    const refusedElsewhere = /Failed to load resource/.test(message.text()) && url !== '' && !isLoopback(url);
    if (!refusedElsewhere) errors.push(`${message.text()} ${url}`.trim());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, errors, blocked };
}

function isLoopback(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}/${name}`;
}

export interface MapSize {
  width: number;
  height: number;
  isMobile?: boolean;
}

/**
 * One Chromium for the test file (launched before, closed after its tests) and ways to open
 * pages of the served site in fresh offline contexts.
 */
export function browserSuite(baseURL: string) {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** A page of the site in a fresh offline context. */
    async open(path: string, options: Parameters<typeof openOfflinePage>[1] = {}): Promise<OfflinePage> {
      const session = await openOfflinePage(browser, options);
      await session.page.goto(`${baseURL}${path}`);
      return session;
    },
    /** A fresh offline context with nothing loaded yet: set routes on it, then go to a page. */
    async blank(options: Parameters<typeof openOfflinePage>[1] = {}): Promise<OfflinePage> {
      return openOfflinePage(browser, options);
    },
    /** The map page, once its markers are drawn. */
    async openMap(path = '/', size?: MapSize): Promise<OfflinePage> {
      const session = await openOfflinePage(browser, size);
      await session.page.goto(`${baseURL}${path}`);
      await session.page.locator('.leaflet-marker-icon').first().waitFor();
      return session;
    },
  };
}

/** A place's marker, found the way a screen reader names it: "Kupiansk — contested, …". */
export function marker(page: Page, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('button', { name: new RegExp(`^${escaped} — `) });
}

/** The open place's details panel. */
export function details(page: Page) {
  return page.getByRole('dialog');
}

/** The details panel once its incidents are loaded (they come on demand). */
export async function loadedDetails(page: Page) {
  const panel = page.locator('[role="dialog"][aria-busy="false"]');
  await panel.waitFor();
  return panel;
}
