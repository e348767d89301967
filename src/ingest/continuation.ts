/**
 * Whether a sentence goes on about the event told before it. A sentence that names no place may
 * give the last event its toll ("One person was killed, the governor said"), point back at it
 * ("in the attack", "This was reported by …") or tell how it was done ("20 Shahed drone strikes
 * have been recorded"); one that sums up ("In total", "over the past week") or says it is about
 * another event ("Elsewhere") does not. draft.ts (siteEvents) weighs these with the paragraphs
 * and dates between.
 */
import type { EventReading } from './events';
import type { Sentence } from './sentences';

// The nouns a report names an attack by when it comes back to it ("the strike", "this shelling").
const EVENT_NOUN = 'attack|strike|shelling|explosion|blast|bombardment|raid';

// "Three other people were injured in the drone strike", "As a result of the attack, …", "Among
// the wounded were …" (the wounded of an event already told), "The minister said the attack
// killed 13" (the event the subject of the toll's verb): a sentence that points back at the last event.
const BACK_REFERENCE = new RegExp(
  String.raw`(?:^|\b(?:in|by|from|during|after|of)\s+)(?:the|this|that)\s+(?:same\s+)?(?:[\w-]+\s+)?(?:${EVENT_NOUN})\b|\b(?:the|this|that)\s+(?:same\s+)?(?:[\w-]+\s+)?(?:${EVENT_NOUN})\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:killed|injured|wounded|left|claimed)\b|\bas\s+a\s+result\s+of\s+(?:the\s+)?(?:russian|enemy|hostile|ukrainian)\s+(?:aggression|shelling|attacks?|strikes?|fire)\b|\bamong\s+(?:the|those)\s+(?:dead|killed|wounded|injured|hurt)\b`,
  'i',
);
export function pointsBackAtEvent(text: string): boolean {
  return BACK_REFERENCE.test(text);
}

// "The governor confirmed the missile strike": a sentence about the event already told.
const THE_EVENT = new RegExp(String.raw`\bthe\s+(?:[\w-]+\s+){0,2}(?:${EVENT_NOUN})\b`, 'i');
export function namesTheEvent(text: string): boolean {
  return THE_EVENT.test(text);
}

// "The disaster in the city of Kryvyi Rih also left 25 wounded": the event told before, named
// again by a definite noun (with the words a report uses for an event whose toll it has told).
const THE_EVENT_AGAIN = new RegExp(String.raw`\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:${EVENT_NOUN}|disaster|tragedy|incident)\b`, 'i');
export function namesTheEventAgain(text: string): boolean {
  return THE_EVENT_AGAIN.test(text);
}

// An attack told by its verb alone ("troops attacked the town"), and the words that name how it was done.
const BARE_ATTACK = /^(?:attack\w*|hit\w*|raid\w*|open\w*\s+fire|fired\s+(?:on|at))$/;
const WEAPON_WORD = /drone|uav|shahed|geran|missile|rocket|bomb|kab|artillery|shell|mortar|mlrs|grad|iskander|kinzhal|ballistic|cruise|explo|blast/;

/**
 * "Russian troops attacked Novhorod-Siverskyi. So far, 20 Shahed drone strikes have been
 * recorded.": whether a strike told with its weapons says how the attack before, told with a bare
 * verb only, was done (then that fight was a strike).
 */
export function armsBareAttack(before: EventReading[], reading: EventReading): boolean {
  return reading.type === 'strike' && reading.triggers.some((t) => WEAPON_WORD.test(t)) && before.every((e) => e.type === 'fighting' && e.triggers.every((t) => BARE_ATTACK.test(t)));
}

// A party that speaks of the enemy's losses ("Russia said its forces killed 30 Ukrainian
// soldiers") tells no toll of a place.
const MILITARY_LOSSES = /\b(?:soldiers?|servicem[ae]n|service\s*members?|troops|fighters|militants|mercenaries|personnel|eliminated|neutrali[sz]ed)\b/i;
export function speaksOfMilitaryLosses(text: string): boolean {
  return MILITARY_LOSSES.test(text);
}

