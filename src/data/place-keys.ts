/**
 * Transliteration-tolerant keys for place names. The war's names reach English text through
 * several romanizations of two languages (Kupiansk / Kupyansk / Kupjansk / Купянск,
 * Horlivka / Gorlovka, Zaporizhzhia / Zaporozhye), so names are compared by a key that folds
 * what differs between those systems, never by the raw string.
 *
 * - `placeKey` — the strict key: one Latin form for Ukrainian and Russian Cyrillic, no
 *   diacritics, apostrophes or soft signs; kh/h/g folded; y/i/j glides, ia/ya/ja, ye/ie,
 *   iy/yi/y endings folded; double letters single; Russian neuter endings (-oye, -ovo, -ino)
 *   folded onto the Ukrainian ones (-e, -ove, -yne).
 * - `variantKeys` — the strict key plus its Russian → Ukrainian rewrites: suffixes
 *   (-ovka → -ivka, -ov/-ev → -iv), stems (Nikola- → Mykola-, Konstantin- → Kostiantyn-) and the
 *   renamed cities (Artemovsk → Bakhmut, Krasnoarmeysk → Pokrovsk, Dnepropetrovsk → Dnipro).
 * - `skeletonKey` — the consonants of a key (first letter kept): the last, loosest tier, for
 *   vowel shifts between the languages (Horlivka / Gorlovka, Dnipro / Dnepr).
 */

// One scheme for Ukrainian and Russian letters. г → h (Ukrainian), and g folds to h anyway.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ё: 'yo', ж: 'zh', з: 'z',
  и: 'y', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '',
  ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

// Letters that lose their meaning when their diacritic is stripped.
const LATIN_DIGRAPHS: Record<string, string> = { ž: 'zh', č: 'ch', š: 'sh', ś: 's', ł: 'l' };

/** Cyrillic → Latin, letter by letter, keeping case of the first letter. */
export function transliterate(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) {
      out += char;
    } else if (lower !== char && latin.length > 0) {
      out += latin[0].toUpperCase() + latin.slice(1);
    } else {
      out += latin;
    }
  }
  return out;
}

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}

/** The strict key: see the file comment. `placeKey("Kup'yans'k") === placeKey('Купянск')`. */
export function placeKey(name: string): string {
  let s = name.toLowerCase();
  // Most names are plain ASCII: skip the Unicode work for them (GeoNames has 135k).
  if (/[^a-z]/.test(s)) {
    if (hasCyrillic(s)) s = transliterate(s);
    if (/[^\x00-\x7f]/.test(s)) {
      s = s.replace(/[žčšśł]/g, (c) => LATIN_DIGRAPHS[c] ?? c);
      s = s.normalize('NFD').replace(/\p{M}/gu, '');
    }
    // Russian plural adjectives onto Ukrainian, word by word: Russkiye Tishki → Ruski Tyshky.
    s = s
      .split(/[^a-z0-9]+/)
      .map((word) => (word.length > 5 ? word.replace(/(?:iye|yye)$/, 'i') : word))
      .join('');
  }
  // Folding can make a new pair to fold ("жжж" → "zhzhzh" → "zhzh"): repeat until nothing
  // changes, so that the key of a key is the key.
  for (let folded = foldSpelling(s); folded !== s; folded = foldSpelling(s)) s = folded;
  return s;
}

/** One pass of the spelling folds; placeKey repeats it until nothing changes. */
function foldSpelling(key: string): string {
  let s = key
    .replace(/kh|[jg]/g, (m) => (m === 'j' ? 'y' : 'h'))
    .replace(/kh/g, 'h')
    .replace(/zhzh/g, 'zh')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/i([aeou])/g, '$1')
    .replace(/(.)\1+/g, '$1');
  // Russian neuter endings onto Ukrainian: -skoye → -ske, -ovo → -ove, -ino → -ine.
  if (s.length >= 6) s = s.replace(/oe$|([vn])o$/, (m, c: string | undefined) => (c ? `${c}e` : 'e'));
  return s;
}

