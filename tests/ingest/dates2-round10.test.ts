/**
 * Tenth round, dates (branch dates2): readings of when something happened, each on sentences of
 * our own. The resolver (./seed-resolver.ts) reads the frozen fixture gazetteer plus GeoNames,
 * never geodata/.
 */
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../../src/ingest/draft';
import { sentenceDate } from '../../src/ingest/dates';
import { useSeedResolver } from './seed-resolver';

// The reports are published on 2025-03-10, a Monday.
const { ingest } = useSeedResolver();
const datesAt = (r: IngestResult, place: string) => r.incidents.filter((i) => i.placeIds.includes(place)).map((i) => i.date);

describe('a span begun on a day of the last week is dated by its start', () => {
  it.each([
    ['Kharkiv has come under fire four times since the morning of March 10.', '2025-03-10'],
    ['Since Saturday, Russian drones have struck Odesa every night.', '2025-03-08'],
    ['The region has been shelled five times since early yesterday, the governor said.', '2025-03-09'],
  ])('%s', (text, date) => {
    expect(sentenceDate(text, '2025-03-10')?.date).toBe(date);
  });

  it('and dates the undated sentences of its section, before and after it', () => {
    // The span dates the story; the drone raid of 6 March told after it is background.
    const r = ingest(
      'A shell hit a house in Nikopol, damaging the roof.\nThe district came under fire for the second time since the morning of March 10. Then a drone struck a shop in Marhanets.\nOn 6 March drones attacked the region several times.',
    );
    expect(datesAt(r, 'nikopol')).toEqual(['2025-03-10']);
    expect(datesAt(r, 'marhanets')).toEqual(['2025-03-10']);
  });

  it('but a day named beside it wins', () => {
    expect(sentenceDate('Since Friday the town has been shelled, and on Sunday a missile hit its school.', '2025-03-10')?.date).toBe('2025-03-09');
  });

  it('not a span begun long ago, nor the day an event is measured against', () => {
    expect(sentenceDate('The city has been shelled daily since February 24, 2022.', '2025-03-10')).toBeUndefined();
    expect(sentenceDate('It was the heaviest attack on the city since Thursday.', '2025-03-10')).toBeUndefined();
    expect(sentenceDate('Drones hit Kyiv for the first time since Saturday.', '2025-03-10')).toBeUndefined();
  });
});

describe('"At the same time, …" has the day of the sentence before', () => {
  it('over an earlier sentence about the same place', () => {
    const r = ingest('Shells hit a school in Kherson on Sunday. On Saturday, a missile hit the port of Odesa. At the same time, shells fell on houses in Kherson.');
    expect(datesAt(r, 'kherson').sort()).toEqual(['2025-03-08', '2025-03-09']);
  });

  it('even a day long past, which then is not background', () => {
    const r = ingest('On 28 August 2024, a drone hit a fuel depot near Zaporizhzhia. At the same time, shells fell on houses in Nikopol.');
    expect(datesAt(r, 'nikopol')).toEqual(['2024-08-28']);
  });

  it('not when the sentence before names no day of its own', () => {
    const r = ingest('Shells hit a school in Kherson on Sunday. A missile hit the port of Odesa. At the same time, shells fell on houses in Kherson.');
    expect(datesAt(r, 'kherson')).toEqual(['2025-03-09']);
  });
});
