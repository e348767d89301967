/**
 * Candidate place names in a sentence: gazetteer phrases ("north of Scotland", "Kharkiv
 * Oblast"), "X region" / "X and Y regions", relative locations ("five kilometres west of
 * Donetsk"), seats of government ("the Kremlin"), and runs of capitalized (or Cyrillic) words.
 * Finding a name is not deciding it is an event site: see context.ts and draft.ts.
 */
import { parseNumberWord } from './numbers';
import { placeKey } from '../data/place-keys';
import type { PlaceRecord, Resolver } from './resolve';

export interface RelativeLocation {
  km: number;
  /** Degrees clockwise from north, as turf's destination wants (-180..180). */
  bearing: number;
  phrase: string;
}

export interface Mention {
  sentence: number;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** As written. */
  surface: string;
  /** What to look up (possessive "'s" removed; for institutions, their city). */
  name: string;
  /** `district`: "Kupiansk district" — the area around a town, not the town. */
  via: 'name' | 'phrase' | 'region' | 'relative' | 'institution' | 'district';
  /** Places the pattern itself settled on (gazetteer phrases, regions). */
  fixed?: PlaceRecord[];
  relative?: RelativeLocation;
  possessive: boolean;
  /** The capitalized word after the name in the same run ("Kyiv Mayor …"). */
  nextWord?: string;
  /** For a district named by an adjective ("Shebekinsky district"): the adjective; `name` is then its seat. */
  seatOf?: string;
}

interface Token {
  text: string;
  base: string;
  start: number;
  end: number;
  cap: boolean;
  possessive: boolean;
}

// Capitalized words that are never part of a place name (sentence openers, titles, demonyms,
// institutions, months, days). A span may not begin or end with one.
const STOP = new Set(
  `a an the in on at by of for from to with without into onto over under near after before during since
   and or but nor so yet also as if when while where whose which who whom what that this these those it its
   he she they we you i his her their our my your there here then than according among amid despite
   however meanwhile earlier later still even only just read watch join live update updates breaking
   president prime minister secretary governor mayor chief head general gen lt col commander spokesman
   spokeswoman spokesperson envoy special deputy foreign defence defense interior minister ministry army
   armed forces force air navy military staff officials official authorities police service emergency
   state national regional local city town village district region oblast province republic people
   russian russians ukrainian ukrainians american americans british european europeans polish belarusian moldovan
   romanian irish german french lithuanian latvian estonian finnish turkish chinese iranian georgian hungarian
   slovak czech italian spanish dutch swedish norwegian danish japanese korean indian israeli syrian
   western eastern northern southern central north south east west northeast northwest southeast southwest
   today tomorrow yesterday tonight monday tuesday wednesday thursday friday saturday sunday january february march april may june july
   august september october november december mr mrs ms dr sir lord lady king queen pope
   kremlin nato un eu g7 g20 telegram facebook x twitter reuters ap afp efe bbc cnn
   pictures photo video map graphic comments comment am pm gmt utc cet eet msk
   stay keep remain please take go let`
    .split(/\s+/)
    .filter(Boolean),
);

// Words that continue a place name into a larger place or feature, not into a person's name.
const PLACE_CONTINUATIONS = new Set(['oblast', 'region', 'province', 'river', 'sea', 'raion', 'district', 'city', 'bay', 'island', 'islands', 'peninsula', 'lake', 'reservoir']);

const TITLE_BEFORE = /\b(president|secretary|minister|governor|mayor|chief|commander|spokesman|spokeswoman|spokesperson|envoy|general|gen\.|colonel|lieutenant|sergeant|captain|mr\.?|mrs\.?|ms\.?|dr\.?|pope|king|queen|senator|chancellor|ambassador|journalist|correspondent|analyst|blogger|pilot|soldier)\s+$/i;

