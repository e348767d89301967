/**
 * Which place names are not event sites: datelines ("KYIV, Ukraine (AP) —"), metonyms (a
 * capital or country standing for its government: "Kyiv said", "Moscow denied", "Washington
 * and Kyiv will work together", "talks between Moscow and Kyiv", "the Kremlin said"), ships
 * named after cities ("the submarine Belgorod") and names used as modifiers ("the Moscow jig",
 * "Kyiv Mayor …"). And how exactly a site is meant: "near/outside/off X", "the X sector" → near.
 * And which sentences are background rather than the report's news (`toldInPassing`: an earlier
 * event, a state of affairs, the start of the war or of a campaign, what the news "comes after"),
 * with the asides that describe a place blanked first (`withoutAsides`).
 */
import { addDays } from '../data/calendar';
import { goesOnSinceLongAgo, sentenceDate, type DateRef } from './dates';
import { tellsSimplePastEvent } from './events';
import type { Sentence } from './sentences';
import type { Mention } from './toponyms';

export type Role = 'site' | 'dateline' | 'metonym' | 'vessel' | 'attributive';

export interface RoleDecision {
  role: Role;
  reason: string;
}

// Words that open a sentence's adverbial, never a dateline's place.
const LEADING_PREPOSITION = '(?:In|On|At|Near|From|Since|By|After|Before|During|Until|Across|Outside|Over|Around)';
const DATELINE_MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Where a dateline ends in the first sentence of a paragraph (0: no dateline). */
export function datelineEnd(sentence: Sentence): number {
  if (!sentence.paragraphStart) return 0;
  const m = /^\s*(?:\([^)]{1,40}\)\s*)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})((?:,\s*[^,—–()\n]{1,40}?){0,2})\s*(\((?:[A-Z][A-Za-z .-]{0,20})\))?\s*([—–:]|--?)\s*/u.exec(
    sentence.text,
  );
  // "DONETSK (UrduPoint News / Sputnik - 07th January, 2023) One woman …": capitals, then the agency and date in brackets.
  const agency = /^\s*\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,2}(?:,\s*[^,()\n]{1,40})?\s*\([^()\n]{2,60}\)\s+(?=\p{Lu})/u.exec(sentence.text);
  if (agency) return agency[0].length;
  // "Moscow, Dec 14 (Prensa Latina) Four civilians …": a place, the day and the agency in brackets.
  // (Not a sentence that opens with a preposition: "In Kherson, June 3 (Saturday) shelling killed two".)
  const dated = new RegExp(String.raw`^\s*(?!${LEADING_PREPOSITION}\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s*(?:${DATELINE_MONTH}\.?\s+\d{1,2}|\d{1,2}\s+${DATELINE_MONTH}\.?)(?:,?\s+\d{4})?\s*\([^()\n]{2,40}\)\s*(?:[—–-]+\s*)?(?=\p{Lu})`, 'u').exec(sentence.text);
  if (dated) return dated[0].length;
  // "Kiev : Five people …", "New Delhi : …": a colon set off by spaces, as Indian agencies write it.
  const spacedColon = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+:\s+(?=\p{Lu})/u.exec(sentence.text);
  if (spacedColon) return spacedColon[0].length;
  // "(Kharkiv) Shelling damaged …": a place in brackets opening the paragraph, as French agencies write it.
  const bracketed = /^\s*\(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?\)\s+(?=\p{Lu})/u.exec(sentence.text);
  if (bracketed) return bracketed[0].length;
  if (!m) return 0;
  // "KYIV, Ukraine (AP) —", "MOSCOW:", "Kyiv (Reuters) -": capitals or an agency make it a dateline;
  // so does an agency's name in capitals after the comma ("Odesa, UKRINFORM -", "Moscow, TASS —").
  const allCaps = m[1].length >= 3 && m[1] === m[1].toUpperCase();
  const agencyAfter = m[4] !== ':' && /,\s*\p{Lu}{2,}(?:[\s/]\p{Lu}{2,})*\s*$/u.test(m[2]);
  return allCaps || agencyAfter || (m[3] && m[4] !== ':') ? m[0].length : 0;
}

const AUX_WORDS = new Set(
  'has have had will would could should must may might can did does do is was are were be been being also already not never repeatedly reportedly officially again later earlier then now long still once further itself'.split(' '),
);
const SPEECH = new Set(
  `said says say saying denied denies deny denying announced announces claimed claims claim claiming insisted insists
   stated states rejected rejects dismissed dismisses accused accuses warned warns responded responds confirmed confirms
   agreed agrees demanded demands refused refuses called calls urged urges wants wanted believes believed hopes hoped
   told tells reported reports signalled signaled vowed vows pledged pledges threatened threatens sought seeks plans
   planned intends intended proposed proposes offered offers accepted accepts welcomed welcomes condemned condemns
   criticised criticized argued argues maintains maintained blamed blames expects expected considers considered
   acknowledged admitted admits declined denounced praised thanked asked asks responded retaliated summoned expelled
   imposed signed approved launched sent sends ordered orders decided decides pushed pushes pulled refused insisted
   wrote writes posted published added adds noted notes stressed stresses tries tried seeks aims aimed wants needs
   continues continued keeps kept appears appeared seems seemed hopes intends expects threatens demands refuses
   accuse blame warn insist demand condemn reject`
    .split(/\s+/)
    .filter(Boolean),
);
const AGENT_STATES = new Set('back ready willing determined prepared keen eager open committed confident unlikely likely poised pressing seeking trying unwilling reluctant interested'.split(' '));
// Passives whose subject is still an agent: "Kyiv would be required to give up …".
const AGENT_PASSIVE = new Set('required asked forced expected allowed obliged pressured urged invited told given offered granted willing ready prepared able set due'.split(' '));
// Passives that happen to a place: "Kupiansk has been captured", "Crimea will be recognised".
const PLACE_PASSIVE = /^(?:hit|struck|shelled|attacked|targeted|bombed|captured|taken|liberated|occupied|recogni[sz]ed|ceded|annexed|surrounded|encircled|damaged|destroyed|evacuated|retaken|seized|leased|returned|handed|transferred|given)$/;

