/**
 * Dates of events, resolved against the article's date with the precision the words carry:
 * "yesterday", "late on Thursday", "overnight" (a night is dated by the morning it ends in: the
 * report's day; "the night from Tuesday to Wednesday" is Wednesday),
 * "last week" (week: its Monday), "last month", "in March" (month: the 1st), "the summer before
 * last" (season: its first month, summer = YYYY-06-01), "last year", and explicit dates
 * ("20 November", "November 20, 2024", "18.06.2023"). Durations ("for the last month", "since
 * February") are not event dates and are skipped. A day named wins over "overnight" in the same
 * sentence; how an undated sentence takes another's date is at the end of this file and in
 * draft.ts (`sentenceDates`).
 */
import { addDays, mondayOf } from '../data/calendar';
import type { DatePrecision } from '../data/schema';

export { mondayOf };

export interface DateRef {
  date: string;
  precision: DatePrecision;
  /** The words it came from, for the report. */
  phrase: string;
  start: number;
  /**
   * The day this sentence gives the rest of its section when it is not the event's own: the day of
   * the statement that told an earlier event, the report's day at the end of a span of days.
   */
  sectionDate?: string;
  /** The start of a span going on to the report's day ("since Saturday"): a day named beside it wins. */
  sinceStart?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, season: 3, year: 4 };

function parseIso(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function firstOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 1));
  return iso(d);
}
function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')));
  return i === -1 ? undefined : i + 1;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const SEASON = '(spring|summer|autumn|fall|winter)';

// The night just over, told without naming it ("last night", "overnight"): the report's own day,
// and only because no other day is named (sentenceDate).
const NIGHT_JUST_OVER = String.raw`last\s+night|overnight|(?:at|in|during)\s+the\s+night(?!\s+(?:of|from|between|into|to|before)\b)|at\s+night`;
const IS_NIGHT_JUST_OVER = new RegExp(`^(?:${NIGHT_JUST_OVER})$`, 'i');
// "in recent months": going on this month, no event's own date.
const RECENT_MONTHS = String.raw`(?:in|over|during)\s+(?:the\s+)?recent\s+months`;

type Rule = [RegExp, (m: RegExpExecArray, published: string, future: boolean) => Omit<DateRef, 'phrase' | 'start'> | undefined];

