/**
 * The event type of a sentence, from its trigger words (the schema's five incident types).
 * One sentence, one type; the order of the tests is the order of precedence:
 * 1. a plan or deal talked about in the conditional ("Kyiv would cede Donbas") → diplomacy,
 *    even when it speaks of control or withdrawal;
 * 2. capture / control / "70 per cent of" / "claimed control of" / "claims to have taken" → control-claim;
 * 3. sabotage-style words (cables, lasers, spy ships, jamming, airspace) → hybrid;
 * 4. weapons, or an attack with casualties → strike;
 * 5. fighting, assaults, advances, "56 attacks" by forces → fighting;
 * 6. casualties alone → strike; "the situation in X", "front line" → fighting (weak);
 * 7. talks, meetings, plans, sanctions → diplomacy.
 * A sentence that only says what could happen ("can launch drones capable of cutting cables")
 * is doubtful: reported, not drafted.
 */
import type { IncidentType } from '../data/schema';
import { maskHedges, maskZeros } from './casualties';

export interface EventReading {
  type: IncidentType;
  /** The words that decided it. */
  triggers: string[];
  /** Only inferred (e.g. "the situation in X"): yields to a stronger event at the same place. */
  weak: boolean;
  /** Only a capability or a possibility: not drafted, listed as doubtful. */
  hypothetical: boolean;
}

const w = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'gi');

