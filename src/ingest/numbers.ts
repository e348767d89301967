/**
 * Quantities in words and digits, as casualty figures are written: "five", "twenty-three",
 * "35", "1,200", "a dozen", "two dozen", "dozens", "at least four", "over two dozen",
 * "between 10 and 15", "up to 10".
 *
 * Chosen readings (a `Count` is a number or {min, max?}):
 * - "at least N", "no fewer than N", "N or more" → {min: N}
 * - "more than N", "over N", "upwards of N"      → {min: N + 1}  ("over two dozen" → {min: 25})
 * - "up to N", "as many as N"                     → {min: 1, max: N}: the report does say some
 * - "nearly N", "almost N"                         → {min: round(0.9 N), max: N}
 * - "about/around/some/approximately N"            → N, marked `approximate` (from 2 up: "about one"
 *   is a translation's "one", nobody estimates one): the caller decides whether an estimate counts
 * - "dozens" → {min: 24}, "scores" → {min: 40}, "hundreds" → {min: 200}, "thousands" → {min: 2000},
 *   "several" → {min: 3}, "a few" → {min: 2}, "a couple of" → 2, "an unspecified number of" → {min: 1}
 */
import type { Count } from '../data/schema';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** "five" → 5, "twenty-three" → 23, "a hundred" is not a word: see findQuantities. */
export function parseNumberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const compound = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (compound && compound[1] in TENS && compound[2] in UNITS && UNITS[compound[2]] < 10) {
    return TENS[compound[1]] + UNITS[compound[2]];
  }
  return undefined;
}

