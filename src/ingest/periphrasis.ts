/**
 * Places named without their name: "the capital", "Ukraine's second-largest city", "the Black
 * Sea port", "the region's administrative centre", and "the city" / "the town" for the last
 * city or town the report named. Each becomes a mention with its place fixed, so the usual
 * rules (metonym, site, reference) decide its role (`addPeriphrases`). And places told of with no
 * name at all, only by another place: "a town outside Kharkiv", "a border village in the Belgorod
 * region" (draft.ts folds them into the place the report names there).
 */
import { datelineEnd, otherPart } from './context';
import { placeKey } from '../data/place-keys';
import { admin1Name } from './regions';
import { geoNamesIndex, isCapital, type PlaceRecord, type Resolver } from './resolve';
import type { Sentence } from './sentences';
import { regionNamedByCity, type PlaceDecision } from './sites';
import type { Mention } from './toponyms';

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

/** The seat of a region (GeoNames PPLA in its admin1), as a place record. */
function regionalCentre(resolver: Resolver, region: PlaceRecord): PlaceRecord | undefined {
  if (!region.admin1 || !region.country) return undefined;
  const seat = geoNamesIndex().cities.find((c) => c.featureCode === 'PPLA' && c.country === region.country && admin1Name(c.country, c.adminCode) === region.admin1);
  if (!seat) return undefined;
  return resolver.lookup(seat.name).find((c) => c.place.geonamesId === seat.cityId)?.place;
}

// A capital is named for its government as often as for itself; "the city" points at the town of the story.
const isTownAntecedent = (place: PlaceRecord | undefined) => (place?.kind === 'city' || place?.kind === 'town') && !isCapital(place.geonamesId);

const REGION_OFFICE = /^\s+(?:regional|oblast|region|district|raion)\s+(?:(?:military|state|civil)\s+)*(?:administration|council|governor|authorities|police)\b/i;
const LOCATIVE_OF = /\b(?:in|of|at|on|over)\s+(?:the\s+)?$/i;

// How far back "the city" may point: a few sentences of the same section.
const ANAPHOR_SENTENCES = 4;

/**
 * Decisions for the places a report names by periphrasis ("the capital", "the city"), placed
 * among the sentence's other decisions; their roles are decided with the rest.
 */
export function addPeriphrases(sentences: Sentence[], mentions: Mention[][], decisions: PlaceDecision[][], resolver: Resolver, focus: Map<string, number>): void {
  const mainCountry = [...focus.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  let lastRegion: PlaceRecord | undefined;
  let lastRegionAt: { sentence: number; section: number } | undefined;
  let lastTown: { place: PlaceRecord; sentence: number; section: number; end: number } | undefined;
  sentences.forEach((s, i) => {
    // "Ukraine's second-largest city" overlaps the country's own mention, which stays (a qualifier).
    const countryMention = (m: Mention) => decisions[i].some((d) => d.mention === m && d.chosen?.kind === 'country');
    const found = s.headline ? [] : findPeriphrases(s.text).filter((p) => !mentions[i].some((m) => m.start < p.end && p.start < m.end && !countryMention(m)));
    const dateline = datelineEnd(s);
    // A place named for a comparison or as where someone spoke is no antecedent of "the city".
    // (Nor a city named for its region's office: "the Lviv regional military administration", or
    // for its region: "Horlivka in Donetsk";
    // "the Kharkiv mayor … attacked the city" is Kharkiv.)
    const antecedent = (d: PlaceDecision): d is PlaceDecision & { chosen: PlaceRecord } =>
      d.chosen !== undefined && d.mention.start >= dateline && d.mention.via !== 'institution' && !otherPart(d.mention, s.text, false) && !REGION_OFFICE.test(s.text.slice(d.mention.end)) &&
      !regionNamedByCity(decisions[i], d, s.text);
    const named = decisions[i].filter(antecedent);
    for (const p of found) {
      // What was named before the periphrasis: earlier sentences, and this one up to it. In the
      // same sentence a capital named as a place is the city too ("residents of Kyiv … in the city").
      const before = named.filter((d) => d.mention.end <= p.start);
      const town = [...before].reverse().find((d) => isTownAntecedent(d.chosen) || (d.chosen?.kind === 'city' && isCapital(d.chosen.geonamesId) && LOCATIVE_OF.test(s.text.slice(0, d.mention.start))));
      const region = [...before].reverse().find((d) => d.chosen?.kind === 'region');
      // "…hit the eastern region of Kharkiv, injuring 14. Residential districts were targeted across
      // several parts of the city": with no city or town named before it, "the city" is the seat of
      // the region a sentence just before named, when the region bears its seat's name (Kharkiv,
      // Zaporizhzhia, Sumy). (Not a region of the same sentence: "shot in the city located in the
      // region of Sumy" is another city of that region.)
      const recentRegion = lastRegion && lastRegionAt && lastRegionAt.section === s.section && lastRegionAt.sentence < i && i - lastRegionAt.sentence <= ANAPHOR_SENTENCES ? lastRegion : undefined;
      const seatOfRegion = p.kind === 'anaphor' && recentRegion ? regionalCentre(resolver, recentRegion) : undefined;
      const regionSeat = recentRegion && seatOfRegion && placeKey(seatOfRegion.name) === placeKey(recentRegion.name.replace(/\s+(?:region|oblast)$/i, '')) ? seatOfRegion : undefined;
      const recentTown = town
        ? town.chosen
        : lastTown && lastTown.section === s.section && i - lastTown.sentence <= ANAPHOR_SENTENCES
          ? lastTown.place
          : regionSeat;
      const place = periphrasisPlace(p, resolver, {
        mainCountry,
        lastRegion: region?.chosen ?? lastRegion,
        lastTown: recentTown,
        regionalCentre: (r) => regionalCentre(resolver, r),
      });
      if (!place) continue;
      const mention: Mention = { sentence: i, start: p.start, end: p.end, surface: p.surface, name: place.name, via: 'phrase', fixed: [place], possessive: false };
      mentions[i].push(mention);
      decisions[i].push({
        sentence: i,
        mention,
        candidates: [{ place, how: 'exact', score: 0, reasons: [`"${p.surface}" read as ${place.name}`] }],
        chosen: place,
        choice: `"${p.surface}" stands for ${place.name} (${p.kind === 'anaphor' ? 'the last city or town named' : p.kind})`,
        role: 'site',
        reason: '',
      });
    }
    mentions[i].sort((a, b) => a.start - b.start);
    decisions[i].sort((a, b) => a.mention.start - b.mention.start);
    for (const d of decisions[i]) {
      if (!antecedent(d)) continue;
      if (d.chosen.kind === 'region') [lastRegion, lastRegionAt] = [d.chosen, { sentence: i, section: s.section }];
      if (isTownAntecedent(d.chosen)) lastTown = { place: d.chosen, sentence: i, section: s.section, end: d.mention.end };
    }
  });
}
