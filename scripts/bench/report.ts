/** The benchmark's output: one JSON line for machines, a table with ratios for people. */

export type Impl = 'ours' | 'naive' | 'markercluster';

export interface BenchRow {
  impl: Impl;
  incidents: number;
  interactiveMs: number | null;
  filterMs: number | null;
  clickMs: number | null;
  heapMB: number | null;
}

export function jsonLine(rows: readonly BenchRow[]): string {
  return JSON.stringify({
    rows: rows.map((r) => ({
      impl: r.impl,
      incidents: r.incidents,
      interactiveMs: r.interactiveMs,
      filterMs: r.filterMs,
      clickMs: r.clickMs,
      heapMB: r.heapMB,
    })),
  });
}

function ms(value: number | null): string {
  if (value === null) return '—';
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

function mb(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)} MB`;
}

/** "×12.3" when `other` takes 12.3 times what `ours` takes; "—" when either is missing. */
function ratio(other: number | null, ours: number | null): string {
  if (other === null || ours === null || ours <= 0) return '—';
  const r = other / ours;
  return r >= 10 ? `×${Math.round(r)}` : `×${r.toFixed(1)}`;
}

/**
 * A fixed-width table; under each size, how many times markercluster's figure is ours
 * (×20 = we are twenty times faster or smaller).
 */
export function table(rows: readonly BenchRow[], notes: readonly string[] = []): string {
  const header = ['impl', 'incidents', 'interactive', 'filter', 'click', 'heap'];
  const lines: string[][] = [header];
  const sizes = [...new Set(rows.map((r) => r.incidents))];
  for (const size of sizes) {
    const here = rows.filter((r) => r.incidents === size);
    for (const r of here) {
      lines.push([r.impl, size.toLocaleString('en'), ms(r.interactiveMs), ms(r.filterMs), ms(r.clickMs), mb(r.heapMB)]);
    }
    const ours = here.find((r) => r.impl === 'ours');
    const mc = here.find((r) => r.impl === 'markercluster');
    if (ours && mc) {
      lines.push([
        'markercluster ÷ ours',
        '',
        ratio(mc.interactiveMs, ours.interactiveMs),
        ratio(mc.filterMs, ours.filterMs),
        ratio(mc.clickMs, ours.clickMs),
        ratio(mc.heapMB, ours.heapMB),
      ]);
    }
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const text = lines.map((l) => l.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  text.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return [...text, ...notes].join('\n');
}
