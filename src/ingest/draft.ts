/**
 * From a report to draft incidents: sentences → place mentions → decisions (which place, and
 * whether it is an event site) → per-sentence events at sites → incidents, one per place, type
 * and date, so that an event told twice becomes one incident with both quotes. Every incident
 * and place is checked against the one schema before it leaves. The rules of each stage live in
 * its own module (docs/architecture.md, "Ingest stages"); this one runs them in order and turns
 * the events at sites into incidents.
 */
import path from 'node:path';
import { destination, distance } from '@turf/turf';
import { addDays } from '../data/calendar';
import { placeKey } from '../data/place-keys';
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
import { addCounts, figureOwners, findCasualties, isEachPlaces, MAX_PLACES_SHARING, placesSharing } from './casualties';
import { carrySpeaker, findAttributions, findShares, isLocalOfficial, isPronoun, readsAsNameOrTitle, speaksOfStatements, type Attribution } from './claims';
import { isLocative, isNear, isPartOfPlace, tellsOfUnnamedPlace, toldInPassing, withoutAsides } from './context';
import { armsBareAttack, namesTheEvent, namesTheEventAgain, paragraphsBetween, pointsBackAtEvent, speaksOfMilitaryLosses, sumsUp, tellingParagraphsBetween, tellsAnotherEvent, tellsRepeatedAttack, toldAsNewer } from './continuation';
import { atTheSameTime, countedBack, countedOn, isAboutSentenceBefore, isRunningSpan, namesEarlierDay, sentenceDate, speakerGoesOn, type DateRef } from './dates';
import { classifySentence, isDayTallyOfAttacks, type EventReading } from './events';
import { applyEventClassifier, eventClassifierFromEnv, type EventClassifierOption } from './event-filter';
import { applySiteClassifier, siteClassifierFromEnv, type SiteClassifierOption } from './site-filter';
import { countryFocus } from './focus';
import { largerCount } from './numbers';
import { addPeriphrases, locatesUnnamedPlace, UNNAMED_NEAR_KM } from './periphrasis';
import { InputError, type Report } from './read';
import { candidateLabel, type PlaceRecord, type Position, type Resolver } from './resolve';
import { splitSentences, type Sentence } from './sentences';
import { assignRoles, decidePlaces, inflectedNames, insideArea, isUnplacedName, oneNameOnePlace, SETTLEMENTS, type PlaceDecision } from './sites';
import { AREA_KINDS, findMentions, inPlaceSlot, scanMentions, unresolvedNames, type Mention, type MentionScan } from './toponyms';

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
  /** Told in a sentence that names no place but tells another attack on the last event's place ("a second missile struck minutes later"). */
  repeats?: boolean;
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

/**
 * Each undated sentence takes a date from its section (a live-blog item, or the whole article):
 * that of the latest earlier sentence naming one of its places, else the section's first date
 * (the lede's), else the article's date.
 */