// "This was reported by the head of the district administration on Facebook.", "The media
// reported this according to the mayor.", "The governor wrote about it on Telegram.": where the
// news came from, nothing new about the event. (Not "He said this was the worst attack": there
// "this" begins a clause that tells something.)
const SOURCE_LINE = /^(?:this|that|it|the\s+(?:news|information|report))\s+(?:was|is|has\s+been)\s+(?:reported|announced|stated|said|confirmed|posted|written)\b/i;
const REPORTED_THIS = /^[^,.;:"“”]{0,80}?\b(?:reported|announced|stated|said|wrote|posted|confirmed|informed\s+(?:us|readers))\s+(?:about\s+|of\s+)?(?:this|it)\s*(?:$|[,.;]|\b(?:according|on|in|via|at|to|through|citing|with\s+reference)\b)/i;
function isSourceLine(text: string): boolean {
  return SOURCE_LINE.test(text.trim()) || REPORTED_THIS.test(text.trim());
}

/** The paragraphs wholly between sentences `from` and `to` that tell something: not only subheadings and source lines. */
export function tellingParagraphsBetween(sentences: Sentence[], from: number, to: number): Set<number> {
  const telling = new Set<number>();
  for (let k = from + 1; k < to; k++) {
    const s = sentences[k];
    if (!s.headline && !isSourceLine(s.text)) telling.add(s.paragraph);
  }
  telling.delete(sentences[from].paragraph);
  telling.delete(sentences[to].paragraph);
  return telling;
}

/** Paragraphs from sentence `from` to sentence `to`, less those that hold only subheadings and source lines. */
export function paragraphsBetween(sentences: Sentence[], from: number, to: number): number {
  return sentences[to].paragraph === sentences[from].paragraph ? 0 : tellingParagraphsBetween(sentences, from, to).size + 1;
}

// "In total, 23 were injured in the region over the past week", "seven civilians of the region
// were injured", "the region's residents": a sum, not more of the last event.
const SUMMARY = /\b(?:in\s+total|a\s+total\s+of|overall|altogether|in\s+all|since|so\s+far|to\s+date|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|24\s+hours)|this\s+(?:week|month|year)|(?:in|across|throughout|of)\s+the\s+(?:region|oblast|province|country|district|area|front)|the\s+(?:region|oblast|province|country)['’]s|across\s+(?:the\s+)?[A-Z]\w+|for\s+(?:many\s+|several\s+)?(?:days|weeks|months|years)|ha(?:ve|s)\s+been\s+\w+ing)\b/;
// "Victims: 8 dead, 19 injured.", "Total: 4 killed": a label line at the end of a round-up sums
// the places told before it (the report's total), not more of the last one.
const SUMMARY_LABEL = /^\s*(?:(?:total|overall)\s+)?(?:victims|casualties|total|toll|losses)\s*(?::|–|—|\s-\s)/i;
export function sumsUp(text: string): boolean {
  return SUMMARY.test(text) || SUMMARY_LABEL.test(text);
}

// A figure told as newer than one before: "the toll rose to", "later", "updated", "now stands at".
const UPDATED = /\b(?:rose|risen|rises|climbed|increased|grew|jumped|went\s+up|gone\s+up|updated|revised|later|latest|now\s+(?:stands|stood|is|at)|has\s+(?:now\s+)?reached|bringing|raising|died\s+(?:later|in\s+hospital|of\s+(?:his|her|their)\s+(?:wounds|injuries)))\b/i;
export function toldAsNewer(text: string): boolean {
  return UPDATED.test(text);
}

// "Elsewhere, two were injured", "In another attack, …": a sentence that says it is about another event.
const OTHER_EVENT = /\b(?:elsewhere|separately|meanwhile|in\s+(?:another|a\s+separate)\s+\w+|another\s+(?:attack|strike|drone|missile|shelling|bomb)|other\s+(?:attacks|strikes))\b/i;
export function tellsAnotherEvent(text: string): boolean {
  return OTHER_EVENT.test(text);
}

// "Shortly afterward, the army shelled Kostiantynivka for the second time": another attack on a
// place already told of, as opposed to OTHER_EVENT's other place ("Elsewhere"). draft.ts
// (episodes) makes it a second incident there.
// "After a nighttime air strike on X" or "a fresh attack on X", told after an event there: an attack
// told with an indefinite article and a time or a word of its own is not the one already told
// (docs/ingest-accuracy.md, the tenth round). (Not "hours after the strike", which points back at it.)
const REPEATED_ATTACK =
  /\b(?:for\s+(?:the|a)\s+(?:second|third|fourth)\s+time|(?:a|the)\s+(?:second|third|repeated)\s+(?:attack|strike|shelling|wave|hit)|(?:shortly|soon|hours?|minutes?)\s+(?:afterwards?|later)|later\s+(?:that|the\s+same)\s+(?:day|evening|night|morning)|once\s+more|another\s+(?:attack|strike|shelling)\s+(?:on|hit|struck|targeted)|\b(?:a|an)\s+(?:new|fresh|further|renewed|(?:late-?)?night(?:-?time)?|overnight|morning|afternoon|evening)\s+(?:[\w-]+\s+)?(?:attack|strike|airstrike|shelling|raid|bombardment)\s+(?:on|against|in|at|hit|struck|targeted)|there\s+(?:was|were)\s+also\s+(?:a|an|another)\s+(?:hit|strike|attack|explosion)|(?:was|were)\s+(?:also\s+)?previously\s+(?:attacked|hit|struck|shelled|targeted))\b/i;
/** A speech verb with no "that" or comma before the time phrase: "said in a briefing minutes later". */
const STATEMENT_BEFORE = /\b(?:said|says|told|reported|announced|stated|wrote|added|confirmed)\b(?![^,]*\bthat\b)[^,]*$/i;
export function tellsRepeatedAttack(text: string): boolean {
  const match = REPEATED_ATTACK.exec(text);
  if (!match) return false;
  // "Ukraine said in a briefing minutes later that …": the time dates the statement, not an attack
  // ("the mayor said that minutes later another missile hit" still tells one).
  return !STATEMENT_BEFORE.test(text.slice(0, match.index));
}
