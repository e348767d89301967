/**
 * From a report to draft incidents: sentences → place mentions → decisions (which place, and
 * whether it is an event site) → per-sentence events at sites → incidents, one per place, type
 * and date, so that an event told twice becomes one incident with both quotes. Every incident
 * and place is checked against the one schema before it leaves.
 */
import path from 'node:path';
import { destination, distance } from '@turf/turf';
import {
  incident as incidentSchema,
  placeFeature as placeSchema,
  type Casualties,
  type Claim,
  type Count,
  type DatePrecision,
  type GeoPrecision,
  type Incident,
  type IncidentType,
  type PlaceFeature,
} from '../data/schema';
import { addCounts, figureOwners, findCasualties, MAX_PLACES_SHARING } from './casualties';
import { carrySpeaker, findAttributions, findShares, isLocalOfficial, isPronoun, type Attribution } from './claims';
import { isLocative, isNear, otherPart } from './context';
import { mondayOf, sentenceDate, type DateRef } from './dates';
import { addDays } from '../data/calendar';
import { classifySentence, type EventReading } from './events';
import { applyEventClassifier, eventClassifierFromEnv, type EventClassifierOption } from './event-filter';
import { applySiteClassifier, siteClassifierFromEnv, type SiteClassifierOption } from './site-filter';
import { countryFocus } from './focus';
import { largerCount } from './numbers';
import { placeKey } from '../data/place-keys';
import { InputError, type Report } from './read';
import type { PlaceRecord, Position, Resolver } from './resolve';
import { splitSentences, type Sentence } from './sentences';
import { AREAS, assignRoles, decidePlaces, insideArea, isUnplacedName, regionNamedByCity, SETTLEMENTS, type PlaceDecision } from './sites';
import { findMentions, unresolvedNames, type Mention } from './toponyms';
import { findPeriphrases, periphrasisPlace } from './periphrasis';
import { geoNamesIndex, isCapital } from './resolve';
import { admin1Name } from './regions';
import { datelineEnd } from './context';

export type { DecisionRole, PlaceDecision } from './sites';

export interface IngestOptions {
  /** Article date YYYY-MM-DD; else the report's ` date` line. */
  published?: string;
  outlet?: string;
  url?: string;
  title?: string;
  /** The learned second opinion that drops incidents (event-filter.ts); else INGEST_CLASSIFIER=1 turns it on. */
  eventClassifier?: EventClassifierOption;
  /** The learned second opinion on each placed name, site or not (site-filter.ts); else INGEST_SITE_CLASSIFIER=1 turns it on. */
  siteClassifier?: SiteClassifierOption;
}

/** One event at one place as one sentence tells it. */
interface SiteEvent {
  sentence: Sentence;
  decision: PlaceDecision;
  reading: EventReading;
  date: DateRef & { inherited?: string };
  geoPrecision: GeoPrecision;
  coordinates?: Position;
  casualties: Casualties;
  share?: number;
  attributions: Attribution[];
  /** Told in a sentence that names no place and goes on about the last event: as an update or a newer count, or not. */
  continues?: 'update' | 'same';
  /** Totals this event's figures are the place's part of ("six in Reni and one in Izmail" of seven), by kind. */
  partOf?: Partial<Record<'killed' | 'injured', Count[]>>;
}

export interface IngestResult {
  published: string;
  sentences: Sentence[];
  places: { type: 'FeatureCollection'; features: PlaceFeature[] };
  incidents: Incident[];
  decisions: PlaceDecision[];
  /** `candidates`: namesakes the report does not tell apart (see resolve.ts `ambiguity`). */
  unresolved: Array<{ name: string; sentence: number; candidates?: string[] }>;
  doubts: string[];
}


// ", a city … liberated by Ukrainian troops in 2022,", ", a point of major clashes … since the start
// of the war", ", which has been key to grain exports in recent months": a clause that describes a
// place tells the place's past, not the event's date or kind.
const ASIDE = /,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:city|town|village|settlement|port|hub|point|stronghold|scene|site|centre|center|hotspot)\b|(?:located|situated)\b|which\s+ha(?:s|ve)\s+(?:long\s+)?been\b)[^,.;]*(?=[,.;]|$)/gi;

// "Tonight, the city of Dnipro was fired upon by …": a phrase with a verb of its own (not after
// "which", "that", "who") is the sentence's clause, not an aside.
const OWN_VERB = /^(?:(?!\b(?:which|that|who|whom|whose|where|when)\b)[^])*?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|came|come|comes)\b/i;

const ASIDE_MAX = 120;

/** The sentence with descriptive asides blanked (same length), for dating it. */
export function withoutAsides(text: string): string {
  // An "aside" that runs on for most of a sentence with no comma is the sentence itself.
  return text.replace(ASIDE, (m) => (OWN_VERB.test(m) || m.length > ASIDE_MAX ? m : ' '.repeat(m.length)));
}

