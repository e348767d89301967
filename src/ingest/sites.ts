/**
 * Place decisions for every name of a report: which place each name is (candidates scored in
 * context, twice: the second time with the article's other places as anchors), and whether it
 * is an event site or a dateline, metonym, qualifier ("in Kharkiv region"), reference ("southeast
 * of Kharkiv"), ship name or modifier — each with its reason, for the human report. Then, across
 * the report: one name is one place (`oneNameOnePlace`), and one place may come with several
 * endings (`inflectedNames`).
 */
import { bearing as bearingTo, booleanPointInPolygon, destination, distance } from '@turf/turf';
import { SETTLEMENT_KINDS } from '../data/vocabulary';
import { placeKey } from '../data/place-keys';
import { agentAfter, coordinatedGroups, isLocative, isReferencePhrase, isWayTo, locatesUnnamedPlaceHere, mentionRole, otherPart, tellsOfUnnamedPlace, type Role } from './context';
import type { EventReading } from './events';
import { candidateLabel, filedInDistrict, isCapital, pickCandidate, scoreCandidates, type Candidate, type PlaceRecord, type Position, type Resolver, type ResolveContext } from './resolve';
import type { Sentence } from './sentences';
import { AREA_KINDS, DISTRICT_AFTER, namesNeighbourGround, seatLike, type Mention } from './toponyms';

export type DecisionRole = Role | 'qualifier' | 'reference' | 'not-locative' | 'not-an-event-place' | 'rejected' | 'unresolved';

/** One place name and what was decided about it, for the human report. */
export interface PlaceDecision {
  sentence: number;
  mention: Mention;
  candidates: Candidate[];
  chosen?: PlaceRecord;
  /** Why this candidate (or why none). */
  choice: string;
  role: DecisionRole;
  /** Why it is (not) an event site. */
  reason: string;
  /** For a name left unresolved among namesakes: the candidates, for the editor. */
  alternatives?: string[];
  /** Set when the sentence itself told which namesake (a district or a reference place named with it). */
  locatedBy?: string;
}

export const SETTLEMENTS: ReadonlySet<string> = new Set(SETTLEMENT_KINDS);
/** How far from a named district's seat its villages may lie. */
const DISTRICT_KM = 60;
// What a list of places governed by a preposition follows: "across Odessa, Kharkov and Kyiv", "in the cities of …".
const LIST_AFTER_PREPOSITION = /\b(?:in|across|over|on|at|into|throughout|against|targeting)\s+(?:the\s+)?(?:(?:cities|towns|regions|villages)\s+of\s+)?$/i;

function describe(candidate: Candidate): string {
  const p = candidate.place;
  const where = [p.admin1, p.country].filter(Boolean).join(', ');
  return `${p.source} ${p.source === 'geonames' ? p.geonamesId : p.id} "${p.name}"${where ? ` (${where})` : ''} [${candidate.score}]`;
}

const BORDER_WITH = /\bborders?\s+with\s+(?:the\s+)?$/i;
/** A name told as a settlement: "the village of Zelenoye", "Zaporizke, a small settlement". */
const NAMED_AS_SETTLEMENT_BEFORE = /\b(?:village|settlement|hamlet)\s+of\s+$/i;
const NAMED_AS_SETTLEMENT_AFTER = /^\s*,\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:village|settlement|hamlet)\b/i;

