/**
 * Eighth round, dates on reports the rules were not written from: kinds, each on sentences of
 * our own. The resolver (./seed-resolver.ts) reads the frozen fixture gazetteer plus GeoNames, never geodata/.
 */
import { describe, expect, it } from 'vitest';
import { ingestReport, type IngestResult } from '../../src/ingest/draft';
import { useSeedResolver } from './seed-resolver';

// The reports are published on 2025-03-10, a Monday.
const { resolver, ingest } = useSeedResolver();
const datesAt = (r: IngestResult, place: string) => r.incidents.filter((i) => i.placeIds.includes(place)).map((i) => i.date);

describe('a date told in a paragraph carries to its later sentences', () => {
  it.each([
    ['Drones hit Odesa on Monday morning, the governor said.\nOn Saturday, Russian artillery shelled towns along the Dnipro. A shell hit a school in Nikopol. A drone struck two houses in Chuhuiv.', ['nikopol', 'chuhuiv'], '2025-03-08'],
    ['Russian missiles struck Kharkiv today, injuring four.\nEarlier, on the night of 7 March, drones attacked the Sumy region. A drone hit a warehouse in Konotop. Also, Shostka and Okhtyrka were hit.', ['konotop', 'shostka', 'okhtyrka'], '2025-03-07'],
    ['Ukraine says it shot down 40 drones overnight.\nRegional officials said on Sunday that Russian shelling killed two people in Kherson. Three more were injured when a drone struck a bus in Nova Kakhovka.', ['nova-kakhovka'], '2025-03-09'],
  ])('%s', (text, places, date) => {
    const r = ingest(text);
    for (const place of places) expect(datesAt(r, place), place).toEqual([date]);
  });

  it('before a later paragraph about the same place', () => {
    // Kherson was told of on Monday; the paragraph that tells of it again says Saturday.
    const r = ingest('Shelling hit Kherson on Monday, injuring one.\nOn Saturday night, drones attacked the south. A shell hit a house in Mykolaiv. Also, Kherson was struck.');
    expect(datesAt(r, 'kherson').sort()).toEqual(['2025-03-08', '2025-03-10']);
  });

  it('after an earlier sentence of the same paragraph about the same place', () => {
    const r = ingest('A drone hit a bus in Kherson on Saturday, killing two. Russia launched 50 drones at Ukraine overnight, the air force said. Later, rescuers in Kherson found a third victim under the bus.');
    expect(datesAt(r, 'kherson')).toEqual(['2025-03-08']);
  });

  it('not from background told by its own old date, nor into another paragraph', () => {
    expect(datesAt(ingest('Russia invaded Ukraine on February 24, 2022. A missile hit Odesa, killing two.'), 'odesa')).toEqual(['2025-03-10']);
    expect(datesAt(ingest('Drones hit Odesa on Monday.\nOn Saturday, shells hit Nikopol.\nA drone struck a house in Chuhuiv.'), 'chuhuiv')).toEqual(['2025-03-10']);
  });
});

describe('a region summary told the morning after sums up the day before', () => {
  it.each([
    ['Casualties were reported in the Dnipropetrovsk region, officials said early on Monday.\nOn Sunday, a Russian drone hit a truck in Nikopol, killing the driver.', 'dnipropetrovsk-oblast', 'nikopol'],
    ['Russian attacks on the Kharkiv region injured three people, the governor said this morning.\nOn Sunday, shells hit a house in Chuhuiv, injuring three.', 'kharkiv-oblast', 'chuhuiv'],
  ])('%s', (text, region, town) => {
    const r = ingest(text);
    expect(datesAt(r, town)).toEqual(['2025-03-09']);
    expect(datesAt(r, region)).toEqual([]);
  });

  it('but not a region event two days after the towns', () => {
    const r = ingest('Russian drones attacked the Kharkiv region on Monday, the governor said.\nOn Saturday, shells hit a house in Chuhuiv, injuring three.');
    expect(datesAt(r, 'kharkiv-oblast')).toEqual(['2025-03-10']);
  });
});

describe('"in recent months" is a running span', () => {
  it('dates its own sentence by the month, and no sentence after it', () => {
    const r = ingest('Russia has claimed gains in recent months, and fighting has intensified around Pokrovsk. A drone hit a house in Kramatorsk, injuring two.');
    expect(r.incidents.filter((i) => i.placeIds.includes('pokrovsk')).map((i) => [i.date, i.datePrecision])).toEqual([['2025-03-01', 'month']]);
    expect(datesAt(r, 'kramatorsk')).toEqual(['2025-03-10']);
  });
});

describe('a story that dates nothing takes its own date line', () => {
  const withLine = (dateLine: string | undefined, text: string) => ingestReport({ file: 't.txt', text, ...(dateLine ? { dateLine } : {}) }, resolver(), { published: '2025-03-10', outlet: 'Test' });
  it.each([
    ['3 March 2025', 'Russian forces shelled a convoy leaving Kupiansk, killing 12 civilians.', 'kupiansk', '2025-03-03'],
    ['Published: March 7, 2025 08:40', 'A drone struck a school in Sumy, the mayor said.', 'sumy', '2025-03-07'],
  ])('%s', (dateLine, text, place, date) => {
    expect(datesAt(withLine(dateLine, text), place)).toEqual([date]);
  });

  it('not over a date the body tells, nor a date line after the report date', () => {
    expect(datesAt(withLine('3 March 2025', 'A drone struck a school in Sumy on Sunday.'), 'sumy')).toEqual(['2025-03-09']);
    expect(datesAt(withLine('12 March 2025', 'A drone struck a school in Sumy.'), 'sumy')).toEqual(['2025-03-10']);
  });
});

describe('"the next day", "two days later": counted on from the story’s day', () => {
  it.each([
    ['Shells hit Kherson on Friday, killing one. The next day, a drone struck a bus in Nikopol.', 'nikopol', '2025-03-08'],
    ['Russian missiles hit Kharkiv on March 5. Two days later, drones attacked Chuhuiv.', 'chuhuiv', '2025-03-07'],
    ['A drone hit Sumy on Thursday.\nThe following morning, shelling damaged a school in Konotop.', 'konotop', '2025-03-07'],
  ])('%s', (text, place, date) => {
    expect(datesAt(ingest(text), place)).toEqual([date]);
  });
});