const CONTROL = w(
  String.raw`(?:was|were|been|is|are|being)\s+(?:\w+\s+)?(?:taken(?!\s+(?:to|into|away|off|out|part|place|hostage|prisoner|down|by\s+surprise))|captured|seized|liberated|recaptured|retaken)|captur(?:e|ed|es|ing)|(?:took|taken|take|taking|takes|seized?|gained|assumed|established|regained|retook|lost)\s+(?:full\s+|complete\s+|total\s+)?control|(?:claim(?:s|ed|ing)?|declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|assert(?:s|ed|ing)?)\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)|claim(?:s|ed|ing)?\s+(?:the\s+)?(?:capture|seizure|liberation|fall)\s+of|claim(?:s|ed|ing)?\s+to\s+have\s+(?:\w+\s+)?(?:taken|captured|seized|liberated|occupied)|seiz(?:e|ed|es|ing)|liberat(?:e|ed|es|ing|ion)|recaptur\w+|retak(?:e|en|es|ing)|retook|took\s+over|taken\s+over|taking\s+over|fell\s+to|fall\s+of|under\s+(?:the\s+|its\s+|their\s+|full\s+)*control|in\s+control\s+of|changed\s+hands|control\s+over|occupied\s+the\s+(?:village|town|city)|entered\s+the\s+(?:village|town|city)|withdr(?:ew|awn|aw|awal)\s+from(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:deal|agreement|treaty|accord|talks|negotiations|initiative|pact|convention|corridor\s+deal))|withdr(?:ew|awn|aw|awing)\s+(?:(?:its|their|his|the|all|most|some|remaining)\s+)*(?:\w+\s+)?(?:troops|forces|units|soldiers|servicemen|personnel|garrison)\s+from|pulled\s+(?:(?:its|their|the)\s+)?(?:troops|forces|units)?\s*out\s+of|retreat(?:ed)?\s+from|cleared\s+of|per\s*cent\s+of|percent\s+of|\d+\s*%\s+of`,
);
// A capture told in the active voice: "have taken the village of Pobieda", "it had taken
// Pobieda", "took Avdiivka". Case matters here (a place name follows), so it is not built with w().
const TOOK_PLACE = /\b(?:(?:have|has|had)\s+(?:\w+\s+)?taken|took|seized|captured)\s+(?:(?:the\s+)?(?:village|town|city|settlement|hamlet)s?\b|(?:the\s+)?(?:village|town|city|settlement)\s+of\s+[A-Z]|[A-Z][a-z])/g;
// A word that is not Ukraine's or Russia's own ("Ukrainian", "Russia's").
const NOT_WAR_SIDE = String.raw`(?!ukrain|russia)`;
// Words that make an incident hybrid whatever else the sentence says… (Drones or missiles entering
// a neighbour's airspace, not Ukraine's or Russia's: "missiles entered Ukrainian airspace and struck
// Lviv" is the war's own strike.)
const HYBRID = w(
  String.raw`violat\w*\s+(?:${NOT_WAR_SIDE}\w+\s+){0,2}air\s*space|air\s*space\s+violations?|(?:into|entered|entering|enters|infiltrat\w+)\s+(?:${NOT_WAR_SIDE}\w+\s+){0,2}air\s*space|sabotage|saboteurs?|lasers?|laser\s+beams?|surveillance\s+(?:ship|vessel)|spy\s+(?:ship|vessel)|spying|espionage|cyber\s*-?attacks?|cyberattacks?|hack(?:ed|ers|ing)|arson|jamming|gps\s+interference|shadow\s+fleet|loiter\w*|drone\s+sightings?|unidentified\s+drones`,
);
// …and words that do only when nothing was struck: "cables", "airspace" after a strike are damage or route.
const WEAK_HYBRID = w(String.raw`(?:undersea|subsea|underwater|communication|internet|transatlantic)\s+(?:communication\s+)?cables?|cables?|pipelines?|airspace|balloons?`);
const WEAPON = w(
  String.raw`missiles?|drones?|uavs?|kabs?|fpv|kamikaze|shahed\w*|geran\w*|iskanders?|kinzhals?|s-300s?|mlrs|grads?|multiple\s+rocket\s+launchers?|bombs?|bombing|bombed|bombard\w*|shell(?:ed|ing|s)?|artillery|mortars?|rockets?|air\s*strikes?|airstrikes?|strikes?|struck|barrage|explosions?|blasts?|explosive\s+devices?|explosives|munitions?|glide\s+bombs?|ballistic|cruise`,
);
// Damage implies a strike when nothing else is said.
const DAMAGE = w(String.raw`destroyed|destroying|damaged|damaging|damage|burned\s+down|burnt\s+down|ablaze|caught\s+fire|set\s+fire|setting\s+fire|on\s+fire|under\s+(?:\w+\s+)?fire|impact\s+zone`);
// A battlefield, not a town: "in the Kherson direction", "howitzers were destroyed".
const MILITARY = w(String.raw`sector|direction|axis|service\s*members|servicemen|troops|soldiers|howitzers?|tanks?|armou?red\s+vehicles?|positions?|equipment|personnel`);
// What an attack on civilians hits: then it is a strike, not a battle.
const CIVILIAN_TARGET = w(String.raw`civilians?|residential|houses?|homes?|buildings?|farms?|warehouses?|schools?|hospitals?|infrastructure|enterprises?|energy|power\s+(?:plant|station|grid)|apartment`);
// A warning of what may come is not an event.
const WARNING = w(String.raw`warn(?:ed|ing|ings|s)?|alerts?|threat\s+of|(?:rocket|missile|air|drone|aerial)\s+(?:danger|threat|alarm)|moving\s+(?:towards|toward|in\s+the\s+direction\s+of)|heading\s+(?:towards|toward|for)|approaching|air\s+raid`);
const ATTACK = w(String.raw`attack(?:s|ed|ing)?|hit(?:s|ting)?|raid(?:s|ed)?|opened\s+fire|open(?:s|ing)?\s+fire|fired\s+(?:on|at|upon)`);
const CASUALTY = w(
  String.raw`eliminated|neutrali[sz]ed|kill(?:ed|ing|s)?|injur(?:ed|ing|ies|es|y)|wound(?:ed|ing|s)?|dead|died|casualt(?:y|ies)|death\s+toll|victims?|hospitali[sz]ed`,
);
// What a "hit" or a shot struck: the words after the verb up to the end of the clause ("the
// outskirts … were fired upon": the subject, before it).
const HIT_OBJECT = /\b(?:hit(?:s|ting)?|fired\s+(?:on|at|upon))\s+([^,.;:]{1,60})|^([^,.;:]{1,80}?)\s+(?:was|were|had\s+been|has\s+been)\s+fired\s+(?:on|at|upon)\b/gi;
const FORCES = w(String.raw`forces|troops|units|infantry|soldiers|assault\s+groups?|sector|direction|axis|front`);
// ("There are fights in X", "a firefight at the hospital", "skirmishes near X": the nouns of a fight.)
const FIGHTING = w(
  String.raw`(?:made|make|makes|making)\s+(?:\w+\s+){0,2}(?:gains|advances|headway)|gain(?:ed|ing|s)?\s+ground|contain(?:s|ed|ing)?\s+the\s+enemy|hold(?:s|ing)?\s+(?:off|back)\s+the\s+enemy|fighting|fought|fights|(?:fire|gun)-?fights?|skirmish(?:es|ed|ing)?|battles?|battling|clash(?:es|ed)?|assaults?|assaulting|offensive|counter-?offensive|advanc(?:e|es|ed|ing)|repel(?:led|s|ling)?|repuls(?:ed|ing)|combat|storm(?:ing|ed)|infiltrat\w+|encircl\w+|surrounded|push(?:ed|ing)?\s+(?:towards|into|forward)|break\s+through|breach(?:ed|ing)?|offensive\s+actions?|\d+\s+(?:russian\s+|enemy\s+)?(?:attacks|assaults|clashes|combat\s+engagements)`,
);
// ("settlements closest to the front line", "a town near the frontline": where a place is, not a fight.)
const WEAK_FIGHTING = w(String.raw`situation\s+(?:in|around|at|on|near)|(?<!\b(?:closest|close|closer|nearest|near|adjacent|next)\s+(?:to\s+)?the\s+)(?:front\s*-?\s*line|frontline)|hotspots?`);
const DIPLOMACY = w(
  String.raw`talks|negotiat\w+|meeting|met|meets|summit|peace|plan|deal|agreement|accord|ceasefire|truce|envoy|diplomat\w*|visit(?:ed|s|ing)?|sanctions|recogni[sz]\w+|cede|ceded|ceding|lease|security\s+guarantees|memorandum|mediat\w+|concessions|proposal|treaty|delegation|ambassador`,
);
const PLAN = w(String.raw`plan|deal|proposal|agreement|peace|terms|concessions|negotiat\w+|treaty|memorandum|ceasefire`);
const CONDITIONAL = w(
  String.raw`would|could|should|will|must|cede|ceding|lease|recogni[sz]\w+|required\s+to|give\s+up|have\s+to`,
);
// Case-sensitive: "may" the modal, not "May 20".
const MODAL = /\b(?:can|could|capable\s+of|able\s+to|might|may|will|threaten(?:s|ed)?\s+to|plans?\s+to|intends?\s+to|would|if)\b/g;
const PAST_EVENT = w(
  String.raw`killed|injured|wounded|died|struck|hit|launched|attacked|targeted|fired|shelled|captured|took|taken|gained|seized|liberated|entered|destroyed|damaged|exploded|downed|shot\s+down|repelled|spotted|reported|fought|burned|occurred|happened|took\s+place`,
);