/** Decides every mention's place: candidates scored in context, twice (the second time with anchors). */
export function decidePlaces(
  sentences: Sentence[],
  mentions: Mention[][],
  resolver: Resolver,
  focus: Map<string, number>,
  reportDate?: string,
): PlaceDecision[][] {
  const articleRegions = [
    ...new Set(
      mentions
        .flat()
        .flatMap((m) => m.fixed ?? [])
        .filter((r) => r.kind === 'region' && r.admin1)
        .map((r) => r.admin1 as string),
    ),
  ];
  // The countries of the regions the report names ("the Krasnodar region" → RU).
  const regionCountries = new Set(
    mentions
      .flat()
      .flatMap((m) => m.fixed ?? [])
      .filter((r) => r.kind === 'region' && r.country)
      .map((r) => r.country as string),
  );
  // (Not a region named as "the border with the Donetsk region": what lies by it is across it.)
  const regionsNamedIn = (si: number) => [
    ...new Set(
      mentions[si]
        .filter((m) => !BORDER_WITH.test(sentences[si].text.slice(0, m.start)))
        .flatMap((m) => m.fixed ?? [])
        .filter((r) => r.kind === 'region' && r.admin1)
        .map((r) => r.admin1 as string),
    ),
  ];
  // "Russia said it had captured a village in Ukraine's Dnipropetrovsk region. … its troops had
  // seized the village of Novomykolaivka": the village a sentence soon after names is the lead's
  // unnamed one, in the lead's region (when the lead names one region and the sentence none).
  const namedRegions = sentences.map((_, si) => regionsNamedIn(si));
  const leadRegion = sentences.map((s, si) => (tellsOfUnnamedPlace(s.text) && namedRegions[si].length === 1 ? namedRegions[si][0] : undefined));
  const carriedRegion = (si: number, m: Mention, text: string) => {
    if (!NAMED_AS_SETTLEMENT_BEFORE.test(text.slice(0, m.start)) && !NAMED_AS_SETTLEMENT_AFTER.test(text.slice(m.end))) return undefined;
    return leadRegion[si - 1] ?? leadRegion[si - 2];
  };
  const decide = (anchors: Position[], previous?: PlaceDecision[][]) =>
    sentences.map((s, si) => {
      const hints = namedRegions[si];
      const listRegion = previous ? listRegions(mentions[si], previous[si], s.text) : new Map<number, string>();
      return mentions[si].map((m, mi): PlaceDecision => {
        const before = previous?.[si][mi];
        const ofList = listRegion.get(mi);
        if (before && before.chosen && before.chosen.source !== 'geonames' && isSure(before) && !ofList) return before;
        const own = before?.chosen?.point;
        const context: ResolveContext = {
          focus,
          regionHints: [
            ...hints.filter((h) => !m.fixed?.some((r) => r.admin1 === h)),
            ...(ofList && !hints.includes(ofList) ? [ofList] : []),
            ...(hints.length === 0 && !ofList ? [carriedRegion(si, m, s.text)].filter((r): r is string => r !== undefined) : []),
          ],
          articleRegions,
          anchors: anchors.filter((a) => a !== own),
          reportDate,
        };
        // Loose matches are looked for in the region the sentence names, else in those the report
        // names elsewhere ("Kherson region" in the lead, "the town of Mykolyske" two sentences on).
        const inSlot = PLACE_SLOT_BEFORE.test(s.text.slice(0, m.start)) || PLACE_SLOT_AFTER.test(s.text.slice(m.end));
        const looseHints = !inSlot ? [] : context.regionHints.length > 0 ? context.regionHints : articleRegions;
        let found = m.fixed ? m.fixed.map((place) => ({ place, how: 'exact' as const })) : withLooseMatches(resolver, m.name, looseHints);
        // A seat read out of a district's adjective ("Shebekinsky district" → Shebekino) only in
        // a region the report names or near its other places: the adjective fits towns far away too.
        if (m.seatOf) found = found.filter(({ place }) => seatLike(place) && nearTheReport(place, [...hints, ...articleRegions], context.anchors));
        // "Afipsky in Seversky district" in a report on the Krasnodar region: a district is
        // named in the country whose regions the report names, not after a namesake town abroad.
        if (regionCountries.size > 0 && DISTRICT_AFTER.test(s.text.slice(m.end))) {
          const inCountry = found.filter(({ place }) => (place.admin1 && [...hints, ...articleRegions].includes(place.admin1)) || (place.country && regionCountries.has(place.country)));
          if (inCountry.length === 0 && found.length > 0) {
            const where = [...regionCountries].join(' or ');
            const reason = `a district, but no place by this name in ${where}, the country of the regions the report names`;
            return { sentence: si, mention: m, candidates: scoreCandidates(found, context), choice: reason, role: 'unresolved', reason };
          }
          found = inCountry;
        }
        const scored = scoreCandidates(found, context);
        if (!scored[0]) return { sentence: si, mention: m, candidates: scored, choice: 'no candidate', role: 'unresolved', reason: 'no place by this name' };
        const pick = pickCandidate(scored, context);
        if ('unresolved' in pick) {
          return { sentence: si, mention: m, candidates: scored, choice: pick.unresolved, role: 'unresolved', reason: pick.unresolved, alternatives: pick.alternatives };
        }
        if ('refused' in pick) return { sentence: si, mention: m, candidates: scored, choice: pick.refused, role: 'rejected', reason: pick.refused };
        const { candidates } = pick;
        const best = candidates[0];
        const townForVillage = villageTakenForTown(candidates, s.text, m, context);
        if (townForVillage) return { sentence: si, mention: m, candidates, choice: townForVillage.reason, role: 'unresolved', reason: townForVillage.reason, alternatives: townForVillage.alternatives };
        const margin = candidates[1] ? ` over ${describe(candidates[1])}` : ', the only candidate';
        return {
          sentence: si,
          mention: m,
          candidates,
          chosen: best.place,
          choice: `${describe(best)}${margin}: ${best.reasons.join('; ')}`,
          role: 'site',
          reason: '',
        };
      });
    });
  const isSure = (d: PlaceDecision) =>
    d.chosen !== undefined &&
    (d.chosen.source !== 'geonames' || d.candidates.length === 1 || d.candidates[0].score - d.candidates[1].score >= 3);
  /**
   * "Kherson, Antonivka, Mykhailivka and Novooleksandrivka came under fire": a list of places hit
   * is one area. The region that holds most of the list's placed members (two or more, one of
   * them without doubt) is named for the other members (mention index → admin1), as if the
   * sentence said it; a curated place named by its own name keeps its place.
   */
  const listRegions = (list: Mention[], decided: PlaceDecision[], text: string): Map<number, string> => {
    const out = new Map<number, string>();
    // (A curated place reached by an old name, "Novooleksandrivka" for Melitopol, is not sure.)
    const curated = (d: PlaceDecision) => d.chosen?.source === 'gazetteer' && placeKey(d.chosen.name) === placeKey(d.mention.name);
    for (const group of coordinatedGroups(list, text)) {
      if (group.length < 3) continue;
      const placed = group.map((i) => decided[i]).filter((d) => d.chosen?.admin1 && SETTLEMENTS.has(d.chosen.kind) && (d.chosen.source !== 'gazetteer' || curated(d)));
      const count = new Map<string, number>();
      for (const d of placed) count.set(d.chosen?.admin1 as string, (count.get(d.chosen?.admin1 as string) ?? 0) + 1);
      const [[region, most] = ['', 0], second] = [...count.entries()].sort((a, b) => b[1] - a[1]);
      if (most < 2 || (second && second[1] >= most)) continue;
      if (!placed.some((d) => d.chosen?.admin1 === region && isSure(d) && (d.chosen.source !== 'gazetteer' || curated(d)))) continue;
      for (const i of group) if (decided[i].chosen?.admin1 !== region && !curated(decided[i])) out.set(i, region);
    }
    return out;
  };
  const first = decide([]);
  const anchors = first
    .flat()
    .filter((d) => isSure(d) && d.chosen && SETTLEMENTS.has(d.chosen.kind) && d.chosen.point)
    .map((d) => d.chosen?.point as Position);
  const second = decide(anchors, first);
  // Villages placed only with the anchors may show a list's region: then once more.
  const lists = second.some((list, si) => listRegions(mentions[si], list, sentences[si].text).size > 0);
  return lists ? decide(anchors, second) : second;
}

const VILLAGE_BEFORE = /\b(?:village|hamlet)\s+of\s+$/i;
const VILLAGE_AFTER = /^\s+village\b/i;
const LOCATED_RIGHT_AFTER = /^\s*,?\s*(?:(?:some|about|around|just|\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles))\s+)*(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+)?(?:of|from|near|outside)\s/i;
/** A town this large is not what a report calling the place a village means, when villages share its name. */
const TOWN_POPULATION = 10_000;
/** …and a city this large is never what "the village of" means. */
const CITY_POPULATION = 100_000;

/**
 * "Ukrainian forces recaptured the village of X": the town of 20,000 called X wins on population
 * alone, yet the report says a village, and villages called X exist. Unless the region named in
 * the sentence or the report's other places (within NEAR_VILLAGE_KM) place the town, none is
 * guessed: the name is listed with its namesakes.
 */
