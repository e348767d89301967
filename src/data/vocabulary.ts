/**
 * The closed word lists of the data model. Kept apart from schema.ts (which needs zod) so
 * that client code can import them without shipping zod to the browser.
 */
export const INCIDENT_TYPES = ['strike', 'fighting', 'control-claim', 'diplomacy', 'hybrid'] as const;
export const DATE_PRECISIONS = ['day', 'week', 'month', 'season', 'year'] as const;
export const GEO_PRECISIONS = ['exact', 'near', 'region'] as const;
export const PLACE_KINDS = ['city', 'town', 'village', 'region', 'river', 'sea-area', 'country'] as const;
export const STANCES = ['asserts', 'denies'] as const;
export const CLAIM_SUBJECTS = ['control', 'attack', 'casualties', 'responsibility', 'other'] as const;

export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Settlements are drawn as points; the others as areas or lines. */
export const SETTLEMENT_KINDS: readonly PlaceKind[] = ['city', 'town', 'village'];