// Seats of government that reports use for their cities.
const INSTITUTIONS: Array<[RegExp, string]> = [
  [/\b(?:the\s+)?White House\b/g, 'Washington'],
  [/\b(?:the\s+)?Kremlin\b/g, 'Moscow'],
  [/\bDowning Street\b/g, 'London'],
  [/\b(?:the\s+)?[ÉE]lys[ée]e(?: Palace)?\b/g, 'Paris'],
  [/\bBankova\b/g, 'Kyiv'],
  [/\bCapitol Hill\b/g, 'Washington'],
];

// Plants named after a city or region they are not in: the plant is where its town is
// ("the spent fuel storage at the Zaporozhye NPP" is at Enerhodar, not in Zaporizhzhia). Read in
// either case: most write "the Zaporizhzhia Nuclear Power Plant".
const PLANT = String.raw`\s+(?:nuclear\s+(?:power\s+)?(?:plant|station)|atomic\s+power\s+(?:plant|station)|NPP|NPS)\b`;
const FACILITIES: Array<[RegExp, string]> = [
  [new RegExp(String.raw`\b(?:Zaporizhzhia|Zaporizhzhya|Zaporizhia|Zaporozhye|Zaporozhie|Zaporozhzhia)${PLANT}|\bZNPP\b`, 'gi'), 'Enerhodar'],
  [new RegExp(String.raw`\bKursk${PLANT}`, 'gi'), 'Kurchatov'],
  [new RegExp(String.raw`\bSouth(?:[- ]Ukrain(?:e|ian))${PLANT}`, 'gi'), 'Yuzhnoukrainsk'],
  // The bridge over the Kerch Strait is at Kerch, its Crimean end, not all over Crimea, also when
  // told by what it links ("a bridge linking the Crimean Peninsula with Russia").
  [/\b(?:Crimean|Kerch(?:\s+Strait)?)\s+Bridge\b|\bbridge\s+(?:linking|connecting)\s+(?:the\s+)?(?:(?:Crimean\s+Peninsula|Crimea)\s+(?:with|to)\s+(?:mainland\s+)?Russia|Russia\s+(?:with|to)\s+(?:the\s+)?(?:annexed\s+|occupied\s+)?(?:Crimean\s+Peninsula|Crimea))\b/gi, 'Kerch'],
];

// "violated Polish airspace", "drone debris on Romanian territory": the airspace or soil of a
// neighbour the war spills into is that country, a site of its own (sites.ts). Only neighbours that
// are not parties: "Ukrainian territory" is the war itself and names no place.
const NEIGHBOUR_DEMONYMS: Record<string, string> = {
  polish: 'Poland', romanian: 'Romania', moldovan: 'Moldova', lithuanian: 'Lithuania', latvian: 'Latvia',
  estonian: 'Estonia', finnish: 'Finland', hungarian: 'Hungary', slovak: 'Slovakia', bulgarian: 'Bulgaria', georgian: 'Georgia',
};
const NEIGHBOUR_GROUND = new RegExp(String.raw`\b(${Object.keys(NEIGHBOUR_DEMONYMS).join('|')})\s+(?:air\s*space|territory|soil)\b`, 'gi');
// The same, for testing one mention (a global pattern's test() would carry lastIndex over).
const IS_NEIGHBOUR_GROUND = new RegExp(NEIGHBOUR_GROUND.source, 'i');

/** Whether a mention is a neighbour's airspace or soil ("Polish airspace"), which scanMentions reads as the country. */
export function namesNeighbourGround(mention: Mention): boolean {
  return IS_NEIGHBOUR_GROUND.test(mention.surface);
}

const BEARINGS: Record<string, number> = {
  north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: -135, west: -90, northwest: -45,
};

const RELATIVE = new RegExp(
  String.raw`\b(\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:-\s*)?(km|kms|kilomet(?:re|er)s?|miles?)\s+(?:\([^)]{0,30}\)\s+)?` +
    String.raw`(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|erly|ward)?\s+of\s+` +
    String.raw`(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|settlement|port|hub|centre|center|stronghold|outpost)\s+of\s+)?(?=[\p{Lu}\u0400-\u04FF])`,
  'giu',
);

export const DISTRICT_AFTER = /^\s+(?:(?:urban|municipal|rural|administrative)\s+)?(?:district|raion|rayon|county|community|hromada|municipality|okrug)\b/i;