function villageTakenForTown(
  candidates: Candidate[],
  text: string,
  m: Mention,
  context: ResolveContext,
): { reason: string; alternatives: string[] } | undefined {
  const [best] = candidates;
  // (A town of the curated gazetteer is one the map follows: a report calling it a village is loose.
  // A city of 100,000 or more is never called a village: "the village of Lviv" in Kherson Oblast.)
  const villageSaidLoosely = best?.place.source === 'gazetteer' && best.place.population < CITY_POPULATION;
  if (!best || villageSaidLoosely || best.place.population < TOWN_POPULATION || !SETTLEMENTS.has(best.place.kind)) return undefined;
  // ("the village of X, north of Y": the place it is told from settles it, nearTheReference.)
  if (LOCATED_RIGHT_AFTER.test(text.slice(m.end))) return undefined;
  if (!VILLAGE_BEFORE.test(text.slice(0, m.start)) && !VILLAGE_AFTER.test(text.slice(m.end))) return undefined;
  if (best.place.admin1 && context.regionHints.includes(best.place.admin1)) return undefined;
  const at = best.place.point;
  if (at && context.anchors.some((a) => distance(a, at, { units: 'kilometers' }) <= NEAR_VILLAGE_KM)) return undefined;
  const villages = candidates.filter((c) => c !== best && c.place.country === best.place.country && SETTLEMENTS.has(c.place.kind) && c.place.population < TOWN_POPULATION);
  if (villages.length === 0) return undefined;
  const alternatives = [best, ...villages].map((c) => candidateLabel(c.place));
  return {
    reason: `called a village, but the best candidate is a town of ${best.place.population.toLocaleString('en-GB')} and ${villages.length} village(s) share its name; nothing in the report tells them apart: ${alternatives.slice(0, 5).join('; ')}`,
    alternatives,
  };
}
/** How near the report's other places a town must be to be the "village" a report names. */
const NEAR_VILLAGE_KM = 50;

// Where a loose match may be looked for: a name in a place's slot ("in X", "the village of X",
// "captured X", "X village"), not a surname that happens to be spelt like a village ("Lysak said").
const PLACE_SLOT_BEFORE = /\b(?:in|near|of|at|outside|around|into|from|village|town|settlement|hamlet|liberated|liberating|captured|capturing|took|taken|seized|hit|shelled|struck|attacked|targeted)\s+(?:the\s+)?(?:(?:village|town|settlement|hamlet)\s+of\s+)?$/i;
const PLACE_SLOT_AFTER = /^\s+(?:village|settlement|hamlet)\b/i;

/** How near the report's other places a district's seat must be when no region the report names holds it. */
const SEAT_NEAR_KM = 150;

function nearTheReport(place: PlaceRecord, regions: string[], anchors: Position[]): boolean {
  if (place.admin1 && regions.includes(place.admin1)) return true;
  const at = place.point;
  return at !== undefined && anchors.some((a) => distance(a, at, { units: 'kilometers' }) <= SEAT_NEAR_KM);
}

/**
 * A name's candidates, and when the sentence names the region and no settlement by a stricter
 * match lies there, the region's settlements that are the name in another romanization
 * ("Zagornoye Village in Zaporozhye Region" → the Zahirne of Zaporizhzhia Oblast). Only inside
 * the named region: the loose key has namesakes all over the country.
 */
export function withLooseMatches(resolver: Resolver, name: string, regionHints: string[]): Array<{ place: PlaceRecord; how: Candidate['how'] }> {
  const found = resolver.lookup(name);
  if (regionHints.length === 0) return found;
  const inRegion = (p: PlaceRecord) => SETTLEMENTS.has(p.kind) && p.admin1 !== undefined && regionHints.includes(p.admin1);
  if (found.some((c) => inRegion(c.place))) return found;
  const loose = resolver.looseSettlements(name).filter((c) => inRegion(c.place) && !found.some((f) => f.place.ref === c.place.ref));
  return [...found, ...loose];
}

export function insideArea(area: PlaceRecord, place: PlaceRecord): boolean {
  if (!place.point) return false;
  if (area.kind === 'country') return area.country !== undefined && area.country === place.country;
  if (area.kind === 'river' || area.kind === 'sea-area') return true;
  const geometry = area.feature().geometry;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return area.admin1 !== undefined && area.admin1 === place.admin1;
  return (area.admin1 !== undefined && area.admin1 === place.admin1) || booleanPointInPolygon(place.point, geometry);
}

/** A place name the tool could not place: none by that name, or only namesakes outside the region named (not a short word refused). */
export function isUnplacedName(d: PlaceDecision): boolean {
  if (!/^\p{Lu}/u.test(d.mention.surface)) return false;
  if (d.role === 'unresolved') return true;
  return d.role === 'rejected' && d.candidates[0] !== undefined && placeKey(d.candidates[0].place.name).length >= 4;
}