const NIGHT = /\b(?:overnight|through\s+the\s+night|at\s+night|during\s+the\s+night|last\s+night)\b/i;
const MODAL_BEFORE = /\b(?:can|could|may|might|would|will)\s+(?:not\s+|soon\s+|also\s+|again\s+|eventually\s+)?(?:be\s+|have\s+been\s+)?(?:[a-z]+ly\s+)?$/i;

// The sentence opens with its subject, a place ("Sadove", "Nova Kakhovka", "The city", "The
// village"), or a participle of where it lies ("Bordering the Black Sea, …"), and its verb says
// where the place is or what it is like: lies, sits, is located, serves as, borders, is home to.
const WHERE_VERB = String.raw`(?:also\s+|still\s+)?(?:(?:is|was)\s+(?:also\s+)?(?:located|situated|sitting|lying|home\s+to|(?:\d+(?:[.,]\d+)?\s*)(?:km|kilometres|kilometers|miles)\s+from)|lies|lay|sits|stands\s+on|serves\s+as|borders|overlooks|straddles|had\s+a\s+(?:pre-war\s+)?population|has\s+a\s+population)\b`;
const DESCRIBES_WHERE = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}’'-]+\s+){1,3}|The\s+(?:city|town|village|settlement|port|region)\s+(?:of\s+\p{Lu}[\p{L}’'-]+\s+)?|Bordering\s+[^,]{3,60},\s+(?:\p{Lu}[\p{L}’'-]+\s+){1,3})${WHERE_VERB}`,
  'u',
);

// "drones struck the port", "troops shelled the town": an event verb in the simple past, not a
// perfect's participle ("has been shelled", a state of affairs).
const SIMPLE_PAST_EVENT = /(?<!\b(?:has|have|had|been|being|be)\s+(?:[a-z]+ly\s+)?)\b(?:attacked|struck|hit|shelled|bombed|killed|injured|wounded|destroyed|damaged|captured|seized|took|fired|launched|exploded|died)\b/i;
export function tellsSimplePastEvent(text: string): boolean {
  return SIMPLE_PAST_EVENT.test(text);
}

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => m[0].toLowerCase());
}


