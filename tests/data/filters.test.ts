import { describe, expect, it } from 'vitest';

import {
  EMPTY_FILTER,
  countByType,
  dayNumber,
  filterIncidentIndices,
  filtersEqual,
  isFilterEmpty,
  isoDay,
  matchesFilter,
  prepareIncidents,
  readFilter,
  rowsByType,
  rowsOfTypes,
  rowTest,
  writeFilter,
  type IncidentFilter,
} from '../../src/data/filters';
import type { Claim, DatePrecision, Incident, IncidentType } from '../../src/data/schema';
import { readViewState, writeViewState } from '../../src/data/url-state';
import { DATE_PRECISIONS, INCIDENT_TYPES } from '../../src/data/vocabulary';

function claim(party: string, stance: Claim['stance'] = 'asserts'): Claim {
  return { party, by: `${party} spokesperson`, stance, subject: 'control', statement: 'We hold the town.' };
}

function incident(fields: Partial<Incident> & { id: string }): Incident {
  return {
    type: 'strike',
    date: '2025-11-20',
    datePrecision: 'day',
    placeIds: ['kupiansk'],
    geoPrecision: 'exact',
    title: 'Title',
    summary: 'Summary',
    claims: [],
    sources: [{ outlet: 'The Independent', title: 'Live', published: '2025-11-21', quote: 'A sentence.' }],
    ...fields,
  };
}

const filter = (f: Partial<IncidentFilter>): IncidentFilter => ({ ...EMPTY_FILTER, ...f });

describe('readFilter', () => {
  it('reads types, dates and parties from the query string', () => {
    expect(readFilter('?type=strike,fighting&from=2025-11-20&to=2025-11-21&party=UA,RU')).toEqual({
      types: ['strike', 'fighting'],
      from: '2025-11-20',
      to: '2025-11-21',
      parties: ['RU', 'UA'],
    });
  });

  it('is the empty filter for no query, or only a place', () => {
    expect(readFilter('')).toEqual(EMPTY_FILTER);
    expect(readFilter('?place=kupiansk')).toEqual(EMPTY_FILTER);
    expect(isFilterEmpty(readFilter('?place=kupiansk'))).toBe(true);
  });

  it('ignores unknown types, impossible dates and unknown parties', () => {
    const f = readFilter('?type=strike,bombing,<script>&from=2025-02-30&to=yesterday&party=RU,XX,Russia', new Set(['RU', 'UA']));
    expect(f).toEqual({ types: ['strike'], from: null, to: null, parties: ['RU'] });
  });

  it('accepts any alpha-2 party when no list of known parties is given, in any case', () => {
    expect(readFilter('?party=ru,gb,123,USA').parties).toEqual(['GB', 'RU']);
  });

  it('puts types in vocabulary order without repeats, and accepts repeated parameters', () => {
    expect(readFilter('?type=hybrid,strike,strike&type=diplomacy').types).toEqual(['strike', 'diplomacy', 'hybrid']);
    expect(readFilter('?type=HYBRID').types).toEqual(['hybrid']);
    expect(readFilter('?type=,,').types).toEqual([]);
  });

  it('swaps a reversed date range and keeps open-ended ones', () => {
    expect(readFilter('?from=2025-11-21&to=2025-11-01')).toMatchObject({ from: '2025-11-01', to: '2025-11-21' });
    expect(readFilter('?from=2025-11-21')).toMatchObject({ from: '2025-11-21', to: null });
    expect(readFilter('?to=2025-11-21')).toMatchObject({ from: null, to: '2025-11-21' });
  });
});