// Renamed cities and Russian forms that no folding reaches. Written as people spell them;
// keyed with placeKey at load. The gazetteer's aliases add more at run time.
const RENAMED: Array<[string, string]> = [
  ['Kiev', 'Kyiv'],
  ['Lvov', 'Lviv'],
  ['Artemovsk', 'Bakhmut'],
  ['Artyomovsk', 'Bakhmut'],
  ['Krasnoarmeysk', 'Pokrovsk'],
  ['Dzerzhinsk', 'Toretsk'],
  ['Dnepropetrovsk', 'Dnipro'],
  ['Dnipropetrovsk', 'Dnipro'],
  ['Kirovograd', 'Kropyvnytskyi'],
  ['Kirovohrad', 'Kropyvnytskyi'],
  ['Ugledar', 'Vuhledar'],
  ['Krasny Liman', 'Lyman'],
  ['Krasnyy Liman', 'Lyman'],
  ['Dimitrov', 'Myrnohrad'],
  ['Stakhanov', 'Kadiivka'],
  ['Sverdlovsk', 'Dovzhansk'],
  ['Krasnodon', 'Sorokyne'],
  ['Komsomolsk', 'Horishni Plavni'],
  ['Ilyichevsk', 'Chornomorsk'],
  ['Kotovsk', 'Podilsk'],
  ['Yuzhnoukrainsk', 'Pivdennoukrainsk'],
  ['Belaya Tserkov', 'Bila Tserkva'],
  ['Krivoy Rog', 'Kryvyi Rih'],
  ['Chernobyl', 'Chornobyl'],
  ['Volchansk', 'Vovchansk'],
  ['Novaya Kakhovka', 'Nova Kakhovka'],
  ['Zaporozhye', 'Zaporizhzhia'],
];

// Russian stems whose Ukrainian form differs by more than vowels.
const STEMS: Array<[RegExp, string]> = [
  [/^nikola/, 'mikola'],
  [/^konstantin/, 'kostantin'],
  [/^volch/, 'vovch'],
  [/^belo/, 'bilo'],
  [/^krasnoe/, 'krasne'],
];

let renamedIndex: Map<string, string> | undefined;
function renamed(): Map<string, string> {
  renamedIndex ??= new Map(RENAMED.map(([from, to]) => [placeKey(from), placeKey(to)]));
  return renamedIndex;
}

export interface VariantKey {
  key: string;
  /** How the key was reached, for the decision log. */
  how: 'exact' | 'russian-form' | 'renamed';
}

/** The strict key and its Russian → Ukrainian rewrites, best first, without repeats. */
export function variantKeys(name: string): VariantKey[] {
  const key = placeKey(name);
  const out: VariantKey[] = [{ key, how: 'exact' }];
  const add = (candidate: string, how: VariantKey['how']) => {
    if (candidate.length >= 3 && !out.some((v) => v.key === candidate)) out.push({ key: candidate, how });
  };
  const rename = renamed().get(key);
  if (rename) add(rename, 'renamed');
  let stem = key;
  for (const [pattern, replacement] of STEMS) stem = stem.replace(pattern, replacement);
  const suffixed = [stem, stem.replace(/ovka$/, 'ivka').replace(/ivka$/, 'ivka')];
  for (const form of suffixed) {
    add(form, 'russian-form');
    add(form.replace(/ovka$/, 'ivka'), 'russian-form');
    add(form.replace(/[oe]v$/, 'iv'), 'russian-form');
  }
  return out;
}

/** Consonant skeleton of a strict key; the first letter is kept even when a vowel. */
export function skeletonKey(key: string): string {
  if (key.length === 0) return key;
  return key[0] + key.slice(1).replace(/[aeiou]/g, '');
}

/**
 * The loosest key, for a village's name against the list of every settlement of Ukraine when the
 * text says which region it is in: the skeleton of a strict key after folding what romanizations
 * of one letter differ in (щ: shch / sch / shh; ц: ts / c / tz). Vowels are dropped, so the
 * Russian o/e where Ukrainian has i (Zagornoye / Zahirne), ye / e / ie and a / e slips all meet.
 */
export function looseKey(key: string): string {
  return skeletonKey(key.replace(/shch|sch|shh/g, 'sh').replace(/ts|tz/g, 'c'));
}

/** Lower-case ASCII slug for ids: "Kramators'k" → "kramatorsk", "Chasiv Yar" → "chasiv-yar". */
export function slugify(name: string): string {
  return transliterate(name)
    .replace(/[žčšśł]/gi, (c) => LATIN_DIGRAPHS[c.toLowerCase()] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´‘"”]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Edit distance, for the skeleton tier's sanity check (ingest/resolve.ts). */
export { editDistance } from './edit-distance';