export function classifySentence(raw: string): EventReading | undefined {
  // "Sadove is located on the bank of the Dnipro, which marks the front line": a sentence whose
  // main clause says where a place lies reports a location, not an event (unless it counts victims
  // or tells an event in the simple past as well: "Kherson stands on the Dnipro, where troops shelled the port").
  if (DESCRIBES_WHERE.test(raw) && matches(CASUALTY, raw).length === 0 && !tellsSimplePastEvent(raw)) return undefined;
  // "No casualties were reported in Kharkiv": a figure of zero says nothing happened there.
  // ("The number of victims may be greater" hedges a toll told: no possibility of an event.)
  const text = maskHedges(maskZeros(raw));
  // "locals fear it can be taken over again", "the town could fall to": a capture only feared or
  // foreseen is no claim (the sentence's other words decide what happened).
  const control = [...text.matchAll(CONTROL), ...text.matchAll(TOOK_PLACE)].filter((m) => !MODAL_BEFORE.test(text.slice(0, m.index))).map((m) => m[0].toLowerCase());
  const hybrid = matches(HYBRID, text);
  const weakHybrid = matches(WEAK_HYBRID, text);
  const weapon = matches(WEAPON, text);
  const attack = matches(ATTACK, text);
  const casualty = matches(CASUALTY, text);
  const damage = matches(DAMAGE, text);
  const fighting = matches(FIGHTING, text);
  const weakFighting = matches(WEAK_FIGHTING, text);
  // "Russia's broader plan is to cut off the area": a plan with no word of talks or peace is an aim,
  // not diplomacy. (A briefing is where someone speaks, never the event: not a diplomacy word.)
  const diplomacy = matches(DIPLOMACY, text).filter((x, _i, all) => x !== 'plan' || all.some((y) => y !== 'plan') || /\b\d+-point\s+plan\b/i.test(text));
  const plan = matches(PLAN, text);
  const conditional = matches(CONDITIONAL, text);
  const happened = matches(PAST_EVENT, text).length > 0;
  const modal = matches(MODAL, text).length > 0 || (matches(WARNING, text).length > 0 && casualty.length === 0 && damage.length === 0);
  const reading = (type: IncidentType, triggers: string[], weak = false): EventReading => ({
    type,
    triggers: [...new Set(triggers)],
    weak,
    hypothetical: type !== 'diplomacy' && modal && !happened,
  });

  if (plan.length > 0 && conditional.length > 0) return reading('diplomacy', [...plan, ...conditional]);
  if (control.length > 0) return reading('control-claim', control);
  if (hybrid.length > 0) return reading('hybrid', hybrid);
  if (weakHybrid.length > 0 && weapon.length === 0 && casualty.length === 0 && damage.length === 0) return reading('hybrid', weakHybrid);
  if (weapon.length > 0 || (attack.length > 0 && (casualty.length > 0 || damage.length > 0))) {
    if (fighting.length > 0 && casualty.length === 0 && damage.length === 0 && weapon.every((x) => /^strikes?$/.test(x))) {
      return reading('fighting', fighting);
    }
    return reading('strike', [...weapon, ...attack, ...casualty, ...damage]);
  }
  // "Russia continued its assault on Ukrainian cities overnight": an assault by night, with no
  // troops or ground words, is a bombardment of the towns, not a battle for them.
  if (fighting.length > 0 && fighting.every((x) => /^assaults?$/.test(x)) && NIGHT.test(text) && matches(FORCES, text).length === 0 && matches(MILITARY, text).length === 0) {
    return reading('strike', [...fighting, ...attack]);
  }
  if (fighting.length > 0) return reading('fighting', fighting);
  if (attack.length > 0) {
    const onCivilians = matches(CIVILIAN_TARGET, text).length > 0;
    // Troops "hit" or "fire at" a town from afar (ground troops attack, storm or advance): a
    // strike, unless what was hit is military ("hit Russian positions").
    const hitTown = [...text.matchAll(HIT_OBJECT)].some((m) => matches(MILITARY, m[1] ?? m[2]).length === 0);
    return matches(FORCES, text).length > 0 && !onCivilians && !hitTown ? reading('fighting', attack) : reading('strike', attack);
  }
  if ((casualty.length > 0 || damage.length > 0) && diplomacy.length === 0) {
    const military = matches(MILITARY, text);
    return military.length > 0 && matches(CIVILIAN_TARGET, text).length === 0
      ? reading('fighting', [...casualty, ...damage, ...military])
      : reading('strike', [...casualty, ...damage]);
  }
  if (weakFighting.length > 0) return reading('fighting', weakFighting, true);
  if (diplomacy.length > 0) return reading('diplomacy', diplomacy);
  return undefined;
}

// A span of a day or more over which a report sums up: "over the last day", "in the past 24 hours".
const DAY_TALLY = /\b(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:(?:\d+|two|three|several)\s+)?(?:24\s+hours|days?|week)\b/i;
// Attacks in the plural, or counted times: "Russian attacks", "1,800 strikes", "shelled 378 times".
const MANY_ATTACKS = /\b(?:attacks|strikes|shellings|bombardments|raids|\d[\d,]*\s+times)\b/i;
/** "1,800 strikes over the last day": a day's tally of many attacks, a sum rather than one event. */
export function isDayTallyOfAttacks(text: string): boolean {
  return DAY_TALLY.test(text) && MANY_ATTACKS.test(text);
}
