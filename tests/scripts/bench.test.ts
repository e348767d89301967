import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { compactArchive } from '../../scripts/bench/compact';
import { jsonLine, table, type BenchRow } from '../../scripts/bench/report';
import { synthesize, writeArchive } from '../../scripts/synth';

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const rows: BenchRow[] = [
  { impl: 'ours', incidents: 200_000, interactiveMs: 800, filterMs: 20, clickMs: 30, heapMB: 80.5 },
  { impl: 'markercluster', incidents: 200_000, interactiveMs: 36_000, filterMs: 9000, clickMs: 300, heapMB: 444 },
  { impl: 'naive', incidents: 200_000, interactiveMs: null, filterMs: null, clickMs: null, heapMB: null },
];

describe('bench output', () => {
  it('prints exactly the agreed JSON line, null where a run gave no figure', () => {
    expect(JSON.parse(jsonLine(rows))).toEqual({ rows });
    expect(jsonLine(rows)).not.toContain('\n');
    expect(Object.keys(JSON.parse(jsonLine(rows)).rows[0])).toEqual(['impl', 'incidents', 'interactiveMs', 'filterMs', 'clickMs', 'heapMB']);
  });

  it('tabulates each size with markercluster ÷ ours ratios and dashes for missing figures', () => {
    const text = table(rows, ['note: naive at 200,000: the tab crashed']);
    expect(text).toMatch(/ours\s+200,000\s+800 ms\s+20 ms\s+30 ms\s+80\.5 MB/);
    expect(text).toMatch(/markercluster ÷ ours\s+×45\s+×450\s+×10\s+×5\.5/);
    expect(text).toMatch(/naive\s+200,000\s+—\s+—\s+—\s+—/);
    expect(text.endsWith('note: naive at 200,000: the tab crashed')).toBe(true);
  });
});

describe('the comparison pages\' data', () => {
  it('holds every incident of the archive, newest first, with a point where the archive gives one', () => {
    const archive = synthesize({ incidents: 300, seed: 'bench', placesFile: path.join(__dirname, '..', 'fixtures', 'synth-input', 'places.geojson') });
    writeArchive(archive, path.join(scratch, 'a'));
    const data = compactArchive(path.join(scratch, 'a'));
    expect(data.total).toBe(300);
    expect(data.incidents.date).toHaveLength(300);
    const dates = data.incidents.date;
    expect([...dates].sort().reverse()).toEqual(dates);
    const all = [...archive.months.values()].flat();
    const unlocated = all.filter((i) => i.placeIds.length === 0).length;
    expect(data.incidents.place.filter((p) => p === -1)).toHaveLength(unlocated);
    // Settlement incidents have a point; region ones do not.
    const kupiansk = data.places.id.indexOf('kupiansk');
    const i = data.incidents.place.indexOf(kupiansk);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(data.incidents.lat[i]).toBeCloseTo(49.71, 0);
  });
});