function sentenceDates(sentences: Sentence[], decisions: PlaceDecision[][], published: string, readings: Array<EventReading | undefined> = [], title?: string, dateLine?: string): Array<DateRef & { inherited?: string }> {
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
  // Which sentences date what follows them: not background nor a running span.
  const carriesDate = own.map((date, k) => date !== undefined && !toldInPassing(sentences[k].text, date, published) && !isRunningSpan(date.phrase));
  sentences.forEach((s, k) => {
    if (carriesDate[k] && !lede.has(s.section)) lede.set(s.section, k);
  });
  // "Governor: 2 civilians killed … on Sept. 24." over a body that dates nothing: the headline's day
  // is the body's, not the day it was published.
  const titled = title && lede.size === 0 ? sentenceDate(title, published) : undefined;
  const titleDate = titled && titled.precision === 'day' && titled.date <= published ? titled : undefined;
  // "25 September 2022" heading a story published (or filed here) on 1 October: what the story
  // tells without a date happened by the day it was written, not the day it reached us.
  const written = dateLine && lede.size === 0 ? sentenceDate(dateLine, published) : undefined;
  const writtenDate = written && written.precision === 'day' && written.date < published ? written : undefined;
  sentences.forEach((s, i) => {
    if (own[i]) {
      resolved.push(own[i] as DateRef);
      return;
    }
    // "The Ukrainian police reported that a man was killed late on Friday. The police also said
    // that …": what the same report goes on to say, in the same paragraph, is of the same day.
    const before = i > 0 ? sentences[i - 1] : undefined;
    if (before && !before.headline && before.paragraph === s.paragraph && own[i - 1] && speakerGoesOn(s.text)) {
      resolved.push({ ...resolved[i - 1], inherited: `what the report before goes on to say ("${resolved[i - 1].phrase}")` });
      return;
    }
    // "On Monday drones hit the port. At the same time, shells fell on the town.": the day of the
    // sentence before, when it names one (even a day long past: the two go together).
    if (before && !before.headline && before.paragraph === s.paragraph && own[i - 1] && atTheSameTime(s.text)) {
      resolved.push({ ...resolved[i - 1], inherited: `at the same time as the sentence before ("${resolved[i - 1].phrase}")` });
      return;
    }
    // "…wrote on X on Dec. 27. ¶ Zelenskyy wrote about this: 'The primary target is Kyiv …'": a
    // sentence that says it is about what the one before told is of that one's day.
    if (before && !before.headline && own[i - 1] && s.paragraph - before.paragraph <= 1 && isAboutSentenceBefore(s.text)) {
      resolved.push({ ...resolved[i - 1], inherited: `about what the sentence before told ("${resolved[i - 1].phrase}")` });
      return;
    }
    // "A day earlier", "The next day": counted from the sentence before (the story's day so far).
    const story = i > 0 && sentences[i - 1].section === s.section ? resolved[i - 1] : { date: published, precision: 'day' as const, phrase: 'the article date', start: -1 };
    const counted = countedBack(s.text, story) ?? countedOn(s.text, story);
    if (counted) {
      resolved.push(counted);
      return;
    }
    // Looking back a few dozen sentences is plenty in a news item, and keeps a huge one linear.
    const back: number[] = [];
    for (let k = i - 1; k >= Math.max(0, i - 40) && sentences[k].section === s.section; k--) back.push(k);
    const samePlace = (k: number) => [...places[i]].some((id) => places[k].has(id)) && !sentences[k].headline;
    const inParagraph = back.filter((k) => sentences[k].paragraph === s.paragraph);
    // An earlier sentence of the paragraph about the same place, then the paragraph's own date
    // ("On the night of 18 June drones hit towns of the region. A village was hit. Also, X was
    // attacked."), then an earlier paragraph about the same place.
    const near = inParagraph.find(samePlace);
    const told = near === undefined ? inParagraph.find((k) => carriesDate[k]) : undefined;
    if (told !== undefined) {
      resolved.push({ ...(own[told] as DateRef), inherited: `the paragraph's date ("${(own[told] as DateRef).phrase}")` });
      return;
    }
    const same = near ?? back.find(samePlace);
    if (same !== undefined) {
      resolved.push({ ...resolved[same], inherited: `from an earlier sentence about the same place ("${resolved[same].phrase}")` });
      return;
    }
    const first = lede.get(s.section);
    if (first !== undefined) {
      // (The day of the statement, not of the earlier event it told: "On June 7 the update noted
      // that over the weekend troops had retaken the town" dates what follows June 7.)
      const lead = own[first] as DateRef;
      const date = lead.sectionDate ? { date: lead.sectionDate, precision: 'day' as const } : {};
      resolved.push({ ...lead, ...date, sectionDate: undefined, inherited: `the section's date ("${lead.phrase}")` });
      return;
    }
    if (titleDate) {
      resolved.push({ ...titleDate, inherited: `the headline's date ("${titleDate.phrase}"): the body gives none` });
      return;
    }
    if (writtenDate) {
      resolved.push({ ...writtenDate, inherited: `the story's own date line ("${writtenDate.phrase}"): the body gives none` });
      return;
    }
    resolved.push({ date: published, precision: 'day', phrase: 'the article date', start: -1, inherited: 'no date in its section: the article date' });
  });
  return resolved;
}