const BE = new Set(['be', 'been', 'being', 'is', 'was', 'are', 'were']);
const MODALS = new Set(['will', 'would', 'could', 'should', 'must', 'may', 'might', 'can', 'did', 'does', 'do', 'has', 'have', 'had']);
const NOT_VERBS = new Set(['in', 'on', 'at', 'under', 'a', 'an', 'the', 'part', 'home', 'one', 'to', 'of', 'and', 'or', 'not']);

/**
 * Whether the words after a name make it the agent of a verb: "Moscow denied", "Kyiv would
 * cede", "Washington has been secretly forming", "Kyiv would be required to". With
 * `speechOnly` (towns, not capitals) only verbs of saying count: "Kharkiv said" is a metonym,
 * "Kharkiv was hit" is not.
 */
export function agentAfter(after: string, speechOnly: boolean): boolean {
  // "Kyiv and its Western allies, however, accuse …": the allies and an aside do not change who acts.
  const text = after
    .replace(/^\s+and\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:allies|partners|backers|supporters|sponsors)\b/i, '')
    .replace(/^\s*,\s*(?:however|though|meanwhile|too|in\s+turn|for\s+(?:its|their)\s+part)\s*,/i, ' ')
    .replace(/^\s*,\s*(?:which|who)\b[^,]{0,80},/, ' ');
  if (/^\s*[,;:.!?)"”’(—–-]/.test(text)) return false;
  const words = text.trim().toLowerCase().split(/[^a-z'-]+/).filter(Boolean).slice(0, 8);
  let i = 0;
  const aux: string[] = [];
  while (i < words.length && (AUX_WORDS.has(words[i]) || /^[a-z]{3,}ly$/.test(words[i]))) aux.push(words[i++]);
  const verb = words[i];
  if (verb === undefined) return false;
  const be = aux.some((a) => BE.has(a));
  if (be) {
    // "is pulling", "has been forming": active; "would be required": an agent made to act;
    // "is back on the offensive", "is ready": the state of an actor.
    if (/ing$/.test(verb) || AGENT_PASSIVE.has(verb) || AGENT_STATES.has(verb)) return !speechOnly;
    // "was hit", "will be recognised", "is a logistics hub", "is under the control of".
    return false;
  }
  // "…including Kupiansk and Bakhmut said the Ukrainian army, on Saturday": an attribution told
  // after the words (its speaker follows the verb), so the name before it is no speaker.
  if (SPEECH.has(verb) && aux.length === 0 && INVERTED_ATTRIBUTION.test(text)) return false;
  if (SPEECH.has(verb)) return true;
  if (speechOnly) return false;
  if (aux.some((a) => MODALS.has(a))) return !NOT_VERBS.has(verb) && !PLACE_PASSIVE.test(verb);
  if (aux.length > 0 || !(/ed$/.test(verb) || IRREGULAR_PAST.has(verb))) return false;
  // "Kyiv targeted western Russia with drones", "Moscow struck the capital": a verb that may tell
  // what befell a place ("Kyiv attacked overnight") is the government's act when an object follows.
  return !PLACE_PASSIVE.test(verb) || ACTIVE_OBJECT.test(text.trim().slice(verb.length));
}

// The object of an active verb right after it: a determiner or a proper name (not a day or a month,
// nor a time told with a determiner: "Kyiv attacked this morning", "… the night before").
const ACTIVE_OBJECT = /^\s+(?!(?:the|this|that|these|those)\s+(?:morning|afternoon|evening|night|day|days|week|weekend|previous|same|following|next|past|last|early|late|whole|entire)\b)(?:(?:western|eastern|northern|southern|central|north-?\w+|south-?\w+)\s+)?(?:the|a|an|its|their|his|her|this|these|those|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}’'-]+)\b/u;

// "said the Ukrainian army." / "said the regional governor, on Sunday": the speaker right after the verb, then the sentence or clause ends.
const INVERTED_ATTRIBUTION = /^\s*(?:said|says|stated|reported|added|wrote)\s+(?:the|a|an)\s+(?:(?!(?:is|was|were|are|has|had|have|will|would|that|it|had)\b)[A-Za-z’'-]+(?<!ed)\s+){0,3}(?!(?:is|was|were|are|has|had|have|will|would|that|it)\b)[A-Za-z’'-]+(?<!ed)\s*(?:[,.;]|$)/;

// "since Moscow withdrew from the grain deal": past tenses that do not end in -ed.
const IRREGULAR_PAST = new Set('withdrew began sent took made gave broke chose drew fought won lost held led met sought spoke threw struck froze'.split(' '));

const AGENT_BEFORE = /\b(?:with|between|by|against|from|for|versus|vs\.?)\s+(?:both\s+)?(?:the\s+)?$/i;
const OBJECT_OF = /\b(?:ask|asks|asked|urge|urges|urged|force|forces|forced|forcing|press|pressed|pressing|pressure|pressured|pressuring|require|requires|required|tell|tells|told|allow|allows|allowed|call\s+on|calls\s+on|called\s+on|warn|warns|warned|accuse|accuses|accused|invite|invites|invited|persuade|persuaded|convince|convinced|push|pushed|pushing|punish|punished|support|supports|supported|help|helps|helped|back|backs|backed|arm|arms|armed|sanction|sanctions|sanctioned|blame|blames|blamed|urging|asking|telling|on\s+behalf\s+of|independence\s+from)\s+(?:the\s+)?$/i;
const VESSEL_BEFORE = /\b(?:ship|vessel|submarine|frigate|cruiser|destroyer|corvette|tanker|carrier|boat|warship|flagship|icebreaker|landing\s+ship)\s*,?\s*(?:the\s+)?["“'‘]?$/i;
// Nouns a place name may head without ceasing to be the place.
const LOCATIVE_HEADS = /^\s+(?:region|regions|oblast|oblasts|province|district|raion|city|town|village|area|areas|sector|direction|axis|front|frontline|outskirts|suburbs?|airport|port|river|bay|border|centre|center|downtown|residents|district|community|hromada|station|railway|highway|countryside|neighbourhood|neighborhood)\b/i;
// "the Sudzha electrical substation", "the Odesa oil refinery": a facility the name heads, over up
// to two words that say what kind, is in the place, so the place is where it was hit. ("Works" only
// after what is made there: in "the Moscow elite works on sanctions" it is a verb.)
const FACILITY_HEAD = /^\s+(?:[a-z]+\s+){0,2}?(?:substations?|(?:power\s+)?plants?|refinery|refineries|oil\s+depots?|depots?|factory|factories|(?:steel|iron|metallurgical|chemical|coke|coking|machine-building|tractor|glass|cement|water)\s+works|airfields?|air\s*bases?|terminals?|bridges?|dams?|markets?|hospitals?|schools?|warehouses?|shopping\s+(?:centre|center|mall)|mall|stadium|shipyard|pipeline\s+station)\b/;
const TITLE_AFTER = /^(?:mayor|mayors|governor|governors|head|chief|officials?|authorities|administration|government|regime|leadership|police|prosecutors?|council|court|parliament|spokesman|spokeswoman|press|regional|military|garrison|command|ministry)$/i;

const OFFICE_AFTER = /^\s+(?:district|city|town|village|oblast|regional|region|raion|municipal|community|hromada|settlement)\s+(?:(?:military|state|civil(?:ian)?|police|prosecutor['’]?s?)\s+){0,2}(?:administration|council|police|office|department|authorities)\b/i;
/** The second word of a news outlet's name: "Kyiv Independent", "Moscow Times", "Odessa Journal" (or glued to the first: "KyivPost"). */
const OUTLET_AFTER = /^\s*(?:Independent|Post|Times|Journal|Herald|Gazette|Tribune|Telegraph|Observer|Insider|Chronicle|Courier|Dispatch|Pravda|Inform)\b/;
const OFFICE_OF_BEFORE = /\b(?:governor|mayor|head|chief|administrator|secretary|prosecutor|commander|police\s+chief)\s+of\s+(?:the\s+)?$/i;

const ATTACK_ON = /\b(?:strikes?|attacks?|shelling|bombing|bombardment|raids?|assault)\s+(?:on|against|targeting)\s+(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,3}$/i;

// What the patterns read before a name: they end at the name and look a few words back, so a
// window of the sentence before it does; the whole text before it made a line full of names slow
// (every name read all the text before it).
const BEFORE_WINDOW_CHARS = 400;
function textBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - BEFORE_WINDOW_CHARS), start);
}

/** One mention's role, seen in its sentence; `capitalLike` for capitals, countries, institutions. */
export function mentionRole(mention: Mention, sentence: Sentence, capitalLike: boolean): RoleDecision {
  const text = sentence.text;
  const before = textBefore(text, mention.start);
  const after = text.slice(mention.end);
  const dateline = datelineEnd(sentence);
  if (mention.start < dateline) return { role: 'dateline', reason: `in the dateline "${text.slice(0, dateline).trim()}"` };
  if (VESSEL_BEFORE.test(before)) return { role: 'vessel', reason: 'the name of a ship, not a place' };
  // "A Russian missile strike on the Ukrainian capital Kyiv killed …": the target of an attack
  // is where it happened, whatever verb follows.
  if (ATTACK_ON.test(before)) return { role: 'site', reason: 'the target of an attack' };
  // "the governor of the Dnipropetrovsk Region", "the mayor of Mykolaiv said": the office speaks, not the town.
  if (OFFICE_OF_BEFORE.test(before)) return { role: 'attributive', reason: `"…${before.slice(-24)}${mention.surface}": names an office, not an event site` };
  if (agentAfter(after, !capitalLike)) {
    const words = after.split(/[,.;:!?"“”]/)[0].trim().split(/\s+/).slice(0, 4).join(' ');
    return { role: 'metonym', reason: `"${mention.surface} ${words}…": stands for who speaks or acts, not where` };
  }
  if (capitalLike && AGENT_BEFORE.test(before)) {
    return { role: 'metonym', reason: `"…${before.slice(-16)}${mention.surface}": a government as a party, not a place` };
  }
  if (capitalLike && OBJECT_OF.test(before)) {
    return { role: 'metonym', reason: `"…${before.slice(-16)}${mention.surface}": a government addressed, not a place` };
  }
  if (mention.possessive && capitalLike) {
    return { role: 'metonym', reason: `"${mention.surface} …": a government's, not a place` };
  }
  // "Kyiv Mayor …", "Kharkiv Oblast Military Administration", "Kyiv officials": names an office.
  const nextWord = mention.nextWord ?? /^\s+([\p{L}]+)/u.exec(after)?.[1];
  if (nextWord && TITLE_AFTER.test(nextWord)) {
    return { role: 'attributive', reason: `"${mention.surface} ${nextWord}": names an office, not an event site` };
  }
  // "the Novhorod-Siverskyi District Military Administration", "the Kherson City Council".
  const office = OFFICE_AFTER.exec(after);
  if (office) return { role: 'attributive', reason: `"${mention.surface}${office[0]}": names an office, not an event site` };
  // "The Kyiv Independent reported", "the Kyiv Post", "The Moscow Times": a newspaper, not a place.
  if (OUTLET_AFTER.test(after)) return { role: 'attributive', reason: `"${mention.surface}${OUTLET_AFTER.exec(after)?.[0]}": the name of a news outlet, not a place` };
  // "10.35 Kyiv time", "20:01 Moscow time": a clock, not a place.
  if (/^\s+time\b/i.test(after)) return { role: 'attributive', reason: `"${mention.surface} time": a time zone, not a place` };
  const next = /^\s+([a-z]+)\b/.exec(after)?.[1];
  // (Nor a district named by its seat's adjective, whatever kind it is called: "the Starodubsky
  // municipal district", "the Shebekinsky urban okrug" are areas, read as such in toponyms.ts.)
  if (next && mention.via !== 'region' && mention.via !== 'district' && !LOCATIVE_HEADS.test(after) && !FACILITY_HEAD.test(after)) {
    // "the Moscow jig", "the Kyiv government": the name modifies a noun.
    if (/\b(?:the|a|an|its|their|this|that)\s+$/i.test(before) && !/^(?:and|or|of|in|on|at|to|for|with|by|from|was|is|were|are|has|had|have|will|would|said|says|which|that|who|where|when|while|but|as|after|before|late|early|itself|due|because|following|amid|during|overnight|again|too|also|yesterday|today|tonight)$/.test(next)) {
      return { role: 'attributive', reason: `"${mention.surface} ${next}": the name modifies a noun` };
    }
  }
  return { role: 'site', reason: 'named where something happened' };
}

const NEAR_BEFORE = /\b(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)(?:\s*\([^)]{0,30}\))?\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|erly|ward)?\s+)?(?:from|of|outside)|border\s+with(?:\s+(?:[a-z’'-]+\s+){0,2}[a-z’'-]+['’]s)?|near|outside|off|around|close\s+to|on\s+the\s+outskirts\s+of|outskirts\s+of|in\s+the\s+vicinity\s+of|not\s+far\s+from|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|towards|toward|approaches\s+to)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|settlement|port|hub|centre|center|stronghold|outpost)\s+of\s+|(?:regional|administrative)\s+(?:center|centre|capital)\s*,\s*|(?:[\w-]+\s+){0,2}?(?:capital|city|town|port|cent(?:re|er))\s+)?$/i;
const NEAR_AFTER = /^\s+(?:sector|direction|axis|front|outskirts|area|district|suburbs)\b/i;

/** "near X", "off X", "the X sector": the event is close to the place, not in it. */
export function isNear(mention: Mention, text: string): boolean {
  return NEAR_BEFORE.test(textBefore(text, mention.start)) || NEAR_AFTER.test(text.slice(mention.end));
}

/** "southeast of X", "not far from X", "near X": X is named for where something else is. */
export function isReferencePhrase(mention: Mention, text: string): boolean {
  return NEAR_BEFORE.test(textBefore(text, mention.start));
}

// "in a border village in the Belgorod region": one place the sentence does not name.
const UNNAMED_PLACE = /\b(?:a|one)\s+(?:[\w-]+\s+){0,2}(?:village|town|settlement|city)\s+(?:in|of|near)\b/i;
export function tellsOfUnnamedPlace(text: string): boolean {
  return UNNAMED_PLACE.test(text);
}

// "one in a strike on a town just outside the city of Dnipro", "Rusyn Yar, and another village near
// Kostiantynivka": a place the sentence does not name, told only by the named one near it. The
// named place is then where the event was (near it), not a reference for a place named earlier in
// the sentence. (Not in apposition to a name: in "Chuhuiv, a town southeast of Kharkiv" Kharkiv
// says where Chuhuiv is.)
const UNNAMED_PLACE_NEAR = /(^|[^\s,]\s*|,\s*(?:and|or)\s+)\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:village|town|settlement|city|suburb|hamlet)\s+(?:(?:just|right|some|about)\s+)?(?:outside|near|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|(?:(?:some\s+|about\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+(?:the\s+)?(?:(?:city|town|village|regional\s+cent(?:re|er))\s+of\s+)?$/i;

/** Whether the name locates a place the sentence leaves unnamed ("a town just outside Dnipro"), not one named before it. */
export function locatesUnnamedPlaceHere(mention: Mention, text: string): boolean {
  return UNNAMED_PLACE_NEAR.test(textBefore(text, mention.start));
}

// "the road to Kostiantynivka", "a gateway to Zaporizhzhia": where a way leads, never where it happened.
const WAY_TO = /\b(?:road|roads|route|routes|highway|motorway|railway|way|gateway|gate|approaches?|path|supply\s+lines?|corridor)\s+(?:leading\s+)?(?:to|into|towards|toward)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;

// "a bridge linking the Crimean Peninsula with Russia": the two ends of a way, not where it was hit.
const WAY_LINKING = String.raw`\b(?:bridges?|roads?|railways?|rail\s+lines?|highways?|motorways?|routes?|pipelines?|corridors?|links?)\s+(?:linking|connecting|joining|between)\s+(?:the\s+)?`;
const WAY_FIRST_END = new RegExp(`${WAY_LINKING}$`, 'i');
const WAY_SECOND_END = new RegExp(String.raw`${WAY_LINKING}(?:[\p{L}’'-]+\s+){0,3}?(?:with|and|to)\s+(?:the\s+)?(?:mainland\s+)?$`, 'iu');

export function isWayTo(mention: Mention, text: string): boolean {
  const before = textBefore(text, mention.start);
  return WAY_TO.test(before) || WAY_FIRST_END.test(before) || WAY_SECOND_END.test(before);
}

// "launched 44 drones over the regions of Odesa and Sumy", "destroyed 16 drones overnight, including
// five over the Belgorod region": where weapons flew or fell from the sky is a route, not a place
// struck — unless the sentence says something there was hit, burned or hurt.
const OVER_ROUTE = /\b(?:drones?|UAVs?|missiles?|rockets?|shaheds?|aircraft)\b[^.;]{0,60}?\b(?:over|above)\s+(?:the\s+)?(?:(?:regions?|oblasts?|provinces?|areas?|territory)\s+of\s+)?(?:[\p{L}’'-]+['’]s\s+)?$/iu;
// "a drone was shot down near a factory in Naberezhnye Chelny".
const SHOT_DOWN_AT = /\b(?:was|were|been|being)\s+(?:shot\s+down|intercepted|downed)\s+(?:near|over|above|in|outside|on\s+the\s+approach\s+to)\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:in|of|near)\s+)?(?:the\s+)?(?:city\s+of\s+)?$/i;
const STRUCK_THERE = /\b(?:hit(?:s|ting)?|struck|strikes?\s+on|damag\w*|kill\w*|injur\w*|wound\w*|dead|died|casualt\w+|victims?|explo\w+|blasts?|fires?|debris|burn\w*|targeted|attacked)\b/i;

// Places named for something other than where the event was: where someone spoke from
// ("speaking from Kharkiv", "in a video address from Kyiv"), where the wounded were taken
// ("taken to a hospital in Mykolaiv", "evacuated to Dnipro"), where an attack came from
// ("drones launched from Russia's Kursk region", "fired from the left bank of the Dnipro"), what
// it is compared with ("bombed like Mariupol"), where drones were only shot down ("destroyed
// 41 drones over the Belgorod region"), and the area of settlements counted ("attacked eight
// settlements in Zaporizhzhia Oblast"). Each is context, never a site.
const OTHER_PART: Array<[RegExp, string, boolean]> = [
  // "two villages close to the administrative boundary with Kharkiv region", "a town near the border
  // with Poland": the land across a border says where another place is, not where the event was
  // (docs/ingest-accuracy.md, the tenth round).
  [/\b(?:border|boundary|frontier)\s+(?:line\s+)?with\s+(?:the\s+)?(?:[\p{L}’'-]+['’]s\s+)?$/iu, 'across a border that says where another place is, not where the event was', false],
  // "captured another village, closing in on the town of Kurakhove": where an advance is heading.
  [/\b(?:closing\s+in\s+on|closing\s+on|edging\s+(?:closer\s+)?(?:to|towards)|bearing\s+down\s+on)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i, 'where an advance is heading, not where the event was', false],
  // "These numbers don't include people killed in occupied Mariupol": a place left out of a count.
  [/\b(?:do\s+not|don['’]t|does\s+not|doesn['’]t|not|excluding)\s+includ(?:e|ing)\b[^.;]{0,80}?\b(?:in|from|of)\s+(?:the\s+)?(?:(?:temporarily\s+)?(?:occupied|Russian-occupied|Russian-held)\s+)?$/i, 'left out of a count, not an event told', false],
  // "a defensive line between the settlements of Orlivka, Tonenke and Berdychi": points a line runs through.
  [/\b(?:line|lines|front)\s+(?:between|along|through|running\s+through)\s+(?:the\s+)?(?:(?:neighbou?ring\s+)?(?:settlements|villages|towns)\s+(?:of\s+)?)?$/i, 'a point of a line drawn on the map, not where the event was', false],
  // (Not "said two were killed in Kharkiv": the place must follow the speaking at once.)
  [/\b(?:(?:speaking|spoke|writing|wrote|said|says|told\s+(?:reporters|journalists))\s+(?:from|in|at)|(?:a|an|his|her|their|the)\s+(?:[\w’'-]+\s+){0,2}?(?:address|briefing|interview|statement|remarks|(?:press|news)\s+conference)\s+(?:from|in|at))\s+(?:the\s+)?(?:city\s+of\s+)?$/i, 'where someone spoke from, not where the event was', true],
  // (Only "taken to X": "hospitalised in Kharkiv" or "treated at the scene in Kharkiv" is most often where it happened.)
  [/\b(?:taken|transported|evacuated|moved|brought|rushed|sent|airlifted)\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:a\s+|the\s+)?(?:(?:hospitals?|clinics?|medical\s+facilit(?:y|ies))\s+(?:in|of)\s+)?(?:the\s+)?(?:city\s+of\s+)?$/i, 'where the wounded were taken, not where the event was', false],
  // "…were injured; they were hospitalized in Kharkiv", "wounding two men, who were treated in
  // Kherson": the hospital told after the injury, as a second step, is where they were taken.
  [/\b(?:injured|wounded|hurt|injuring|wounding)\b[^.]{0,60}?\b(?:hospitali[sz]ed|treated|admitted|taken\s+care\s+of)\s+(?:[\w’'-]+\s+){0,2}?(?:in|at|to)\s+(?:a\s+|the\s+)?(?:(?:[\w’'-]+\s+)?(?:hospitals?|clinics?|medical\s+facilit(?:y|ies))\s+(?:in|of)\s+)?(?:the\s+)?(?:city\s+of\s+)?$/i, 'where the wounded were treated, not where the event was', false],
  [/\b(?:launched|fired|shelled|attacked|struck|sent|flew|came)\s+(?:[\w’'-]+\s+){0,3}?from\s+(?:the\s+)?(?:(?:left|right|occupied|eastern|western)\s+bank\s+of\s+(?:the\s+)?)?(?:[\p{L}’'-]+['’]s\s+)?$/iu, 'where the attack came from, not where it struck', false],
  // "the launch of several groups of attack drones from Chauda (occupied Crimea)": the same, told with a noun.
  [/\blaunch(?:es)?\s+of\s+(?:[\w’'“”"-]+\s+){0,8}?from\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]+\s+\((?:temporarily\s+)?(?:occupied\s+)?)?$/iu, 'where the attack came from, not where it struck', false],
  // "returning from delivering water and clothes to Kherson when the attack began": where someone
  // was taking goods or going, not where the event was.
  [/\b(?:deliver(?:ing|ed|s)?|bring(?:ing|s)?|brought|carry(?:ing)?|carried|transport(?:ing|ed)|travell?(?:ing|ed)|heading|headed|on\s+(?:the|their|his|her|its)\s+way)\s+(?:[\w’'-]+\s+){0,6}?(?:to|from|towards)\s+(?:the\s+)?(?:city\s+of\s+)?$/i, 'where someone was taking goods or going, not where the event was', false],
  [/\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|dozens\s+of|a\s+number\s+of)\s+(?:settlements|villages|towns|communities|localities|hromadas|cities|populated\s+areas|areas|locations|directions|sectors|districts|raions|rayons)\s+(?:in|of|across|throughout)\s+(?:the\s+)?(?:[\p{L}’'-]+['’]s\s+)?$/iu, 'the area of so many settlements counted: a sum, not one event', false],
  // ("cities like Kharkiv" gives an example, not a comparison.)
  [/(?<!\b(?:cities|towns|villages|places|regions|areas|settlements|ones)\s)\b(?:like|unlike|as\s+in|similar\s+to|compared\s+(?:with|to)|reminiscent\s+of)\s+(?:the\s+)?$/i, 'named for a comparison', false],
  // "an air alert was announced in the Mykolaiv region": a warning, not where anything happened.
  [/\b(?:alerts?|alarms?|sirens?)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:announced|declared|sounded|issued|raised|in\s+effect)\s+(?:in|across|over|for|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+)?$/i, 'where an air alert was announced, not an event', false],
  [/\b(?:intercepted|destroyed|downed|shot\s+down|neutrali[sz]ed)\s+(?:and\s+\w+\s+)?(?:[\w’'-]+\s+){0,4}?(?:drones?|UAVs?|missiles?|aircraft|rockets?)\s+(?:over|above)\s+(?:the\s+)?(?:[\p{L}’'-]+['’]s\s+)?$/iu, 'where drones were shot down, not a strike', false],
];

// "shelling of Russian border settlements in the Belgorod and Kursk regions", "strikes on towns and
// villages of the Kherson region": settlements told only as many, unnamed and uncounted, are several
// events; the region they lie in is no one event's site (docs/ingest-accuracy.md, the tenth round).
// (A region only: "the settlements of Novovasylivka and Chervone" names them.)
const MANY_SETTLEMENTS_IN = /\b(?:settlements|villages|towns|communities|localities|hromadas|populated\s+areas)\s+(?:in|of|across|throughout)\s+(?:the\s+)?(?:[\p{L}’'-]+['’]s\s+)?$/iu;
const A_REGION = /\b(?:regions?|oblasts?|provinces?)\s*$/i;
const REGION_AFTER = /^\s+(?:and\s+(?:the\s+)?[\p{L}’'-]+\s+)?(?:regions?|oblasts?|provinces?)\b/iu;

// "Russia launched 44 drones over the regions of Odesa (south) and Sumy": the area a wave of
// drones was sent over, each region of the list; a site only where the sentence tells a hit.
const SENT_OVER = /\b(?:launched|sent|flew)\s+(?:[\w’'-]+\s+){0,7}?(?:drones?|UAVs?|missiles?|rockets?)\s+(?:over|above|across)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:regions?|oblasts?|provinces?)\s+of\s+)?(?:\p{Lu}[\p{L}’'-]+(?:\s*\([^()]{1,30}\))?(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+))*$/iu;
const HIT_TOLD = /\b(?:hit|hits|struck|damag\w*|destroy\w*|kill\w*|injur\w*|wound\w*|dead|died|casualt\w*|fires?|explosions?|blasts?)\b/i;

// "Explosions were heard from Kharkiv to Ternopil and Ivano-Frankivsk regions": the two ends of a
// span say how far something reached, not where it happened. (Not where weapons flew or were sent
// from one place to another: the place they reached may be the one struck.)
const SPAN_FROM = /\bfrom\s+(?:the\s+)?$/i;
const SPAN_TO_AFTER = /^(?:\s+(?:region|oblast|province))?\s+to\s+(?:the\s+)?\p{Lu}/u;
const SPAN_TO = /\bfrom\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:[\s-]\p{Lu}[\p{L}’'-]*)?(?:\s+(?:region|oblast|province))?\s+to\s+(?:the\s+)?$/u;
const SENT_ALONG = /\b(?:flew|flying|fired|launched|sent|headed|heading|moving|moved|travell?ing|travell?ed|drove|driving|evacuated|fled|fleeing|route|train|flight)\b/i;

// "…at the nuclear plant, which was not directly affected by the strikes", "The dam itself was not
// damaged", "Kherson was spared": a place the sentence says the attack did not reach is named to
// say so, not as where it struck (docs/ingest-accuracy.md, the tenth round).
const TOLD_UNHARMED =
  /^\s*(?:\([^()]{1,40}\)\s*|\)\s*)?,?\s*(?:which\s+|that\s+)?(?:itself\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:not|never)\s+(?:[a-z]+ly\s+)?(?:affected|hit|struck|damaged|targeted|harmed|touched)|(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remained|remains)\s+(?:left\s+)?(?:unaffected|undamaged|unharmed|untouched|intact|spared))\b/i;

/** Why a place named here is not the event's place (see OTHER_PART), or undefined. */
export function otherPart(mention: Mention, text: string, diplomacy: boolean): string | undefined {
  const before = textBefore(text, mention.start);
  if (TOLD_UNHARMED.test(text.slice(mention.end))) return 'told as not reached by the attack: no event there';
  if (MANY_SETTLEMENTS_IN.test(before) && (A_REGION.test(mention.surface) || REGION_AFTER.test(text.slice(mention.end)))) return 'the region of settlements told only as many: several events, not one';
  if (((SPAN_FROM.test(before) && SPAN_TO_AFTER.test(text.slice(mention.end))) || SPAN_TO.test(before)) && !SENT_ALONG.test(text)) {
    return 'an end of a span ("from X to Y"): how far something reached, not where it happened';
  }
  if (SHOT_DOWN_AT.test(before) && !STRUCK_THERE.test(text)) return 'where a drone or missile was shot down, with nothing said to be hit: no strike';
  if (OVER_ROUTE.test(before) && !STRUCK_THERE.test(text)) return 'where drones or missiles flew or were shot down, with nothing said to be hit: a route, not a site';
  for (const [re, why, notForDiplomacy] of OTHER_PART) if (re.test(before) && !(notForDiplomacy && diplomacy)) return why;
  if (SENT_OVER.test(before) && !HIT_TOLD.test(text)) return 'the area drones were sent over, with no hit told there';
  return undefined;
}

const LOCATIVE_BEFORE = /\b(?:in|into|over|across|inside|throughout|on\s+the\s+territory\s+of|on|at)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+)?$/i;

/** "the city's Petrovsky district": a part of a place, not another place. */
export function isPartOfPlace(mention: Mention, text: string): boolean {
  return /^\s+(?:city\s+)?(?:district|raion|hromada|community|neighbou?rhood|microdistrict)\b/i.test(text.slice(mention.end));
}

/** "in Poland", "across eastern Ukraine": a country as a place, not a party. */
export function isLocative(mention: Mention, text: string): boolean {
  return LOCATIVE_BEFORE.test(textBefore(text, mention.start));
}

/**
 * Mentions joined into one list ("Crimea, Luhansk and Donetsk", "Washington and Kyiv"), as
 * index groups. Commas alone do not make a list ("Kupiansk in Kharkiv region, the Kremlin
 * said"): a list has an "and" or "or". Seats of government never join one.
 */
export function coordinatedGroups(mentions: Mention[], text: string): number[][] {
  const chains: Array<{ members: number[]; joined: boolean }> = [];
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    const gap = previous ? text.slice(previous.end, m.start) : '';
    const linkable = previous && m.via !== 'institution' && previous.via !== 'institution';
    const chain = chains[chains.length - 1];
    // (A short aside may stand between: "Odesa (south) and Sumy (northeast)".)
    if (linkable && /^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:and|or)\s+(?:the\s+)?$/i.test(gap)) {
      chain.members.push(i);
      chain.joined = true;
    } else if (linkable && /^\s*,\s*(?:the\s+)?$/.test(gap)) {
      chain.members.push(i);
    } else {
      chains.push({ members: [i], joined: false });
    }
  });
  return chains.flatMap((c) => (c.joined ? [c.members] : c.members.map((i) => [i])));
}

// Sentences that are background, not the report's news: descriptive asides about a place, and
// earlier events, states of affairs and history told in passing.

// ", a city … liberated by Ukrainian troops in 2022,", ", a point of major clashes … since the start
// of the war", ", which has been key to grain exports in recent months": a clause that describes a
// place tells the place's past, not the event's date or kind.
const ASIDE = /,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:city|town|village|settlement|port|hub|point|stronghold|scene|site|centre|center|hotspot|capital)\b|(?:located|situated)\b|which\s+ha(?:s|ve)\s+(?:long\s+)?been\b)[^,.;]*(?=[,.;]|$)/gi;

// "Tonight, the city of Dnipro was fired upon by …": a phrase with a verb of its own (not after
// "which", "that", "who") is the sentence's clause, not an aside.
const OWN_VERB = /^(?:(?!\b(?:which|that|who|whom|whose|where|when)\b)[^])*?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|came|come|comes)\b/i;

const ASIDE_MAX = 120;

/** The sentence with descriptive asides blanked (same length), for dating it. */
export function withoutAsides(text: string): string {
  // An "aside" that runs on for most of a sentence with no comma is the sentence itself.
  return text.replace(ASIDE, (m) => (OWN_VERB.test(m) || m.length > ASIDE_MAX ? m : ' '.repeat(m.length)));
}

// "have sustained repeated shelling since …": a state of affairs, not one event.
const ONGOING = /\b(?:repeatedly|regularly|constantly|routinely|almost\s+daily|near-daily|every\s+(?:single\s+)?(?:day|night)|nightly(?!\s+(?:video\s+)?(?:address|speech|message|briefing))|thus\s+far|so\s+far|to\s+date|since\s+the\s+(?:start|beginning|outset|first\s+days?)\s+of\s+(?:the|its|their|Russia['’]s)\s+(?:full-scale\s+)?(?:war|invasion|offensive|attack|aggression))\b|\bsince\b.*\b(?:repeated|regular|constant|daily)\b|\b(?:repeated|regular|constant|daily)\b.*\bsince\b/i;

// "Kharkiv, which has suffered intense attacks in the last days", "forces have reported an increase
// in attacks there in recent weeks": a span of recent days told with no event verb in the simple
// past is a state of affairs ("In recent days, drones attacked the port" tells an event: kept).
// (Not months: "fighting has intensified around Pokrovsk in recent months" is the report's month, the gold convention.)
const RECENT_SPAN = /\b(?:in|over|during)\s+(?:the\s+)?(?:last|past|recent)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:days|weeks)\b/i;

// "… killed 4,453 civilians since February 2022. More than 900 were killed in Luhansk within the same
// period": a count over a span another sentence told is a tally, like the span's own.
const SAME_SPAN = /\b(?:in|within|over|during|for|across)\s+(?:the\s+)?same\s+(?:period|time\s*(?:frame|span)|span|months|weeks|years)(?:\s+of\s+time)?\b/i;
// …a count as large as a tally's: "During the same period, a drone struck a car in Beryslav" (a
// governor's daily round-up) is one event of that day.
const TALLY_SIZE = /\b\d{2,}|\b(?:dozens|scores|hundreds|thousands|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b/i;

// "At the beginning of the invasion, fierce fighting continued for the airport": history.
// "Russia began what it calls a special military operation last February, saying …": the start of the war.
const WAR_START = /\b(?:at|in|during)\s+the\s+(?:very\s+)?(?:beginning|start|outset|first\s+(?:days|weeks|months))\s+of\s+(?:the|Russia['’]s)\s+(?:full-scale\s+)?(?:war|invasion)\b|\b(?:began|launched|started)\s+(?:what\s+it\s+(?:calls|called)\s+)?(?:(?:a|its|the)\s+)?["“]?special\s+military\s+operation\b/i;
// "As Ukrainian News Agency earlier reported, …", "As previously reported, …": older news retold.
const EARLIER_NEWS = /^\s*as\s+(?:[\w’'-]+\s+){0,4}?(?:earlier|previously)\s+reported\b|^\s*as\s+(?:[\w’'-]+\s+){0,4}?reported\s+(?:earlier|previously)\b/i;
// …unless it is the day's own news: "As Ukrinform reported earlier, 12 combat engagements took place … over the day".
const OF_THE_DAY = /\b(?:(?:over|during|in)\s+the\s+(?:past\s+)?(?:day|24\s+hours)|today|tonight|overnight|this\s+(?:morning|afternoon|evening))\b/i;
// "…comes in the wake of Avdiivka's recent fall to Russian forces".
const RECENT_LOSS = /\brecent\s+(?:fall|capture|seizure|loss|liberation)\b/i;
// "The accusations come after Kyiv was subjected to heavy missile attacks in recent weeks".
const COMES_AFTER = /\b(?:comes?|came|coming)\s+(?:(?:just|only|shortly|soon)\s+)?(?:after|amid|as|following)\b/i;
const CAMPAIGN_DAYS = 7;
const CAMPAIGN_START = /\b(?:launched|began|started|opened|mounted|unleashed|kicked\s+off)\s+(?:(?:its|their|his|her|a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:offensive|invasion|counter-?offensive|incursion|campaign|war)\b/i;
// "Earlier, authorities ordered …": background before the news.
const EARLIER = /^(?:earlier|previously|before\s+that|in\s+the\s+past)\s*,/i;
// …unless the day is the same: "Earlier, the General Staff said in a morning update".
const SAME_DAY = /\b(?:today|tonight|morning|afternoon|evening|overnight|hours|in\s+the\s+day)\b/i;

const DAY_MS = 86_400_000;

/**
 * Why a sentence tells an earlier event in passing ("a Ukrainian attack in late December killed
 * 25", "pushed out of the region … in 2022") or a state of affairs, or undefined. Its own date
 * is a month or a year more than a month before the report; a week or a day is another
 * incident with its own date, drafted as such.
 */
export function toldInPassing(sentence: string, date: DateRef & { inherited?: string }, published: string): string | undefined {
  const text = withoutAsides(sentence);
  if (ONGOING.test(text) || goesOnSinceLongAgo(text)) return 'a state of affairs ("since …", "repeatedly"), not one event';
  if (SAME_SPAN.test(text) && TALLY_SIZE.test(text)) return 'a tally over the span told before ("in the same period"), not one event';
  if (RECENT_SPAN.test(text) && !tellsSimplePastEvent(text)) return 'a state of affairs over recent days or weeks ("has suffered … in the last days"), not one event';
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