// What joins a village to the region that locates it: "Pervomaiske, Kherson region", "Dolynka in Zaporizhzhia Oblast".
const UNPLACED_IN = /^(?:\s*,\s*|\s+in\s+|\s+of\s+)(?:the\s+)?(?:(?:[\p{L}’'-]+\s+)?(?:district|raion|community|hromada)\s*,?\s+(?:in\s+|of\s+)?(?:the\s+)?)?(?:[\p{L}’'-]+['’]s\s+)?$/u;

const VILLAGE_OF = new RegExp(String.raw`\b(?:village|town|settlement|hamlet)\s+of\s+(\p{Lu}[\p{L}’'-]+(?:[\s-]\p{Lu}[\p{L}’'-]+)?)` + UNPLACED_IN.source.slice(1), 'u');

/** The name of a village no gazetteer places that the region mention `d` locates, or undefined. */
function unplacedBefore(decisions: PlaceDecision[], d: PlaceDecision, text: string): string | undefined {
  const before = text.slice(0, d.mention.start);
  const named = decisions.find((o) => isUnplacedName(o) && o.mention.end <= d.mention.start && UNPLACED_IN.test(text.slice(o.mention.end, d.mention.start)));
  if (named) return named.mention.surface;
  const village = VILLAGE_OF.exec(before);
  if (!village) return undefined;
  const at = village.index + village[0].indexOf(village[1]);
  const placed = decisions.some((o) => o.chosen && o.role === 'site' && o.mention.start >= at && o.mention.start < at + village[1].length);
  return placed ? undefined : village[1];
}

// "In Belgorod oblast, the Ukrainian side shelled the Dvuluchnoe settlement": a settlement named
// after the region, which the region only locates.
const SETTLEMENT_NAMED = /\bthe\s+(\p{Lu}[\p{L}’'-]+)\s+(?:settlement|village|hamlet)\b|\b(?:village|settlement|hamlet)\s+of\s+(\p{Lu}[\p{L}’'-]+)/u;

/** The name of a settlement no gazetteer places that the region mention `d`, named before it, locates. */
function unplacedAfter(decisions: PlaceDecision[], d: PlaceDecision, text: string): string | undefined {
  const m = SETTLEMENT_NAMED.exec(text.slice(d.mention.end));
  if (!m) return undefined;
  const name = m[1] ?? m[2];
  const at = d.mention.end + m.index + m[0].indexOf(name);
  const placed = decisions.some((o) => o.chosen && o.role !== 'rejected' && o.role !== 'unresolved' && o.mention.start < at + name.length && o.mention.end > at);
  return placed ? undefined : name;
}

// "Mykolaivka lies in the north of Donetsk Oblast, not far from Sloviansk": a sentence that says where its subject is.
const LOCATED_SUBJECT = /^(?:(?:The\s+)?(?:village|town|city|settlement)\s+of\s+)?(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?),?\s+(?:lies|is\s+located|is\s+situated|sits|is\s+about|is\s+some|is\s+around)\b/u;
// "The small frontline village is located near the town of …": the subject is a place named before.
const LOCATED_UNNAMED = /^(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?((?:village|town|city|settlement|hamlet))\s+(?:lies|is\s+located|is\s+situated|sits|is\s+about|is\s+some|is\s+around)\b/u;

// "…, located about 74 kilometers (45 miles) from Kharkiv": a distance from the place named next.
/**
 * "the village of Voznesenka, north of Kurakhove", "Rozivka, 61 km southeast of Kupiansk": the
 * reference says where the village is, so of its namesakes the one that lies there is meant (within
 * the distance given, and a third more, else 40 km), even against a larger namesake far away.
 */
const RIGHT_AFTER = /^\s*,?\s*(?:(?:some|about|around|roughly|just|approximately|only)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)(?:\s*\([^)]{0,30}\))?\s+)?(?:[\w-]+\s+){0,2}?(?:of|from|near|outside)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;

function nearTheReference(located: PlaceDecision, reference: PlaceDecision, text: string): void {
  const at = reference.chosen?.point;
  if (!at || located.mention.fixed) return;
  // Only a reference right after the place ("Voznesenka, north of Kurakhove, a town west of
  // Donetsk" locates it by Kurakhove), or one a short clause gives a distance from ("Kalynove in
  // the Donetsk region, which lies around 25 km southeast of the key logistics hub of Pokrovsk").
  const between = text.slice(located.mention.end, reference.mention.start);
  if (!RIGHT_AFTER.test(between) && !DISTANCE_AFTER.test(between)) return;
  // (A name left unresolved, its namesakes too alike, is placed only by a distance and a way.)
  const current = located.chosen;
  if (current ? !current.point : !/\d/.test(between) || !/(?:north|south|east|west)/i.test(between)) return;
  const km = /(\d+(?:[.,]\d+)?)\s*(km|kilometres|kilometers|miles)\b/i.exec(between);
  const given = km ? Number(km[1].replace(',', '.')) * (/^mi/i.test(km[2]) ? 1.609 : 1) : undefined;
  const direction = new RegExp(String.raw`\b${WAY}\s+(?:of|from)\b`, 'i').exec(between)?.[1].toLowerCase().replace('-', '');
  const bearing = direction ? BEARINGS[direction] : undefined;
  // Where the text puts it, when it says how far and which way.
  const target = given !== undefined && bearing !== undefined ? (destination(at, given, bearing, { units: 'kilometers' }).geometry.coordinates as Position) : undefined;
  const reach = given !== undefined ? given * 1.33 + 5 : 40;
  const away = (p: PlaceRecord) => (p.point ? distance(p.point, at, { units: 'kilometers' }) : Infinity);
  const off = (p: PlaceRecord) => (target && p.point ? distance(p.point, target, { units: 'kilometers' }) : Math.abs(away(p) - (given ?? 0)));
  // Where the text puts it: the distance given, give or take a fifth and 3 km for rounding (a
  // village 22 km away is not "about 35 km" away), and the way given, give or take 45°.
  const turn = (p: PlaceRecord) => (p.point && bearing !== undefined ? Math.abs(((bearingTo(at, p.point) - bearing + 540) % 360) - 180) : 0);
  const fits = (p: PlaceRecord) => (target ? Math.abs(away(p) - (given as number)) <= (given as number) / 5 + 3 && turn(p) <= 45 : away(p) <= reach);
  if (current && fits(current)) return;
  const first = current ? `the first choice was ${Math.round(away(current))} km away` : 'its namesakes were too alike to choose';
  const near = located.candidates.filter((c) => SETTLEMENTS.has(c.place.kind) && fits(c.place)).sort((a, b) => off(a.place) - off(b.place))[0];
  if (near) {
    located.choice = `${describe(near)}: ${Math.round(away(near.place))} km from "${reference.mention.surface}", which the sentence locates it by (${first})`;
    located.chosen = near.place;
    located.locatedBy = `"${reference.mention.surface}"`;
    [located.role, located.reason] = ['site', 'named where something happened'];
    return;
  }
  // No namesake lies where the text puts it ("Rozivka, 61 km southeast of Kupiansk", a village
  // no list holds there): the point the text gives, from the reference, is the site.
  if (target && reference.chosen && given !== undefined && bearing !== undefined) {
    located.choice = `no "${located.mention.surface}" lies ${km?.[0]} ${direction} of "${reference.mention.surface}" (${first}): the point the text gives`;
    located.chosen = reference.chosen;
    located.mention = { ...located.mention, relative: { km: given, bearing, phrase: between.trim() } };
    [located.role, located.reason] = ['site', 'named where something happened'];
  }
}

const BEARINGS: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: -135, west: -90, northwest: -45 };
// What a reference may be called before its name: "the city of", "the key logistics hub of".
const PLACE_NOUN_OF = String.raw`(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|settlement|port|hub|centre|center|stronghold|outpost)\s+of\s+)`;
// A way ("southeast", "north-west", "eastern") before "of"/"from".
const WAY = String.raw`(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|erly|ward)?`;
// "25 kilometres (16 miles) southeast of the key logistics hub of": a distance from the place named next.
const DISTANCE_OF = String.raw`\b\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)\b(?:\s*\([^)]{0,30}\))?\s+(?:${WAY}\s+)?(?:of|from)\s+(?:the\s+)?${PLACE_NOUN_OF}?$`;
// The same after a short clause: "…, which lies around 25 kilometres … of".
const DISTANCE_AFTER = new RegExp(String.raw`^[^.:]{0,80}?${DISTANCE_OF}`, 'i');
const DISTANCE_FROM = new RegExp(DISTANCE_OF, 'i');

/** A list's link: a comma, or "and"/"or" after one. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/i;
/** Between a list's last member and the district that closes it: "Berestove in Kupiansk district", "Dvorichne, Kupiansk district". */
const BEFORE_DISTRICT = /^\s*(?:,\s*|\s+in\s+)(?:the\s+)?$/i;

/**
 * The places of a list a district closes: "Vesele, Dvorichna, Ivanivka, Berestove in Kupiansk
 * district" — the district says where each of them is, not only the last.
 */
export function listClosedBy(decisions: PlaceDecision[], district: PlaceDecision, text: string): PlaceDecision[] {
  const before = decisions.filter((d) => d.mention.end <= district.mention.start).sort((a, b) => a.mention.start - b.mention.start);
  let last = before[before.length - 1];
  if (!last || !BEFORE_DISTRICT.test(text.slice(last.mention.end, district.mention.start))) return [];
  const members = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    if (!LIST_GAP.test(text.slice(before[i].mention.end, last.mention.start))) break;
    last = before[i];
    members.push(last);
  }
  return members.length > 1 ? members : [];
}