/** How far from its seat a place of a district (raion) may lie: the raions of 2020 are large. */
const DISTRICT_KM = 60;
/** "the Izmail district", "the Graivoron urban district": a place named for its district (raion), not a community. */
const toldOfDistrict = (e: SiteEvent) =>
  e.decision.mention.via === 'district' && /^\s+(?:(?:urban|municipal|city)\s+)?(?:district|raion|rayon)\b/i.test(e.sentence.text.slice(e.decision.mention.end));

const sameCount = (a: Count, b: Count) => JSON.stringify(a) === JSON.stringify(b);

const tookTheWounded = (d: PlaceDecision) => d.role === 'reference' && d.reason.startsWith('where the wounded were');

// Roles of a name that place nothing: who speaks or acts, an office, the dateline, a ship.
const NOT_A_PLACE_HERE = new Set<string>(['metonym', 'attributive', 'dateline', 'vessel', 'not-locative']);
// A name followed by what it names as a weapon ("Smerch rockets", "Iskander-M missiles", "Shahed drones").
const WEAPON_AFTER = /^(?:-[\p{L}\d]+)?\s+(?:(?:cruise|ballistic|guided|multiple\s+launch|attack|kamikaze)\s+)?(?:rockets?|missiles?|drones?|bombs?|systems?|launchers?|shells?|howitzers?|UAVs?)\b/iu;

