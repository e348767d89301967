/**
 * The English name of a country or claimant party from its ISO 3166-1 alpha-2 code: the one
 * home for the details panel, the filter bar and the CSV. Intl knows every code, so no table
 * can fall behind; client-safe.
 */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "RU" → "Russia", "GB" → "United Kingdom"; a code Intl does not know is shown as given. */
export function countryName(iso2: string): string {
  try {
    return regionNames.of(iso2) ?? iso2;
  } catch {
    return iso2;
  }
}
