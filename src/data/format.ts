/**
 * How counts, casualties, dates and types read in the site and the exports.
 * Pure and client-safe: no Intl date formatting (ICU versions disagree on "Sep"/"Sept"),
 * every date is treated as a UTC calendar day.
 */
import { addDays, mondayOf } from './calendar';
import type { Casualties, Count, DatePrecision, IncidentType } from './schema';

export const TYPE_LABEL: Record<IncidentType, string> = {
  strike: 'Strike',
  fighting: 'Fighting',
  'control-claim': 'Control claim',
  diplomacy: 'Diplomacy',
  hybrid: 'Hybrid',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5", "at least 4", "4–6". */
export function formatCount(c: Count): string {
  if (typeof c === 'number') return String(c);
  if (c.max === undefined) return `at least ${c.min}`;
  if (c.max === c.min) return String(c.min);
  return `${c.min}–${c.max}`;
}

/** The number a sum or a sort can rely on: the exact figure, or the lower bound of a range. */
export function countLowerBound(c?: Count): number {
  if (c === undefined) return 0;
  return typeof c === 'number' ? c : c.min;
}

/** True when the figure is a range or "at least", so a total built from it is a lower bound. */
export function isRange(c?: Count): boolean {
  return c !== undefined && typeof c !== 'number' && c.max !== c.min;
}

/** "5 killed, 3 injured", "at least 4 killed", "" when the report gives no figures. */
export function formatCasualties(c?: Casualties): string {
  if (!c) return '';
  const parts: string[] = [];
  if (c.killed !== undefined) parts.push(`${formatCount(c.killed)} killed`);
  if (c.injured !== undefined) parts.push(`${formatCount(c.injured)} injured`);
  return parts.join(', ');
}

// ---- dates -------------------------------------------------------------------------------

interface Ymd {
  y: number;
  m: number; // 1–12
  d: number;
}

function parseIsoDay(date: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * Meteorological seasons of the northern hemisphere (the war's): Mar–May spring, Jun–Aug
 * summer, Sep–Nov autumn, Dec–Feb winter. Winter belongs to the year it starts in, so
 * January 2025 is in "winter 2024–25".
 */
function seasonOf({ y, m }: Ymd): { season: Season; startYear: number; startMonth: number } {
  if (m >= 3 && m <= 5) return { season: 'spring', startYear: y, startMonth: 3 };
  if (m >= 6 && m <= 8) return { season: 'summer', startYear: y, startMonth: 6 };
  if (m >= 9 && m <= 11) return { season: 'autumn', startYear: y, startMonth: 9 };
  return { season: 'winter', startYear: m === 12 ? y : y - 1, startMonth: 12 };
}

function dayLabel(date: string): string {
  const { y, m, d } = parseIsoDay(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * "20 Nov 2025", "week of 17 Nov 2025", "Nov 2025", "summer 2024", "winter 2024–25", "2024".
 * The stored date may be any day inside the period; the label names the period.
 */
export function formatDate(date: string, precision: DatePrecision): string {
  const ymd = parseIsoDay(date);
  switch (precision) {
    case 'day':
      return dayLabel(date);
    case 'week':
      return `week of ${dayLabel(mondayOf(date))}`;
    case 'month':
      return `${MONTHS[ymd.m - 1]} ${ymd.y}`;
    case 'season': {
      const { season, startYear } = seasonOf(ymd);
      if (season !== 'winter') return `${season} ${startYear}`;
      const end = startYear + 1;
      // "winter 2024–25", but "winter 1999–2000" rather than the odd-looking "1999–00".
      const sameCentury = Math.floor(startYear / 100) === Math.floor(end / 100);
      return `winter ${startYear}–${sameCentury ? String(end).slice(-2) : end}`;
    }
    case 'year':
      return String(ymd.y);
  }
}

/** The inclusive ISO days a dated record may fall on: what filters and histograms compare. */
export function dateSpan(date: string, precision: DatePrecision): { start: string; end: string } {
  const ymd = parseIsoDay(date);
  switch (precision) {
    case 'day':
      return { start: date, end: date };
    case 'week': {
      const start = mondayOf(date);
      return { start, end: addDays(start, 6) };
    }
    case 'month':
      return { start: iso(ymd.y, ymd.m, 1), end: iso(ymd.y, ymd.m, daysInMonth(ymd.y, ymd.m)) };
    case 'season': {
      const { startYear, startMonth } = seasonOf(ymd);
      const endMonth = ((startMonth + 1) % 12) + 1; // three months: 3→5, 6→8, 9→11, 12→2
      const endYear = startMonth === 12 ? startYear + 1 : startYear;
      return { start: iso(startYear, startMonth, 1), end: iso(endYear, endMonth, daysInMonth(endYear, endMonth)) };
    }
    case 'year':
      return { start: iso(ymd.y, 1, 1), end: iso(ymd.y, 12, 31) };
  }
}