describe('writeFilter', () => {
  it('writes canonical, readable parameters (commas, not %2C)', () => {
    const f = filter({ types: ['hybrid', 'strike'], from: '2025-11-20', to: '2025-11-21', parties: ['UA', 'RU'] });
    expect(writeFilter('', f)).toBe('?type=strike,hybrid&from=2025-11-20&to=2025-11-21&party=RU,UA');
  });

  it('keeps the parameters it does not own, such as place', () => {
    expect(writeFilter('?place=kupiansk', filter({ types: ['control-claim'] }))).toBe('?place=kupiansk&type=control-claim');
    expect(writeFilter('?place=kupiansk&type=strike&from=2025-11-20', EMPTY_FILTER)).toBe('?place=kupiansk');
    expect(writeFilter('?type=strike', EMPTY_FILTER)).toBe('');
  });

  it('round-trips through the URL, so a link reproduces the view', () => {
    const filters: IncidentFilter[] = [
      EMPTY_FILTER,
      filter({ types: ['strike'] }),
      filter({ types: [...INCIDENT_TYPES] }),
      filter({ from: '2024-06-01' }),
      filter({ to: '2025-11-21', parties: ['UA'] }),
      filter({ types: ['fighting', 'control-claim'], from: '2025-11-20', to: '2025-11-21', parties: ['GB', 'RU'] }),
    ];
    for (const f of filters) {
      const query = writeFilter('?place=pokrovsk', f);
      expect(readFilter(query), query).toEqual(f);
      expect(filtersEqual(readFilter(query), f)).toBe(true);
      // The place parameter of the view state is untouched by the filter and vice versa.
      expect(readViewState(query, new Set(['pokrovsk'])).place).toBe('pokrovsk');
      expect(readFilter(writeViewState(query, { place: null }))).toEqual(f);
    }
  });

  it('canonicalises what it is given', () => {
    expect(writeFilter('', filter({ types: ['hybrid', 'strike', 'hybrid'], from: '2025-12-01', to: '2025-11-01' }))).toBe(
      '?type=strike,hybrid&from=2025-11-01&to=2025-12-01',
    );
  });
});