/** "In Semenivka community, …": a district or community that opens a clause, as its frame. */
const FRAME_BEFORE = /(?:^|[,;:]\s*|\band\s+)in\s+(?:the\s+)?$/i;
const FRAME_AFTER = /^\s+(?:(?:urban|rural|settlement|territorial)\s+)?(?:district|raion|rayon|community|hromada)\s*,/i;
const opensFrame = (d: PlaceDecision, text: string) =>
  d.mention.via === 'district' && FRAME_BEFORE.test(text.slice(0, d.mention.start)) && FRAME_AFTER.test(text.slice(d.mention.end));

/**
 * The places of the clause a district or community frames: "In Semenivka community, 43 explosions
 * were recorded near Semenivka, Mykolaivka and Zarichchia" — each of them is in that community, up
 * to the next district that opens a frame of its own ("…, and in Shostka community, …").
 */
export function framedBy(decisions: PlaceDecision[], district: PlaceDecision, text: string): PlaceDecision[] {
  if (!opensFrame(district, text)) return [];
  const after = decisions.filter((d) => d.mention.start >= district.mention.end).sort((a, b) => a.mention.start - b.mention.start);
  const next = after.find((d) => opensFrame(d, text));
  return after.filter((d) => d !== next && (!next || d.mention.start < next.mention.start));
}

/**
 * "Horlivka in Donetsk", "Nova Kakhovka in Kherson": a town is not in another town, so the second
 * name is the region named after its city (when the first lies in that region). Returns the town.
 */
export function regionNamedByCity(decisions: PlaceDecision[], d: PlaceDecision, text: string): PlaceDecision | undefined {
  if (!d.chosen || !SETTLEMENTS.has(d.chosen.kind) || !d.chosen.admin1) return undefined;
  const region = placeKey(d.chosen.admin1.replace(/\s+(?:oblast|region|province|krai)$/i, ''));
  if (placeKey(d.mention.name) !== region) return undefined;
  return decisions.find(
    (o) => o !== d && o.chosen && o.chosen.id !== d.chosen?.id && SETTLEMENTS.has(o.chosen.kind) && o.chosen.admin1 === d.chosen?.admin1 &&
      o.mention.end <= d.mention.start && /^\s+in\s+$/i.test(text.slice(o.mention.end, d.mention.start)),
  );
}

/** Events that happen only where the armies meet: a capture, a battle. */
const FRONT_EVENTS: ReadonlySet<string> = new Set(['control-claim', 'fighting']);
const NAME_MATCHES: ReadonlySet<Candidate['how']> = new Set(['exact', 'russian-form', 'renamed']);

/**
 * A village captured or fought over is on the front that day: when the place chosen for a name
 * lies away from the ground front (war-zone.ts; the Dnipro is shelled across, not fought over) and
 * exactly one namesake of that name lies near it, the namesake ("fighting for Novodonetske" in
 * June 2023 is the village by Velyka Novosilka, not the town 100 km north). A place the curated
 * gazetteer holds, or a name the sentence fixed to a region, keeps its place.
 */
function onTheFront(decisions: PlaceDecision[]): void {
  for (const d of decisions) {
    const chosen = d.candidates.find((c) => c.place === d.chosen);
    if (!chosen || chosen.onGroundFront || d.mention.fixed || d.locatedBy || chosen.place.source === 'gazetteer' || !SETTLEMENTS.has(chosen.place.kind)) continue;
    const inZone = d.candidates.filter((c) => c.onGroundFront && !c.outsideNamedRegion && NAME_MATCHES.has(c.how) && SETTLEMENTS.has(c.place.kind));
    if (inZone.length !== 1) continue;
    d.chosen = inZone[0].place;
    d.choice = `${describe(inZone[0])}: the only namesake near the ground front that day (${inZone[0].onGroundFront}), and a capture or a battle is on the front; not ${chosen.place.name} (${chosen.place.admin1 ?? chosen.place.country})`;
  }
}

