import { describe, expect, it } from 'vitest';

import { dayNumber, isoDay, prepareIncidents } from '../../src/data/filters';
import { histogram, histogramOfTypes, histogramUnit } from '../../src/data/histogram';
import type { DatePrecision, Incident, IncidentType } from '../../src/data/schema';

function incident(id: string, type: IncidentType, date: string, datePrecision: DatePrecision = 'day'): Incident {
  return {
    id,
    type,
    date,
    datePrecision,
    placeIds: [],
    title: 'Title',
    summary: 'Summary',
    claims: [],
    sources: [{ outlet: 'The Independent', title: 'Live', published: '2025-11-21', quote: 'A sentence.' }],
  };
}

describe('histogram', () => {
  it('has one bin per day from the first to the last day-precise incident, empty days included', () => {
    const h = histogram([
      incident('a', 'strike', '2025-11-21'),
      incident('b', 'strike', '2025-11-18'),
      incident('c', 'fighting', '2025-11-21'),
    ]);
    expect(h.unit).toBe('day');
    expect(h.days.map((d) => d.date)).toEqual(['2025-11-18', '2025-11-19', '2025-11-20', '2025-11-21']);
    expect(h.days.map((d) => d.total)).toEqual([1, 0, 0, 2]);
    expect(h.days[3].counts).toEqual({ strike: 1, fighting: 1, 'control-claim': 0, diplomacy: 0, hybrid: 0 });
    expect(h.days[1].end).toBe('2025-11-19');
    expect(h.dayTotal).toBe(3);
  });

  it('draws imprecise dates as spans, never as days', () => {
    const h = histogram([
      incident('zaporizhzhia', 'strike', '2025-11-20'),
      incident('yantar-limerick', 'hybrid', '2024-07-15', 'season'),
      incident('other-summer', 'hybrid', '2024-08-02', 'season'),
      incident('plan', 'diplomacy', '2025-11-19', 'week'),
    ]);
    // Only the day-precise strike makes bars; the season does not stretch the day range to 2024.
    expect(h.days.map((d) => d.date)).toEqual(['2025-11-20']);
    expect(h.dayTotal).toBe(1);
    expect(h.spans).toEqual([
      { id: 'hybrid:2024-06-01:2024-08-31', type: 'hybrid', start: '2024-06-01', end: '2024-08-31', precision: 'season', count: 2 },
      { id: 'diplomacy:2025-11-17:2025-11-23', type: 'diplomacy', start: '2025-11-17', end: '2025-11-23', precision: 'week', count: 1 },
    ]);
  });

  it('is empty without day-precise incidents', () => {
    expect(histogram([])).toEqual({ unit: 'day', days: [], spans: [], dayTotal: 0 });
    const h = histogram([incident('a', 'hybrid', '2024-01-01', 'year')]);
    expect(h.days).toEqual([]);
    expect(h.spans).toHaveLength(1);
  });

  it('counts only the given rows', () => {
    const incidents = [
      incident('a', 'strike', '2025-11-18'),
      incident('b', 'fighting', '2025-11-19'),
      incident('c', 'hybrid', '2025-11-20', 'month'),
    ];
    const h = histogram(incidents, [1, 2]);
    expect(h.days.map((d) => d.date)).toEqual(['2025-11-19']);
    expect(h.spans.map((s) => s.type)).toEqual(['hybrid']);
    expect(histogram(prepareIncidents(incidents), Uint32Array.of(1, 2))).toEqual(h);
  });

  it('covers a given domain, e.g. the whole data while a filter narrows the rows', () => {
    const h = histogram([incident('a', 'strike', '2025-11-20')], undefined, {
      domain: { start: '2025-11-15', end: '2025-11-24' },
    });
    expect(h.days).toHaveLength(10);
    expect(h.days[5]).toMatchObject({ date: '2025-11-20', total: 1 });
    // Rows outside the domain are left out, not clamped onto its edges.
    const outside = histogram([incident('a', 'strike', '2025-12-20')], undefined, {
      domain: { start: '2025-11-15', end: '2025-11-24' },
    });
    expect(outside.dayTotal).toBe(0);
  });

  it('bins by week, then by month, when the data covers a long time', () => {
    expect(histogramUnit(120)).toBe('day');
    expect(histogramUnit(121)).toBe('week');
    expect(histogramUnit(840)).toBe('week');
    expect(histogramUnit(841)).toBe('month');

    const everyTenDays = (from: string, count: number, type: IncidentType = 'fighting') =>
      Array.from({ length: count }, (_, i) => incident(`i${i}`, type, isoDay(dayNumber(from) + i * 10)));

    // About a year: weeks starting on Mondays, contiguous, every incident counted once.
    const year = histogram(everyTenDays('2024-03-06', 37));
    expect(year.unit).toBe('week');
    expect(year.days[0].date).toBe('2024-03-04'); // the Monday before 6 March 2024
    for (const [i, bin] of year.days.entries()) {
      expect(new Date(`${bin.date}T00:00:00Z`).getUTCDay(), bin.date).toBe(1);
      expect(dayNumber(bin.end) - dayNumber(bin.date)).toBe(6);
      if (i > 0) expect(dayNumber(bin.date)).toBe(dayNumber(year.days[i - 1].end) + 1);
    }
    expect(year.days.reduce((n, b) => n + b.total, 0)).toBe(37);

    // The war since February 2022: months, from the 1st to the last day of each.
    const war = histogram(everyTenDays('2022-02-24', 140));
    expect(war.unit).toBe('month');
    expect(war.days[0]).toMatchObject({ date: '2022-02-01', end: '2022-02-28' });
    expect(war.days[1]).toMatchObject({ date: '2022-03-01', end: '2022-03-31' });
    expect(war.days.at(-1)!.date).toBe('2025-12-01');
    expect(war.days).toHaveLength(47);
    expect(war.days.reduce((n, b) => n + b.counts.fighting, 0)).toBe(140);
  });

  it('selects types from the chart of every type over a domain, as if built from those rows', () => {
    const incidents = [
      incident('a', 'strike', '2025-11-18'),
      incident('b', 'fighting', '2025-11-18'),
      incident('c', 'strike', '2025-11-20'),
      incident('d', 'hybrid', '2025-11-20', 'month'),
      incident('e', 'strike', '2025-06-01', 'season'),
      incident('f', 'diplomacy', '2025-11-30'),
    ];
    const prepared = prepareIncidents(incidents);
    const options = { domain: { start: '2025-11-15', end: '2025-11-24' } };
    const all = histogram(prepared, undefined, options);
    const choices: IncidentType[][] = [['strike'], ['hybrid'], ['fighting', 'diplomacy'], ['control-claim']];
    for (const types of choices) {
      const rows = incidents.flatMap((inc, i) => (types.includes(inc.type) ? [i] : []));
      expect(histogramOfTypes(all, types), types.join()).toEqual(histogram(prepared, Uint32Array.from(rows), options));
    }
    expect(histogramOfTypes(all, [])).toBe(all);
  });
});
