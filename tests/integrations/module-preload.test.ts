import { describe, expect, it } from 'vitest';
import { importsOf, islandEntryUrls, modulePreloads, withModulePreloads } from '../../src/integrations/module-preload';

// Shaped like Astro's and terser's output for the map island.
const PAGE =
  '<html><head><title>x</title></head><body>' +
  '<astro-island uid="a" component-url="/_astro/AtlasMap.w.js" component-export="default" renderer-url="/_astro/client.r.js" props="{}" client="only"></astro-island>' +
  '</body></html>';
const MODULES: Record<string, string> = {
  '/_astro/AtlasMap.w.js': 'export{A as default}from"./AtlasMap.big.js";import"./compat.c.js";',
  '/_astro/AtlasMap.big.js': 'import{p as t,g as e}from"./compat.c.js";const l=()=>import("./DetailsPanel.d.js");const h=()=>import("./Histogram.h.js");',
  '/_astro/client.r.js': 'import{p as t,$ as e}from"./compat.c.js";function a(n){return n}',
  '/_astro/compat.c.js': 'var x=1;export{x as p}',
  '/_astro/DetailsPanel.d.js': 'import{p}from"./compat.c.js";import("./Histogram.h.js")',
  '/_astro/Histogram.h.js': 'export default 1',
};
const read = async (url: string) => MODULES[url] ?? null;

describe('island module preloads', () => {
  it('finds the island’s component and renderer urls', () => {
    expect(islandEntryUrls(PAGE)).toEqual(['/_astro/AtlasMap.w.js', '/_astro/client.r.js']);
    expect(islandEntryUrls('<html><head></head><body><p>no island</p></body></html>')).toEqual([]);
  });

  it('reads static and dynamic imports of minified modules', () => {
    expect(importsOf(MODULES['/_astro/AtlasMap.w.js'])).toEqual({ static: ['./AtlasMap.big.js', './compat.c.js'], dynamic: [] });
    expect(importsOf(MODULES['/_astro/AtlasMap.big.js'])).toEqual({ static: ['./compat.c.js'], dynamic: ['./DetailsPanel.d.js', './Histogram.h.js'] });
    expect(importsOf('import * as L from "../lib/leaflet.js"; export * from \'./a.js\'').static).toEqual(['../lib/leaflet.js', './a.js']);
  });

  it('walks the whole static graph once, and keeps lazy chunks apart', async () => {
    const preloads = await modulePreloads(islandEntryUrls(PAGE), read);
    expect(preloads.eager).toEqual(['/_astro/AtlasMap.w.js', '/_astro/client.r.js', '/_astro/AtlasMap.big.js', '/_astro/compat.c.js']);
    expect(preloads.lazy).toEqual(['/_astro/DetailsPanel.d.js', '/_astro/Histogram.h.js']);
  });

  it('leaves out a module that is not there instead of guessing', async () => {
    const preloads = await modulePreloads(['/_astro/missing.js', '/_astro/Histogram.h.js'], read);
    expect(preloads).toEqual({ eager: ['/_astro/Histogram.h.js'], lazy: [] });
  });

  it('writes the links at the end of <head>, lazy ones at low priority, once', async () => {
    const preloads = await modulePreloads(islandEntryUrls(PAGE), read);
    const html = withModulePreloads(PAGE, preloads);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.match(/rel="modulepreload"/g)).toHaveLength(6);
    expect(head).toContain('<link rel="modulepreload" href="/_astro/AtlasMap.big.js">');
    expect(head).toContain('<link rel="modulepreload" href="/_astro/DetailsPanel.d.js" fetchpriority="low">');
    expect(withModulePreloads(html, preloads)).toBe(html);
    expect(withModulePreloads('<p>no head</p>', preloads)).toBe('<p>no head</p>');
  });
});
