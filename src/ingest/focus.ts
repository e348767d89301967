/**
 * The article's country focus: which countries it is about, from their names and demonyms.
 * Place resolution prefers candidates in those countries ("Pokrovsk" in a report on Donetsk
 * region is not the Pokrovsk of Yakutia).
 */
import { allCountries } from './regions';

// Demonyms name a country as often as its name does.
const DEMONYMS: Record<string, string> = {
  ukrainian: 'UA', ukrainians: 'UA', kyiv: 'UA', kiev: 'UA', russian: 'RU', russians: 'RU', moscow: 'RU', kremlin: 'RU',
  belarusian: 'BY', polish: 'PL', moldovan: 'MD', romanian: 'RO', british: 'GB', american: 'US', irish: 'IE',
  german: 'DE', french: 'FR', lithuanian: 'LT', latvian: 'LV', estonian: 'EE', finnish: 'FI', turkish: 'TR',
  chinese: 'CN', iranian: 'IR', georgian: 'GE', hungarian: 'HU', slovak: 'SK', czech: 'CZ', britain: 'GB', america: 'US',
};

let countryNames: Map<string, string> | undefined;

/** Country names as written ("Poland", "United States", "UK") → ISO alpha-2; built once. */
function namesOfCountries(): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map();
  for (const country of allCountries()) {
    for (const name of [country.name, ...country.aliases]) {
      if (name.length < 4 && !/^[A-Z]{2,3}$/.test(name)) continue;
      countryNames.set(name.replace(/\./g, ''), country.alpha2);
    }
  }
  return countryNames;
}

/** Country → weight 0–1: how much the article is about it (this tool's war gives UA and RU a floor). */
export function countryFocus(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
  const names = namesOfCountries();
  // One pass over runs of capitalized words: "the United States", "Ukrainian forces", "UK".
  for (const m of text.matchAll(/\p{Lu}[\p{L}.]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.]*){0,3}/gu)) {
    const words = m[0].replace(/\./g, '').split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let j = words.length; j > i; j--) {
        const phrase = words.slice(i, j).join(' ');
        const code = names.get(phrase) ?? (j === i + 1 ? DEMONYMS[phrase.toLowerCase()] : undefined);
        if (code) {
          bump(code);
          i = j - 1;
          break;
        }
      }
    }
  }
  const max = Math.max(1, ...counts.values());
  const focus = new Map<string, number>();
  for (const [code, n] of counts) if (n >= 2 || code === 'UA' || code === 'RU') focus.set(code, n / max);
  for (const code of ['UA', 'RU']) focus.set(code, Math.max(focus.get(code) ?? 0, 0.5));
  return focus;
}