/** Roles of the decided places of one sentence: sites, and why the others are not. */
export function assignRoles(
  sentence: Sentence,
  decisions: PlaceDecision[],
  resolver: Resolver,
  reading: EventReading | undefined,
  focus: Map<string, number>,
): void {
  if (reading && FRONT_EVENTS.has(reading.type) && !reading.hypothetical) onTheFront(decisions);
  for (const d of decisions) {
    if (!d.chosen) continue;
    const capitalLike = d.chosen.kind === 'country' || d.mention.via === 'institution' || isCapital(d.chosen.geonamesId);
    const { role, reason } = mentionRole(d.mention, sentence, capitalLike);
    d.role = role;
    d.reason = reason;
  }
  // Lists: "Washington and Kyiv will work together" (one metonym, all metonyms);
  // "Crimea, Luhansk and Donetsk" (one region, all regions).
  for (const group of coordinatedGroups(decisions.map((d) => d.mention), sentence.text)) {
    const members = group.map((i) => decisions[i]).filter((d) => d.chosen);
    // "bombardments across Odessa, Kharkov, Lviv and Kyiv had caused power outages": a list
    // governed by a preposition is no subject, so the verb after it is not the places' doing
    // (a speech verb still makes them speakers: "officials in Kyiv and Moscow said").
    const last = members[members.length - 1];
    if (members.length > 1 && LIST_AFTER_PREPOSITION.test(sentence.text.slice(0, members[0].mention.start)) && !agentAfter(sentence.text.slice(last.mention.end), true)) {
      for (const d of members) {
        if (d.role === 'metonym' && d.reason.includes('stands for who speaks or acts')) [d.role, d.reason] = ['site', 'named in a list after a preposition, not the subject of the verb after it'];
      }
    }
    const metonym = members.find((d) => d.role === 'metonym');
    if (metonym) {
      for (const d of members) if (d.role === 'site') [d.role, d.reason] = ['metonym', `listed with "${metonym.mention.surface}": ${metonym.reason}`];
    }
    if (members.some((d) => d.chosen?.kind === 'region')) {
      for (const d of members) {
        if (!d.chosen || !SETTLEMENTS.has(d.chosen.kind) || d.mention.fixed || d.mention.via === 'institution') continue;
        const region = resolver.regions(d.mention.name)[0];
        if (region) {
          d.choice = `${region.source} ${region.id} "${region.name}": listed with regions, so the region of that name (not the city)`;
          d.chosen = region;
        }
      }
    }
  }
  // "Ukrainske village of Chuhuiv district": the district says where the village is, so a
  // namesake far from it is the wrong place; a candidate near the district, or none.
  // (Not "the Dniprovskyi district of Kherson", a part of a city: see below; not "the Okhtyrka
  // District Military Administration", an office.)
  for (const district of decisions.filter((o) => o.mention.via === 'district' && o.role !== 'attributive' && o.chosen?.point && !/^\s+(?:city\s+)?district\s+of\b/i.test(sentence.text.slice(o.mention.end)))) {
    const at = district.chosen?.point as Position;
    const listed = new Set([...listClosedBy(decisions, district, sentence.text), ...framedBy(decisions, district, sentence.text)]);
    for (const d of decisions) {
      if (d === district || d.mention.via === 'district') continue;
      // A site, or a name left unresolved among namesakes, which the district may tell apart.
      const namesakes = d.role === 'unresolved' && d.alternatives !== undefined && d.candidates.some((c) => SETTLEMENTS.has(c.place.kind));
      if (!namesakes && (d.role !== 'site' || !d.chosen?.point || !SETTLEMENTS.has(d.chosen.kind))) continue;
      // Only a village named with the district: "attacked Dnipro …, and shelled the Nikopol district"
      // names two places. A list the district closes is named with it as a whole ("Vesele, Ivanivka,
      // Berestove in Kupiansk district").
      const gap = d.mention.end <= district.mention.start ? sentence.text.slice(d.mention.end, district.mention.start) : sentence.text.slice(district.mention.end, d.mention.start);
      if (!listed.has(d) && (gap.length > 50 || /[;.]|,\s+(?:and|but|while)\b/.test(gap))) continue;
      // GeoNames files villages in the raions of 2020, some 100 km across: a village filed in the
      // district is in it however far from its seat; another only near the seat.
      const filed = (c: Candidate) => filedInDistrict(c.place, district.mention.name) || (district.chosen !== undefined && filedInDistrict(c.place, district.chosen.name));
      const away = (c: Candidate) => (c.place.point ? distance(c.place.point, at, { units: 'kilometers' }) : Infinity);
      const best = d.candidates.find((c) => c.place === d.chosen);
      // (Not when a place of the name filed in this district stands against one near the seat but
      // filed in another, or one the name only loosely matches: "Dvorichne, Kupiansk district" is
      // that village, not the town of Dvorichna 3 km off.)
      const doubtful = (c: Candidate) => (c.place.admin2 !== undefined && !filed(c)) || c.how !== 'exact';
      const filedRival = (c: Candidate) => c !== best && SETTLEMENTS.has(c.place.kind) && filed(c) && (best?.how !== 'exact' ? c.how === 'exact' : true);
      if (best && (filed(best) || (away(best) <= DISTRICT_KM && !(doubtful(best) && d.candidates.some(filedRival))))) {
        d.locatedBy = `"${district.mention.surface}" district`;
        continue;
      }
      // Of the namesakes in the district: one GeoNames files in it, else the nearest to its seat.
      const inDistrict = (c: Candidate) => (filed(c) ? 0 : 1);
      const within = d.candidates.filter((c) => SETTLEMENTS.has(c.place.kind) && (filed(c) || away(c) <= DISTRICT_KM)).sort((a, b) => inDistrict(a) - inDistrict(b) || away(a) - away(b));
      // Namesakes left unresolved are told apart only by the one filed in the district, or the only one near it.
      const near = namesakes && within.length > 1 && (inDistrict(within[0]) === 1 || inDistrict(within[1]) === 0) ? undefined : within[0];
      if (near) {
        d.choice = `${describe(near)}: within ${DISTRICT_KM} km of "${district.mention.surface}", the district named with it`;
        d.chosen = near.place;
        d.locatedBy = `"${district.mention.surface}" district`;
        if (namesakes) [d.role, d.reason, d.alternatives] = ['site', 'named where something happened', undefined];
      } else if (d.chosen?.point) {
        d.choice = `no "${d.mention.name}" within ${DISTRICT_KM} km of "${district.mention.surface}" district (the nearest candidate is ${Math.round(distance(d.chosen.point, at, { units: 'kilometers' }))} km away)`;
        d.chosen = undefined;
        [d.role, d.reason] = ['unresolved', d.choice];
      }
    }
  }
  const sites = decisions.filter((d) => d.role === 'site' && d.chosen);
  for (const d of sites) {
    const place = d.chosen as PlaceRecord;
    const town = regionNamedByCity(decisions, d, sentence.text);
    if (town) {
      [d.role, d.reason] = ['qualifier', `"${town.mention.surface} in ${d.mention.surface}": the region named after its city, which locates the site`];
      continue;
    }
    if (place.kind === 'country' && d.mention.possessive) {
      [d.role, d.reason] = ['qualifier', `"${d.mention.surface}'s …" says whose, not where`];
      continue;
    }
    if (AREA_KINDS.has(place.kind)) {
      const inner = sites.find((o) => o !== d && o.chosen && SETTLEMENTS.has(o.chosen.kind) && o.role === 'site' && insideArea(place, o.chosen));
      if (inner) {
        [d.role, d.reason] = ['qualifier', `locates "${inner.mention.surface}", which is the site`];
        continue;
      }
      // "the village of Pervomaiske, Kherson region": the event is at a village no gazetteer
      // places (listed as unresolved), not all over the region.
      const unplaced = place.kind === 'region' ? unplacedBefore(decisions, d, sentence.text) ?? unplacedAfter(decisions, d, sentence.text) : undefined;
      if (unplaced) {
        [d.role, d.reason] = ['qualifier', `locates "${unplaced}", the site, which no gazetteer places`];
        continue;
      }
    }
    if (d.mention.via === 'district' && place.point) {
      const inner = sites.find(
        (o) => o !== d && o.role === 'site' && o.mention.via !== 'district' && o.chosen?.point && SETTLEMENTS.has(o.chosen.kind) &&
          distance(o.chosen.point, place.point as Position, { units: 'kilometers' }) < 60,
      );
      if (inner) {
        [d.role, d.reason] = ['qualifier', `the district of "${inner.mention.surface}", which is the site`];
        continue;
      }
    }
    if (place.kind === 'country') {
      const inner = sites.find((o) => o !== d && o.role === 'site' && o.chosen && o.chosen.kind !== 'country' && o.chosen.country === place.country);
      if (inner) {
        [d.role, d.reason] = ['qualifier', `locates "${inner.mention.surface}", which is the site`];
        continue;
      }
      // "Russian drones violated Polish airspace": a neighbour's airspace or soil is where it happened.
      if (namesNeighbourGround(d.mention)) continue;
      if ((focus.get(place.country ?? '') ?? 0) >= 0.5) {
        [d.role, d.reason] = ['not-locative', 'a country of the war: naming it places nothing on the map'];
        continue;
      }
      if (!isLocative(d.mention, sentence.text) || reading?.type === 'diplomacy' || reading?.type === 'control-claim') {
        [d.role, d.reason] = ['not-locative', 'a country is a site only as "in/over/across <country>" for strikes, fighting or hybrid events'];
        continue;
      }
    }
    if (d.mention.via === 'institution' && reading?.type !== 'diplomacy') {
      [d.role, d.reason] = ['not-an-event-place', 'a seat of government is a site only for diplomacy'];
    }
  }
  for (const d of decisions) {
    if (d.role === 'site' && d.chosen && isWayTo(d.mention, sentence.text)) [d.role, d.reason] = ['reference', 'where a road or way leads, not where something happened'];
    const other = d.role === 'site' && d.chosen ? otherPart(d.mention, sentence.text, reading?.type === 'diplomacy') : undefined;
    if (other) [d.role, d.reason] = ['reference', other];
  }
  // "…over the Belgorod and Kursk regions": the list shares the part its first member plays.
  for (const group of coordinatedGroups(decisions.map((d) => d.mention), sentence.text)) {
    const first = decisions[group[0]];
    if (first.role !== 'reference' || !otherPart(first.mention, sentence.text, reading?.type === 'diplomacy')) continue;
    for (const i of group.slice(1)) if (decisions[i].role === 'site') [decisions[i].role, decisions[i].reason] = ['reference', `listed with "${first.mention.surface}": ${first.reason}`];
  }
  // "the Dniprovskyi district of Kherson": a part of the city named after it, which is the site.
  for (const d of decisions) {
    const city = decisions.find((o) => o !== d && o.chosen && SETTLEMENTS.has(o.chosen.kind) && o.mention.start > d.mention.end && /^\s+(?:city\s+)?district\s+of\s+(?:the\s+city\s+of\s+)?$/i.test(sentence.text.slice(d.mention.end, o.mention.start)));
    if (d.role === 'site' && city) [d.role, d.reason] = ['qualifier', `a district of "${city.mention.surface}", which is the site`];
  }
  // "the town of Chuhuiv, southeast of Kharkiv": Kharkiv only says where Chuhuiv is.
  for (const d of decisions) {
    if (d.role !== 'site' || !d.chosen || !isReferencePhrase(d.mention, sentence.text)) continue;
    // "…, and one in a strike on a town just outside Dnipro": the unnamed town is the site, near Dnipro.
    if (locatesUnnamedPlaceHere(d.mention, sentence.text)) continue;
    // The place located may be one no gazetteer holds ("Mykolaivka lies … not far from
    // Sloviansk"), or itself near something ("near Vovchansk, located 74 km from Kharkiv").
    const distance = DISTANCE_FROM.test(sentence.text.slice(0, d.mention.start));
    const located = decisions.find(
      (o) =>
        o !== d &&
        o.mention.end <= d.mention.start &&
        ((o.role === 'site' && o.chosen && SETTLEMENTS.has(o.chosen.kind) && (distance || !isReferencePhrase(o.mention, sentence.text))) ||
          // …unless the phrase computes a point ("six kilometers east of Kupiansk"): that point is the site.
          // (…or a name whose namesakes only the distance given tells apart.)
          (isUnplacedName(o) && (!d.mention.relative || o.candidates.length > 1) && !isReferencePhrase(o.mention, sentence.text))),
    );
    const subject = LOCATED_SUBJECT.exec(sentence.text) ?? LOCATED_UNNAMED.exec(sentence.text);
    if (located) {
      [d.role, d.reason] = ['reference', `says where "${located.mention.surface}" is`];
      nearTheReference(located, d, sentence.text);
    }
    else if (subject && subject[0].length <= d.mention.start) [d.role, d.reason] = ['reference', `says where "${subject[1]}" is`];
  }
  // "…from Kharkiv, Ukraine's second-largest city": a periphrasis in apposition is the same
  // mention of the place, and plays the same part.
  for (const d of decisions) {
    if (d.mention.via !== 'phrase' || d.role !== 'site') continue;
    const named = decisions.find((o) => o !== d && o.chosen && o.chosen.id === d.chosen?.id && o.mention.end <= d.mention.start && /^\s*,\s*$/.test(sentence.text.slice(o.mention.end, d.mention.start)));
    if (named && named.role !== 'site') [d.role, d.reason] = [named.role, `in apposition to "${named.mention.surface}": ${named.reason}`];
  }
  // A seat of government named as the place of an office ("White House press secretary …")
  // is where a diplomatic statement was made.
  for (const d of decisions) {
    if (d.mention.via === 'institution' && d.role === 'attributive' && reading?.type === 'diplomacy') {
      [d.role, d.reason] = ['site', 'the seat of government where the statement was made'];
    }
  }
}

