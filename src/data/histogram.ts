/**
 * Incidents over time, for the small stacked chart: day-precise incidents are counted per bin
 * (day, or week/month when the data covers too long a time for one bar a day), and incidents
 * dated only to a week, month, season or year are kept as spans so the chart can draw them as
 * periods instead of pretending they happened on one day.
 */
import { dayNumber, isoDay, mondayOfDay } from './calendar';
import { prepareIncidents, type PreparedIncidents } from './filters';
import type { DatePrecision, Incident, IncidentType } from './schema';
import { DATE_PRECISIONS, INCIDENT_TYPES } from './vocabulary';

export type HistogramUnit = 'day' | 'week' | 'month';

export interface HistogramBin {
  /** First day of the bin (the day itself, the Monday of the week, the 1st of the month). */
  date: string;
  /** Last day of the bin, inclusive. */
  end: string;
  counts: Record<IncidentType, number>;
  total: number;
}

export interface HistogramSpan {
  /** Stable key of the group: `${type}:${start}:${end}`. */
  id: string;
  type: IncidentType;
  /** Inclusive ISO days the date may mean. */
  start: string;
  end: string;
  precision: DatePrecision;
  /** Incidents with this type and period. */
  count: number;
}

export interface Histogram {
  unit: HistogramUnit;
  /** Every bin from the first to the last day-precise incident (or over `domain`), empty ones included. */
  days: HistogramBin[];
  /** Imprecise dates grouped by (type, start, end); oldest first. */
  spans: HistogramSpan[];
  /** Day-precise incidents counted in `days`. */
  dayTotal: number;
}

export const HISTOGRAM_DEFAULTS = {
  /** At most this many bars a day; beyond it, weeks. */
  maxDayBins: 120,
  /** At most this many bars a week; beyond it, months (4 years = 48 bars; no further step). */
  maxWeekBins: 120,
};

export interface HistogramOptions {
  /**
   * Bins cover this period (inclusive ISO days) whatever the incidents are, e.g. the whole
   * data's range while a filter narrows the incidents, so the chart keeps its context.
   */
  domain?: { start: string; end: string };
  maxDayBins?: number;
  maxWeekBins?: number;
}

const DAY_PRECISION = DATE_PRECISIONS.indexOf('day');