// "A day earlier, …", "the previous night", "two days before": earlier than the story's own day.
const ANTERIOR = /\b(?:(a|one|two|three|four|five|six|\d)\s+(days?|weeks?)\s+(?:earlier|before|prior)|the\s+(?:previous|preceding)\s+(day|night|evening|week)|the\s+(day|night|evening)\s+before(?!\s+(?:yesterday|last)\b))\b/i;
const ANTERIOR_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The date "a day earlier" points at, counted back from the story's day, or undefined. */
function anterior(text: string, story: DateRef): (DateRef & { inherited: string }) | undefined {
  const m = ANTERIOR.exec(text);
  if (!m || story.precision !== 'day') return undefined;
  const n = m[1] ? (ANTERIOR_COUNT[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  const week = /^week/i.test(m[2] ?? m[3] ?? '');
  const date = week ? mondayOf(addDays(story.date, -7 * n)) : addDays(story.date, -n);
  return { date, precision: week ? 'week' : 'day', phrase: m[0], start: m.index, inherited: `"${m[0]}", counted back from the story's day ("${story.phrase}")` };
}

/**
 * Each undated sentence takes a date from its section (a live-blog item, or the whole article):
 * that of the latest earlier sentence naming one of its places, else the section's first date
 * (the lede's), else the article's date.
 */
function sentenceDates(sentences: Sentence[], decisions: PlaceDecision[][], published: string, readings: Array<EventReading | undefined> = [], title?: string): Array<DateRef & { inherited?: string }> {
  // A strike, a fight or a claim the report tells has happened by the report's day: a later date in
  // its sentence is of something else ("the boy … would have turned six in July"). (Talks may be ahead.)
  const own = sentences.map((s, i) => {
    const date = s.headline ? undefined : sentenceDate(withoutAsides(s.text), published);
    return date && date.date > published && readings[i] && readings[i]?.type !== 'diplomacy' ? undefined : date;
  });
  // (Places, not parties: "Russia began its invasion on February 24, 2022. … Russia’s missiles hit
  // Odesa" carries no date; nor does a country, which every sentence of a war report may name.)
  const places = decisions.map((list) => new Set(list.filter((d) => d.chosen && d.chosen.kind !== 'country' && !NOT_A_PLACE_HERE.has(d.role)).map((d) => d.chosen?.id as string)));
  const resolved: Array<DateRef & { inherited?: string }> = [];
  // The first dated sentence of each section, found once.
  const lede = new Map<number, number>();
  // (Not a background sentence's: "…shelling Mykolaiv since … February 24, 2022" dates nothing else.)
  sentences.forEach((s, k) => {
    const date = own[k];
    if (date && !lede.has(s.section) && !toldInPassing(s.text, date, published) && !RUNNING_SPAN.test(date.phrase)) lede.set(s.section, k);
  });
  // "Governor: 2 civilians killed … on Sept. 24." over a body that dates nothing: the headline's day
  // is the body's, not the day it was published.
  const titled = title && lede.size === 0 ? sentenceDate(title, published) : undefined;
  const titleDate = titled && titled.precision === 'day' && titled.date <= published ? titled : undefined;
  sentences.forEach((s, i) => {
    if (own[i]) {
      resolved.push(own[i] as DateRef);
      return;
    }
    // "The Ukrainian police reported that a man was killed late on Friday. The police also said
    // that …": what the same report goes on to say, in the same paragraph, is of the same day.
    const before = i > 0 ? sentences[i - 1] : undefined;
    if (before && !before.headline && before.paragraph === s.paragraph && own[i - 1] && ALSO_SAID.test(s.text)) {
      resolved.push({ ...resolved[i - 1], inherited: `what the report before goes on to say ("${resolved[i - 1].phrase}")` });
      return;
    }
    // "…wrote on X on Dec. 27. ¶ Zelenskyy wrote about this: 'The primary target is Kyiv …'": a
    // sentence that says it is about what the one before told is of that one's day.
    if (before && !before.headline && own[i - 1] && s.paragraph - before.paragraph <= 1 && ABOUT_THIS.test(s.text)) {
      resolved.push({ ...resolved[i - 1], inherited: `about what the sentence before told ("${resolved[i - 1].phrase}")` });
      return;
    }
    // "A day earlier": counted back from the sentence before (the story's day so far).
    const story = i > 0 && sentences[i - 1].section === s.section ? resolved[i - 1] : { date: published, precision: 'day' as const, phrase: 'the article date', start: -1 };
    const earlier = anterior(s.text, story);
    if (earlier) {
      resolved.push(earlier);
      return;
    }
    // Looking back a few dozen sentences is plenty in a news item, and keeps a huge one linear.
    for (let k = i - 1; k >= Math.max(0, i - 40) && sentences[k].section === s.section; k--) {
      if ([...places[i]].some((id) => places[k].has(id)) && !sentences[k].headline) {
        resolved.push({ ...resolved[k], inherited: `from an earlier sentence about the same place ("${resolved[k].phrase}")` });
        return;
      }
    }
    const first = lede.get(s.section);
    if (first !== undefined) {
      resolved.push({ ...(own[first] as DateRef), inherited: `the section's date ("${(own[first] as DateRef).phrase}")` });
      return;
    }
    if (titleDate) {
      resolved.push({ ...titleDate, inherited: `the headline's date ("${titleDate.phrase}"): the body gives none` });
      return;
    }
    resolved.push({ date: published, precision: 'day', phrase: 'the article date', start: -1, inherited: 'no date in its section: the article date' });
  });
  return resolved;
}

const DAY_MS = 86_400_000;
// "The police also said …", "He also reported …": the same speaker goes on.
const ALSO_SAID = /^\W*(?:[\w’'-]+\s+){1,4}?also\s+(?:said|says|reported|reports|stated|added|noted|wrote|told)\b/i;

// "eight settlements liberated in total this month", "so far this year": a span a report sums
// up, which dates no event and so is no section's date.
const RUNNING_SPAN = /^(?:this|so\s+far\s+this|earlier\s+this)\s+(?:week|month|year)$/i;

// "wrote about this", "commented on it", "spoke of that": the sentence is about the one before.
const ABOUT_THIS = /\b(?:wrote|writes|said|says|spoke|speaks|commented|comments|reported|reports|posted|posts|added|told\s+\w+)\s+(?:about|on|of)\s+(?:this|it|that)\b/i;

const sameCount = (a: Count, b: Count) => JSON.stringify(a) === JSON.stringify(b);
// "have sustained repeated shelling since …": a state of affairs, not one event.
const ONGOING = /\b(?:repeatedly|regularly|constantly|routinely|almost\s+daily|near-daily|every\s+(?:single\s+)?(?:day|night)|nightly(?!\s+(?:video\s+)?(?:address|speech|message|briefing))|thus\s+far|so\s+far|to\s+date|since\s+the\s+(?:start|beginning|outset|first\s+days?)\s+of\s+(?:the|its|their|Russia['’]s)\s+(?:full-scale\s+)?(?:war|invasion|offensive|attack|aggression))\b|\bsince\b.*\b(?:repeated|regular|constant|daily)\b|\b(?:repeated|regular|constant|daily)\b.*\bsince\b/i;

// "At the beginning of the invasion, fierce fighting continued for the airport": history.
const WAR_START = /\b(?:at|in|during)\s+the\s+(?:very\s+)?(?:beginning|start|outset|first\s+(?:days|weeks|months))\s+of\s+(?:the|Russia['’]s)\s+(?:full-scale\s+)?(?:war|invasion)\b/i;
// "As Ukrainian News Agency earlier reported, …", "As previously reported, …": older news retold.
const EARLIER_NEWS = /^\s*as\s+(?:[\w’'-]+\s+){0,4}?(?:earlier|previously)\s+reported\b|^\s*as\s+(?:[\w’'-]+\s+){0,4}?reported\s+(?:earlier|previously)\b/i;
// …unless it is the day's own news: "As Ukrinform reported earlier, 12 combat engagements took place … over the day".
const OF_THE_DAY = /\b(?:(?:over|during|in)\s+the\s+(?:past\s+)?(?:day|24\s+hours)|today|tonight|overnight|this\s+(?:morning|afternoon|evening))\b/i;
// "…comes in the wake of Avdiivka's recent fall to Russian forces".
const RECENT_LOSS = /\brecent\s+(?:fall|capture|seizure|loss|liberation)\b/i;
const COMES_AFTER = /\b(?:comes?|came|coming)\s+(?:(?:just|only|shortly|soon)\s+)?(?:after|amid|as|following)\b/i;
const CAMPAIGN_DAYS = 7;
const CAMPAIGN_START = /\b(?:launched|began|started|opened|mounted|unleashed|kicked\s+off)\s+(?:(?:its|their|his|her|a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:offensive|invasion|counter-?offensive|incursion|campaign|war)\b/i;
// "Since early May, Russian forces have been attempting to breach …": going on since a month or a year ago.
const PERFECT = /\bha(?:ve|s)\s+(?:been|\w+ed|held|fought|kept|stood|struck|hit|shot|taken)\b/i;
// …but "the deadliest attack on the city since 2022" is one event measured against the past.
const SUPERLATIVE_SINCE = /\b(?:\w+est|most\s+\w+|first|worst)\s+(?:[\w-]+\s+){0,5}since\b/i;
// "have been advancing on Pokrovsk for months", "has been shelled for more than a year".
const FOR_LONG = /\bfor\s+(?:(?:many|several|some|the\s+past|the\s+last|(?:more|less)\s+than)\s+)?(?:(?:a|one|two|three|four|five|six|\d+|a\s+few)\s+)?(?:weeks|months|years|year|month)\b/i;
// ("Since the abandonment in July of the grain deal, Russia has increased attacks": since an event of a month named.)
const SINCE_LONG_AGO = /\bsince\s+(?:(?:the|its|their|a)\s+(?:[\w’'-]+\s+){0,5}?(?:in|of)\s+)?(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2}|last\s+(?:year|month|spring|summer|autumn|fall|winter))\b/i;

/**
 * Why a sentence tells an earlier event in passing ("a Ukrainian attack in late December killed
 * 25", "pushed out of the region … in 2022") or a state of affairs, or undefined. Its own date
 * is a month or a year more than a month before the report; a week or a day is another
 * incident with its own date, drafted as such.
 */
export function toldInPassing(sentence: string, date: DateRef & { inherited?: string }, published: string): string | undefined {
  const text = withoutAsides(sentence);
  if (ONGOING.test(text) || (PERFECT.test(text) && (SINCE_LONG_AGO.test(text) || FOR_LONG.test(text)) && !SUPERLATIVE_SINCE.test(text))) return 'a state of affairs ("since …", "repeatedly"), not one event';
  if (EARLIER.test(text) && date.inherited && !SAME_DAY.test(text)) return 'an earlier event ("Earlier, …"), undated';
  if (WAR_START.test(text)) return 'the first days of the war: background';
  if (EARLIER_NEWS.test(text) && date.inherited && !OF_THE_DAY.test(text)) return 'news reported earlier ("As … reported earlier"), not this report\'s event';
  if (RECENT_LOSS.test(text)) return 'an earlier change of control ("recent fall of …"), not this report\'s event';
  // "Russia launched an offensive into the Kharkiv region on May 10": when a campaign began, told
  // by its own earlier date, is the background of the report's news, not an event of it.
  // (A week or more before the report: an offensive launched yesterday is the news.)
  if (CAMPAIGN_START.test(text) && !date.inherited && date.date <= addDays(published, -CAMPAIGN_DAYS)) return `the start of a campaign told in passing ("${date.phrase}")`;
  // "The accusations come after Kyiv was subjected to heavy missile attacks in recent weeks": what
  // the news is set against, with no day of its own after "comes after" ("The attack came after an
  // explosion Saturday …" has one, and is an incident).
  const after = COMES_AFTER.exec(text);
  if (after && sentenceDate(text.slice(after.index + after[0].length), published) === undefined && !SAME_DAY.test(text.slice(after.index))) return 'the background the news is set against ("comes after …"), with no day of its own';
  const days = (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${date.date}T00:00:00Z`)) / DAY_MS;
  // A day more than a month back ("on Oct. 5" in a December report, "from February 24, 2022"),
  // said here or carried from the sentence before: background, not news; last week's strike
  // stays an incident of its own.
  if (days > 31 && date.precision === 'day' && (!date.inherited || date.inherited.startsWith('from an earlier sentence'))) return `an earlier event told in passing ("${date.phrase}": ${date.date}, more than a month before the report)`;
  // A date taken from the section or the article is today's; one carried from an earlier
  // sentence about the same place ("occupied … in February 2022. It was liberated …") is that sentence's.
  if ((date.inherited && !date.inherited.startsWith('from an earlier sentence')) || (date.precision !== 'month' && date.precision !== 'year')) return undefined;
  return days > 31 ? `an earlier event told in passing ("${date.phrase}": ${date.date}, precision ${date.precision})` : undefined;
}

// "Three other people were injured in the drone strike", "As a result of the attack, …", "Among
// the wounded were …" (the wounded of an event already told): a
// sentence that points back at the last event.
const BACK_REFERENCE = /(?:^|\b(?:in|by|from|during|after|of)\s+)(?:the|this|that)\s+(?:same\s+)?(?:[\w-]+\s+)?(?:attack|strike|shelling|explosion|blast|bombardment|raid)\b|\bas\s+a\s+result\s+of\s+(?:the\s+)?(?:russian|enemy|hostile|ukrainian)\s+(?:aggression|shelling|attacks?|strikes?|fire)\b|\bamong\s+(?:the|those)\s+(?:dead|killed|wounded|injured|hurt)\b/i;
// An attack told by its verb alone ("troops attacked the town"), and the words that name how it was done.
const BARE_ATTACK = /^(?:attack\w*|hit\w*|raid\w*|open\w*\s+fire|fired\s+(?:on|at))$/;
const WEAPON_WORD = /drone|uav|shahed|geran|missile|rocket|bomb|kab|artillery|shell|mortar|mlrs|grad|iskander|kinzhal|ballistic|cruise|explo|blast/;
const MILITARY_LOSSES = /\b(?:soldiers?|servicem[ae]n|service\s*members?|troops|fighters|militants|mercenaries|personnel|eliminated|neutrali[sz]ed)\b/i;
// "The governor confirmed the missile strike": a sentence about the event already told.
const THE_EVENT = /\bthe\s+(?:[\w-]+\s+){0,2}(?:attack|strike|shelling|explosion|blast|bombardment|raid)\b/i;
// "This was reported by the head of the district administration on Facebook.": where the news
// came from, nothing new about the event.
const SOURCE_LINE = /^(?:this|that|it|the\s+(?:news|information|report))\s+was\s+(?:reported|announced|stated|said|confirmed|posted|written)\b/i;

/** Paragraphs from sentence `from` to sentence `to`, less those that hold only subheadings and source lines. */
function paragraphsBetween(sentences: Sentence[], from: number, to: number): number {
  const telling = new Set<number>();
  for (let k = from + 1; k < to; k++) {
    const s = sentences[k];
    if (!s.headline && !SOURCE_LINE.test(s.text.trim())) telling.add(s.paragraph);
  }
  telling.delete(sentences[from].paragraph);
  telling.delete(sentences[to].paragraph);
  return sentences[to].paragraph === sentences[from].paragraph ? 0 : telling.size + 1;
}

// "In total, 23 were injured in the region over the past week", "seven civilians of the region
// were injured", "the region's residents": a sum, not more of the last event.
const SUMMARY = /\b(?:in\s+total|a\s+total\s+of|overall|altogether|in\s+all|since|so\s+far|to\s+date|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|24\s+hours)|this\s+(?:week|month|year)|(?:in|across|throughout|of)\s+the\s+(?:region|oblast|province|country|district|area|front)|the\s+(?:region|oblast|province|country)['’]s|across\s+(?:the\s+)?[A-Z]\w+|for\s+(?:many\s+|several\s+)?(?:days|weeks|months|years)|ha(?:ve|s)\s+been\s+\w+ing)\b/;
// A span of a day or more over which a report sums up: "over the last day", "in the past 24 hours".
const DAY_TALLY = /\b(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:(?:\d+|two|three|several)\s+)?(?:24\s+hours|days?|week)\b/i;
// Attacks in the plural, or counted times: "Russian attacks", "1,800 strikes", "shelled 378 times".
const MANY_ATTACKS = /\b(?:attacks|strikes|shellings|bombardments|raids|\d[\d,]*\s+times)\b/i;
// A figure told as newer than one before: "the toll rose to", "later", "updated", "now stands at".
const UPDATED = /\b(?:rose|risen|rises|climbed|increased|grew|jumped|went\s+up|gone\s+up|updated|revised|later|latest|now\s+(?:stands|stood|is|at)|has\s+(?:now\s+)?reached|bringing|raising|died\s+(?:later|in\s+hospital|of\s+(?:his|her|their)\s+(?:wounds|injuries)))\b/i;
// "Elsewhere, two were injured", "In another attack, …": a sentence that says it is about another event.
const OTHER_EVENT = /\b(?:elsewhere|separately|meanwhile|in\s+(?:another|a\s+separate)\s+\w+|another\s+(?:attack|strike|drone|missile|shelling|bomb)|other\s+(?:attacks|strikes))\b/i;
// "a town outside Kharkiv", "a village near Kupiansk", "a town west of Kharkiv": one place the sentence does not name, near the one it does.
const UNNAMED_NEAR = /\b(?:a|one)\s+(?:[\w-]+\s+){0,2}(?:village|town|settlement|city|suburb)\s+(?:just\s+)?(?:outside|near|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|(?:(?:some\s+|about\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+/i;
const UNNAMED_NEAR_KM = 60;
/** Whether the event's place is the one named after "a town outside …" (or in apposition to it). */
function locatesUnnamedPlace(e: SiteEvent): boolean {
  const text = e.sentence.text;
  const m = UNNAMED_NEAR.exec(text);
  if (!m) return false;
  const after = m.index + m[0].length;
  return e.decision.mention.start >= after && /^[^.;]{0,60}$/.test(text.slice(after, e.decision.mention.start));
}
// "in a border village in the Belgorod region": one place the sentence does not name.
const UNNAMED_PLACE = /\b(?:a|one)\s+(?:[\w-]+\s+){0,2}(?:village|town|settlement|city)\s+(?:in|of|near)\b/i;

// "Earlier, authorities ordered …": background before the news.
const EARLIER = /^(?:earlier|previously|before\s+that|in\s+the\s+past)\s*,/i;
// …unless the day is the same: "Earlier, the General Staff said in a morning update".
const SAME_DAY = /\b(?:today|tonight|morning|afternoon|evening|overnight|hours|in\s+the\s+day)\b/i;

const tookTheWounded = (d: PlaceDecision) => d.role === 'reference' && d.reason.startsWith('where the wounded were');

// Roles of a name that place nothing: who speaks or acts, an office, the dateline, a ship.
const NOT_A_PLACE_HERE = new Set<string>(['metonym', 'attributive', 'dateline', 'vessel', 'not-locative']);

const OPPOSITE: Record<string, string> = { UA: 'RU', RU: 'UA' };
const DEMONYM_OF: Record<string, string> = { UA: 'Ukrainian', RU: 'Russian' };
const SUBJECT: Record<IncidentType, Claim['subject'] | undefined> = {
  'control-claim': 'control',
  strike: 'attack',
  hybrid: 'attack',
  fighting: 'other',
  diplomacy: undefined,
};

function claimsOf(event: SiteEvent, doubts: Set<string>): Claim[] {
  const subject = SUBJECT[event.reading.type];
  if (!subject) return [];
  const statement = event.sentence.text;
  const claims: Claim[] = [];
  for (const a of event.attributions) {
    // A local official speaks for the place's country; anyone else whose side the words do
    // not say is left to the editor.
    const party = a.party ?? (isLocalOfficial(a.by) ? event.decision.chosen?.country : undefined);
    if (!party) {
      // Only for what reads as a name or a title, not "if confirmed" or "as earlier reported".
      if (/^(?:the\s|[A-Z])/.test(a.by)) doubts.add(`[s${event.sentence.index}] "${a.by}" speaks for no side the words or the place say; no claim drafted for it: "${truncate(statement, 160)}"`);
      continue;
    }
    claims.push({ party, by: a.by, stance: a.stance, subject, statement });
  }
  if (subject === 'control') {
    const denier = claims.find((c) => c.stance === 'denies');
    // "Ukraine dismissed Russian statements that …": the claim denied is the other side's.
    if (denier && !claims.some((c) => c.stance === 'asserts') && OPPOSITE[denier.party] && /\b(?:statements?|claims?|reports?|assertions?)\b/i.test(statement)) {
      const party = OPPOSITE[denier.party];
      claims.push({ party, by: `${DEMONYM_OF[party]} statements, as reported`, stance: 'asserts', subject, statement });
    }
    if (event.share !== undefined) {
      const asserter = claims.find((c) => c.stance === 'asserts');
      if (asserter) asserter.share = event.share;
    }
  }
  return claims;
}

function mergeClaims(all: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const c of all) {
    const same = out.find((o) => o.party === c.party && o.stance === c.stance && o.subject === c.subject);
    if (!same) out.push({ ...c });
    else if (same.share === undefined && c.share !== undefined) same.share = c.share;
  }
  return out;
}

function countText(c: Casualties[keyof Casualties]): string {
  if (c === undefined) return '';
  if (typeof c === 'number') return String(c);
  return c.max === undefined ? `at least ${c.min}` : `${c.min}–${c.max}`;
}

export function titleOf(type: IncidentType, name: string, near: boolean, casualties: Casualties, claims: Claim[]): string {
  const at = near ? `near ${name}` : name;
  const toll = [casualties.killed !== undefined ? `${countText(casualties.killed)} killed` : '', casualties.injured !== undefined ? `${countText(casualties.injured)} injured` : '']
    .filter(Boolean)
    .join(', ');
  switch (type) {
    case 'strike':
      return `Strike on ${at}${toll ? `: ${toll}` : ''}`;
    case 'fighting':
      return `Fighting ${near ? 'near' : 'in'} ${name}`;
    case 'control-claim': {
      const share = claims.find((c) => c.share !== undefined)?.share;
      const denied = claims.some((c) => c.stance === 'denies');
      return `Control of ${share ? `${Math.round(share * 100)}% of ` : ''}${name} claimed${denied ? ', and denied' : ''}`;
    }
    case 'diplomacy':
      return `Diplomacy: ${name}`;
    case 'hybrid':
      return `Hybrid incident ${near ? 'near' : 'at'} ${name}`;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function siteNames(sites: PlaceDecision[]): string {
  return sites.map((d) => `"${d.mention.surface}" (${d.chosen?.id})`).join(', ');
}

const PRECISION_WORDS: Record<DatePrecision, string> = { day: '', week: 'the week of ', month: 'the month of ', season: 'the season of ', year: 'the year of ' };

/** Every event at every site, sentence by sentence, with its figures, shares and speakers. */
function siteEvents(
  published: string,
  sentences: Sentence[],
  decisions: PlaceDecision[][],
  readings: Array<EventReading | undefined>,
  dates: Array<DateRef & { inherited?: string }>,
  doubts: string[],
): SiteEvent[] {
  const events: SiteEvent[] = [];
  let lastSpeaker: Attribution | undefined;
  let lastSection = -1;
  // The events of the last sentence that had any, for sentences that go on about them.
  let previous: { paragraph: number; sentence: number; events: SiteEvent[]; places: number } | undefined;

  sentences.forEach((s, i) => {
    if (s.section !== lastSection) [lastSpeaker, lastSection] = [undefined, s.section];
    const figuresHere = s.headline ? [] : findCasualties(s.text);
    // "Shelling hit Nikopol. There were no civilian casualties.": a zero told in a sentence of
    // its own, naming no place, is the toll of the event before (a zero alone is no event).
    const zeroOnly = figuresHere.length > 0 && figuresHere.every((f) => f.count === 0) && !decisions[i].some((d) => d.chosen && !NOT_A_PLACE_HERE.has(d.role));
    const reading = readings[i] ?? (zeroOnly ? previous?.events[0]?.reading : undefined);
    // In order, so "…, the governor said. He added …" points back to the governor.
    const attributions: Attribution[] = [];
    if (!s.headline) {
      for (const a of findAttributions(s.text)) {
        const resolved = carrySpeaker(a, lastSpeaker);
        attributions.push(resolved);
        if (resolved === a && !isPronoun(a.by)) lastSpeaker = a;
      }
    }
    let sites = decisions[i].filter((d) => d.role === 'site' && d.chosen);
    const quote = truncate(s.text, 160);
    if (!reading) {
      // A site with no event is a gap in the rules or a background mention: either way the
      // editor sees it, it is never dropped silently. (Headlines: see ingestReport.)
      if (sites.length > 0 && !s.headline) {
        doubts.push(`[s${i}] ${siteNames(sites)} named as event site${sites.length > 1 ? 's' : ''} but no event type found in the sentence, not drafted: "${quote}"`);
      }
      return;
    }
    // Paragraphs between the last event and this sentence, not counting subheadings and
    // "This was reported by …" lines, which tell nothing new.
    const gap = previous ? paragraphsBetween(sentences, previous.sentence, i) : Infinity;
    // (A party that speaks of the enemy's losses — "Russia said its forces killed 30 Ukrainian
    // soldiers" — tells no toll of the place either: its sentence goes on about nothing.)
    // (Nor where the wounded were taken or treated: "Three were injured; they were hospitalized in
    // Kharkiv" goes on about the place struck.)
    const placesHere =
      decisions[i].some((d) => d.chosen && !NOT_A_PLACE_HERE.has(d.role) && !tookTheWounded(d)) ||
      (decisions[i].some((d) => d.chosen && d.role === 'metonym') && MILITARY_LOSSES.test(s.text));
    // "Russian troops attacked Novhorod-Siverskyi. So far, 20 Shahed drone strikes have been
    // recorded.": the attack the first sentence told with a bare verb was a strike.
    // The weapons may come in the next paragraph and name the place again ("…attacked Kherson.¶
    // 'There were three explosions in the city,' he added."): still the same attack.
    const toldPlaces = new Set(previous?.events.map((e) => e.decision.chosen?.id));
    const onlyToldPlaces = decisions[i].every((d) => !d.chosen || NOT_A_PLACE_HERE.has(d.role) || toldPlaces.has(d.chosen.id));
    if (
      previous &&
      (gap === 0 || (gap === 1 && previous.sentence === i - 1)) &&
      onlyToldPlaces &&
      reading.type === 'strike' &&
      reading.triggers.some((t) => WEAPON_WORD.test(t)) &&
      previous.events.every((e) => e.reading.type === 'fighting' && e.reading.triggers.every((t) => BARE_ATTACK.test(t)))
    ) {
      const told = new Set(previous.events.map((e) => e.decision));
      for (const e of events) {
        if (told.has(e.decision) && e.sentence.paragraph === sentences[previous.sentence].paragraph && e.reading.type === 'fighting') e.reading = { ...e.reading, type: 'strike', triggers: [...e.reading.triggers, ...reading.triggers] };
      }
    }
    const background = toldInPassing(s.text, dates[i], published);
    if (background) {
      if (sites.length > 0) doubts.push(`[s${i}] ${background}, not drafted as an incident of this report: "${quote}"`);
      // "So far, 20 drone strikes have been recorded." names no place and counts no one: the
      // next sentence may still go on about the last event.
      if (sites.length > 0 || figuresHere.length > 0) previous = undefined;
      return;
    }
    // "Police said three people had been killed and two wounded in Russian attacks on Donetsk, where
    // there had been over 1,800 strikes over the last day": a day's tally of many attacks is a sum,
    // not one event at the place (the gold's aggregates).
    if (reading.type === 'strike' && DAY_TALLY.test(s.text) && MANY_ATTACKS.test(s.text)) {
      if (sites.length > 0) doubts.push(`[s${i}] a day's tally of many attacks, not one event; not drafted: "${quote}"`);
      previous = undefined;
      return;
    }
    if (reading.hypothetical) {
      if (sites.length > 0) doubts.push(`[s${i}] only a possibility (${reading.type}: ${reading.triggers.join(', ')}), not drafted: "${quote}"`);
      return;
    }
    // "…two strikes on the town of Chuhuiv. A woman employee was killed. Another person was
    // injured.": a sentence naming no place, in the same paragraph, goes on about the last event.
    // "Kherson, Antonivka and Mykhailivka came under enemy fire. … One person died and another was
    // injured as a result of Russian aggression.": a toll told after a list of places that had
    // none of their own belongs to each of them, as a total told for several places does. (Not
    // after a roll of many places "under fire over the past day": that toll is the region's.)
    const afterList =
      previous !== undefined &&
      previous.places > 1 &&
      previous.places <= MAX_PLACES_SHARING &&
      figuresHere.length > 0 &&
      previous.events.length === previous.places &&
      new Set(previous.events.map((e) => e.decision.chosen?.id)).size === previous.places &&
      previous.events.every((e) => e.reading.type === previous?.events[0].reading.type && e.casualties.killed === undefined && e.casualties.injured === undefined);
    if (
      // A place named only as an office ("the head of the Mykolaiv Regional Military
      // Administration said one person was killed"), a speaker or a country names no other place.
      !placesHere &&
      previous &&
      (previous.places === 1 || afterList) &&
      !SUMMARY.test(s.text) &&
      !ANTERIOR.test(s.text) &&
      (dates[i].inherited !== undefined || dates[i].date === previous.events[0].date.date) &&
      !OTHER_EVENT.test(s.text) &&
      (gap === 0 ||
        (figuresHere.length > 0 && gap <= 2 && BACK_REFERENCE.test(s.text)) ||
        // "A missile hit Dnipro.¶One person was killed and four injured, the governor said.": the
        // toll told next; "¶The governor confirmed the missile strike.": more of the same event.
        (previous.sentence === i - 1 && gap === 1 && (figuresHere.length > 0 || (reading.type === previous.events[0].reading.type && THE_EVENT.test(s.text))))) &&
      (afterList || new Set(previous.events.map((e) => e.decision.chosen?.id)).size === 1) &&
      (figuresHere.length > 0 || reading.type === previous.events[0].reading.type)
    ) {
      const casualties: Casualties = {};
      for (const f of figuresHere) casualties[f.kind] = largerCount(casualties[f.kind], f.count);
      // "…injuring a woman. Another man sustained wounds.": people beyond those told add to them
      // (the same toll told again does not: the incident keeps the larger).
      const toldBefore = previous.events[0].casualties;
      for (const f of figuresHere) {
        const before = toldBefore[f.kind];
        if (f.additional && before !== undefined) casualties[f.kind] = addCounts([before, casualties[f.kind] ?? 0]);
      }
      // A count that differs from the place's own and says it is newer ("rose to", "later") or more ("another").
      const continues = figuresHere.some((f) => f.additional) || UPDATED.test(s.text) ? 'update' : 'same';
      const more = (afterList ? previous.events : [previous.events[0]]).map((before) => ({ ...before, sentence: s, casualties, share: undefined, attributions, partOf: undefined, continues }) as SiteEvent);
      events.push(...more);
      previous = { paragraph: s.paragraph, sentence: i, events: more, places: more.length };
      return;
    }
    // "The mayor of Mykolaiv said a missile killed two people": with no other place named and
    // no event before to go on about, the place of the one office named is where it happened.
    const offices = decisions[i].filter((d) => d.chosen && d.chosen.kind !== 'country' && d.role === 'attributive' && d.reason.includes('names an office'));
    if (sites.length === 0 && figuresHere.length > 0 && !reading.weak && reading.type !== 'diplomacy' && new Set(offices.map((d) => d.chosen?.id)).size === 1) {
      for (const d of offices) [d.role, d.reason] = ['site', `the place of the office named ("${d.mention.surface}"): the sentence tells its toll and names no other place`];
      sites = offices.slice(0, 1);
    }
    if (sites.length === 0) {
      if (reading.type !== 'diplomacy' && !reading.weak && (figuresHere.length > 0 || reading.type === 'control-claim')) {
        doubts.push(`[s${i}] a ${reading.type} with no place found, not drafted: "${quote}"`);
      }
      return;
    }
    const figures = figuresHere;
    // Places the sentence names as places (not as a speaker, an office or a dateline), sites or not.
    // (Not where the wounded were taken: "four were hurt and admitted to a hospital in Dnipro" is
    // still the figure of the place struck.)
    // (Nor a short word refused as a place — "No one was injured" — that names none.)
    const named = decisions[i].filter((d) => !NOT_A_PLACE_HERE.has(d.role) && !tookTheWounded(d) && (d.role !== 'rejected' || (isUnplacedName(d) && placeKey(d.mention.name).length >= 4)) && !(d.chosen?.kind === 'country' && !isLocative(d.mention, s.text))).map((d) => d.mention);
    const perSite = new Map<PlaceDecision, Casualties>();
    const partOf = new Map<PlaceDecision, NonNullable<SiteEvent['partOf']>>();
    for (const f of figures) {
      // "3 in Vuhledar" belongs to Vuhledar or, when Vuhledar is no site, to nobody.
      const within = (d: PlaceDecision, span: { start: number; end: number }) => d.mention.start >= span.start && d.mention.end <= span.end;
      const owners = f.place
        ? sites.filter((d) => within(d, f.place as { start: number; end: number }))
        : figureOwners(sites, f.start, s.text, named, figures.some((g) => g.place)).filter((d) => !(f.partsAt ?? []).some((span) => within(d, span)));
      for (const site of owners) {
        const c = perSite.get(site) ?? {};
        c[f.kind] = largerCount(c[f.kind], f.count);
        perSite.set(site, c);
        if (f.partOf !== undefined) {
          const totals = partOf.get(site) ?? {};
          totals[f.kind] = [...(totals[f.kind] ?? []), f.partOf];
          partOf.set(site, totals);
        }
      }
    }
    const shares = findShares(s.text);
    const here: SiteEvent[] = [];
    for (const d of sites) {
      const place = d.chosen as PlaceRecord;
      const share = shares.find((x) => d.mention.start >= x.placeFrom && d.mention.start - x.placeFrom <= 2)?.share;
      let geoPrecision: GeoPrecision = AREAS.has(place.kind) ? 'region' : isNear(d.mention, s.text) || d.mention.via === 'district' ? 'near' : 'exact';
      let coordinates: Position | undefined;
      if (d.mention.relative && place.point) {
        const p = destination(place.point, d.mention.relative.km, d.mention.relative.bearing, { units: 'kilometers' }).geometry.coordinates;
        coordinates = [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
        geoPrecision = 'near';
      }
      here.push({
        sentence: s,
        decision: d,
        reading,
        date: dates[i],
        geoPrecision,
        coordinates,
        casualties: perSite.get(d) ?? {},
        ...(partOf.has(d) ? { partOf: partOf.get(d) } : {}),
        share,
        attributions,
      });
    }
    events.push(...here);
    // How many places the sentence names as where things happened, found or not: "Another 10 were
    // injured" after "3 in Vuhledar, 1 in Heorhiivka and 1 in Sloviansk" is about none of them alone.
    // ("the city's Petrovsky district" is part of a place, not another one.)
    const partOfPlace = (d: PlaceDecision) => /^\s+(?:city\s+)?(?:district|raion|hromada|community|neighbou?rhood|microdistrict)\b/i.test(s.text.slice(d.mention.end));
    // (Nor a village no gazetteer places with the district that locates it: "the village of Murom,
    // Shebekinsky urban district" is one place.)
    const locatedByDistrict = (d: PlaceDecision) => decisions[i].some((o) => o.role === 'site' && o.mention.via === 'district' && o.mention.start >= d.mention.end && /^\s*,?\s*(?:in\s+)?(?:the\s+)?$/i.test(s.text.slice(d.mention.end, o.mention.start)));
    const placesNamed = new Set(decisions[i].filter((d) => d.role === 'site' || (d.role === 'unresolved' && !partOfPlace(d) && !locatedByDistrict(d))).map((d) => d.chosen?.id ?? d.mention.name)).size;
    const places = Math.max(placesNamed, figures.filter((f) => f.place).length);
    previous = { paragraph: s.paragraph, sentence: i, events: here, places };
  });
  return events;
}

/**
 * One group per place, type and date: the same event told twice is one incident. Inferred
 * events that a reported one at the same place and date covers, and region-level totals of
 * events also given town by town, are dropped (and said so in the doubts).
 */
function groupEvents(events: SiteEvent[], doubts: string[]): Map<string, SiteEvent[]> {
  const groups = new Map<string, SiteEvent[]>();
  for (const e of events) {
    const place = e.decision.chosen as PlaceRecord;
    const key = [place.id, e.coordinates?.join(',') ?? '', e.reading.type, e.date.date, e.date.precision].join('|');
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  // An inferred event ("briefed on the situation around X") yields to a reported one at the same place and date.
  for (const [key, list] of groups) {
    if (!list.every((e) => e.reading.weak)) continue;
    const [id, , , date] = key.split('|');
    const stronger = [...groups.entries()].some(([k, l]) => k !== key && k.split('|')[0] === id && k.split('|')[3] === date && !l.every((e) => e.reading.weak));
    if (stronger) {
      groups.delete(key);
      doubts.push(`${id}: "${truncate(list[0].sentence.text, 100)}" only implies fighting; kept as part of the stronger incident there on ${date}`);
    }
  }

  // One event, one incident: a town seized is not also a fight and a strike there that day.
  const CLAIM_PARAGRAPHS = 2;
  // Fighting or a strike at the very place (not "the X sector", not "near X") and date of a
  // control claim, with no casualties of its own, is told about the same seizure.
  for (const [key, list] of groups) {
    if (list[0].reading.type !== 'control-claim') continue;
    const [id, coordinates, , date] = key.split('|');
    for (const [other, more] of groups) {
      const [oid, ocoordinates, otype, odate] = other.split('|');
      // (The fight for the town the day before it is claimed is the same seizure: "Russia claimed
      // Soledar on Saturday … 'the battle for Soledar continues,' Zelensky said late Friday".)
      const sameSeizure = odate === date || (otype === 'fighting' && odate === addDays(date, -1));
      if (other === key || oid !== id || ocoordinates !== coordinates || !sameSeizure || (otype !== 'fighting' && otype !== 'strike')) continue;
      if (more.some((e) => e.geoPrecision === 'near' || e.casualties.killed !== undefined || e.casualties.injured !== undefined)) continue;
      // (A fight or a strike told paragraphs away from the claim, as a story of its own, is another event.)
      if (!more.some((e) => list.some((c) => Math.abs(e.sentence.paragraph - c.sentence.paragraph) <= CLAIM_PARAGRAPHS))) continue;
      list.push(...more);
      groups.delete(other);
      doubts.push(`${id}: the ${otype} of "${truncate(more[0].sentence.text, 100)}" is told about the control claim there on ${date}; one incident`);
    }
  }

  // "In the Kharkiv region, one person was killed and 11 injured": a region-level total of
  // events the report also gives town by town, on the same date, is a summary, not an incident.
  for (const [key, list] of groups) {
    const place = list[0].decision.chosen as PlaceRecord;
    if (place.kind !== 'region' || list[0].reading.type === 'diplomacy') continue;
    const [, , type, date] = key.split('|');
    const itemized = [...groups.values()].filter((l) => {
      const other = l[0].decision.chosen as PlaceRecord;
      return l !== list && SETTLEMENTS.has(other.kind) && l[0].reading.type === type && l[0].date.date === date && other.point && insideArea(place, other);
    });
    // "killed two women in a border village in the Belgorod region … the attack took place in
    // Golovichino": the unnamed village is the one the report names; its figures go there.
    if (itemized.length === 1 && list.every((e) => UNNAMED_PLACE.test(e.sentence.text))) {
      itemized[0].push(...list);
      groups.delete(key);
      doubts.push(`${place.id}: "${truncate(list[0].sentence.text, 100)}" tells of an unnamed place in the region; folded into ${itemized[0][0].decision.chosen?.id}, the only one the report names there`);
      continue;
    }
    if (itemized.length > 0) {
      groups.delete(key);
      doubts.push(`${place.id}: "${truncate(list[0].sentence.text, 100)}" sums up events at ${itemized.map((l) => l[0].decision.chosen?.id).join(', ')}; not a separate incident`);
    }
  }
  // "Russian missiles struck a town outside Kharkiv, killing one. … two strikes on the town of
  // Chuhuiv, southeast of Kharkiv": the unnamed town is the one the report names near that city, the
  // same day; one incident there, not a second one on the city itself.
  for (const [key, list] of groups) {
    const place = list[0].decision.chosen as PlaceRecord;
    if (!SETTLEMENTS.has(place.kind) || !place.point || !list.every((e, k) => (k > 0 && e.continues !== undefined) || (UNNAMED_NEAR.test(e.sentence.text) && locatesUnnamedPlace(e)))) continue;
    const [, , type, date] = key.split('|');
    const named = [...groups.values()].filter((l) => {
      const other = l[0].decision.chosen as PlaceRecord;
      return l !== list && SETTLEMENTS.has(other.kind) && other.point && other.id !== place.id && l[0].reading.type === type && l[0].date.date === date && distance(other.point, place.point as Position, { units: 'kilometers' }) <= UNNAMED_NEAR_KM;
    });
    if (named.length !== 1) continue;
    named[0].push(...list);
    groups.delete(key);
    doubts.push(`${place.id}: "${truncate(list[0].sentence.text, 100)}" tells of an unnamed place near it; folded into ${named[0][0].decision.chosen?.id}, the only one the report names there that day`);
  }
  return groups;
}

/** The seat of a region (GeoNames PPLA in its admin1), as a place record. */
function regionalCentre(resolver: Resolver, region: PlaceRecord): PlaceRecord | undefined {
  if (!region.admin1 || !region.country) return undefined;
  const seat = geoNamesIndex().cities.find((c) => c.featureCode === 'PPLA' && c.country === region.country && admin1Name(c.country, c.adminCode) === region.admin1);
  if (!seat) return undefined;
  return resolver.lookup(seat.name).find((c) => c.place.geonamesId === seat.cityId)?.place;
}

// A capital is named for its government as often as for itself; "the city" points at the town of the story.
const isTownAntecedent = (place: PlaceRecord | undefined) => (place?.kind === 'city' || place?.kind === 'town') && !isCapital(place.geonamesId);

const REGION_OFFICE = /^\s+(?:regional|oblast|region|district|raion)\s+(?:(?:military|state|civil)\s+)*(?:administration|council|governor|authorities|police)\b/i;
const LOCATIVE_OF = /\b(?:in|of|at|on|over)\s+(?:the\s+)?$/i;

// How far back "the city" may point: a few sentences of the same section.
const ANAPHOR_SENTENCES = 4;

/**
 * Decisions for the places a report names by periphrasis ("the capital", "the city"), placed
 * among the sentence's other decisions; their roles are decided with the rest.
 */
function addPeriphrases(sentences: Sentence[], mentions: Mention[][], decisions: PlaceDecision[][], resolver: Resolver, focus: Map<string, number>): void {
  const mainCountry = [...focus.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  let lastRegion: PlaceRecord | undefined;
  let lastTown: { place: PlaceRecord; sentence: number; section: number; end: number } | undefined;
  sentences.forEach((s, i) => {
    // "Ukraine's second-largest city" overlaps the country's own mention, which stays (a qualifier).
    const countryMention = (m: Mention) => decisions[i].some((d) => d.mention === m && d.chosen?.kind === 'country');
    const found = s.headline ? [] : findPeriphrases(s.text).filter((p) => !mentions[i].some((m) => m.start < p.end && p.start < m.end && !countryMention(m)));
    const dateline = datelineEnd(s);
    // A place named for a comparison or as where someone spoke is no antecedent of "the city".
    // (Nor a city named for its region's office: "the Lviv regional military administration", or
    // for its region: "Horlivka in Donetsk";
    // "the Kharkiv mayor … attacked the city" is Kharkiv.)
    const antecedent = (d: PlaceDecision): d is PlaceDecision & { chosen: PlaceRecord } =>
      d.chosen !== undefined && d.mention.start >= dateline && d.mention.via !== 'institution' && !otherPart(d.mention, s.text, false) && !REGION_OFFICE.test(s.text.slice(d.mention.end)) &&
      !regionNamedByCity(decisions[i], d, s.text);
    const named = decisions[i].filter(antecedent);
    for (const p of found) {
      // What was named before the periphrasis: earlier sentences, and this one up to it. In the
      // same sentence a capital named as a place is the city too ("residents of Kyiv … in the city").
      const before = named.filter((d) => d.mention.end <= p.start);
      const town = [...before].reverse().find((d) => isTownAntecedent(d.chosen) || (d.chosen?.kind === 'city' && isCapital(d.chosen.geonamesId) && LOCATIVE_OF.test(s.text.slice(0, d.mention.start))));
      const region = [...before].reverse().find((d) => d.chosen?.kind === 'region');
      const recentTown = town
        ? town.chosen
        : lastTown && lastTown.section === s.section && i - lastTown.sentence <= ANAPHOR_SENTENCES
          ? lastTown.place
          : undefined;
      const place = periphrasisPlace(p, resolver, {
        mainCountry,
        lastRegion: region?.chosen ?? lastRegion,
        lastTown: recentTown,
        regionalCentre: (r) => regionalCentre(resolver, r),
      });
      if (!place) continue;
      const mention: Mention = { sentence: i, start: p.start, end: p.end, surface: p.surface, name: place.name, via: 'phrase', fixed: [place], possessive: false };
      mentions[i].push(mention);
      decisions[i].push({
        sentence: i,
        mention,
        candidates: [{ place, how: 'exact', score: 0, reasons: [`"${p.surface}" read as ${place.name}`] }],
        chosen: place,
        choice: `"${p.surface}" stands for ${place.name} (${p.kind === 'anaphor' ? 'the last city or town named' : p.kind})`,
        role: 'site',
        reason: '',
      });
    }
    mentions[i].sort((a, b) => a.start - b.start);
    decisions[i].sort((a, b) => a.mention.start - b.mention.start);
    for (const d of decisions[i]) {
      if (!antecedent(d)) continue;
      if (d.chosen.kind === 'region') lastRegion = d.chosen;
      if (isTownAntecedent(d.chosen)) lastTown = { place: d.chosen, sentence: i, section: s.section, end: d.mention.end };
    }
  });
}

/**
 * One name, one place in a report: a village no gazetteer placed where it was first named ("the
 * Russian border village of Pochaevo … killing three") is the place another sentence placed it as
 * — its own resolution there, or the district it was named in ("Pochaevo in Grayvoron district",
 * then near the district's seat). Its figures then reach the map.
 */
function oneNameOnePlace(sentences: Sentence[], decisions: PlaceDecision[][]): void {
  // A namesake a sentence locates ("Dolynka lies in the Polohy district") is the one every
  // sentence meant: an earlier pick among close namesakes gives way to it.
  const located = new Map<string, PlaceDecision>();
  for (const d of decisions.flat()) {
    const key = placeKey(d.mention.name);
    if (d.locatedBy && d.chosen && d.role === 'site' && !located.has(key)) located.set(key, d);
  }
  for (const d of decisions.flat()) {
    const by = located.get(placeKey(d.mention.name));
    const place = by?.chosen;
    if (!by || !place || d === by || d.locatedBy || d.role !== 'site' || !d.chosen || d.chosen.ref === place.ref || !SETTLEMENTS.has(d.chosen.kind)) continue;
    if (!d.candidates.some((c) => c.place.ref === place.ref)) continue;
    d.choice = `${place.name} (${place.admin2 ?? place.admin1 ?? ''}) as sentence ${by.sentence} locates it by ${by.locatedBy}, not ${d.chosen.name} (${d.chosen.admin2 ?? d.chosen.admin1 ?? ''}): one name, one place in a report`;
    d.chosen = place;
  }
  const placed = new Map<string, PlaceDecision>();
  const unplaced = (d: PlaceDecision) => d.role === 'unresolved' || d.role === 'rejected';
  decisions.forEach((list, i) => {
    for (const d of list) {
      const key = placeKey(d.mention.name);
      if (placed.has(key) || d.mention.via !== 'name') continue;
      if (d.role === 'site' && d.chosen && SETTLEMENTS.has(d.chosen.kind)) placed.set(key, d);
      else if (unplaced(d)) {
        const text = sentences[i].text;
        const district = list.find((o) => o.mention.via === 'district' && o.role === 'site' && o.chosen && o.mention.start > d.mention.end && /^\s+in\s+(?:the\s+)?$/i.test(text.slice(d.mention.end, o.mention.start)));
        if (district) placed.set(key, district);
      }
    }
  });
  decisions.forEach((list) => {
    for (const d of list) {
      const by = placed.get(placeKey(d.mention.name));
      if (!by || !unplaced(d) || by.sentence === d.sentence || d.mention.via !== 'name') continue;
      d.chosen = by.chosen;
      d.choice = `placed as in sentence ${by.sentence} ("${by.mention.surface}"${by.mention.via === 'district' ? ' district' : ''}): one name, one place in a report`;
      [d.role, d.reason] = ['site', 'named where something happened'];
      if (by.mention.via === 'district') d.mention = { ...d.mention, via: 'district' };
    }
  });
}

// Adjective-named places (Veletenske, Bilozerske, Pokrovske) reach English inflected, most of
// all in machine translation: "the shelling of Veletensky", "residents of Bilozerskoho".
const ADJECTIVE_NAME = /^(\p{Lu}[\p{Ll}'’-]{2,}s[\p{Ll}]?k)(?:yi|iy|yy|y|i|ij|e|oye|oe|a|aya|oho|ogo|omu|om|ym|im|oi|ykh)$/u;
const CAPITALIZED_WORD = /\b\p{Lu}[\p{Ll}'’-]+/gu;

/**
 * One place, several endings: a word whose stem is that of an adjective-named settlement the
 * report named first ("Veletenske … the shelling of Veletensky") is that settlement — when the
 * gazetteer knows no such word, or places it elsewhere (a namesake with the other ending). Its
 * role is decided with the rest.
 */
function inflectedNames(sentences: Sentence[], mentions: Mention[][], decisions: PlaceDecision[][]): void {
  const stemOf = (word: string) => {
    const stem = ADJECTIVE_NAME.exec(word)?.[1];
    return stem ? placeKey(stem) : undefined;
  };
  // The place first named with each stem.
  const byStem = new Map<string, PlaceRecord>();
  for (const d of decisions.flat()) {
    const key = d.mention.via === 'name' && d.chosen && SETTLEMENTS.has(d.chosen.kind) ? stemOf(d.mention.name) : undefined;
    if (key && d.chosen && !byStem.has(key)) byStem.set(key, d.chosen);
  }
  if (byStem.size === 0) return;
  sentences.forEach((s, i) => {
    if (s.headline) return;
    for (const d of decisions[i]) {
      const key = d.mention.via === 'name' ? stemOf(d.mention.name) : undefined;
      const place = key ? byStem.get(key) : undefined;
      if (!place || !d.chosen || d.chosen.id === place.id || !SETTLEMENTS.has(d.chosen.kind)) continue;
      d.choice = `"${d.mention.surface}": ${place.name} with another ending, named first in this report (not ${d.chosen.id})`;
      d.chosen = place;
    }
    for (const m of s.text.matchAll(CAPITALIZED_WORD)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const key = stemOf(m[0]);
      const place = key ? byStem.get(key) : undefined;
      if (!place || mentions[i].some((x) => x.start < end && start < x.end)) continue;
      const mention: Mention = { sentence: i, start, end, surface: m[0], name: place.name, via: 'name', fixed: [place], possessive: false };
      mentions[i].push(mention);
      decisions[i].push({
        sentence: i,
        mention,
        candidates: [{ place, how: 'exact', score: 0, reasons: [`"${m[0]}" is an inflected form of ${place.name}, named in this report`] }],
        chosen: place,
        choice: `"${m[0]}": ${place.name} with another ending, named in this report`,
        role: 'site',
        reason: '',
      });
    }
    mentions[i].sort((a, b) => a.start - b.start);
    decisions[i].sort((a, b) => a.mention.start - b.mention.start);
  });
}

export function ingestReport(report: Report, resolver: Resolver, options: IngestOptions = {}): IngestResult {
  const published = options.published ?? report.published;
  if (!published) throw new InputError(report.file, 'has no date: give --date YYYY-MM-DD or a first line " date YYYY-MM-DD <title>"');
  const sentences = splitSentences(report.text);
  const focus = countryFocus(report.text);
  const firstMentions = sentences.map((s) => findMentions(s.text, s.index, resolver));
  const namesRegion = firstMentions.flat().some((m) => m.via === 'region' || m.fixed?.some((r) => r.kind === 'region'));
  const mentions = namesRegion ? sentences.map((s) => findMentions(s.text, s.index, resolver, true)) : firstMentions;
  const decisions = decidePlaces(sentences, mentions, resolver, focus, published);
  addPeriphrases(sentences, mentions, decisions, resolver, focus);
  inflectedNames(sentences, mentions, decisions);
  const readings = sentences.map((s) => (s.headline ? undefined : classifySentence(withoutAsides(s.text))));
  sentences.forEach((s, i) => assignRoles(s, decisions[i], resolver, readings[i], focus));
  oneNameOnePlace(sentences, decisions);
  const dates = sentenceDates(sentences, decisions, published, readings, options.title ?? report.title);
  const doubts: string[] = [];
  const events = siteEvents(published, sentences, decisions, readings, dates, doubts);
  const groups = groupEvents(events, doubts);
  const outlet = options.outlet ?? 'Unknown outlet';
  if (!options.outlet) doubts.push('no --source given: sources say "Unknown outlet"');
  const title = options.title ?? report.title ?? sentences.find((s) => s.headline)?.text ?? path.basename(report.file);
  const incidents: Incident[] = [];
  const speakerDoubts = new Set<string>();
  const used = new Map<string, PlaceRecord>();
  const surfaces = new Map<string, Set<string>>();
  const ids = new Set<string>();
  for (const list of groups.values()) {
    const first = list[0];
    const place = first.decision.chosen as PlaceRecord;
    used.set(place.id, place);
    for (const e of list) {
      const set = surfaces.get(place.id) ?? new Set<string>();
      set.add(e.decision.mention.name);
      surfaces.set(place.id, set);
    }
    const type = first.reading.type;
    const casualties: Casualties = {};
    // "…6 injured. There was also a hit on the outskirts, with no casualties": a telling of no
    // victims beside one of victims is another hit, not a zero for this one.
    const counted = (c: Casualties) => [c.killed, c.injured].some((n) => n !== undefined && (typeof n === 'number' ? n > 0 : n.min > 0));
    const onlyZero = (c: Casualties) => !counted(c) && (c.killed !== undefined || c.injured !== undefined);
    const hurt = list.some((e) => counted(e.casualties));
    // "…injuring seven people. … Seven were injured – six in Reni and one in Izmail": where the
    // report gives the place its part of a total, the total told elsewhere is not the place's.
    const totalOfParts = (kind: 'killed' | 'injured', count: Count) => list.some((e) => (e.partOf?.[kind] ?? []).some((t) => sameCount(t, count)));
    // "In Donetsk, shelling left five dead and 15 injured, the mayor said. … Another official … said
    // 23 people had been injured": a second count, told as no update, does not replace the one the
    // sentence naming the place gave (exact figures that disagree: the place's own stands).
    const ownExact = (kind: 'killed' | 'injured') => list.filter((e) => !e.continues && typeof e.casualties[kind] === 'number').map((e) => e.casualties[kind] as number);
    const disagrees = (kind: 'killed' | 'injured', count: Count) => {
      const own = ownExact(kind);
      return own.length > 0 && (typeof count === 'number' ? !own.includes(count) : own.every((n) => n < count.min));
    };
    for (const e of list) {
      if (hurt && onlyZero(e.casualties)) continue;
      for (const kind of ['killed', 'injured'] as const) {
        const count = e.casualties[kind];
        if (count === undefined || (e.partOf?.[kind] === undefined && totalOfParts(kind, count))) continue;
        if (e.continues === 'same' && disagrees(kind, count)) continue;
        casualties[kind] = largerCount(casualties[kind], count);
      }
    }
    const claims = mergeClaims(list.flatMap((e) => claimsOf(e, speakerDoubts)));
    const quotes = [...new Set(list.map((e) => e.sentence.text))];
    const near = first.geoPrecision === 'near';
    let id = [place.id, type, first.date.date, ...(first.coordinates ? ['near'] : [])].join('-');
    for (let n = 2; ids.has(id); n++) id = `${[place.id, type, first.date.date].join('-')}-${n}`;
    ids.add(id);
    const record = {
      id,
      type,
      date: first.date.date,
      datePrecision: first.date.precision,
      placeIds: [place.id],
      geoPrecision: first.geoPrecision,
      ...(first.coordinates ? { coordinates: first.coordinates } : {}),
      title: titleOf(type, place.name, near, casualties, claims),
      summary: truncate(`${PRECISION_WORDS[first.date.precision]}${first.date.date}: ${quotes[0]}`, 400),
      ...(casualties.killed !== undefined || casualties.injured !== undefined ? { casualties } : {}),
      claims,
      sources: quotes.map((quote) => ({ outlet, title, published, ...(options.url ? { url: options.url } : {}), quote })),
    };
    incidents.push(incidentSchema.parse(record) as Incident);
  }
  incidents.sort((a, b) => a.id.localeCompare(b.id));
  doubts.push(...speakerDoubts);
  // Headlines are not drafted (the body tells the same events with dates and speakers); a
  // headline site that no incident of the body covers is listed rather than lost.
  const drafted = new Set(incidents.flatMap((i) => i.placeIds));
  sentences.forEach((s, i) => {
    const missing = s.headline ? decisions[i].filter((d) => d.role === 'site' && d.chosen && !drafted.has(d.chosen.id)) : [];
    if (missing.length > 0) doubts.push(`[s${i}] ${siteNames(missing)} in a headline, but no incident of the body is there; not drafted: "${truncate(s.text, 160)}"`);
  });

  const features = [...used.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((record) => {
      const feature = record.feature();
      if (record.source === 'gazetteer') return feature;
      // New places carry the spellings this report used, for the next report.
      const known = new Set([feature.properties.name, ...(feature.properties.aliases ?? [])]);
      const aliases = [...(feature.properties.aliases ?? []), ...[...(surfaces.get(record.id) ?? [])].filter((s) => !known.has(s))];
      return placeSchema.parse({ ...feature, properties: { ...feature.properties, aliases } }) as PlaceFeature;
    });

  const unresolved: IngestResult['unresolved'] = [];
  sentences.forEach((s, i) => {
    for (const name of unresolvedNames(s.text, mentions[i])) unresolved.push({ name, sentence: i });
    for (const d of decisions[i]) {
      if (d.role !== 'unresolved') continue;
      unresolved.push({ name: d.mention.surface, sentence: i, ...(d.alternatives ? { candidates: d.alternatives } : {}) });
    }
  });

  const result: IngestResult = {
    published,
    sentences,
    places: { type: 'FeatureCollection', features },
    incidents,
    decisions: decisions.flat(),
    unresolved,
    doubts,
  };
  const sites = options.siteClassifier ?? siteClassifierFromEnv();
  const resited = sites ? applySiteClassifier(result, sites) : result;
  const classifier = options.eventClassifier ?? eventClassifierFromEnv();
  return classifier ? applyEventClassifier(resited, classifier) : resited;
}