// An event word that only counts victims ("died", "killed", "wounded"): no attack of its own.
const TOLL_WORD = /^(?:kill|die|dead|death|injur|wound|hurt|casualt|victim)/i;

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
      if (readsAsNameOrTitle(a.by)) doubts.add(`[s${event.sentence.index}] "${a.by}" speaks for no side the words or the place say; no claim drafted for it: "${truncate(statement, 160)}"`);
      continue;
    }
    claims.push({ party, by: a.by, stance: a.stance, subject, statement });
  }
  if (subject === 'control') {
    const denier = claims.find((c) => c.stance === 'denies');
    // "Ukraine dismissed Russian statements that …": the claim denied is the other side's.
    if (denier && !claims.some((c) => c.stance === 'asserts') && OPPOSITE[denier.party] && speaksOfStatements(statement)) {
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

/**
 * "A missile hit the village.¶'Rescuers are at work,' the governor said.¶The invaders fired four
 * missiles.¶Eight villagers died.": whether a toll in sentence `to` may go back to the event of
 * sentence `from` over the sentences between. They must name no place, count no one and tell no
 * event of another kind, and each paragraph between must go on about that kind of event (quotes on
 * the attack, how it was done): one about something else ("The ministry thanked the volunteers.")
 * still parts them.
 */
function tollMayReachBack(
  sentences: Sentence[],
  decisions: PlaceDecision[][],
  readings: Array<EventReading | undefined>,
  from: number,
  to: number,
  type: IncidentType,
): boolean {
  const aboutIt = new Set<number>();
  for (let k = from + 1; k < to; k++) {
    const between = sentences[k];
    if (between.headline) continue;
    const other = readings[k];
    if (other !== undefined && other.type !== type) return false;
    if (decisions[k].some((d) => d.role === 'unresolved' || (d.chosen && d.chosen.kind !== 'country' && !NOT_A_PLACE_HERE.has(d.role) && !tookTheWounded(d)))) return false;
    if (findCasualties(between.text).length > 0) return false;
    if (other !== undefined) aboutIt.add(between.paragraph);
  }
  return [...tellingParagraphsBetween(sentences, from, to)].every((p) => aboutIt.has(p));
}

/** "the head of the Mykolaiv Regional Military Administration": a place named as an office (not a country's). */
const namesAnOffice = (d: PlaceDecision) => !!d.chosen && d.chosen.kind !== 'country' && d.role === 'attributive' && d.reason.includes('names an office');

/**
 * "…targeted Dnipro.¶The Kherson Oblast governor said attacks killed two.": whether every office a
 * sentence names is of an area that is not the place of an event told, does not hold it and does
 * not lie in it; then the sentence speaks of that area, not of those events.
 */
function officesElsewhere(offices: PlaceDecision[], told: SiteEvent[]): boolean {
  return (
    offices.length > 0 &&
    offices.every((o) =>
      told.every((e) => {
        const office = o.chosen as PlaceRecord;
        const place = e.decision.chosen;
        return place !== undefined && office.id !== place.id && !insideArea(office, place) && !insideArea(place, office);
      }),
    )
  );
}

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
  // A toll told before its place is named ("A strike on the president's hometown left six dead.
  // The attack on Kryvyi Rih also wounded 25."): the sentence that names no place, for the next.
  let unplacedToll: { sentence: number; reading: EventReading; date: string; casualties: Casualties } | undefined;

  sentences.forEach((s, i) => {
    const tollBefore = unplacedToll?.sentence === i - 1 ? unplacedToll : undefined;
    unplacedToll = undefined;
    if (s.section !== lastSection) [lastSpeaker, lastSection] = [undefined, s.section];
    const figuresHere = s.headline ? [] : findCasualties(s.text);
    // "Shelling hit Nikopol. There were no civilian casualties.": a zero told in a sentence of
    // its own, naming no place, is the toll of the event before (a zero alone is no event).
    // The same for any toll told with no event word and no place: "Five people had been taken
    // to hospital." goes on about the event before (whether it may is decided below, as for
    // every sentence that names no place).
    const tollOnly = figuresHere.length > 0 && !decisions[i].some((d) => d.chosen && !NOT_A_PLACE_HERE.has(d.role));
    const reading = readings[i] ?? (tollOnly ? previous?.events[0]?.reading : undefined);
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
      (decisions[i].some((d) => d.chosen && d.role === 'metonym') && speaksOfMilitaryLosses(s.text));
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
      armsBareAttack(previous.events.map((e) => e.reading), reading)
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
    if (reading.type === 'strike' && isDayTallyOfAttacks(s.text)) {
      if (sites.length > 0) doubts.push(`[s${i}] a day's tally of many attacks, not one event; not drafted: "${quote}"`);
      previous = undefined;
      return;
    }
    if (reading.hypothetical) {
      if (sites.length > 0) doubts.push(`[s${i}] only a possibility (${reading.type}: ${reading.triggers.join(', ')}), not drafted: "${quote}"`);
      return;
    }
    // A toll told paragraphs after its event, with nothing else told between.
    const quietBetween = previous !== undefined && tollMayReachBack(sentences, decisions, readings, previous.sentence, i, previous.events[0].reading.type);
    // A toll an office of another area tells is that area's, not the last event's.
    const offices = decisions[i].filter(namesAnOffice);
    const speaksForAnotherArea = previous !== undefined && officesElsewhere(offices, previous.events);
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
      // (Only a toll no share can be told of: one person, or none. "Two were killed" after three
      // places does not say where: see isEachPlaces.)
      figuresHere.every((f) => isEachPlaces(f.count)) &&
      previous.events.length === previous.places &&
      new Set(previous.events.map((e) => e.decision.chosen?.id)).size === previous.places &&
      previous.events.every((e) => e.reading.type === previous?.events[0].reading.type && e.casualties.killed === undefined && e.casualties.injured === undefined);
    if (
      // A place named only as an office ("the head of the Mykolaiv Regional Military
      // Administration said one person was killed"), a speaker or a country names no other place.
      !placesHere &&
      !speaksForAnotherArea &&
      previous &&
      (previous.places === 1 || afterList) &&
      !sumsUp(s.text) &&
      !namesEarlierDay(s.text) &&
      (dates[i].inherited !== undefined || dates[i].date === previous.events[0].date.date) &&
      !tellsAnotherEvent(s.text) &&
      (gap === 0 ||
        (figuresHere.length > 0 && gap <= 2 && pointsBackAtEvent(s.text)) ||
        // "A missile hit Dnipro.¶One person was killed and four injured, the governor said.": the
        // toll told next; "¶The governor confirmed the missile strike.": more of the same event.
        (previous.sentence === i - 1 && gap === 1 && (figuresHere.length > 0 || (reading.type === previous.events[0].reading.type && namesTheEvent(s.text)))) ||
        (figuresHere.length > 0 && quietBetween)) &&
      (afterList || new Set(previous.events.map((e) => e.decision.chosen?.id)).size === 1) &&
      (figuresHere.length > 0 || reading.type === previous.events[0].reading.type)
    ) {
      const casualties: Casualties = {};
      for (const f of figuresHere) casualties[f.kind] = largerCount(casualties[f.kind], f.count);
      // "…killed two. Minutes later, a second missile struck a school.", "The town hall was also
      // previously attacked, no one was injured.": an event of its own told of the same place
      // without naming it again is another attack there (episodes), with its own toll.
      // (Not a toll alone: "Hours later, another person died in hospital" is of the first.)
      const repeats = (readings[i]?.triggers ?? []).some((t) => !TOLL_WORD.test(t)) && tellsRepeatedAttack(s.text);
      // "…injuring a woman. Another man sustained wounds.": people beyond those told add to them
      // (the same toll told again does not: the incident keeps the larger).
      const toldBefore = previous.events[0].casualties;
      for (const f of figuresHere) {
        const before = toldBefore[f.kind];
        if (f.additional && before !== undefined && !repeats) casualties[f.kind] = addCounts([before, casualties[f.kind] ?? 0]);
      }
      // A count that differs from the place's own and says it is newer ("rose to", "later") or more ("another").
      const continues = figuresHere.some((f) => f.additional) || toldAsNewer(s.text) ? 'update' : 'same';
      const more = (afterList ? previous.events : [previous.events[0]]).map(
        (before) => ({ ...before, sentence: s, casualties, share: undefined, attributions, partOf: undefined, continues, ...(repeats ? { repeats } : {}) }) as SiteEvent,
      );
      events.push(...more);
      previous = { paragraph: s.paragraph, sentence: i, events: more, places: more.length };
      return;
    }
    // "The mayor of Mykolaiv said a missile killed two people": with no other place named and
    // no event before to go on about, the place of the one office named is where it happened.
    if (sites.length === 0 && !speaksForAnotherArea && figuresHere.length > 0 && !reading.weak && reading.type !== 'diplomacy' && new Set(offices.map((d) => d.chosen?.id)).size === 1) {
      for (const d of offices) [d.role, d.reason] = ['site', `the place of the office named ("${d.mention.surface}"): the sentence tells its toll and names no other place`];
      sites = offices.slice(0, 1);
    }
    if (sites.length === 0) {
      if (reading.type !== 'diplomacy' && !reading.weak && (figuresHere.length > 0 || reading.type === 'control-claim')) {
        doubts.push(`[s${i}] a ${reading.type} with no place found, not drafted: "${quote}"`);
      }
      if (figuresHere.length > 0 && !placesHere && !reading.weak && !sumsUp(s.text) && !tellsAnotherEvent(s.text) && !speaksForAnotherArea) {
        const casualties: Casualties = {};
        for (const f of figuresHere) casualties[f.kind] = largerCount(casualties[f.kind], f.count);
        unplacedToll = { sentence: i, reading, date: dates[i].date, casualties };
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
      // (A place phrase naming several places gives a count of two or more to none: placesSharing.)
      const owners = f.place
        ? placesSharing(sites.filter((d) => within(d, f.place as { start: number; end: number })), f.count)
        : figureOwners(sites, f.start, s.text, named, figures.some((g) => g.place), f.count).filter((d) => !(f.partsAt ?? []).some((span) => within(d, span)));
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
      let geoPrecision: GeoPrecision = AREA_KINDS.has(place.kind) ? 'region' : isNear(d.mention, s.text) || d.mention.via === 'district' ? 'near' : 'exact';
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
    // "…left at least six dead early Tuesday. The disaster in the city of Kryvyi Rih also left 25
    // wounded.": the toll of the sentence before, which named no place, is this place's when this
    // sentence names one place and the event again, of the same type and day.
    if (tollBefore && new Set(here.map((e) => e.decision.chosen?.id)).size === 1 && reading.type === tollBefore.reading.type && dates[i].date === tollBefore.date && namesTheEventAgain(s.text)) {
      events.push({ ...here[0], sentence: sentences[tollBefore.sentence], casualties: tollBefore.casualties, share: undefined, partOf: undefined, continues: 'same' });
      doubts.push(`[s${tollBefore.sentence}] its toll, told before any place, goes to ${siteNames([here[0].decision])}, named with the event in the next sentence`);
    }
    events.push(...here);
    // How many places the sentence names as where things happened, found or not: "Another 10 were
    // injured" after "3 in Vuhledar, 1 in Heorhiivka and 1 in Sloviansk" is about none of them alone.
    // ("the city's Petrovsky district" is part of a place, not another one.)
    // (Nor a village no gazetteer places with the district that locates it: "the village of Murom,
    // Shebekinsky urban district" is one place.)
    const locatedByDistrict = (d: PlaceDecision) => decisions[i].some((o) => o.role === 'site' && o.mention.via === 'district' && o.mention.start >= d.mention.end && /^\s*,?\s*(?:in\s+)?(?:the\s+)?$/i.test(s.text.slice(d.mention.end, o.mention.start)));
    // (Nor a name no gazetteer has that names a weapon: "striking the city with Smerch rockets".)
    const namesAWeapon = (d: PlaceDecision) => WEAPON_AFTER.test(s.text.slice(d.mention.end));
    const placesNamed = new Set(decisions[i].filter((d) => d.role === 'site' || (d.role === 'unresolved' && !isPartOfPlace(d.mention, s.text) && !locatedByDistrict(d) && !namesAWeapon(d))).map((d) => d.chosen?.id ?? d.mention.name)).size;
    const places = Math.max(placesNamed, figures.filter((f) => f.place).length);
    previous = { paragraph: s.paragraph, sentence: i, events: here, places };
  });
  return events;
}

/**
 * Which telling of events at a place each event is: a sentence that tells another attack ("for
 * the second time", "shortly afterward", "later that day") on a place where the report already has
 * an event of that type and day (naming it, or naming no place after an event there: `repeats`)
 * starts a second event there, and what follows about the place
 * goes with it (its toll included). Otherwise 0: one place, type and day is one event.
 */
function episodes(events: SiteEvent[]): Map<SiteEvent, number> {
  const out = new Map<SiteEvent, number>();
  const current = new Map<string, number>();
  const lastSentence = new Map<string, number>();
  for (const e of events) {
    const at = [e.decision.chosen?.id, e.reading.type, e.date.date].join('|');
    const last = lastSentence.get(at);
    if (last !== undefined && last !== e.sentence.index && (!e.continues || e.repeats) && tellsRepeatedAttack(e.sentence.text)) current.set(at, (current.get(at) ?? 0) + 1);
    out.set(e, current.get(at) ?? 0);
    lastSentence.set(at, e.sentence.index);
  }
  return out;
}

/** The groups (other than `list`) at another settlement within `km` of `place`, with an event of this type on this date. */
function otherSettlementsThatDay(groups: Map<string, SiteEvent[]>, list: SiteEvent[], place: PlaceRecord, type: string, date: string, km: number): SiteEvent[][] {
  return [...groups.values()].filter((l) => {
    const other = l[0].decision.chosen as PlaceRecord;
    return l !== list && SETTLEMENTS.has(other.kind) && other.point && other.id !== place.id && l[0].reading.type === type && l[0].date.date === date && distance(other.point, place.point as Position, { units: 'kilometers' }) <= km;
  });
}

/**
 * One group per place, type and date: the same event told twice is one incident (a second attack
 * told as another is a group of its own: `episodes`). Inferred events that a reported one at the
 * same place and date covers, and region-level totals of events also given town by town, are
 * dropped; an event told only of a district or of an unnamed place near a named one is folded into
 * that place's (each said so in the doubts).
 */
function groupEvents(events: SiteEvent[], doubts: string[]): Map<string, SiteEvent[]> {
  const groups = new Map<string, SiteEvent[]>();
  const episode = episodes(events);
  for (const e of events) {
    const place = e.decision.chosen as PlaceRecord;
    const key = [place.id, e.coordinates?.join(',') ?? '', e.reading.type, e.date.date, e.date.precision, episode.get(e) ?? 0].join('|');
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
  // (Its sentence, type and date, for the other regions the same lead names.)
  const summaries = new Set<string>();
  for (const [key, list] of groups) {
    const place = list[0].decision.chosen as PlaceRecord;
    if (place.kind !== 'region' || list[0].reading.type === 'diplomacy') continue;
    const [, , type, date] = key.split('|');
    const itemized = [...groups.values()].filter((l) => {
      const other = l[0].decision.chosen as PlaceRecord;
      // (A summary is told after what it sums up: "Casualties were reported in the Kherson region"
      // on Monday morning sums up Sunday's attacks on its villages.)
      const summed = l[0].date.date === date || l[0].date.date === addDays(date, -1);
      return l !== list && SETTLEMENTS.has(other.kind) && l[0].reading.type === type && summed && other.point && insideArea(place, other);
    });
    // "killed two women in a border village in the Belgorod region … the attack took place in
    // Golovichino": the unnamed village is the one the report names; its figures go there.
    if (itemized.length === 1 && list.every((e) => tellsOfUnnamedPlace(e.sentence.text))) {
      itemized[0].push(...list);
      groups.delete(key);
      doubts.push(`${place.id}: "${truncate(list[0].sentence.text, 100)}" tells of an unnamed place in the region; folded into ${itemized[0][0].decision.chosen?.id}, the only one the report names there`);
      continue;
    }
    if (itemized.length > 0) {
      groups.delete(key);
      for (const e of list) summaries.add(`${e.sentence.index}|${type}|${date}`);
      doubts.push(`${place.id}: "${truncate(list[0].sentence.text, 100)}" sums up events at ${itemized.map((l) => l[0].decision.chosen?.id).join(', ')}; not a separate incident`);
    }
  }
  // "Strikes on the Zaporizhzhia and Dnipropetrovsk regions killed six. Five were killed in the
  // city of Zaporizhzhia, and one in a town outside Dnipro": a lead that names several regions as
  // one event is a summary as a whole once the report itemizes any of them; the region whose towns
  // it leaves unnamed is summed up with the rest, not an incident of its own (docs/ingest-accuracy.md,
  // the tenth round).
  for (const [key, list] of groups) {
    const place = list[0].decision.chosen as PlaceRecord;
    if (place.kind !== 'region' || list[0].reading.type === 'diplomacy') continue;
    const [, , type, date] = key.split('|');
    if (!list.every((e) => summaries.has(`${e.sentence.index}|${type}|${date}`))) continue;
    groups.delete(key);
    doubts.push(`${place.id}: "${truncate(list[0].sentence.text, 100)}" is named in a lead with regions whose events the report itemizes; summed up with them, not a separate incident`);
  }
  // "One of the drones struck infrastructure in the Izmail district. … Two men were injured in the
  // attack on the Orlivka border infrastructure": an event told only of a district, drafted at its
  // seat, is the one the report tells at the one village of that district the same day.
  for (const [key, list] of groups) {
    const seat = list[0].decision.chosen as PlaceRecord;
    if (!seat.point || !list.every(toldOfDistrict)) continue;
    const [, , type, date] = key.split('|');
    // (Not into another place told only by its district or community: "the Esman community of the
    // Shostka district". A community, a hromada, is its town's own area: "the Marhanets community" is Marhanets.)
    const inDistrict = otherSettlementsThatDay(groups, list, seat, type, date, DISTRICT_KM).filter(
      (l) => l.some((e) => e.decision.mention.via !== 'district') && (l[0].decision.chosen as PlaceRecord).admin1 === seat.admin1,
    );
    if (inDistrict.length !== 1) continue;
    inDistrict[0].push(...list);
    groups.delete(key);
    doubts.push(`${seat.id}: "${truncate(list[0].sentence.text, 100)}" tells of its district only; folded into ${inDistrict[0][0].decision.chosen?.id}, the one place the report names there that day`);
  }
  // "Russian missiles struck a town outside Kharkiv, killing one. … two strikes on the town of
  // Chuhuiv, southeast of Kharkiv": the unnamed town is the one the report names near that city, the
  // same day; one incident there, not a second one on the city itself.
  for (const [key, list] of groups) {
    const place = list[0].decision.chosen as PlaceRecord;
    if (!SETTLEMENTS.has(place.kind) || !place.point || !list.every((e, k) => (k > 0 && e.continues !== undefined) || locatesUnnamedPlace(e.sentence.text, e.decision.mention))) continue;
    const [, , type, date] = key.split('|');
    const named = otherSettlementsThatDay(groups, list, place, type, date, UNNAMED_NEAR_KM);
    if (named.length !== 1) continue;
    named[0].push(...list);
    groups.delete(key);
    doubts.push(`${place.id}: "${truncate(list[0].sentence.text, 100)}" tells of an unnamed place near it; folded into ${named[0][0].decision.chosen?.id}, the only one the report names there that day`);
  }
  return groups;
}

/**
 * Every sentence's candidate place names. A region named anywhere in the report lets a village
 * spelt in another romanization be kept (toponyms.ts), so a sentence that let such a name go is
 * read again with the report's region; no other sentence's names can change by it.
 */
function reportMentions(sentences: Sentence[], resolver: Resolver): Mention[][] {
  const scans = sentences.map((s) => scanMentions(s.text, s.index, resolver));
  const namesRegion = scans.some((scan) => scan.mentions.some((m) => m.via === 'region' || m.fixed?.some((r) => r.kind === 'region')));
  const letGoLooseName = (scan: MentionScan) => scan.unmatched.some((name) => resolver.looseSettlements(name).length > 0);
  return scans.map((scan, i) => (namesRegion && letGoLooseName(scan) ? findMentions(sentences[i].text, sentences[i].index, resolver, true) : scan.mentions));
}

/**
 * The toll of one incident from the events told of it: the larger count of each kind, leaving out
 * a zero told beside victims, a total the place has its own part of, and a second count that
 * disagrees with the place's own.
 */
function casualtiesOf(list: SiteEvent[]): Casualties {
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
  return casualties;
}

export function ingestReport(report: Report, resolver: Resolver, options: IngestOptions = {}): IngestResult {
  const published = options.published ?? report.published;
  if (!published) throw new InputError(report.file, 'has no date: give --date YYYY-MM-DD or a first line " date YYYY-MM-DD <title>"');
  const sentences = splitSentences(report.text);
  const focus = countryFocus(report.text);
  const mentions = reportMentions(sentences, resolver);
  const decisions = decidePlaces(sentences, mentions, resolver, focus, published);
  addPeriphrases(sentences, mentions, decisions, resolver, focus);
  inflectedNames(sentences, mentions, decisions);
  const readings = sentences.map((s) => (s.headline ? undefined : classifySentence(withoutAsides(s.text))));
  sentences.forEach((s, i) => assignRoles(s, decisions[i], resolver, readings[i], focus));
  oneNameOnePlace(sentences, decisions);
  const dates = sentenceDates(sentences, decisions, published, readings, options.title ?? report.title, report.dateLine);
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
    const casualties = casualtiesOf(list);
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
      // A name whose only candidates were refused (a namesake far away) is unplaced too, where it stands as a place.
      const refused = d.role === 'rejected' && inPlaceSlot(s.text, d.mention.start, d.mention.end);
      if (d.role !== 'unresolved' && !refused) continue;
      const candidates = d.alternatives ?? (refused ? d.candidates.slice(0, 3).map((c) => candidateLabel(c.place)) : undefined);
      unresolved.push({ name: d.mention.surface, sentence: i, ...(candidates && candidates.length > 0 ? { candidates } : {}) });
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