function monthStart(day: number): number {
  const d = new Date(day * 86_400_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
}
function nextMonthStart(day: number): number {
  const d = new Date(day * 86_400_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000;
}

/** The unit that keeps the number of bars for `days` days within the limits. */
export function histogramUnit(days: number, options: HistogramOptions = {}): HistogramUnit {
  const maxDays = options.maxDayBins ?? HISTOGRAM_DEFAULTS.maxDayBins;
  const maxWeeks = options.maxWeekBins ?? HISTOGRAM_DEFAULTS.maxWeekBins;
  if (days <= maxDays) return 'day';
  if (days <= maxWeeks * 7) return 'week';
  return 'month';
}

function emptyCounts(): Record<IncidentType, number> {
  return Object.fromEntries(INCIDENT_TYPES.map((t) => [t, 0])) as Record<IncidentType, number>;
}

/**
 * The chart's data for the incidents (all of them, or the rows in `indices`). Takes the
 * records or, at scale, the typed arrays from `prepareIncidents` (no date parsing per call).
 */
export function histogram(
  data: readonly Incident[] | PreparedIncidents,
  indices?: ArrayLike<number>,
  options: HistogramOptions = {},
): Histogram {
  const prepared = 'partyMask' in data ? data : prepareIncidents(data);
  // Always a Uint32Array of rows: one array type keeps the two passes below fast at 200,000 rows.
  let rows: Uint32Array;
  if (indices instanceof Uint32Array) rows = indices;
  else if (indices) rows = Uint32Array.from(indices);
  else {
    rows = new Uint32Array(prepared.length);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
  }
  const { start, end, type, precision } = prepared;

  // First pass: the day range, and the imprecise spans grouped.
  let first = Infinity;
  let last = -Infinity;
  const spanGroups = new Map<number, { type: number; start: number; end: number; precision: number; count: number }>();
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (precision[i] === DAY_PRECISION) {
      if (start[i] < first) first = start[i];
      if (start[i] > last) last = start[i];
      continue;
    }
    // A span is at most a year long, so (start, length, type) packs into one small integer
    // (a V8 small integer until the year 2687, which keeps the Map fast).
    const key = (start[i] * 512 + (end[i] - start[i])) * 8 + type[i];
    const group = spanGroups.get(key);
    if (group) group.count++;
    else spanGroups.set(key, { type: type[i], start: start[i], end: end[i], precision: precision[i], count: 1 });
  }
  if (options.domain) {
    first = dayNumber(options.domain.start);
    last = dayNumber(options.domain.end);
  }

  const spans: HistogramSpan[] = [...spanGroups.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end || a.type - b.type)
    .map((g) => {
      const t = INCIDENT_TYPES[g.type];
      const s = isoDay(g.start);
      const e = isoDay(g.end);
      return { id: `${t}:${s}:${e}`, type: t, start: s, end: e, precision: DATE_PRECISIONS[g.precision], count: g.count };
    });

  if (!(first <= last)) return { unit: 'day', days: [], spans, dayTotal: 0 };

  const unit = histogramUnit(last - first + 1, options);
  // Bin boundaries as day numbers: binStarts[b] is the first day of bin b; the extra last entry ends the range.
  const binStarts: number[] = [];
  const nextBin = unit === 'day' ? (d: number) => d + 1 : unit === 'week' ? (d: number) => d + 7 : nextMonthStart;
  let d = unit === 'day' ? first : unit === 'week' ? mondayOfDay(first) : monthStart(first);
  for (; d <= last; d = nextBin(d)) binStarts.push(d);
  binStarts.push(d);

  const binCount = binStarts.length - 1;
  const typeCount = INCIDENT_TYPES.length;
  const counts = new Uint32Array(binCount * typeCount);
  const base = binStarts[0] | 0;
  const span = (binStarts[binCount] | 0) - base;
  // The bin of every day in the range, so the pass below is one lookup whatever the unit.
  const binOfDay = new Uint32Array(span);
  for (let b = 0; b < binCount; b++) binOfDay.fill(b, binStarts[b] - base, binStarts[b + 1] - base);

  let dayTotal = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (precision[i] !== DAY_PRECISION) continue;
    const offset = start[i] - base;
    if (offset < 0 || offset >= span) continue; // outside a given domain
    counts[binOfDay[offset] * typeCount + type[i]]++;
    dayTotal++;
  }

  const days: HistogramBin[] = [];
  for (let b = 0; b < binCount; b++) {
    const c = emptyCounts();
    let total = 0;
    INCIDENT_TYPES.forEach((t, j) => {
      c[t] = counts[b * typeCount + j];
      total += c[t];
    });
    days.push({ date: isoDay(binStarts[b]), end: isoDay(binStarts[b + 1] - 1), counts: c, total });
  }
  return { unit, days, spans, dayTotal };
}

/**
 * The chart of only some types (empty = all), from the chart of every type over the same
 * `domain`: the bins do not move, so a type chip redraws the chart without walking incidents.
 * Only for a chart built with `options.domain` (without one, the bins follow the incidents).
 */
export function histogramOfTypes(all: Histogram, types: readonly IncidentType[]): Histogram {
  if (types.length === 0) return all;
  const wanted = new Set(types);
  let dayTotal = 0;
  const days = all.days.map((bin) => {
    const counts = emptyCounts();
    let total = 0;
    for (const t of INCIDENT_TYPES) {
      if (!wanted.has(t)) continue;
      counts[t] = bin.counts[t];
      total += bin.counts[t];
    }
    dayTotal += total;
    return { date: bin.date, end: bin.end, counts, total };
  });
  return { unit: all.unit, days, spans: all.spans.filter((s) => wanted.has(s.type)), dayTotal };
}
