/**
 * Ukraine's official romanization of Ukrainian (Cabinet of Ministers resolution No. 55 of
 * 27 January 2010, "KMU 2010"): the spelling English-language reports use for Ukrainian places
 * (Novohrodivka, Kurylivka, Lyptsi, Zaporizhzhia, Yenakiieve). Deterministic, letter by letter,
 * with the standard's three context rules:
 *
 * - є ї й ю я are ye yi y yu ya at the start of a word and ie i i iu ia elsewhere;
 * - зг is zgh (Zghurivka), so that it is not read as ж;
 * - the soft sign and the apostrophe are dropped.
 *
 * Russian-only letters (ы э ё ъ) are not part of the standard; text holding them is not Ukrainian
 * and `isUkrainianCyrillic` says so, so callers can leave such names alone.
 */

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
};

// Word-initial forms of the iotated letters.
const INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const APOSTROPHES = /['’ʼ`]/;
const RUSSIAN_ONLY = /[ыэёъЫЭЁЪ]/;

/** Whether the text is Cyrillic without letters the Ukrainian alphabet lacks. */
export function isUkrainianCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text) && !RUSSIAN_ONLY.test(text);
}

/** KMU 2010 romanization; characters that are not Ukrainian letters pass through unchanged. */
export function romanizeUkrainian(text: string): string {
  const chars = [...text];
  let out = '';
  // A word starts after anything that is neither a letter nor an apostrophe (Кам'янка is one word).
  let wordStart = true;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const lower = char.toLowerCase();
    if (APOSTROPHES.test(char) && !wordStart) continue;
    let latin: string | undefined;
    if (lower === 'г' && i > 0 && chars[i - 1].toLowerCase() === 'з') latin = 'gh';
    else if (wordStart && INITIAL[lower] !== undefined) latin = INITIAL[lower];
    else latin = LETTERS[lower];
    if (latin === undefined) {
      out += char;
      wordStart = !/\p{L}/u.test(char);
      continue;
    }
    wordStart = false;
    if (latin.length === 0) continue;
    // Capital letter: capitalize the first Latin letter (Щ → Shch, Є → Ye), unless the whole
    // word is in capitals (ЩАСТЯ → SHCHASTIA).
    if (lower !== char) {
      const capital = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
      const allCaps = capital(chars[i + 1]) || capital(chars[i - 1]);
      out += allCaps ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
    } else {
      out += latin;
    }
  }
  return out;
}