describe('matchesFilter', () => {
  const kupiansk = incident({
    id: 'kupiansk-claim',
    type: 'control-claim',
    claims: [claim('RU'), claim('UA', 'denies')],
  });
  // "The summer before last" — June to August 2024.
  const yantar = incident({ id: 'yantar', type: 'hybrid', date: '2024-07-01', datePrecision: 'season', placeIds: ['limerick'] });

  it('passes everything with the empty filter', () => {
    expect(matchesFilter(kupiansk, EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(yantar, EMPTY_FILTER)).toBe(true);
  });

  it('filters by type', () => {
    expect(matchesFilter(kupiansk, filter({ types: ['control-claim', 'strike'] }))).toBe(true);
    expect(matchesFilter(kupiansk, filter({ types: ['strike'] }))).toBe(false);
  });

  it('keeps a day-precise incident inside the range, bounds included', () => {
    expect(matchesFilter(kupiansk, filter({ from: '2025-11-20', to: '2025-11-20' }))).toBe(true);
    expect(matchesFilter(kupiansk, filter({ from: '2025-11-21' }))).toBe(false);
    expect(matchesFilter(kupiansk, filter({ to: '2025-11-19' }))).toBe(false);
  });

  it('keeps an imprecise date when its whole period overlaps the range', () => {
    expect(matchesFilter(yantar, filter({ from: '2024-08-31', to: '2024-09-30' }))).toBe(true);
    expect(matchesFilter(yantar, filter({ from: '2024-05-01', to: '2024-06-01' }))).toBe(true);
    expect(matchesFilter(yantar, filter({ from: '2024-09-01' }))).toBe(false);
    expect(matchesFilter(yantar, filter({ to: '2024-05-31' }))).toBe(false);
    const month = incident({ id: 'month', date: '2025-02-14', datePrecision: 'month' });
    expect(matchesFilter(month, filter({ from: '2025-02-28', to: '2025-03-05' }))).toBe(true);
    expect(matchesFilter(month, filter({ from: '2025-03-01' }))).toBe(false);
    // Thursday 20 Nov 2025 is in the week Monday 17 – Sunday 23 November.
    const week = incident({ id: 'week', date: '2025-11-20', datePrecision: 'week' });
    expect(matchesFilter(week, filter({ from: '2025-11-23', to: '2025-11-30' }))).toBe(true);
    expect(matchesFilter(week, filter({ from: '2025-11-24' }))).toBe(false);
  });

  it('filters by claimant party: any claim by one of the parties', () => {
    expect(matchesFilter(kupiansk, filter({ parties: ['UA'] }))).toBe(true);
    expect(matchesFilter(kupiansk, filter({ parties: ['US', 'RU'] }))).toBe(true);
    expect(matchesFilter(kupiansk, filter({ parties: ['US'] }))).toBe(false);
    // An incident without claims has no claimant.
    expect(matchesFilter(yantar, filter({ parties: ['RU'] }))).toBe(false);
  });
});

describe('the typed-array path', () => {
  it('converts days both ways', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2025-11-21')).toBe(Date.UTC(2025, 10, 21) / 86_400_000);
    expect(dayNumber('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(dayNumber('1899-12-31')).toBe(Date.UTC(1899, 11, 31) / 86_400_000);
    expect(isoDay(dayNumber('2000-03-01'))).toBe('2000-03-01');
  });

  it('gives exactly the rows matchesFilter gives, on random data and random filters', () => {
    // A small deterministic generator, so a failure can be replayed.
    let seed = 20251121;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    // 40 parties: more than one 32-bit word of the party mask.
    const parties = Array.from({ length: 40 }, (_, i) => String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26)));
    const day = () => isoDay(dayNumber('2022-02-24') + Math.floor(random() * 1400));

    const incidents: Incident[] = Array.from({ length: 3000 }, (_, i) =>
      incident({
        id: `incident-${i}`,
        type: pick(INCIDENT_TYPES),
        date: day(),
        datePrecision: random() < 0.7 ? 'day' : pick(DATE_PRECISIONS as readonly DatePrecision[]),
        claims: Array.from({ length: Math.floor(random() * 3) }, () => claim(pick(parties))),
      }),
    );
    const prepared = prepareIncidents(incidents);
    expect(prepared.partyWords).toBe(2);

    for (let round = 0; round < 200; round++) {
      const types = INCIDENT_TYPES.filter(() => random() < 0.3) as IncidentType[];
      let from: string | null = random() < 0.5 ? day() : null;
      let to: string | null = random() < 0.5 ? day() : null;
      if (from && to && from > to) [from, to] = [to, from];
      const wanted = random() < 0.3 ? parties.filter(() => random() < 0.1).concat(random() < 0.2 ? ['ZZ'] : []) : [];
      const f = filter({ types, from, to, parties: wanted });

      const expected = incidents.flatMap((x, i) => (matchesFilter(x, f) ? [i] : []));
      expect([...filterIncidentIndices(prepared, f)], JSON.stringify(f)).toEqual(expected);
      expect(countByType(prepared, filterIncidentIndices(prepared, f))).toEqual(
        countByType(expected.map((i) => incidents[i])),
      );
      const test = rowTest(prepared, f);
      expect(incidents.flatMap((_, i) => (test(i) ? [i] : [])), JSON.stringify(f)).toEqual(expected);
      // Split by type: each list holds its type's rows of the filter, in order.
      const untyped = filterIncidentIndices(prepared, { ...f, types: [] });
      const split = rowsByType(prepared, untyped);
      INCIDENT_TYPES.forEach((t, j) => expect([...split[j]], t).toEqual([...rowsOfTypes(prepared, untyped, [t])]));
      // The same rows when the types are applied after the rest (what a chip click does).
      expect([...rowsOfTypes(prepared, filterIncidentIndices(prepared, { ...f, types: [] }), types)], JSON.stringify(f)).toEqual(expected);
    }
  });

  it('counts by type over all rows or some', () => {
    const incidents = [
      incident({ id: 'a', type: 'strike' }),
      incident({ id: 'b', type: 'strike' }),
      incident({ id: 'c', type: 'hybrid' }),
    ];
    expect(countByType(incidents)).toEqual({ strike: 2, fighting: 0, 'control-claim': 0, diplomacy: 0, hybrid: 1 });
    expect(countByType(incidents, [2])).toMatchObject({ strike: 0, hybrid: 1 });
    expect(countByType(prepareIncidents(incidents), Uint32Array.of(0, 2))).toMatchObject({ strike: 1, hybrid: 1 });
  });
});