/** The most recent date on or before `published` with this month and day (or after, if future). */
function dayOfMonth(published: string, month: number, day: number, year?: number, future = false): string | undefined {
  const p = parseIso(published);
  let y = year ?? p.getUTCFullYear();
  let d = new Date(Date.UTC(y, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  if (year === undefined && !future && d > p) d = new Date(Date.UTC((y -= 1), month - 1, day));
  if (year === undefined && future && d < p) d = new Date(Date.UTC((y += 1), month - 1, day));
  return iso(d);
}

function weekday(published: string, name: string, future: boolean, shift = 0): string {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const today = parseIso(published).getUTCDay();
  const back = (today - target + 7) % 7;
  if (future) return addDays(published, ((target - today + 7) % 7 || 7) + shift);
  return addDays(published, -back + shift);
}

function season(published: string, name: string, yearsBack: number, explicitYear?: number): string {
  const month = SEASON_MONTH[name.toLowerCase()];
  if (explicitYear !== undefined) return firstOfMonth(explicitYear, month);
  const p = parseIso(published);
  // "last summer": the latest summer already over; "the summer before last": the one before.
  let year = p.getUTCFullYear();
  const end = (y: number) => new Date(Date.UTC(y, month - 1 + 3, 1));
  while (end(year) > p) year -= 1;
  return firstOfMonth(year - yearsBack, month);
}

const RULES: Rule[] = [
  // A night is dated by the morning it ends in: "the night from Tuesday to Wednesday", "the night
  // of 12-13 September", "the night of 31 July – 1 August", "overnight into Friday" are the later day.
  [
    new RegExp(`\\b(?:the\\s+)?night\\s+(?:of|from|between)\\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*(?:-|–|—|to|into|and)\\s*)${WEEKDAY}\\b`, 'gi'),
    (m, p) => ({ date: weekday(p, m[1], false), precision: 'day' }),
  ],
  [
    new RegExp(`\\b(?:the\\s+)?night\\s+of\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+${MONTH})?\\s*(?:-|–|—|to|into|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    (m, p, f) => {
      const month = monthIndex(m[3]);
      const date = month ? dayOfMonth(p, month, Number(m[2]), m[4] ? Number(m[4]) : undefined, f) : undefined;
      return date ? { date, precision: 'day' } : undefined;
    },
  ],
  // "the night of January 26 to 27", "the night of Jan. 31 to Feb. 1": the month told first.
  [
    new RegExp(`\\b(?:the\\s+)?night\\s+of\\s+(?:the\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|—|to|into|and)\\s*(?:${MONTH}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gi'),
    (m, p, f) => {
      const month = monthIndex(m[2] ?? m[1]);
      const date = month ? dayOfMonth(p, month, Number(m[3]), m[4] ? Number(m[4]) : undefined, f) : undefined;
      return date ? { date, precision: 'day' } : undefined;
    },
  ],
  [
    new RegExp(`\\b(?:overnight|(?:the\\s+)?night)\\s+(?:(?:attacks?|strikes?)\\s+)?(?:into|to|through|until)\\s+${WEEKDAY}\\b`, 'gi'),
    (m, p) => ({ date: weekday(p, m[1], false), precision: 'day' }),
  ],
  // "between Sunday evening and Monday morning", "from Friday night to Saturday morning": a night
  // told by its two ends is the morning's day.
  [
    new RegExp(`\\b(?:between|from)\\s+(?:late\\s+)?(?:on\\s+)?${WEEKDAY}\\s+(?:evening|night)\\s+(?:and|to|until|till|into)\\s+(?:early\\s+)?(?:on\\s+)?${WEEKDAY}\\s+morning\\b`, 'gi'),
    (m, p) => ({ date: weekday(p, m[2], false), precision: 'day' }),
  ],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/gi, (m) => ({ date: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' })],
  // "18.06.2023", "18/06/2023", "9/23/2024": day first, as Europe writes it, unless only the other
  // order is a date on or before the report ("9/23" has no 23rd month). A full stop after the year
  // may end the sentence; only another figure after it makes the whole something else.
  [
    /(?<![\d.:/])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?!\d|[./]\d)/g,
    (m, p) => {
      const year = Number(m[4]);
      const dayFirst = dayOfMonth(p, Number(m[3]), Number(m[1]), year);
      const monthFirst = m[2] === '/' ? dayOfMonth(p, Number(m[1]), Number(m[3]), year) : undefined;
      const date = dayFirst && (dayFirst <= p || !monthFirst || monthFirst > p) ? dayFirst : monthFirst;
      return date ? { date, precision: 'day' } : undefined;
    },
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    (m, p, f) => {
      const month = monthIndex(m[2]);
      const date = month ? dayOfMonth(p, month, Number(m[1]), m[3] ? Number(m[3]) : undefined, f) : undefined;
      return date ? { date, precision: 'day' } : undefined;
    },
  ],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?(?!\\s*(?:per|%|km|people))`, 'gi'),
    (m, p, f) => {
      const month = monthIndex(m[1]);
      const date = month ? dayOfMonth(p, month, Number(m[2]), m[3] ? Number(m[3]) : undefined, f) : undefined;
      return date ? { date, precision: 'day' } : undefined;
    },
  ],
  // "On the 15th, …", "on the 23rd (local time)": a day of the month named alone is the latest
  // such day on or before the report, or the next on or after it when the clause tells the future
  // ("talks will resume on the 25th"). ("the 15th brigade", "the 23rd and 27th of September" are not.)
  [
    /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:()]|$))/gi,
    (m, p, future) => {
      const day = Number(m[1]);
      const year = Number(p.slice(0, 4));
      const month = Number(p.slice(5, 7));
      const date = dayOfMonth(p, month, day, year);
      if (date && (future ? date >= p : date <= p)) return { date, precision: 'day' };
      const other = month + (future ? 1 : -1);
      const beside = other === 0 ? dayOfMonth(p, 12, day, year - 1) : other === 13 ? dayOfMonth(p, 1, day, year + 1) : dayOfMonth(p, other, day, year);
      return beside ? { date: beside, precision: 'day' } : undefined;
    },
  ],
  // A span is dated by its start: "over the past day" began the day before.
  [/\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:24\s+hours|day)\b/gi, (_m, p) => ({ date: addDays(p, -1), precision: 'day' })],
  // …"over the past two days" two days before, "over the weekend" on its Saturday.
  [
    /\b(?:over|in|during)\s+the\s+(?:past|last)\s+(two|three|2|3)\s+days\b/gi,
    (m, p) => ({ date: addDays(p, -(NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]))), precision: 'day', sectionDate: p }),
  ],
  [/\b(?:over|during|at|on)\s+the\s+weekend\b/gi, (_m, p, future) => ({ date: weekday(p, 'saturday', future), precision: 'day', sectionDate: p })],
  [/\bthe\s+day\s+before\s+yesterday\b/gi, (_m, p) => ({ date: addDays(p, -2), precision: 'day' })],
  [/\byesterday\b/gi, (_m, p) => ({ date: addDays(p, -1), precision: 'day' })],
  [/\btomorrow\b/gi, (_m, p) => ({ date: addDays(p, 1), precision: 'day' })],
  // (Not a name: "Russia Today", "USA Today".)
  [
    /\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today)\b/gi,
    (m, p) => (m[0] === 'Today' && /\p{Lu}[\p{L}.]*\s+$/u.test(m.input.slice(0, m.index)) ? undefined : { date: p, precision: 'day' }),
  ],
  // "Kryvyi Rih was in mourning following Friday's strike", told on a Friday: mourning comes after
  // the deaths, so a weekday that is the report's own day is the week before's.
  [
    new RegExp(`\\b(?:mourning|mourned|mourns)\\b[^.;]{0,60}?\\b(?:following|after)\\s+(?:last\\s+)?${WEEKDAY}['’]s\\b`, 'gi'),
    (m, p) => {
      const date = weekday(p, m[1], false);
      return { date: date === p ? addDays(p, -7) : date, precision: 'day' };
    },
  ],
  [
    new RegExp(`\\b(?:(?:late|early)\\s+)?(?:on\\s+)?(?:last\\s+)?${WEEKDAY}(?:\\s+(?:night|morning|evening|afternoon))?\\b`, 'gi'),
    (m, p, f) => ({ date: weekday(p, m[1], f && !/last/i.test(m[0])), precision: 'day' }),
  ],
  // The night just over ends on the morning of the report: its date ("at night" too, said alone).
  [new RegExp(String.raw`\b(?:${NIGHT_JUST_OVER})\b`, 'gi'), (_m, p) => ({ date: p, precision: 'day' })],
  [
    /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?|years?)\s+ago\b/gi,
    (m, p) => {
      const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
      const unit = m[2].toLowerCase().replace(/s$/, '');
      if (unit === 'day') return { date: addDays(p, -n), precision: 'day' };
      if (unit === 'week') return { date: mondayOf(addDays(p, -7 * n)), precision: 'week' };
      const d = parseIso(p);
      if (unit === 'month') return { date: firstOfMonth(d.getUTCFullYear(), d.getUTCMonth() + 1 - n), precision: 'month' };
      return { date: firstOfMonth(d.getUTCFullYear() - n, 1), precision: 'year' };
    },
  ],
  [/\blast\s+(?:week|weekend)\b/gi, (_m, p) => ({ date: mondayOf(addDays(p, -7)), precision: 'week' })],
  [/\b(?:this|earlier\s+this|later\s+this)\s+week\b/gi, (_m, p) => ({ date: mondayOf(p), precision: 'week' })],
  [/\bnext\s+week\b/gi, (_m, p) => ({ date: mondayOf(addDays(p, 7)), precision: 'week' })],
  [
    /\blast\s+month\b/gi,
    (_m, p) => {
      const d = parseIso(p);
      return { date: firstOfMonth(d.getUTCFullYear(), d.getUTCMonth()), precision: 'month' };
    },
  ],
  [
    /\b(?:this|earlier\s+this)\s+month\b/gi,
    (_m, p) => ({ date: `${p.slice(0, 7)}-01`, precision: 'month' }),
  ],
  [
    new RegExp(`\\b(?:the\\s+)?${SEASON}\\s+before\\s+last\\b`, 'gi'),
    (m, p) => ({ date: season(p, m[1], 1), precision: 'season' }),
  ],
  [
    new RegExp(`\\blast\\s+${SEASON}\\b`, 'gi'),
    (m, p) => ({ date: season(p, m[1], 0), precision: 'season' }),
  ],
  [
    new RegExp(`\\b(?:in\\s+the\\s+)?${SEASON}\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'),
    (m, p) => ({ date: season(p, m[1], 0, Number(m[2])), precision: 'season' }),
  ],
  [
    new RegExp(`\\bthis\\s+${SEASON}\\b`, 'gi'),
    (m, p) => {
      const month = SEASON_MONTH[m[1].toLowerCase()];
      // In January and February "this winter" began the December before.
      const year = Number(p.slice(0, 4)) - (month === 12 && Number(p.slice(5, 7)) <= 2 ? 1 : 0);
      return { date: firstOfMonth(year, month), precision: 'season' };
    },
  ],
  [
    new RegExp(`\\b(?:in|since|during|by|until|from|of|(?:early|mid|late)-?)\\s*(?:early\\s+|mid-?|late\\s+)?${MONTH}(?:\\s+(\\d{4}))?\\b`, 'gi'),
    (m, p, f) => {
      const month = monthIndex(m[1]);
      if (!month) return undefined;
      if (m[1].toLowerCase() === 'may' && !m[2]) return undefined;
      if (m[2]) return { date: firstOfMonth(Number(m[2]), month), precision: 'month' };
      const d = parseIso(p);
      let year = d.getUTCFullYear();
      if (!f && month > d.getUTCMonth() + 1) year -= 1;
      if (f && month < d.getUTCMonth() + 1) year += 1;
      return { date: firstOfMonth(year, month), precision: 'month' };
    },
  ],
  // "where fighting has intensified in recent months": going on this month, dated by its first day.
  [new RegExp(String.raw`\b${RECENT_MONTHS}\b`, 'gi'), (_m, p) => ({ date: `${p.slice(0, 7)}-01`, precision: 'month' })],
  [/\blast\s+year\b/gi, (_m, p) => ({ date: `${Number(p.slice(0, 4)) - 1}-01-01`, precision: 'year' })],
  [/\b(?:this|earlier\s+this)\s+year\b/gi, (_m, p) => ({ date: `${p.slice(0, 4)}-01-01`, precision: 'year' })],
  [/\bin\s+((?:19|20)\d{2})\b/gi, (m) => ({ date: `${m[1]}-01-01`, precision: 'year' })],
];

// Words before a date phrase that make it a span, not an event date.
const DURATION_BEFORE = /\b(?:for|since|until|till|throughout|over\s+the\s+(?:last|past)|in\s+the\s+(?:last|past)|during\s+the\s+(?:last|past))\s+(?:about\s+|almost\s+|nearly\s+|more\s+than\s+|the\s+)*$/i;
const FUTURE = /\b(?:will|would|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to|plans?\s+to|is\s+expected\s+to|are\s+expected\s+to|next|scheduled)\b/i;

// "for the third time since the morning of September 2", "since Saturday", "since early
// yesterday": a span begun on a day of the last week and going on to the report's day. Its
// events happened from that day on, and like "over the past two days" it is dated by its start
// (the gold's rule for spans, tests/fixtures/gold/README.md, "Annotation rules"). A span begun
// longer ago ("since February 24, 2022", "since May") is a state of affairs and dates nothing.
const SINCE_A_DAY = /\bsince\s+(?:(?:early|late)\s+)?(?:(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|start|beginning)\s+of\s+)?(?:(?:on|the)\s+)?$/i;
const SPAN_DAYS = 7;
function isRecentDay(ref: Omit<DateRef, 'phrase' | 'start'>, published: string): boolean {
  return ref.precision === 'day' && ref.date <= published && ref.date >= addDays(published, -SPAN_DAYS);
}

/** Every date phrase of a sentence that names when something happened. */
export function findDates(text: string, published: string): DateRef[] {
  const found: DateRef[] = [];
  const taken: Array<[number, number]> = [];
  for (const [pattern, resolve] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const before = text.slice(0, start);
      // "since Russia's invasion began in February": the clause is a span, not an event date.
      const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
      // (But "the deadliest attack since the start of the war was in Hroza on Oct. 5": the span
      // ended before a verb of its own, and the date is the event's.)
      const since = /\bsince\b(?![\s\S]*\bsince\b)([\s\S]*)$/i.exec(clause);
      if (DURATION_BEFORE.test(before) || (since && !/\b(?:was|were|is|are|happened|occurred|took\s+place)\b/i.test(since[1]))) {
        taken.push([start, end]);
        const began = SINCE_A_DAY.test(before) && !SUPERLATIVE_SINCE.test(clause) ? resolve(m, published, false) : undefined;
        if (began && isRecentDay(began, published)) found.push({ ...began, sectionDate: published, sinceStart: true, phrase: m[0].trim(), start });
        continue;
      }
      const future = FUTURE.test(clause);
      const ref = resolve(m, published, future);
      taken.push([start, end]);
      if (ref && /^\d{4}-\d{2}-\d{2}$/.test(ref.date)) found.push({ ...ref, phrase: m[0].trim(), start });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}


/**
 * The event date of a sentence: its most precise date phrase (the first, on a tie), where a day
 * named ("on Friday", "January 26") wins over "overnight" or "last night", which only assume
 * the report was written the morning after.
 */
export function sentenceDate(text: string, published: string): DateRef | undefined {
  const all = findDates(text, published);
  if (all.length === 0) return undefined;
  const vague = (d: DateRef) => (d.sinceStart ? 2 : IS_NIGHT_JUST_OVER.test(d.phrase) ? 1 : 0);
  const best = (list: DateRef[]) => [...list].sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || vague(a) - vague(b) || a.start - b.start)[0];
  // "On Tuesday, June 7, the ministry's update noted that over the weekend troops had recaptured
  // parts of the city": the day told with the speaking dates the statement; a day of its own in
  // what was said, on or before it, dates the event.
  const said = REPORTED_THAT.exec(text);
  if (said) {
    const boundary = said.index + said[0].length;
    const frame = all.filter((d) => d.start < boundary && d.precision === 'day');
    const content = all.filter((d) => d.start >= boundary && d.precision === 'day');
    const statement = best(frame);
    const event = best(content);
    if (statement && event && event.date <= statement.date) return { ...event, sectionDate: statement.date };
  }
  return best(all);
}

const REPORTED_THAT = /\b(?:said|says|noted|notes|reported|reports|stated|states|announced|announces|wrote|writes|added|adds|confirmed|confirms|claimed|claims|told\s+(?:[\w’'-]+\s+){1,3}?)\b[^.;“"]{0,60}?\bthat\b/i;

// "Since early May, Russian forces have been attempting to breach …": going on since a month or a year ago.
const PERFECT = /\bha(?:ve|s)\s+(?:been|\w+ed|held|fought|kept|stood|struck|hit|shot|taken)\b/i;
// …but "the deadliest attack on the city since 2022" is one event measured against the past.
const SUPERLATIVE_SINCE = /\b(?:\w+est|most\s+\w+|first|worst)\s+(?:[\w-]+\s+){0,5}since\b/i;
// "have been advancing on Pokrovsk for months", "has been shelled for more than a year".
const FOR_LONG = /\bfor\s+(?:(?:many|several|some|the\s+past|the\s+last|(?:more|less)\s+than)\s+)?(?:(?:a|one|two|three|four|five|six|\d+|a\s+few)\s+)?(?:weeks|months|years|year|month)\b/i;
// ("Since the abandonment in July of the grain deal, Russia has increased attacks": since an event of a month named.)
const SINCE_LONG_AGO = /\bsince\s+(?:(?:the|its|their|a)\s+(?:[\w’'-]+\s+){0,5}?(?:in|of)\s+)?(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2}|last\s+(?:year|month|spring|summer|autumn|fall|winter))\b/i;

/** "Since early May, forces have been attempting …", "has been shelled for more than a year": a state going on for a long while, not one event. */
export function goesOnSinceLongAgo(text: string): boolean {
  return PERFECT.test(text) && (SINCE_LONG_AGO.test(text) || FOR_LONG.test(text)) && !SUPERLATIVE_SINCE.test(text);
}

// How an undated sentence takes the date of another (draft.ts, sentenceDates).

// "A day earlier, …", "the previous night", "two days before": earlier than the story's own day.
const ANTERIOR = /\b(?:(a|one|two|three|four|five|six|\d)\s+(days?|weeks?)\s+(?:earlier|before|prior)|the\s+(?:previous|preceding)\s+(day|night|evening|week)|the\s+(day|night|evening)\s+before(?!\s+(?:yesterday|last)\b))\b/i;
const ANTERIOR_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** "A day earlier", "the previous night": whether the sentence names a day before the story's own. */
export function namesEarlierDay(text: string): boolean {
  return ANTERIOR.test(text);
}

/** The date "a day earlier" points at, counted back from the story's day, or undefined. */
export function countedBack(text: string, story: DateRef): (DateRef & { inherited: string }) | undefined {
  const m = ANTERIOR.exec(text);
  if (!m || story.precision !== 'day') return undefined;
  const n = m[1] ? (ANTERIOR_COUNT[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  const week = /^week/i.test(m[2] ?? m[3] ?? '');
  const date = week ? mondayOf(addDays(story.date, -7 * n)) : addDays(story.date, -n);
  return { date, precision: week ? 'week' : 'day', phrase: m[0], start: m.index, inherited: `"${m[0]}", counted back from the story's day ("${story.phrase}")` };
}

// "The next day, …", "two days later": later than the story's day so far.
const POSTERIOR = /\b(?:(a|one|two|three|four|five|six|\d)\s+days?\s+later|the\s+(?:next|following)\s+(?:day|morning|evening|night|afternoon))\b/i;

/** The date "the next day" points at, counted on from the story's day, or undefined. */
export function countedOn(text: string, story: DateRef): (DateRef & { inherited: string }) | undefined {
  const m = POSTERIOR.exec(text);
  if (!m || story.precision !== 'day') return undefined;
  const n = m[1] ? (ANTERIOR_COUNT[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  return { date: addDays(story.date, n), precision: 'day', phrase: m[0], start: m.index, inherited: `"${m[0]}", counted on from the story's day ("${story.phrase}")` };
}

// "The police also said …", "He also reported …": the same speaker goes on.
const ALSO_SAID = /^\W*(?:[\w’'-]+\s+){1,4}?also\s+(?:said|says|reported|reports|stated|added|noted|wrote|told)\b/i;
export function speakerGoesOn(text: string): boolean {
  return ALSO_SAID.test(text);
}

// "On Monday drones hit the port. At the same time, shells fell on the town.": told as happening
// with the sentence before, whose day it has (only a sentence that begins so: "Ukraine at the same
// time is winning back ground" weighs two trends, it dates nothing).
const SAME_TIME = /^\W*(?:at\s+the\s+same\s+time|simultaneously|at\s+that\s+(?:time|moment))\b/i;
export function atTheSameTime(text: string): boolean {
  return SAME_TIME.test(text);
}

// "wrote about this", "commented on it", "spoke of that": the sentence is about the one before.
const ABOUT_THIS = /\b(?:wrote|writes|said|says|spoke|speaks|commented|comments|reported|reports|posted|posts|added|told\s+\w+)\s+(?:about|on|of)\s+(?:this|it|that)\b/i;
export function isAboutSentenceBefore(text: string): boolean {
  return ABOUT_THIS.test(text);
}

// "eight settlements liberated in total this month", "so far this year": a span a report sums
// up, which dates no event and so is no section's date.
const RUNNING_SPAN = new RegExp(String.raw`^(?:(?:this|so\s+far\s+this|earlier\s+this)\s+(?:week|month|year)|${RECENT_MONTHS})$`, 'i');
export function isRunningSpan(phrase: string): boolean {
  return RUNNING_SPAN.test(phrase);
}
