/**
 * Casualty figures of a sentence: "killed five people and injured three", "at least 11 people
 * were killed", "leaving one dead and another injured", "a woman was killed", "the death toll
 * rose to 17", "kills family of four". Each figure keeps its offset so that draft.ts can give
 * it to the nearest place when a sentence names several.
 */
import type { Count } from '../data/schema';
import { findQuantities, type Quantity } from './numbers';

export type CasualtyKind = 'killed' | 'injured';

export interface CasualtyFigure {
  kind: CasualtyKind;
  count: Count;
  start: number;
  end: number;
  phrase: string;
}

const PEOPLE = String.raw`(?:more|other|others|people|persons|civilians|residents|children|child|adults|women|men|soldiers|servicemen|troops|police\s+officers|officers|rescuers|firefighters|medics|journalists|workers|pensioners|teenagers|of\s+them|including\s+\w+|more\s+people|[a-z]+-year-old\s+\w+|elderly|young|local|russian|ukrainian)`;
const AUX = String.raw`(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|got|had|has|have)`;
const PASSIVE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${PEOPLE}\s*){0,3}(?:,[^,.;]{1,60},\s*)?(?:${AUX}\s+)?|(?:(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|another|while|but)\b)[a-z'-]+\s+){1,7}?${AUX}\s+)(?:also\s+|reported\s+|confirmed\s+|[a-z]+ly\s+){0,2}(killed|dead|died|wounded|injured|hurt|hospitali[sz]ed)\b`,
  'i',
);
const ACTIVE_BEFORE = /\b(kill(?:ed|ing|s)?|injur(?:ed|ing|es|e)|wound(?:ed|ing|s)?|claimed\s+the\s+lives\s+of)\s+(?:a\s+family\s+of\s+|family\s+of\s+|the\s+lives\s+of\s+)?$/i;
const TOLL_BEFORE = /\b(?:death\s+toll|number\s+of\s+(?:dead|deaths|people\s+killed))\s+(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|reached|increased|grew|stands|stood|is|was|jumped)\s+(?:to|at)\s+$/i;
const INJURED_TOLL_BEFORE = /\b(?:number\s+of\s+(?:injured|wounded)|injury\s+toll)\s+(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|reached|increased|grew|stands|stood|is|was|jumped)\s+(?:to|at)\s+$/i;
// One person named by a noun: "a woman was killed", "killing a 65-year-old man", "another injured".
const ONE_PERSON = /\b(?:a|an|another|one)\s+(?:(?:\d+-year-old|elderly|young|local|pregnant|teenage)\s+)?(?:man|woman|child|boy|girl|person|civilian|resident|teenager|pensioner|driver|soldier|serviceman|police\s+officer|rescuer|firefighter|medic|journalist|worker|volunteer)\b|\banother\b(?=\s+(?:was\s+|were\s+)?(?:injured|wounded|hurt|killed|dead))/gi;

function kindOf(word: string): CasualtyKind {
  return /^(?:kill|dead|died|claimed)/i.test(word) ? 'killed' : 'injured';
}

// "no one was injured", "with no casualties": a figure of zero, which the report does give.
const NONE = /\b(?:no\s+one|nobody|no\s+people|none)\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(killed|injured|wounded|hurt|dead)\b|\bno\s+(casualties|deaths|fatalities|injuries|victims|dead|injured)\b|\bwithout\s+(casualties|injuries)\b/gi;

export function findCasualties(text: string): CasualtyFigure[] {
  const quantities: Quantity[] = findQuantities(text);
  for (const m of text.matchAll(ONE_PERSON)) {
    const start = m.index ?? 0;
    if (quantities.some((q) => q.start < start + m[0].length && q.end > start)) continue;
    quantities.push({ start, end: start + m[0].length, count: 1, text: m[0] });
  }
  quantities.sort((a, b) => a.start - b.start);
  const kindOfQuantity = (q: Quantity): CasualtyKind | undefined => {
    const before = text.slice(0, q.start);
    if (/\bno\s+$/i.test(before)) return undefined; // "no one was injured": see NONE
    const passive = PASSIVE_AFTER.exec(text.slice(q.end));
    const active = ACTIVE_BEFORE.exec(before);
    if (TOLL_BEFORE.test(before)) return 'killed';
    if (INJURED_TOLL_BEFORE.test(before)) return 'injured';
    if (active) return kindOf(active[1]);
    if (passive) return kindOf(passive[1]);
    return undefined;
  };
  const kinds = quantities.map(kindOfQuantity);
  const figures: CasualtyFigure[] = [];
  quantities.forEach((q, k) => {
    const kind = kinds[k];
    if (!kind) return;
    // "two women and two men were wounded": a count with no verb of its own, joined by "and"
    // to the next, shares its verb, and they add up.
    const first = quantities[k - 1];
    const gap = first ? text.slice(first.end, q.start) : '';
    if (first && !kinds[k - 1] && typeof first.count === 'number' && typeof q.count === 'number' && /^\s+(?:[a-z-]+\s+){0,2}and\s+$/i.test(gap)) {
      figures.push({ kind, count: first.count + q.count, start: first.start, end: q.end, phrase: text.slice(first.start, q.end) });
      return;
    }
    figures.push({ kind, count: q.count, start: q.start, end: q.end, phrase: q.text });
  });
  for (const m of text.matchAll(NONE)) {
    const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    const start = m.index ?? 0;
    const kinds: CasualtyKind[] = /^(?:casualties|victims)$/.test(word) ? ['killed', 'injured'] : [kindOf(word.replace(/^(?:deaths|fatalities)$/, 'dead'))];
    for (const kind of kinds) figures.push({ kind, count: 0, start, end: start + m[0].length, phrase: m[0] });
  }
  return figures.sort((a, b) => a.start - b.start);
}

// Where one clause of a sentence ends and the next begins ("…killed in Kharkiv city while two others…").
const CLAUSE_BREAK = /;|\s+while\s+|\s+whereas\s+|,\s+and\s+|,\s+but\s+|,\s+with\s+|\.\s+/g;

// "Two others were injured in Chasiv Yar and Novohrodivka": one figure, several places.
const PLACE_LIST = /\b(?:in|at|near|on)\s+(?:the\s+)?(?:(?:village|town|city|settlement)s?\s+of\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?[A-Z]/u;

/**
 * The site a figure belongs to, within its clause: the first place named after it ("two were
 * killed in Kharkiv and three injured in Izium"), else the nearest before it ("an attack on
 * Zaporizhzhia killed five"); else, outside the clause, the nearest. None when the clause
 * spreads the figure over a list of places.
 */
export function figureOwner<T extends { mention: { start: number; end: number } }>(sites: T[], offset: number, text: string): T | undefined {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= offset) from = at + m[0].length;
    else if (at >= offset) {
      to = at;
      break;
    }
  }
  if (PLACE_LIST.test(text.slice(offset, to))) return undefined;
  const inClause = sites.filter((d) => d.mention.start >= from && d.mention.end <= to);
  const after = inClause.filter((d) => d.mention.start >= offset).sort((a, b) => a.mention.start - b.mention.start)[0];
  if (after) return after;
  const pool = inClause.length > 0 ? inClause : sites;
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const d of pool) {
    const distance = offset < d.mention.start ? d.mention.start - offset : Math.max(0, offset - d.mention.end);
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}
