/**
 * What runs inside the page while the benchmark measures it. Kept as JavaScript text (not
 * functions handed to Playwright) so no TypeScript or bundler helper can leak into the page.
 *
 * Definitions, the same for the site and both comparison pages (all times from performance.now(),
 * whose origin is the start of navigation):
 * - quiet: no long task (> 50 ms, Long Tasks API) for QUIET ms; the moment it became quiet is the
 *   end of the last long task (or the start of the wait, if there was none).
 * - interactive: the first marker or cluster element is in Leaflet's marker pane and the page is
 *   then quiet for 500 ms; interactiveMs is when it became quiet (≥ the first marker).
 * - filter change: a click on the "Strike" type button, until the incident count (#incident-count)
 *   shows another number and the marker pane has changed, a frame later, and quiet for 300 ms.
 * - click to details: a click on the town's element on the map (its marker, or the cluster holding
 *   it), until a dialog whose h2 names the town shows at least one of its incidents ("Synthetic:"
 *   titles), a frame later, and quiet for 300 ms.
 */

/** Installed before any page script runs (context.addInitScript). */
export const PROBE_INIT = `(() => {
  const probe = { longTaskEnds: [], firstMarkerAt: null };
  window.__benchProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTaskEnds.push(e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const observer = new MutationObserver(() => {
    if (probe.firstMarkerAt === null && document.querySelector('.leaflet-marker-pane > *')) {
      probe.firstMarkerAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  /** Resolves with the time the page became quiet after 'since'. */
  probe.quiet = (since, quietMs) => new Promise((resolve) => {
    const check = () => {
      let last = since;
      for (const end of probe.longTaskEnds) if (end > last) last = end;
      if (performance.now() - last >= quietMs) resolve(last);
      else setTimeout(check, 50);
    };
    check();
  });
  /** Resolves with the time, one frame after 'condition' first held (checked every frame). */
  probe.after = (condition) => new Promise((resolve) => {
    const tick = () => {
      if (condition()) requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      else requestAnimationFrame(tick);
    };
    tick();
  });
})();`;

/** → firstMarkerAt or null. */
export const FIRST_MARKER = `window.__benchProbe.firstMarkerAt`;

/** (arg: quietMs) → the time the page became quiet after its first marker. */
export const INTERACTIVE = `(async (quietMs) => {
  const probe = window.__benchProbe;
  return probe.quiet(probe.firstMarkerAt, quietMs);
})`;

/** (arg: {label, quietMs}) → ms from the click on the type button to the updated map, or an error string. */
export const FILTER = `(async ({ label, quietMs }) => {
  const probe = window.__benchProbe;
  const pattern = new RegExp('^' + label + 's?\\\\b', 'i');
  const scope = document.querySelector('form[aria-label="Filter incidents"]') || document;
  const button = [...scope.querySelectorAll('button')].find((b) => pattern.test((b.textContent || '').trim()));
  if (!button) return 'no button named ' + label;
  const count = document.querySelector('#incident-count');
  if (!count) return 'no #incident-count';
  const before = count.textContent;
  const pane = document.querySelector('.leaflet-marker-pane');
  let mapChanged = false;
  const observer = new MutationObserver(() => { mapChanged = true; });
  if (pane) observer.observe(pane, { childList: true, subtree: true, attributes: true });
  const t0 = performance.now();
  button.click();
  const seen = await probe.after(() => count.textContent !== before && (mapChanged || !pane));
  observer.disconnect();
  const end = await probe.quiet(seen, quietMs);
  return Math.max(end, seen) - t0;
})`;

/** (arg: {placeId, name}) → 'ok' once window.__benchTarget is the town's element on the map, or an error string. */
export const FIND_TOWN = `(({ placeId, name }) => {
  let element = null;
  if (window.__bench && window.__bench.townElement) element = window.__bench.townElement(placeId);
  else element = document.querySelector('[data-place-id="' + placeId + '"]') ||
    document.querySelector('.leaflet-marker-pane [aria-label^="' + name + ' — "]');
  window.__benchTarget = element;
  return element ? 'ok' : 'no element on the map for ' + placeId;
})`;

/** (arg: {name, quietMs}) → ms from the click on window.__benchTarget to the town's details with incidents. */
export const CLICK = `(async ({ name, quietMs }) => {
  const probe = window.__benchProbe;
  const target = window.__benchTarget;
  const shown = () => [...document.querySelectorAll('[role="dialog"]')].some((dialog) => {
    const heading = dialog.querySelector('h2');
    return heading && (heading.textContent || '').trim().startsWith(name) && (dialog.textContent || '').includes('Synthetic:');
  });
  const t0 = performance.now();
  target.click();
  const seen = await probe.after(shown);
  const end = await probe.quiet(seen, quietMs);
  return Math.max(end, seen) - t0;
})`;

/** Closes an open details dialog, if any (the site opens one for ?place=). */
export const CLOSE_DETAILS = `(() => {
  const close = document.querySelector('[role="dialog"] [aria-label="Close details"]');
  if (close) close.click();
  return Boolean(close);
})`;
