/**
 * Place search that finds a town by any spelling: the English name, every alias, Cyrillic
 * (through transliteration), romanizations the gazetteer does not list, and small typos.
 * A tiered matcher over the transliteration-tolerant keys of src/ingest/normalize.ts, measured
 * against fuse.js on real spellings by scripts/eval-search.ts: it ranks better there, and with
 * normalize.ts it is about 3.5 KB gzip against fuse.js's 9.5 KB. Tiers, best first:
 *
 *   1. exact      the query's key is the key of the name or an alias      (Купянск, Kiev)
 *   2. variant    a Russian → Ukrainian rewrite of either side matches   (Konstantynivka)
 *   3. prefix     the spelling starts with the query                      (Kup, Харк, Kupya)
 *   4. word       a later word of a name starts with the query            (Novosilka, Yar)
 *   5. key prefix the spelling's key starts with the query's key          (Mirnohr → Myrnohrad)
 *   6. skeleton   same consonants, vowels aside                           (Horlovka)
 *   7. typo       1 edit for short keys, 2 for long ones (OSA distance)   (Kupiansl, Pokrovks)
 *
 * Ties go to settlements before areas (cities first), then the larger population when known,
 * then the shorter spelling, then the name.
 */
import { hasCyrillic, placeKey, skeletonKey, transliterate, variantKeys } from './place-keys';
import { boundedDistance } from './edit-distance';

// Re-exported: the tests and the search evaluation call it from here.
export { boundedDistance };

export interface SearchablePlace {
  id: string;
  name: string;
  aliases: readonly string[];
  kind?: string;
  /** Breaks ties between namesakes of one kind (Pokrovsk the town over a village Pokrovka). */
  population?: number;
}

export interface SearchResult {
  id: string;
  name: string;
  kind?: string;
  /** The spelling that matched: the name or one of the aliases. */
  matched: string;
  /** 0–1, higher is better; the tier decides it (see the file comment). */
  score: number;
}

export const SEARCH_SCORES = {
  exactName: 1,
  exactAlias: 0.95,
  variant: 0.9,
  prefixName: 0.8,
  prefixAlias: 0.78,
  wordPrefix: 0.7,
  prefixKey: 0.65,
  skeleton: 0.6,
  typo1: 0.5,
  typo2: 0.4,
};

/** Settlements first (cities before villages), then areas. Unknown kinds last. */
const KIND_RANK: Record<string, number> = {
  city: 0,
  town: 1,
  village: 2,
  region: 3,
  country: 4,
  river: 5,
  'sea-area': 6,
};

/** Words that start many names and say nothing about which place is meant. */
const STOP_WORDS = new Set(['region', 'oblast', 'province', 'of', 'the', 'republic', 'river', 'sea', 'north', 'south']);

interface Spelling {
  text: string;
  place: number;
  isName: boolean;
  key: string;
  literal: string;
}

export interface SearchIndex {
  /** Each place's spellings are `spellings[first .. first + count)`. */
  places: { id: string; name: string; kind?: string; kindRank: number; population: number; first: number; count: number }[];
  spellings: Spelling[];
  /** Strict key → spellings with that key. */
  exact: Map<string, number[]>;
  /** A spelling's Russian → Ukrainian rewrite keys → spellings. */
  variant: Map<string, number[]>;
  skeleton: Map<string, number[]>;
  /** Sorted [form, spelling] pairs for prefix search: literal forms, keys, later words. */
  literalSorted: SortedForms;
  keySorted: SortedForms;
  wordSorted: SortedForms;
  /** Distinct keys by length, for the typo tier. */
  keysByLength: Map<number, { key: string; spellings: number[] }[]>;
}

interface SortedForms {
  forms: string[];
  spellings: Int32Array;
}

/**
 * Spellings from other Latin alphabets folded onto the English ones, so German and Polish
 * names (Pokrowsk, Charkiw, Wowtschansk, Zaporoże) land near the English key. Applied to the
 * index and the query alike.
 */
function foldLatin(text: string): string {
  return text
    .toLowerCase()
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/[żź]/g, 'zh')
    .replace(/cz/g, 'ch')
    .replace(/sz/g, 'sh')
    .replace(/w/g, 'v');
}

/** The key both sides are compared by. */
export function searchKey(text: string): string {
  return placeKey(foldLatin(text));
}