export interface Quantity {
  start: number;
  end: number;
  count: Count;
  text: string;
  /** "around a dozen", "some 30": the report's estimate, not a count. */
  approximate?: boolean;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  // "1,200" is one number; "12, the governor said" is 12 and a comma.
  const re = /\d+(?:,\d{3})*(?:\.\d+)?(?:-[a-z]+(?:-[a-z]+)*)?|[A-Za-z]+(?:-[A-Za-z]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

type Core = { value: number; vague?: false } | { value: number; vague: true; min: number };

/** A bare quantity starting at words[i]: returns the value and the index after it. */
function core(ws: Word[], i: number): { core: Core; next: number } | undefined {
  const w = ws[i]?.w;
  if (w === undefined) return undefined;
  const after = ws[i + 1]?.w;
  if (/^\d/.test(w)) {
    // "11-year-old", "28-point", "5-storey": a number glued to a word is not a count.
    if (/-[a-z]/.test(w)) return undefined;
    const value = Number(w.replace(/,(?=\d{3}\b)/g, ''));
    if (!Number.isInteger(value)) return undefined;
    if (after === 'dozen') return { core: { value: value * 12 }, next: i + 2 };
    return { core: { value }, next: i + 1 };
  }
  const vague: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, several: 3 };
  if (w in vague) return { core: { value: vague[w], vague: true, min: vague[w] }, next: i + 1 };
  if ((w === 'a' || w === 'an') && after === 'dozen') return { core: { value: 12 }, next: i + 2 };
  // "an unspecified number of residents": some, at least one.
  if (w === 'an' && (after === 'unspecified' || after === 'undisclosed' || after === 'unknown') && ws[i + 2]?.w === 'number' && ws[i + 3]?.w === 'of') {
    return { core: { value: 1, vague: true, min: 1 }, next: i + 4 };
  }
  if (w === 'a' && after === 'few') return { core: { value: 2, vague: true, min: 2 }, next: i + 2 };
  if (w === 'a' && after === 'couple' && ws[i + 2]?.w === 'of') return { core: { value: 2 }, next: i + 3 };
  if (w === 'a' && after !== undefined && after in SCALES) {
    return { core: { value: SCALES[after] }, next: i + 2 };
  }
  let value = parseNumberWord(w);
  if (value === undefined) return undefined;
  let next = i + 1;
  // "twenty three", "one hundred and five", "two dozen".
  if (value >= 20 && value % 10 === 0 && ws[next] && ws[next].w in UNITS && UNITS[ws[next].w] < 10) {
    value += UNITS[ws[next].w];
    next += 1;
  }
  if (ws[next]?.w === 'dozen') return { core: { value: value * 12 }, next: next + 1 };
  while (ws[next] && ws[next].w in SCALES) {
    value *= SCALES[ws[next].w];
    next += 1;
    if (ws[next]?.w === 'and' && ws[next + 1] && parseNumberWord(ws[next + 1].w) !== undefined) {
      value += parseNumberWord(ws[next + 1].w) as number;
      next += 2;
    }
  }
  return { core: { value }, next };
}

const MODIFIERS: Array<[string[], 'min' | 'over' | 'upto' | 'nearly' | 'about']> = [
  [['at', 'least'], 'min'],
  [['atleast'], 'min'], // pasted pages glue it ("killed atleast 13")
  [['no', 'fewer', 'than'], 'min'],
  [['no', 'less', 'than'], 'min'],
  [['not', 'less', 'than'], 'min'],
  [['more', 'than'], 'over'],
  [['over'], 'over'],
  [['upwards', 'of'], 'over'],
  [['in', 'excess', 'of'], 'over'],
  [['up', 'to'], 'upto'],
  [['as', 'many', 'as'], 'upto'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['close', 'to'], 'nearly'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['some'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['an', 'estimated'], 'about'],
];

function toCount(c: Core): Count {
  return c.vague ? { min: c.min } : c.value;
}

/** Every quantity in the text, left to right, with its reading. */
export function findQuantities(text: string): Quantity[] {
  const ws = words(text);
  const out: Quantity[] = [];
  let i = 0;
  while (i < ws.length) {
    let modifier: (typeof MODIFIERS)[number][1] | undefined;
    let start = i;
    for (const [phrase, kind] of MODIFIERS) {
      if (phrase.every((p, k) => ws[i + k]?.w === p) && core(ws, i + phrase.length)) {
        modifier = kind;
        start = i;
        i += phrase.length;
        break;
      }
    }
    if (!modifier && ws[i]?.w === 'between') {
      const low = core(ws, i + 1);
      if (low && ws[low.next]?.w === 'and') {
        const high = core(ws, low.next + 1);
        if (high && high.core.value >= low.core.value) {
          out.push({ start: ws[i].start, end: ws[high.next - 1].end, count: { min: low.core.value, max: high.core.value }, text: text.slice(ws[i].start, ws[high.next - 1].end) });
          i = high.next;
          continue;
        }
      }
    }
    const found = core(ws, i);
    if (!found) {
      i = modifier ? start + 1 : i + 1;
      continue;
    }
    let count: Count = toCount(found.core);
    let next = found.next;
    const v = found.core.value;
    if (modifier === 'min') count = { min: found.core.vague ? found.core.min : v };
    else if (modifier === 'over') count = { min: (found.core.vague ? found.core.min : v) + 1 };
    else if (modifier === 'upto') count = { min: Math.min(1, v), max: v };
    else if (modifier === 'nearly') count = { min: Math.round(0.9 * v), max: v };
    else if (!modifier) {
      // "10 to 15", "10-15", "five or six"; "five or more".
      const joiner = ws[next]?.w;
      if ((joiner === 'to' || joiner === 'or') && ws[next + 1]?.w === 'more') {
        count = { min: v };
        next += 2;
      } else if (joiner === 'to' || joiner === 'or') {
        const high = core(ws, next + 1);
        if (high && !high.core.vague && high.core.value > v) {
          count = { min: v, max: high.core.value };
          next = high.next;
        }
      }
    }
    const end = ws[next - 1].end;
    const approximate = modifier === 'about' && !found.core.vague && v >= 2;
    out.push({ start: ws[start].start, end, count, text: text.slice(ws[start].start, end), ...(approximate ? { approximate } : {}) });
    i = next;
  }
  return out;
}

/** The larger of two counts (by their lower bound; an exact figure wins a tie). */
export function largerCount(a: Count | undefined, b: Count | undefined): Count | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const low = (c: Count) => (typeof c === 'number' ? c : c.min);
  if (low(a) !== low(b)) return low(a) > low(b) ? a : b;
  return typeof a === 'number' ? a : b;
}
