/**
 * The English name of a country or claimant party from its ISO 3166-1 alpha-2 code: the one
 * home for the details panel, the filter bar and the CSV. Intl knows every code, so no table
 * can fall behind; client-safe.
 */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

// Each code is looked up once: Intl.DisplayNames.of takes a while, and the filter bar, the
// details and the CSV ask for the same few codes over and over.
const known = new Map<string, string>();

/** "RU" → "Russia", "GB" → "United Kingdom"; a code Intl does not know is shown as given. */
export function countryName(iso2: string): string {
  let name = known.get(iso2);
  if (name === undefined) {
    try {
      name = regionNames.of(iso2) ?? iso2;
    } catch {
      name = iso2;
    }
    known.set(iso2, name);
  }
  return name;
}