/** The spelling as typed, lower-case Latin without marks or punctuation: for "starts with". */
export function literalForm(text: string): string {
  return transliterate(text.toLowerCase())
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

function sortForms(pairs: [string, number][]): SortedForms {
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { forms: pairs.map((p) => p[0]), spellings: Int32Array.from(pairs, (p) => p[1]) };
}

export function buildSearchIndex(places: readonly SearchablePlace[]): SearchIndex {
  const index: SearchIndex = {
    places: [],
    spellings: [],
    exact: new Map(),
    variant: new Map(),
    skeleton: new Map(),
    literalSorted: { forms: [], spellings: new Int32Array(0) },
    keySorted: { forms: [], spellings: new Int32Array(0) },
    wordSorted: { forms: [], spellings: new Int32Array(0) },
    keysByLength: new Map(),
  };
  const literal: [string, number][] = [];
  const keyed: [string, number][] = [];
  const words: [string, number][] = [];
  const byKey = new Map<string, number[]>();

  places.forEach((place, p) => {
    const first = index.spellings.length;
    const seen = new Set<string>();
    for (const text of [place.name, ...place.aliases]) {
      if (seen.has(text)) continue;
      seen.add(text);
      const key = searchKey(text);
      if (key.length === 0) continue;
      const s = index.spellings.length;
      const form = literalForm(text);
      index.spellings.push({ text, place: p, isName: text === place.name, key, literal: form });
      push(index.exact, key, s);
      for (const v of variantKeys(foldLatin(text)).slice(1)) push(index.variant, v.key, s);
      push(index.skeleton, skeletonKey(key), s);
      push(byKey, key, s);
      literal.push([form, s]);
      keyed.push([key, s]);
      const later = text.split(/[\s\-–,]+/).slice(1);
      for (const word of later) {
        const wordForm = literalForm(word);
        if (wordForm.length >= 2 && !STOP_WORDS.has(wordForm)) words.push([wordForm, s]);
      }
    }
    index.places.push({
      id: place.id,
      name: place.name,
      kind: place.kind,
      kindRank: KIND_RANK[place.kind ?? ''] ?? 9,
      population: place.population ?? 0,
      first,
      count: index.spellings.length - first,
    });
  });

  index.literalSorted = sortForms(literal);
  index.keySorted = sortForms(keyed);
  index.wordSorted = sortForms(words);
  for (const [key, spellings] of byKey) {
    let bucket = index.keysByLength.get(key.length);
    if (!bucket) index.keysByLength.set(key.length, (bucket = []));
    bucket.push({ key, spellings });
  }
  return index;
}

/** First position whose form is ≥ prefix. */
function lowerBound(forms: string[], prefix: string): number {
  let lo = 0;
  let hi = forms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (forms[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function eachWithPrefix(sorted: SortedForms, prefix: string, visit: (spelling: number, form: string) => void): void {
  for (let i = lowerBound(sorted.forms, prefix); i < sorted.forms.length && sorted.forms[i].startsWith(prefix); i++) {
    visit(sorted.spellings[i], sorted.forms[i]);
  }
}

/** Typos allowed for a key of this length: none below 4 letters, 1 up to 7, 2 from 8. */
export function typoBudget(keyLength: number): number {
  if (keyLength < 4) return 0;
  return keyLength < 8 ? 1 : 2;
}

interface Candidate {
  place: number;
  spelling: number;
  score: number;
}

/** The places a query names, best first, at most `limit`, one entry per place. */
export function searchPlaces(index: SearchIndex, query: string, limit = 8): SearchResult[] {
  const key = searchKey(query);
  const literal = literalForm(query);
  if (key.length === 0 && literal.length === 0) return [];

  const best = new Map<number, Candidate>();
  const consider = (spelling: number, score: number) => {
    const s = index.spellings[spelling];
    const current = best.get(s.place);
    if (
      !current ||
      score > current.score ||
      (score === current.score && better(index.spellings[spelling], index.spellings[current.spelling]))
    ) {
      best.set(s.place, { place: s.place, spelling, score });
    }
  };
  // A tier only fills places the ones above it left; ranks never cross tiers.
  const enough = () => best.size >= limit;

  if (key.length > 0) {
    for (const s of index.exact.get(key) ?? []) {
      consider(s, index.spellings[s].isName ? SEARCH_SCORES.exactName : SEARCH_SCORES.exactAlias);
    }
    for (const s of index.variant.get(key) ?? []) consider(s, SEARCH_SCORES.variant);
    for (const v of variantKeys(foldLatin(query)).slice(1)) {
      for (const s of index.exact.get(v.key) ?? []) consider(s, SEARCH_SCORES.variant);
    }
  }

  if (literal.length > 0) {
    eachWithPrefix(index.literalSorted, literal, (s) =>
      consider(s, index.spellings[s].isName ? SEARCH_SCORES.prefixName : SEARCH_SCORES.prefixAlias),
    );
  }
  // Folded keys of one or two letters ("zzzz" → z) start half the gazetteer: literal prefixes only.
  if (key.length >= 3) {
    eachWithPrefix(index.keySorted, key, (s) => consider(s, SEARCH_SCORES.prefixKey));
    // A half-typed letter pair can fold differently once finished ("Kupi" → kupi, but
    // "Kupiansk" → kupansk): also try the key without its last letter.
    if (key.length >= 4) eachWithPrefix(index.keySorted, key.slice(0, -1), (s) => consider(s, SEARCH_SCORES.prefixKey - 0.01));
  }
  if (literal.length >= 3) eachWithPrefix(index.wordSorted, literal, (s) => consider(s, SEARCH_SCORES.wordPrefix));

  if (!enough() && key.length >= 4) {
    const skeleton = skeletonKey(key);
    if (skeleton.length >= 3) {
      for (const s of index.skeleton.get(skeleton) ?? []) {
        // Same consonants can still be a different word; keep it to near spellings.
        if (boundedDistance(key, index.spellings[s].key, Math.ceil(key.length / 3)) <= Math.ceil(key.length / 3)) {
          consider(s, SEARCH_SCORES.skeleton);
        }
      }
    }
  }

  const budget = typoBudget(key.length);
  if (!enough() && budget > 0) {
    for (let length = key.length - budget; length <= key.length + budget; length++) {
      for (const { key: other, spellings } of index.keysByLength.get(length) ?? []) {
        const d = boundedDistance(key, other, budget);
        if (d > budget) continue;
        for (const s of spellings) consider(s, d <= 1 ? SEARCH_SCORES.typo1 : SEARCH_SCORES.typo2);
      }
    }
  }

  return [...best.values()]
    .sort((a, b) => compareCandidates(index, a, b))
    .slice(0, limit)
    .map((c) => {
      const place = index.places[c.place];
      const matched = typedSpelling(index, c.place, query, literal) ?? index.spellings[c.spelling].text;
      const result: SearchResult = { id: place.id, name: place.name, matched, score: c.score };
      if (place.kind !== undefined) result.kind = place.kind;
      return result;
    });
}

/** Of two spellings that match equally well, the name, else the shorter. */
function better(a: Spelling, b: Spelling): boolean {
  if (a.isName !== b.isName) return a.isName;
  return a.key.length < b.key.length;
}

/**
 * The place's spelling the person actually typed, if any: "Kupjansk" matches Kupiansk's key
 * too, but the list should say "matched: Kupjansk", and "Харків" should show the Cyrillic.
 */
function typedSpelling(index: SearchIndex, placeIndex: number, query: string, queryLiteral: string): string | null {
  const { first, count } = index.places[placeIndex];
  const typed = query.trim().toLowerCase();
  const cyrillic = hasCyrillic(query);
  let sameLetters: string | null = null;
  for (let s = first; s < first + count; s++) {
    const spelling = index.spellings[s];
    if (spelling.text.toLowerCase() === typed) return spelling.text;
    // Horlovka is also Горловка letter for letter; only a spelling in the script typed counts.
    if (sameLetters === null && spelling.literal === queryLiteral && hasCyrillic(spelling.text) === cyrillic) {
      sameLetters = spelling.text;
    }
  }
  return sameLetters;
}

function compareCandidates(index: SearchIndex, a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  const pa = index.places[a.place];
  const pb = index.places[b.place];
  if (pa.kindRank !== pb.kindRank) return pa.kindRank - pb.kindRank;
  if (pa.population !== pb.population) return pb.population - pa.population;
  const la = index.spellings[a.spelling].key.length;
  const lb = index.spellings[b.spelling].key.length;
  if (la !== lb) return la - lb;
  return pa.name < pb.name ? -1 : pa.name > pb.name ? 1 : 0;
}
