/**
 * The one schema of Incident Atlas: the gazetteer (places) and the incidents tied to them.
 * The build, the ingest tool and the tests all import these; the TypeScript types are
 * inferred from them, so there is no second description that can drift.
 * docs/architecture.md (Data flow) says where it is used. Client code must import only types
 * from here (`import type`), and constants from ./vocabulary, so zod stays out of the browser.
 */
import { z } from 'zod';

import {
  CLAIM_SUBJECTS,
  DATE_PRECISIONS,
  GEO_PRECISIONS,
  INCIDENT_TYPES,
  PLACE_KINDS,
  STANCES,
} from './vocabulary';
import { isIsoDate } from './calendar';
import { isWebUrl, WEB_URL_MESSAGE } from './web-url';

// Re-exported so Node code can take everything from one module; client code imports ./vocabulary.
export * from './vocabulary';

/** Lower-case ASCII slug: `kupiansk`, `north-of-scotland`, `kupiansk-claim-2025-11-20`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case ASCII slug like "kupiansk" or "north-of-scotland"');

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isIsoDate, 'is not a real calendar date');

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "UA"');

const longitude = z.number().gte(-180).lte(180);
const latitude = z.number().gte(-90).lte(90);
/** RFC 7946 position: [longitude, latitude], WGS84. */
export const position = z.tuple([longitude, latitude]);
const ring = z.array(position).min(4, 'a polygon ring needs at least 4 positions');

export const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const placeProperties = z
  .object({
    id: slug,
    /** English name, Ukraine's official romanization for Ukrainian places. */
    name: z.string().trim().min(1, 'must not be empty'),
    /** Every other spelling a report may use, Latin and Cyrillic. */
    aliases: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
    kind: z.enum(PLACE_KINDS),
    /** De jure country (Crimea is UA). Absent only for international waters. */
    country: countryCode.optional(),
    /** Oblast / region / state name in English. */
    admin1: z.string().trim().min(1).optional(),
    geonamesId: z.number().int().positive().optional(),
    population: z.number().int().nonnegative().optional(),
  })
  .strict();

export const placeFeature = z
  .object({
    type: z.literal('Feature'),
    properties: placeProperties,
    geometry,
  })
  .passthrough();

export const gazetteer = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

/** A count that is either exact (5) or a range ("at least 4" → {min: 4}). */
export const count = z.union([
  z.number().int().nonnegative(),
  z
    .object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative().optional() })
    .strict()
    .refine((r) => r.max === undefined || r.max >= r.min, 'max must not be below min'),
]);

export const casualties = z
  .object({ killed: count.optional(), injured: count.optional() })
  .strict();

export const claim = z
  .object({
    /** ISO 3166-1 alpha-2 of the side making the statement: RU, UA, US, GB… */
    party: countryCode,
    /** Who said it: "Valery Gerasimov, chief of Russia's general staff". */
    by: z.string().trim().min(1, 'must name who made the claim'),
    stance: z.enum(STANCES),
    subject: z.enum(CLAIM_SUBJECTS),
    /**
     * For a control claim: the side the claim says holds the place (stance "asserts") or says
     * does not hold it ("denies"). "Russia took Kupiansk" by RU asserts holder RU; Ukraine's
     * "that is untrue" denies holder RU; Ukraine confirming a withdrawal asserts holder RU.
     */
    holder: countryCode.optional(),
    /** Share of a town claimed, 0–1 ("70 per cent" → 0.7). */
    share: z.number().gt(0).lte(1).optional(),
    statement: z.string().trim().min(1, 'must not be empty'),
  })
  .strict();

export const source = z
  .object({
    outlet: z.string().trim().min(1, 'must not be empty'),
    title: z.string().trim().min(1, 'must not be empty'),
    published: isoDate,
    /** Only http(s): the link is clicked by readers (see web-url.ts). */
    url: z.string().refine(isWebUrl, WEB_URL_MESSAGE).optional(),
    /** The exact sentence(s) of the report the incident was taken from. */
    quote: z.string().trim().min(1, 'must not be empty: every incident cites the exact sentence it came from'),
  })
  .strict();

export const incident = z
  .object({
    id: slug,
    type: z.enum(INCIDENT_TYPES),
    date: isoDate,
    datePrecision: z.enum(DATE_PRECISIONS),
    /** Gazetteer ids; empty for an event the report does not locate. */
    placeIds: z.array(slug),
    /** How exactly placeIds locate the event; omitted for an unlocated event (placeIds empty). */
    geoPrecision: z.enum(GEO_PRECISIONS).optional(),
    /** For geoPrecision "near": the computed point ("5 km west of Donetsk"); placeIds[0] is the anchor. */
    coordinates: position.optional(),
    title: z.string().trim().min(1, 'must not be empty'),
    summary: z.string().trim().min(1, 'must not be empty'),
    casualties: casualties.optional(),
    claims: z.array(claim).default([]),
    sources: z.array(source).min(1, 'needs at least one source with a quote'),
  })
  .strict()
  .superRefine((record, ctx) => {
    if (record.placeIds.length > 0 && record.geoPrecision === undefined) {
      ctx.addIssue({ code: 'custom', path: ['geoPrecision'], message: 'is required when placeIds is not empty' });
    }
    if (record.coordinates !== undefined && record.geoPrecision !== 'near') {
      ctx.addIssue({ code: 'custom', path: ['coordinates'], message: 'is only for geoPrecision "near"' });
    }
  });

/** One file under geodata/incidents/: a JSON array of incidents. */
export const incidentFile = z.array(z.unknown());

/** What `npm run ingest -- --json` prints and what a draft file holds. */
export const draft = z.object({
  places: gazetteer,
  incidents: z.array(z.unknown()),
  /**
   * Names the ingest tool could not place, each with the sentence it was in, for the editor;
   * `candidates` lists the namesakes it could not tell apart ("Kurylivka (Kharkiv Oblast; 49.66, 37.70)").
   */
  unresolved: z
    .array(z.object({ name: z.string().min(1), sentence: z.string(), candidates: z.array(z.string()).optional() }))
    .default([]),
});

export type Geometry = z.infer<typeof geometry>;
export type PlaceProperties = z.infer<typeof placeProperties>;
export type PlaceFeature = { type: 'Feature'; properties: PlaceProperties; geometry: Geometry };
export type Count = z.infer<typeof count>;
export type Casualties = z.infer<typeof casualties>;
export type Claim = z.infer<typeof claim>;
export type Source = z.infer<typeof source>;
export type Incident = z.infer<typeof incident>;