const isPlacedSettlement = (d: PlaceDecision) => d.role === 'site' && d.mention.via === 'name' && d.chosen !== undefined && SETTLEMENTS.has(d.chosen.kind);
/** Whether a sentence's places include the region this place is in. */
const regionNamedWith = (list: PlaceDecision[], place: PlaceRecord) =>
  place.admin1 !== undefined && list.some((o) => o.chosen?.kind === 'region' && o.chosen.admin1 === place.admin1);

/**
 * One name, one place in a report: a village no gazetteer placed where it was first named ("the
 * Russian border village of Pochaevo … killing three") is the place another sentence placed it as
 * — its own resolution there, or the district it was named in ("Pochaevo in Grayvoron district",
 * then near the district's seat). Its figures then reach the map.
 */
export function oneNameOnePlace(sentences: Sentence[], decisions: PlaceDecision[][]): void {
  // A namesake a sentence locates ("Dolynka lies in the Polohy district") is the one every
  // sentence meant: an earlier pick among close namesakes gives way to it.
  const located = new Map<string, PlaceDecision>();
  for (const d of decisions.flat()) {
    const key = placeKey(d.mention.name);
    if (d.locatedBy && d.chosen && d.role === 'site' && !located.has(key)) located.set(key, d);
  }
  for (const d of decisions.flat()) {
    const by = located.get(placeKey(d.mention.name));
    const place = by?.chosen;
    if (!by || !place || d === by || d.locatedBy || d.role !== 'site' || !d.chosen || d.chosen.ref === place.ref || !SETTLEMENTS.has(d.chosen.kind)) continue;
    if (!d.candidates.some((c) => c.place.ref === place.ref)) continue;
    d.choice = `${place.name} (${place.admin2 ?? place.admin1 ?? ''}) as sentence ${by.sentence} locates it by ${by.locatedBy}, not ${d.chosen.name} (${d.chosen.admin2 ?? d.chosen.admin1 ?? ''}): one name, one place in a report`;
    d.chosen = place;
  }
  // A name placed at two places by two sentences: the place a sentence backs by naming its region
  // ("Berdychi … in the Donetsk region", then "air strikes near Berdychi") is the one every sentence
  // meant, not a larger namesake 600 km off that the sentence without a region chose.
  const backed = new Map<string, PlaceRecord | null>();
  decisions.forEach((list) => {
    for (const d of list) {
      if (!isPlacedSettlement(d) || !regionNamedWith(list, d.chosen as PlaceRecord)) continue;
      const key = placeKey(d.mention.name);
      const before = backed.get(key);
      backed.set(key, before === undefined || before?.ref === d.chosen?.ref ? (d.chosen as PlaceRecord) : null);
    }
  });
  decisions.forEach((list) => {
    for (const d of list) {
      const place = backed.get(placeKey(d.mention.name));
      if (!place || !isPlacedSettlement(d) || d.chosen?.ref === place.ref || d.locatedBy || regionNamedWith(list, d.chosen as PlaceRecord)) continue;
      if (!d.candidates.some((c) => c.place.ref === place.ref)) continue;
      d.choice = `${place.name} (${place.admin2 ?? place.admin1 ?? ''}), where another sentence that names its region places it, not ${d.chosen?.name} (${d.chosen?.admin1 ?? ''}): one name, one place in a report`;
      d.chosen = place;
    }
  });
  const placed = new Map<string, PlaceDecision>();
  const unplaced = (d: PlaceDecision) => d.role === 'unresolved' || d.role === 'rejected';
  decisions.forEach((list, i) => {
    for (const d of list) {
      const key = placeKey(d.mention.name);
      if (placed.has(key) || d.mention.via !== 'name') continue;
      if (d.role === 'site' && d.chosen && SETTLEMENTS.has(d.chosen.kind)) placed.set(key, d);
      else if (unplaced(d)) {
        const text = sentences[i].text;
        const district = list.find((o) => o.mention.via === 'district' && o.role === 'site' && o.chosen && o.mention.start > d.mention.end && /^\s+in\s+(?:the\s+)?$/i.test(text.slice(d.mention.end, o.mention.start)));
        if (district) placed.set(key, district);
      }
    }
  });
  decisions.forEach((list) => {
    for (const d of list) {
      const by = placed.get(placeKey(d.mention.name));
      if (!by || !unplaced(d) || by.sentence === d.sentence || d.mention.via !== 'name') continue;
      d.chosen = by.chosen;
      d.choice = `placed as in sentence ${by.sentence} ("${by.mention.surface}"${by.mention.via === 'district' ? ' district' : ''}): one name, one place in a report`;
      [d.role, d.reason] = ['site', 'named where something happened'];
      if (by.mention.via === 'district') d.mention = { ...d.mention, via: 'district' };
    }
  });
}

