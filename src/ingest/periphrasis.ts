/**
 * Places named without their name: "the capital", "Ukraine's second-largest city", "the Black
 * Sea port", "the region's administrative centre", and "the city" / "the town" for the last
 * city or town the report named. Each becomes a mention with its place fixed, so the usual
 * rules (metonym, site, reference) decide its role.
 */
import type { PlaceRecord, Resolver } from './resolve';

export type PeriphrasisKind = 'capital' | 'second-city' | 'black-sea-port' | 'regional-centre' | 'anaphor';

export interface Periphrasis {
  start: number;
  end: number;
  surface: string;
  kind: PeriphrasisKind;
  /** For "the capital": whose ("Russian capital" → RU); else the report's main country. */
  country?: string;
}

const COUNTRY_OF: Record<string, string> = { ukrainian: 'UA', "ukraine's": 'UA', 'ukraine’s': 'UA', russian: 'RU', "russia's": 'RU', 'russia’s': 'RU' };
// Not when a name follows and says it ("the capital, Kyiv", "the Black Sea port of Odesa", "the city of Kherson").
const NAMED_AFTER = /^\s*(?:,\s*|of\s+|city\s+of\s+)?(?:the\s+)?\p{Lu}/u;

const PATTERNS: Array<[RegExp, PeriphrasisKind]> = [
  [/\b[Tt]he\s+(?:(Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+)?capital\b(?!\s+(?:of|city\s+of)\b)/gu, 'capital'],
  [/\b(Ukraine['’]s|Russia['’]s)\s+second[- ](?:largest|biggest)\s+city\b/gu, 'second-city'],
  [/\b[Tt]he\s+(?:southern\s+)?(?:Ukrainian\s+)?Black\s+Sea\s+port(?:\s+city)?\b/gu, 'black-sea-port'],
  [/\b[Tt]he\s+(?:region['’]s\s+|oblast['’]s\s+)?(?:administrative|regional)\s+(?:centre|center|capital)\b/gu, 'regional-centre'],
  [/\b[Tt]he\s+(?:city|town)\b(?!['’]s\s+(?:mayor|authorities|council|administration|governor)\b)(?!\s+(?:council|authorities|administration|hall|centre|center|mayor|of)\b)/gu, 'anaphor'],
];

export function findPeriphrases(text: string): Periphrasis[] {
  const out: Periphrasis[] = [];
  for (const [re, kind] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (NAMED_AFTER.test(text.slice(end))) continue;
      // "Kupiansk, the city …": the name is right there.
      if (kind === 'anaphor' && /\p{Lu}[\p{L}'’-]+\s*,\s*$/u.test(text.slice(0, start))) continue;
      if (out.some((p) => p.start < end && start < p.end)) continue;
      const owner = m[1]?.toLowerCase();
      out.push({ start, end, surface: m[0], kind, ...(owner && COUNTRY_OF[owner] ? { country: COUNTRY_OF[owner] } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const CAPITALS: Record<string, string> = { UA: 'Kyiv', RU: 'Moscow', BY: 'Minsk', MD: 'Chisinau' };
const SECOND_CITIES: Record<string, string> = { UA: 'Kharkiv', RU: 'Saint Petersburg' };

/** The most populous place of that name in that country. */
function biggest(resolver: Resolver, name: string, country: string): PlaceRecord | undefined {
  return resolver
    .lookup(name)
    .map((c) => c.place)
    .filter((p) => p.country === country && (p.kind === 'city' || p.kind === 'town'))
    .sort((a, b) => b.population - a.population || (a.source === 'gazetteer' ? -1 : 1))[0];
}

/**
 * The place a periphrasis stands for, given the report's main country and the last region and
 * the last city or town named before it; undefined when it cannot be told.
 */
export function periphrasisPlace(
  p: Periphrasis,
  resolver: Resolver,
  context: { mainCountry?: string; lastRegion?: PlaceRecord; lastTown?: PlaceRecord; regionalCentre: (region: PlaceRecord) => PlaceRecord | undefined },
): PlaceRecord | undefined {
  const country = p.country ?? context.mainCountry;
  switch (p.kind) {
    case 'capital':
      return country && CAPITALS[country] ? biggest(resolver, CAPITALS[country], country) : undefined;
    case 'second-city':
      return country && SECOND_CITIES[country] ? biggest(resolver, SECOND_CITIES[country], country) : undefined;
    case 'black-sea-port':
      return biggest(resolver, 'Odesa', 'UA');
    case 'regional-centre':
      return context.lastRegion ? context.regionalCentre(context.lastRegion) : undefined;
    case 'anaphor':
      return context.lastTown;
  }
}

// Places a sentence tells of without any name, only by another place.
// "a town outside Kharkiv", "a village near Kupiansk", "a town west of Kharkiv": one place the sentence does not name, near the one it does.
const UNNAMED_NEAR = /\b(?:a|one)\s+(?:[\w-]+\s+){0,2}(?:village|town|settlement|city|suburb)\s+(?:just\s+)?(?:outside|near|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|(?:(?:some\s+|about\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+/i;
/** How far from the town named the unnamed one "outside" it may be. */
export const UNNAMED_NEAR_KM = 60;
/** Whether the place mentioned is the one named after "a town outside …" (or in apposition to it). */
export function locatesUnnamedPlace(text: string, mention: { start: number }): boolean {
  const m = UNNAMED_NEAR.exec(text);
  if (!m) return false;
  const after = m.index + m[0].length;
  return mention.start >= after && /^[^.;]{0,60}$/.test(text.slice(after, mention.start));
}
// "in a border village in the Belgorod region": one place the sentence does not name.
const UNNAMED_PLACE = /\b(?:a|one)\s+(?:[\w-]+\s+){0,2}(?:village|town|settlement|city)\s+(?:in|of|near)\b/i;
export function tellsOfUnnamedPlace(text: string): boolean {
  return UNNAMED_PLACE.test(text);
}
