/**
 * Calendar days written YYYY-MM-DD, in UTC: the one home of "is this a real date", day
 * numbers, adding days and the Monday of a week — for the schema, the URL filter, the typed-array
 * filter, the histogram, the date formats and the ingest tool alike. No zod, no DOM: client code
 * may import it.
 */

const DAY_MS = 86_400_000;

/** A real calendar day written YYYY-MM-DD (2024-02-29 yes, 2025-02-29 no). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 for an ISO day (UTC); the caller passes a valid date. Plain arithmetic on
 * the digits (the days-from-civil formula) because it runs 200,000 times at load, where
 * Date.UTC and slices cost 20×.
 */
export function dayNumber(isoDay: string): number {
  let y = digit(isoDay, 0) * 1000 + digit(isoDay, 1) * 100 + digit(isoDay, 2) * 10 + digit(isoDay, 3);
  const m = digit(isoDay, 5) * 10 + digit(isoDay, 6);
  const d = digit(isoDay, 8) * 10 + digit(isoDay, 9);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// A map redraw names the latest day of a thousand places over a few thousand distinct days: each string is made once.
const ISO_DAYS = new Map<number, string>();

/** The ISO day of a day number. */
export function isoDay(day: number): string {
  let iso = ISO_DAYS.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    ISO_DAYS.set(day, iso);
  }
  return iso;
}

export function addDays(date: string, days: number): string {
  return isoDay(dayNumber(date) + days);
}

/** The Monday of the ISO week that holds day number `day` (1970-01-01 was a Thursday). */
export function mondayOfDay(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The Monday of the ISO week that holds the date. */
export function mondayOf(date: string): string {
  return isoDay(mondayOfDay(dayNumber(date)));
}
