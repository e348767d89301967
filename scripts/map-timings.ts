/**
 * The map island's timings on a built site, in headless Chromium, offline:
 *   npx tsx scripts/map-timings.ts DIST [RUNS]     (PROFILE=1 prints where the filter's time goes)
 * interactive = navigation start → first marker and the island's count drawn; filter = a click
 * on the Strike chip → the count changed and a frame painted; click = a town in the list →
 * its details' incidents drawn; heapMB = used JS heap after a GC (ArrayBuffers are outside it).
 * One JSON line per run and the medians. A quick check for the client slice; `npm run bench`
 * is the benchmark of record.
 */
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/static-server';
const dist = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
const { server, url } = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
const rows: Record<string, number>[] = [];
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await context.route('**/*', (route) => (route.request().url().startsWith(url) || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url + '/');
    await page.waitForFunction(`!!(document.querySelector('.leaflet-marker-icon') && document.querySelector('#incident-count strong'))`, null, { timeout: 120000 });
    const interactive: number = await page.evaluate('performance.now()');
    if (process.env.PROFILE) console.log('timeline', await page.evaluate(`JSON.stringify(Object.fromEntries(performance.getEntries().filter((e) => /atlas.bin|AtlasMap|compat|client|index.html|^http[^?]*\\/$/.test(e.name) || e.entryType === 'paint' || e.entryType === 'navigation').map((e) => [e.name.split('/').pop() || e.entryType, Math.round(e.responseEnd ?? e.startTime)])))`));
    await page.waitForTimeout(1500);
    // Filter: a click on the Strike chip until the count has changed and a frame is painted.
    const prof = await context.newCDPSession(page);
    await prof.send('Profiler.enable');
    await prof.send('Profiler.setSamplingInterval', { interval: 200 });
    await prof.send('Profiler.start');
    const filter: number = await page.evaluate(`(async () => {
      const count = document.querySelector('#incident-count');
      const before = count.textContent;
      const chip = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Strike'));
      const t0 = performance.now();
      chip.click();
      await new Promise((done) => {
        const check = () => (count.textContent !== before ? requestAnimationFrame(() => done()) : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    })()`);
    const { profile } = (await prof.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
    if (process.env.PROFILE) {
      const self = new Map<string, number>();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, k) => {
        const n = byId.get(id)!;
        const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${(n.callFrame as { columnNumber?: number }).columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
      });
      console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
    }
    await page.waitForTimeout(800);
    // Town click → details: the first town in the list, until its incidents are drawn.
    const click: number = await page.evaluate(`(async () => {
      const link = document.querySelector('.vlist__row a[data-place-id]');
      const t0 = performance.now();
      link.click();
      await new Promise((done) => {
        const check = () => (document.querySelector('[role="dialog"][aria-busy="false"] .incident') ? requestAnimationFrame(() => done()) : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    })()`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const markers = await page.locator('.leaflet-marker-icon').count();
    rows.push({ interactive: Math.round(interactive), filter: Math.round(filter), click: Math.round(click), heapMB: Math.round(heap.usedSize / 1e5) / 10, markers });
    if (errors.length) console.error(errors);
    
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
for (const row of rows) console.log(JSON.stringify(row));
const median = (k: string) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log('median', JSON.stringify({ interactiveMs: median('interactive'), filterMs: median('filter'), clickMs: median('click'), heapMB: median('heapMB') }));
