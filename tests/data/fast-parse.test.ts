/**
 * The compiled validator must agree with zod on every record: accept exactly what zod
 * accepts, return what zod returns, and leave the error wording to zod.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileFastParse } from '../../src/data/fast-parse';
import { AtlasError, loadAtlas } from '../../src/data/load';
import { incident as incidentSchema } from '../../src/data/schema';
import { FIXTURE_DIR, otherReportFixture, reportFixture } from './fixtures';

const parseIncident = compileFastParse(incidentSchema);

/** fast and zod on copies of the same value: same verdict, same output, same issues. */
function expectAgreement(value: unknown) {
  const fast = parseIncident(structuredClone(value));
  const slow = incidentSchema.safeParse(structuredClone(value));
  expect(fast.success).toBe(slow.success);
  if (fast.success && slow.success) expect(fast.data).toEqual(slow.data);
  if (!fast.success && !slow.success) expect(fast.error.issues).toEqual(slow.error.issues);
  return fast;
}

type Break = [string, (r: any) => void];
/** One mistake each, among them every kind JSON Schema cannot say on its own. */
const BREAKS: Break[] = [
  ['impossible date (a refinement)', (r) => (r.date = '2025-02-30')],
  ['impossible published date', (r) => (r.sources[0].published = '2023-02-29')],
  ['date in the wrong format', (r) => (r.date = '20-11-2025')],
  ['blank title (trim, then min 1)', (r) => (r.title = '   ')],
  ['empty quote', (r) => (r.sources[0].quote = '')],
  ['missing geoPrecision with places (superRefine)', (r) => delete r.geoPrecision],
  ['coordinates without "near" (superRefine)', (r) => (r.coordinates = [37.6, 49.7])],
  ['url that is not a URL', (r) => (r.sources[0].url = 'not a url')],
  ['unknown key (strict)', (r) => (r.colour = 'red')],
  ['unknown type', (r) => (r.type = 'raid')],
  ['slug with capitals', (r) => (r.id = 'Kupiansk-Claim')],
  ['negative casualties', (r) => (r.casualties = { killed: -1 })],
  ['range with max below min (refinement)', (r) => (r.casualties = { killed: { min: 5, max: 2 } })],
  ['share above 1', (r) => (r.claims = [{ party: 'RU', by: 'x', stance: 'asserts', subject: 'control', share: 1.5, statement: 'y' }])],
  ['longitude out of range', (r) => ((r.geoPrecision = 'near'), (r.coordinates = [190, 49]))],
  ['no sources', (r) => (r.sources = [])],
  ['not an object', (r) => Object.assign(r, { placeIds: 'kupiansk' })],
];

describe('compileFastParse(incident)', () => {
  it('accepts every valid fixture record with zod output, claims defaulted to []', () => {
    for (const record of [...reportFixture(), ...otherReportFixture()]) {
      const result = expectAgreement(record);
      expect(result.success).toBe(true);
      if (result.success) expect(Array.isArray(result.data.claims)).toBe(true);
    }
  });

  it.each(BREAKS)('rejects like zod: %s', (_, breakIt) => {
    const record = reportFixture()[1];
    breakIt(record);
    expect(expectAgreement(record).success).toBe(false);
  });

  it('accepts valid edge cases like zod: a range, a leap day, a near point, a URL', () => {
    const record = reportFixture()[1];
    record.casualties = { killed: { min: 4 }, injured: { min: 2, max: 2 } };
    record.date = '2024-02-29';
    record.geoPrecision = 'near';
    record.coordinates = [35.2, 47.8];
    record.sources[0].url = 'https://example.org/a?b=c#d';
    expect(expectAgreement(record).success).toBe(true);
  });

  it('gives zod’s output for a record zod changes: an untrimmed title comes back trimmed', () => {
    const record = reportFixture()[1];
    record.title = '  Strike on Zaporizhzhia ';
    const result = expectAgreement(record);
    expect(result.success && result.data.title).toBe('Strike on Zaporizhzhia');
  });

  it('agrees with zod on a thousand records broken at random', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const valid = [...reportFixture(), ...otherReportFixture()];
    for (let n = 0; n < 1000; n++) {
      const record = structuredClone(valid[n % valid.length]);
      if (random() < 0.8) BREAKS[Math.floor(random() * BREAKS.length)][1](record);
      expectAgreement(record);
    }
  });
});

describe('compileFastParse on what JSON Schema says differently', () => {
  it('counts string length in UTF-16 units, as zod does', () => {
    const schema = z.object({ s: z.string().max(3) });
    const parse = compileFastParse(schema);
    expect(parse({ s: '😀😀' }).success).toBe(false); // 2 code points, 4 units
    expect(parse({ s: 'abc' }).success).toBe(true);
  });

  it('leaves transforms to zod and returns zod’s output', () => {
    const schema = z.object({ n: z.string().transform((s) => s.length), low: z.string().toLowerCase() });
    const parse = compileFastParse(schema);
    expect(parse({ n: 'abcd', low: 'ABC' })).toEqual({ success: true, data: { n: 4, low: 'abc' } });
  });

  it('strips unknown keys of a non-strict object, as zod does', () => {
    const parse = compileFastParse(z.object({ a: z.number() }));
    expect(parse({ a: 1, b: 2 })).toEqual({ success: true, data: { a: 1 } });
  });

  it('runs a regex with flags through zod', () => {
    const parse = compileFastParse(z.string().regex(/^abc$/i));
    expect(parse('ABC').success).toBe(true);
    expect(parse('abd').success).toBe(false);
  });
});

describe('loadAtlas over a 10,000-record file', () => {
  it('names file, record and field of one bad record deep inside it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-10k-'));
    try {
      cpSync(FIXTURE_DIR, dir, { recursive: true });
      const template = reportFixture()[1]; // a strike at zaporizhzhia
      const records = Array.from({ length: 10_000 }, (_, n) => ({ ...structuredClone(template), id: `strike-${n}` }));
      records[9_876].sources[0].quote = ' ';
      records[9_990].date = '2025-02-30';
      const file = path.join(dir, 'incidents', '2025-12-01-bulk.json');
      writeFileSync(file, JSON.stringify(records));
      let error: unknown;
      try {
        loadAtlas(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AtlasError);
      expect((error as AtlasError).problems).toEqual([
        `${file}: incident "strike-9876": sources[0].quote: must not be empty: every incident cites the exact sentence it came from`,
        `${file}: incident "strike-9990": date: is not a real calendar date`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