// "Shebekinsky urban district", "Chuhuivskyi raion": a district named by the adjective of its seat.
const DISTRICT_ADJECTIVE = /^(\p{Lu}[\p{L}'’-]{2,}?)s['’]?k(?:yi|iy|yy|ij|y|i|ii|a|aya|e|oye|oe|oho|ogo)$/u;

/** Whether a place may be a district's seat: GeoNames marks Ukraine's (PPLA2); Russia's are mostly plain towns. */
export function seatLike(p: PlaceRecord): boolean {
  if (p.country === 'UA') return p.featureCode === 'PPLA2' || p.featureCode === 'PPLA' || (p.source === 'gazetteer' && (p.kind === 'city' || p.kind === 'town'));
  return p.population >= 1000 && p.tier !== 'settlements';
}

/** The seat a district adjective is made from ("Shebekinsky" → "Shebekino"), when a town has that name. */
export function districtSeat(adjective: string, resolver: Resolver): string | undefined {
  const stem = DISTRICT_ADJECTIVE.exec(adjective)?.[1];
  if (!stem) return undefined;
  // Kupianskyi ← Kupiansk, Izyumsky ← Izyum, Shebekinsky ← Shebekino, Okhtyrskyi ← Okhtyrka,
  // Valuysky ← Valuyki, Sudzhansky ← Sudzha.
  const forms = [`${stem}sk`, stem, `${stem}o`, `${stem}e`, `${stem}a`, `${stem}y`, `${stem}i`, `${stem}ka`, `${stem}ki`, ...(stem.endsWith('n') ? [stem.slice(0, -1)] : [])]
    .filter((f) => placeKey(f).length >= 4);
  return forms.find((form) => resolver.lookup(form).some((c) => c.how !== 'skeleton' && seatLike(c.place)));
}

// "the Pologiv district", "the Vasyliv district": the short form of the adjective (Polohivskyi,
// Vasylivskyi) that translations keep, for a name no source has as it is.
const SHORT_DISTRICT_ADJECTIVE = /^(\p{Lu}[\p{L}'’-]{2,}?)(?:iv|ov)$/u;

function shortDistrictSeat(written: string, resolver: Resolver): string | undefined {
  const stem = SHORT_DISTRICT_ADJECTIVE.exec(written)?.[1];
  if (stem && resolver.lookup(written).length === 0) {
    const forms = [`${stem}y`, `${stem}i`, `${stem}e`, `${stem}a`, `${written}ka`, `${written}ske`].filter((f) => placeKey(f).length >= 4);
    return forms.find((form) => resolver.lookup(form).some((c) => c.how !== 'skeleton' && seatLike(c.place)));
  }
  // "the Valuisk district", "the Graivoronsk district": the adjective cut after -sk (Valuiskyi,
  // Graivoronskyi), when no seat bears that name itself.
  const skStem = SHORT_SK_ADJECTIVE.exec(written)?.[1];
  if (!skStem || resolver.lookup(written).some((c) => c.how !== 'skeleton' && seatLike(c.place))) return undefined;
  const forms = [skStem, `${skStem}o`, `${skStem}a`, `${skStem}ki`, `${skStem}yki`, `${skStem}iki`].filter((f) => placeKey(f).length >= 4);
  return forms.find((form) => resolver.lookup(form).some((c) => c.how !== 'skeleton' && seatLike(c.place)));
}
const SHORT_SK_ADJECTIVE = /^(\p{Lu}[\p{L}'’-]{2,}?)[iy]?sk$/u;

// ("the Donetsk People’s Republic": the region Russia calls so, not its city.)
const REGION_WORD = /\b(regions?|oblasts?|provinces?|krai|People['’]s\s+Republics?)\b/giu;

// "in SievierodonetskLysychansk, Novodruzhesk": two names a copied page glued where it lost a
// comma and a space. A word is parted where a small letter meets a capital that begins another
// word of four letters or more, after one of four or more: two name-like words (not "McDonald",
// "YouTube", "LinkedIn"; a part that names no place is left as any other word).
const GLUED = /(?<=\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll}{3,})/u;

/** The words of a token glued from two ("KharkivSumy" → "Kharkiv", "Sumy"), as [start, word] pairs; one pair when not glued. */
function unglue(word: string, start: number): Array<[number, string]> {
  const parts = word.split(GLUED);
  if (parts.length === 1) return [[start, word]];
  const out: Array<[number, string]> = [];
  let at = start;
  for (const part of parts) {
    out.push([at, part]);
    at += part.length;
  }
  return out;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’ʼ-]*/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    for (const [start, written] of unglue(m[0], m.index)) {
      let raw = written;
      let possessive = false;
      if (/['’]s$/.test(raw) && raw.length > 3) {
        raw = raw.slice(0, -2);
        possessive = true;
      }
      raw = raw.replace(/['’ʼ-]+$/, '');
      tokens.push({
        text: written,
        base: raw,
        start,
        end: start + written.length,
        cap: /^[\p{Lu}\u0400-\u04FF]/u.test(raw) || /[\u0400-\u04FF]/.test(raw),
        possessive,
      });
    }
  }
  return tokens;
}

// "Russian-occupied", "Ukrainian-held", "Kremlin-backed": a capitalized word joined to a participle
// qualifies the name after it and is never part of it (place names end in a capitalized part:
// Rostov-on-Don, Novhorod-Siverskyi).
const HYPHENATED_MODIFIER = /^\p{Lu}[\p{L}’']*-(?:\p{Ll}+ed|held|run|led|born|made|built|friendly|leaning|style)$/u;

function isStop(token: Token): boolean {
  return STOP.has(token.base.toLowerCase()) || HYPHENATED_MODIFIER.test(token.base);
}

function overlaps(taken: Array<[number, number]>, start: number, end: number): boolean {
  return taken.some(([s, e]) => start < e && end > s);
}

const phraseCache = new WeakMap<Resolver, Array<{ pattern: RegExp; ids: string[] }>>();

/** Gazetteer names with several words or lower-case words, as whole-phrase patterns. */
function gazetteerPhrases(resolver: Resolver): Array<{ pattern: RegExp; ids: string[] }> {
  const cached = phraseCache.get(resolver);
  if (cached) return cached;
  const byPhrase = new Map<string, string[]>();
  for (const f of resolver.gazetteer) {
    for (const name of [f.properties.name, ...(f.properties.aliases ?? [])]) {
      if (!/\s/.test(name.trim())) continue;
      const key = name.trim().toLowerCase();
      const ids = byPhrase.get(key) ?? [];
      if (!ids.includes(f.properties.id)) ids.push(f.properties.id);
      byPhrase.set(key, ids);
    }
  }
  const phrases = [...byPhrase.entries()]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([phrase, ids]) => ({
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      ids,
    }));
  phraseCache.set(resolver, phrases);
  return phrases;
}

/** Capitalized names (1–3 words) right before `index`, walking back over "X, Y and Z". */
function namesBefore(tokens: Token[], index: number, plural: boolean, text: string): Token[][] {
  const names: Token[][] = [];
  let i = index - 1;
  // The next name must end at `limit`, separated from it by a gap like `gap`.
  let limit = tokens[index].start;
  let gap = /^\s+$/;
  for (;;) {
    const name: Token[] = [];
    while (i >= 0 && tokens[i].cap && !isStop(tokens[i]) && !tokens[i].possessive && name.length < 3) {
      const between = text.slice(tokens[i].end, name.length > 0 ? name[0].start : limit);
      if (!(name.length > 0 ? /^\s+$/ : gap).test(between)) break;
      name.unshift(tokens[i]);
      i -= 1;
    }
    if (name.length === 0) break;
    names.unshift(name);
    if (!plural || i < 0) break;
    if (tokens[i].base.toLowerCase() === 'and' && /^\s+$/.test(text.slice(tokens[i].end, name[0].start))) {
      limit = tokens[i].start;
      gap = /^\s*,?\s*$/;
      i -= 1;
    } else {
      limit = name[0].start;
      gap = /^\s*,\s*$/;
    }
  }
  return names;
}

/**
 * Every candidate place name of one sentence. `reportNamesRegion`: another sentence of the report
 * names a region, so a name only a loose romanization matches may be placed there (sites.ts).
 */
export function findMentions(text: string, sentence: number, resolver: Resolver, reportNamesRegion = false): Mention[] {
  return scanMentions(text, sentence, resolver, reportNamesRegion).mentions;
}

/** A sentence's candidate place names, and the names it let go that a named region could keep. */
export interface MentionScan {
  mentions: Mention[];
  /**
   * Names no source matches exactly, let go because no region was named (neither in the sentence
   * nor, as the caller said, in the report). Only where one of them has a loose match can a
   * region named elsewhere in the report change the sentence's mentions.
   */
  unmatched: string[];
}

/** findMentions, telling also which names were let go for want of a region (see MentionScan). */
export function scanMentions(text: string, sentence: number, resolver: Resolver, reportNamesRegion = false): MentionScan {
  const mentions: Mention[] = [];
  const unmatched: string[] = [];
  const taken: Array<[number, number]> = [];
  const tokens = tokenize(text);
  const take = (m: Mention) => {
    mentions.push(m);
    taken.push([m.start, m.end]);
  };

  // Relative locations first: they bind the next name as their anchor.
  const relativeAt = new Map<number, RelativeLocation>();
  for (const m of text.matchAll(RELATIVE)) {
    const amount = /^\d/.test(m[1]) ? Number(m[1].replace(',', '.')) : parseNumberWord(m[1].toLowerCase());
    if (amount === undefined || !Number.isFinite(amount)) continue;
    const km = /^mile/i.test(m[2]) ? amount * 1.609344 : amount;
    const direction = m[3].toLowerCase().replace('-', '');
    relativeAt.set(m.index + m[0].length, { km, bearing: BEARINGS[direction], phrase: m[0].trim() });
  }

  // Facilities first: "the bridge linking the Crimean Peninsula with Russia" holds a gazetteer phrase.
  for (const [pattern, town] of FACILITIES) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(taken, start, end)) continue;
      take({ sentence, start, end, surface: m[0], name: town, via: 'name', possessive: /^['’]s\b/.test(text.slice(end)) });
    }
  }

  for (const { pattern, ids } of gazetteerPhrases(resolver)) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(taken, start, end)) continue;
      const fixed = ids.map((id) => resolver.byId(id)).filter((r): r is PlaceRecord => r !== undefined);
      const possessive = /^['’]s\b/.test(text.slice(end));
      take({ sentence, start, end, surface: m[0], name: m[0], via: 'phrase', fixed, possessive, relative: relativeAt.get(start) });
    }
  }

  // "Kharkiv region", "the Donetsk and Luhansk regions", "Sumy Oblast".
  for (const m of text.matchAll(REGION_WORD)) {
    const at = tokens.findIndex((t) => t.start === m.index);
    if (at <= 0) continue;
    const names = namesBefore(tokens, at, /s$/i.test(m[1]), text);
    for (const name of names) {
      const start = name[0].start;
      const end = name === names[names.length - 1] ? tokens[at].end : name[name.length - 1].end;
      if (overlaps(taken, start, name[name.length - 1].end)) continue;
      const base = text.slice(start, name[name.length - 1].end).replace(/['’]s$/, '');
      const fixed = resolver.regions(base);
      if (fixed.length === 0) continue;
      take({ sentence, start, end, surface: text.slice(start, end), name: base, via: 'region', fixed, possessive: false });
    }
  }

  // "the region of Kharkiv", "Ukraine’s eastern region of Kharkiv", and each of a list after the
  // plural: "the regions of Odesa (south) and Sumy", "the southern regions of Kherson, Zaporizhzhia and Mykolaiv".
  const REGION_NAME = String.raw`(?:[\p{Lu}][\p{L}'’ʼ-]+\s+){0,2}[\p{Lu}][\p{L}'’ʼ-]+`;
  const NEXT_IN_LIST = new RegExp(String.raw`^(?:\s*\([^()]{1,30}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(${REGION_NAME})`, 'u');
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:region|oblast|province|(regions|oblasts|provinces))\s+of\s+(?:the\s+)?(${REGION_NAME})`, 'gu'))) {
    const names: Array<[number, string]> = [[(m.index ?? 0) + m[0].length - m[2].length, m[2]]];
    for (let at = (m.index ?? 0) + m[0].length, next = m[1] ? NEXT_IN_LIST.exec(text.slice(at)) : null; next; next = NEXT_IN_LIST.exec(text.slice(at))) {
      names.push([at + next[0].length - next[1].length, next[1]]);
      at += next[0].length;
    }
    for (const [start, name] of names) {
      const end = start + name.length;
      if (overlaps(taken, start, end)) continue;
      const fixed = resolver.regions(name);
      if (fixed.length === 0) break;
      take({ sentence, start, end, surface: name, name, via: 'region', fixed, possessive: false });
    }
  }

  for (const m of text.matchAll(NEIGHBOUR_GROUND)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    take({ sentence, start, end, surface: m[0], name: NEIGHBOUR_DEMONYMS[m[1].toLowerCase()], via: 'name', possessive: false });
  }

  for (const [pattern, city] of INSTITUTIONS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(taken, start, end)) continue;
      const possessive = /^['’]s\b/.test(text.slice(end));
      take({ sentence, start, end, surface: m[0], name: city, via: 'institution', possessive });
    }
  }

  // Runs of capitalized words, split after a possessive.
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const joined = run.length > 0 && /^\s+$/.test(text.slice(run[run.length - 1].end, token.start)) && !run[run.length - 1].possessive;
    if (token.cap && !overlaps(taken, token.start, token.end)) {
      if (!joined && run.length > 0) runs.push(run), (run = []);
      run.push(token);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);

  const namesRegion = reportNamesRegion || mentions.some((m) => m.via === 'region' || m.fixed?.some((r) => r.kind === 'region'));
  for (const words of runs) {
    let i = 0;
    while (i < words.length) {
      let found = false;
      for (let j = Math.min(words.length, i + 4); j > i; j--) {
        const first = words[i];
        const last = words[j - 1];
        if (isStop(first) || isStop(last)) continue;
        const written = text.slice(first.start, last.start) + last.base;
        const inDistrict = DISTRICT_AFTER.test(text.slice(last.end));
        // (Not a city's own district: "the city's Petrovsky district", "the Kyivskyi district of Kharkiv".)
        const cityPart = /\bcity['’]s\s+$/i.test(text.slice(0, first.start)) || /^\s+(?:city\s+)?district\s+of\b/i.test(text.slice(last.end));
        const seat = inDistrict && j === i + 1 && !cityPart ? (districtSeat(written, resolver) ?? shortDistrictSeat(written, resolver)) : undefined;
        const name = seat ?? written;
        if (placeKey(name).length < 2) continue;
        // A name only another romanization of a village matches is kept when the sentence or the
        // report names a region, which alone can place it (sites.ts, withLooseMatches).
        if (resolver.lookup(name).length === 0) {
          if (!namesRegion) unmatched.push(name);
          if (!(namesRegion && resolver.looseSettlements(name).length > 0)) continue;
        }
        const next = words[j];
        const previous = words[i - 1];
        const titled = TITLE_BEFORE.test(text.slice(0, first.start));
        // "Vladimir Putin", "Valery Gerasimov": a name inside a longer run of capitalized words
        // that does not go on into a place word is a person's name, unless the gazetteer knows it.
        const personLike =
          titled ||
          (next !== undefined && !isStop(next) && !PLACE_CONTINUATIONS.has(next.base.toLowerCase())) ||
          (previous !== undefined && !isStop(previous));
        const curated = resolver.lookup(name).some((c) => c.place.source !== 'geonames');
        if (personLike && !(curated && !titled)) continue;
        take({
          sentence,
          start: first.start,
          end: last.end,
          surface: text.slice(first.start, last.end),
          name,
          via: relativeAt.has(first.start) ? 'relative' : inDistrict ? 'district' : 'name',
          ...(seat ? { seatOf: written } : {}),
          possessive: last.possessive,
          relative: relativeAt.get(first.start),
          nextWord: next?.base,
        });
        i = j;
        found = true;
        break;
      }
      if (!found) i += 1;
    }
  }
  // "across Odessa, Kharkov, Lviv and kyiv": a city written in lower case in a list of places is
  // still a place, when it is a city of the war's countries under its own name.
  // (The join is looked for in the few characters before the word, not in all the text before it:
  // that made every lower-case word of a long line scan the line again.)
  const mentionEnds = new Set(mentions.map((m) => m.end));
  for (const token of tokens) {
    if (token.cap || overlaps(taken, token.start, token.end)) continue;
    const tailStart = Math.max(0, token.start - LIST_JOIN_MAX);
    const listed = LIST_JOIN.exec(text.slice(tailStart, token.start));
    if (!listed || !mentionEnds.has(tailStart + listed.index)) continue;
    const city = resolver.lookup(token.base).some(
      ({ place, how }) => how === 'exact' && placeKey(place.name) === placeKey(token.base) && !AREA_KINDS.has(place.kind) && (place.country === 'UA' || place.country === 'RU') && place.population >= LOWER_CASE_CITY_MIN,
    );
    if (!city) continue;
    const m: Mention = { sentence, start: token.start, end: token.end, surface: token.text, name: token.base, via: 'name', possessive: token.possessive };
    mentions.push(m);
    mentionEnds.add(m.end);
    taken.push([m.start, m.end]);
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), unmatched };
}

// What joins a name to the one before it in a list: ", ", " and ", ", and ".
const LIST_JOIN = /(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
// The longest join LIST_JOIN is looked for in (", and " with some stray spaces).
const LIST_JOIN_MAX = 24;
/** Kinds of place that are areas, not points: a region, a country, a river, a sea. */
export const AREA_KINDS: ReadonlySet<string> = new Set(['region', 'country', 'river', 'sea-area']);
// Only cities: a lower-case word that is also a village's name is most likely a word.
const LOWER_CASE_CITY_MIN = 100_000;

// Where a name stands as a place: after "in", "near", "of" … ("in the village of X"), before
// "settlement" or "village" ("the X settlement"), or before the district that holds it ("X in the
// Belovsky district").
const PLACE_SLOT_BEFORE = /\b(in|near|outside|of|at|around|towards|toward|into|from)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$/i;
// (The district's name must be capitalized: "in the same district" holds no place.)
const PLACE_SLOT_AFTER = /^\s+(?:[Ss]ettlement|[Vv]illage|[Hh]amlet)\b|^\s+in\s+the\s+\p{Lu}[\p{L}’'-]+\s+(?:[Dd]istrict|[Rr]aion|[Rr]ayon|[Rr]egion|[Oo]blast)\b/u;

/** Whether the words from `start` to `end` of a sentence stand where a place is named. */
export function inPlaceSlot(text: string, start: number, end: number): boolean {
  return PLACE_SLOT_BEFORE.test(text.slice(0, start)) || PLACE_SLOT_AFTER.test(text.slice(end));
}

/** Capitalized words that named nothing: the report lists them as unresolved. */
export function unresolvedNames(text: string, mentions: Mention[]): string[] {
  const out: string[] = [];
  const taken = mentions.map((m) => [m.start, m.end] as [number, number]);
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || isStop(t) || overlaps(taken, t.start, t.end)) continue;
    let name = t.base;
    let k = i + 1;
    while (k < tokens.length && tokens[k].cap && !isStop(tokens[k]) && /^\s+$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
      name += ` ${tokens[k].base}`;
      k += 1;
    }
    // Only words in a place's slot ("in X", "the X settlement") are worth an editor's look.
    if (!inPlaceSlot(text, t.start, tokens[k - 1].end)) continue;
    out.push(name);
    i = k - 1;
  }
  return out;
}