// Adjective-named places (Veletenske, Bilozerske, Pokrovske) reach English inflected, most of
// all in machine translation: "the shelling of Veletensky", "residents of Bilozerskoho".
const ADJECTIVE_NAME = /^(\p{Lu}[\p{Ll}'’-]{2,}s[\p{Ll}]?k)(?:yi|iy|yy|y|i|ij|e|oye|oe|a|aya|oho|ogo|omu|om|ym|im|oi|ykh)$/u;
const CAPITALIZED_WORD = /\b\p{Lu}[\p{Ll}'’-]+/gu;

/**
 * One place, several endings: a word whose stem is that of an adjective-named settlement the
 * report named first ("Veletenske … the shelling of Veletensky") is that settlement — when the
 * gazetteer knows no such word, or places it elsewhere (a namesake with the other ending). Its
 * role is decided with the rest.
 */
export function inflectedNames(sentences: Sentence[], mentions: Mention[][], decisions: PlaceDecision[][]): void {
  const stemOf = (word: string) => {
    const stem = ADJECTIVE_NAME.exec(word)?.[1];
    return stem ? placeKey(stem) : undefined;
  };
  // The place first named with each stem.
  const byStem = new Map<string, PlaceRecord>();
  for (const d of decisions.flat()) {
    const key = d.mention.via === 'name' && d.chosen && SETTLEMENTS.has(d.chosen.kind) ? stemOf(d.mention.name) : undefined;
    if (key && d.chosen && !byStem.has(key)) byStem.set(key, d.chosen);
  }
  if (byStem.size === 0) return;
  sentences.forEach((s, i) => {
    if (s.headline) return;
    for (const d of decisions[i]) {
      const key = d.mention.via === 'name' ? stemOf(d.mention.name) : undefined;
      const place = key ? byStem.get(key) : undefined;
      if (!place || !d.chosen || d.chosen.id === place.id || !SETTLEMENTS.has(d.chosen.kind)) continue;
      d.choice = `"${d.mention.surface}": ${place.name} with another ending, named first in this report (not ${d.chosen.id})`;
      d.chosen = place;
    }
    for (const m of s.text.matchAll(CAPITALIZED_WORD)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const key = stemOf(m[0]);
      const place = key ? byStem.get(key) : undefined;
      if (!place || mentions[i].some((x) => x.start < end && start < x.end)) continue;
      const mention: Mention = { sentence: i, start, end, surface: m[0], name: place.name, via: 'name', fixed: [place], possessive: false };
      mentions[i].push(mention);
      decisions[i].push({
        sentence: i,
        mention,
        candidates: [{ place, how: 'exact', score: 0, reasons: [`"${m[0]}" is an inflected form of ${place.name}, named in this report`] }],
        chosen: place,
        choice: `"${m[0]}": ${place.name} with another ending, named in this report`,
        role: 'site',
        reason: '',
      });
    }
    mentions[i].sort((a, b) => a.start - b.start);
    decisions[i].sort((a, b) => a.mention.start - b.mention.start);
  });
}
