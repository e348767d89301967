import { describe, expect, it } from 'vitest';
import { describeZodIssues } from '../../src/data/issues';
import { count, gazetteer, incident, isoDate, placeFeature } from '../../src/data/schema';
import { gazetteerFixture, otherReportFixture, reportFixture, validIncident, validPlace } from './fixtures';

/** The problems zod finds, as our error lines word them ("sources[0].quote: must not be empty…"). */
function problems(schema: { safeParse: (v: unknown) => any }, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : describeZodIssues(result.error);
}

describe('place schema', () => {
  it('accepts every fixture place and fills aliases in', () => {
    expect(gazetteer.safeParse(gazetteerFixture()).success).toBe(true);
    for (const f of gazetteerFixture().features) expect(problems(placeFeature, f), f.properties.id).toEqual([]);
    const { aliases: _dropped, ...withoutAliases } = validPlace().properties;
    const parsed = placeFeature.parse({ ...validPlace(), properties: withoutAliases });
    expect(parsed.properties.aliases).toEqual([]);
  });

  it.each([
    ['an unknown kind', (p: any) => (p.properties.kind = 'metropolis'), /^properties\.kind: Invalid enum value\. Expected 'city' \| 'town'/],
    ['a latitude above 90', (p: any) => (p.geometry.coordinates = [37.6, 149.7]), /^geometry\.coordinates\[1\]: Number must be less than or equal to 90$/],
    ['a longitude below -180', (p: any) => (p.geometry.coordinates = [-200, 49.7]), /^geometry\.coordinates\[0\]: Number must be greater than or equal to -180$/],
    ['a geometry type GeoJSON lacks', (p: any) => (p.geometry = { type: 'Circle', coordinates: [0, 0] }), /^geometry\.type: Invalid discriminator value/],
    ['a polygon ring of 3 positions', (p: any) => (p.geometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }), /a polygon ring needs at least 4 positions/],
    ['an id that is not a slug', (p: any) => (p.properties.id = 'Kupiansk City'), /^properties\.id: must be a lower-case ASCII slug/],
    ['an empty name', (p: any) => (p.properties.name = '  '), /^properties\.name: must not be empty$/],
    ['a country that is not alpha-2', (p: any) => (p.properties.country = 'UKR'), /^properties\.country: must be an ISO 3166-1 alpha-2 code/],
    ['an unknown property', (p: any) => (p.properties.colour = 'red'), /^properties: Unrecognized key\(s\) in object: 'colour'$/],
    ['a negative population', (p: any) => (p.properties.population = -5), /^properties\.population: Number must be greater than or equal to 0$/],
  ])('rejects %s', (_what, breakIt, message) => {
    const place = validPlace();
    breakIt(place);
    const found = problems(placeFeature, place);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((line) => message.test(line)), found.join('\n')).toBe(true);
  });
});

describe('incident schema', () => {
  it('accepts every fixture incident and defaults claims to []', () => {
    for (const r of [...reportFixture(), ...otherReportFixture()]) expect(problems(incident, r), r.id).toEqual([]);
    const parsed = incident.parse(reportFixture()[3]);
    expect(parsed.claims).toEqual([]);
  });

  it.each([
    ['an impossible date', (r: any) => (r.date = '2025-02-30'), /^date: is not a real calendar date$/],
    ['a date in another format', (r: any) => (r.date = '20/11/2025'), /^date: must be a date written YYYY-MM-DD$/],
    ['an empty quote', (r: any) => (r.sources[0].quote = ''), /^sources\[0\]\.quote: must not be empty: every incident cites the exact sentence/],
    ['no sources', (r: any) => (r.sources = []), /^sources: needs at least one source with a quote$/],
    ['an unknown type', (r: any) => (r.type = 'massacre'), /^type: Invalid enum value\. Expected 'strike' \| 'fighting'/],
    ['negative casualties', (r: any) => (r.casualties = { killed: -1 }), /^casualties\.killed: Number must be greater than or equal to 0$/],
    ['a range whose max is below its min', (r: any) => (r.casualties = { killed: { min: 6, max: 4 } }), /^casualties\.killed: max must not be below min$/],
    ['a count given as text', (r: any) => (r.casualties = { killed: 'five' }), /^casualties\.killed: Expected number or object, received string$/],
    ['a share above 1', (r: any) => (r.claims[0].share = 70), /^claims\[0\]\.share: Number must be less than or equal to 1$/],
    ['a claim by nobody', (r: any) => (r.claims[1].by = ''), /^claims\[1\]\.by: must name who made the claim$/],
    ['places without a geoPrecision', (r: any) => delete r.geoPrecision, /^geoPrecision: is required when placeIds is not empty$/],
    ['coordinates on an exact incident', (r: any) => (r.coordinates = [37.6, 49.7]), /^coordinates: is only for geoPrecision "near"$/],
    ['a source URL that is not one', (r: any) => (r.sources[0].url = 'not a url'), /^sources\[0\]\.url: must be an absolute http:\/\/ or https:\/\/ address$/],
    ['a javascript: source URL', (r: any) => (r.sources[0].url = 'javascript:alert(1)'), /^sources\[0\]\.url: must be an absolute http/],
    ['a javascript: URL behind spaces and mixed case', (r: any) => (r.sources[0].url = '  JavaScript:alert(1)'), /^sources\[0\]\.url: must be an absolute http/],
    ['a data: source URL', (r: any) => (r.sources[0].url = 'data:text/html,<script>alert(1)</script>'), /^sources\[0\]\.url: must be an absolute http/],
    ['a vbscript: source URL', (r: any) => (r.sources[0].url = 'vbscript:msgbox(1)'), /^sources\[0\]\.url: must be an absolute http/],
    ['a relative source URL', (r: any) => (r.sources[0].url = '/news/live'), /^sources\[0\]\.url: must be an absolute http/],
    ['a protocol-relative source URL', (r: any) => (r.sources[0].url = '//example.org/live'), /^sources\[0\]\.url: must be an absolute http/],
    ['an ftp: source URL', (r: any) => (r.sources[0].url = 'ftp://example.org/report.txt'), /^sources\[0\]\.url: must be an absolute http/],
    ['an unknown field', (r: any) => (r.severity = 'high'), /^Unrecognized key\(s\) in object: 'severity'$/],
  ])('rejects %s', (_what, breakIt, message) => {
    const record = validIncident();
    breakIt(record);
    const found = problems(incident, record);
    expect(found.some((line) => message.test(line)), found.join('\n')).toBe(true);
  });
});

describe('source url', () => {
  it('accepts absolute http and https addresses', () => {
    for (const url of ['https://example.org/live?x=1#a', 'http://example.org', 'HTTPS://EXAMPLE.ORG/LIVE']) {
      const record = validIncident();
      record.sources[0].url = url;
      expect(problems(incident, record), url).toEqual([]);
    }
  });
});

describe('small schemas', () => {
  it('isoDate accepts real days only, leap years included', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2025-02-29').success).toBe(false);
    expect(isoDate.safeParse('2025-13-01').success).toBe(false);
  });

  it('count takes a number or a range', () => {
    expect(count.safeParse(5).success).toBe(true);
    expect(count.safeParse({ min: 4 }).success).toBe(true);
    expect(count.safeParse({ min: 4, max: 6 }).success).toBe(true);
    expect(count.safeParse(2.5).success).toBe(false);
  });
});
