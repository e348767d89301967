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
  /** For a figure of a place-by-place list ("3 in Vuhledar"): the span naming its own place. */
  place?: { start: number; end: number };
  /** "Another man was wounded", "one more person died": people beyond those told before. */
  additional?: boolean;
  /** For a figure of a breakdown ("six in Reni and one in Izmail" of seven): the total it is part of. */
  partOf?: Count;
  /** For a total with parts told place by place ("five, including two in Pokrovsk"): the spans of the parts' places, which the total is not for. */
  partsAt?: Array<{ start: number; end: number }>;
}

const PEOPLE = String.raw`(?:more|other|others|people|persons?|civilians|residents|children|child|adults|women|men|soldiers|servicemen|troops|police\s+officers|officers|members\s+of\s+(?:a|one|the\s+same)\s+family|family\s+members|rescuers|firefighters|medics|journalists|workers|pensioners|teenagers|of\s+them|including\s+(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their)\s+)?(?:[\w-]+\s+)?\w+|more\s+people|[a-z]+-year-old\s+\w+|elderly|young|local|russian|ukrainian)`;
// "suffered shrapnel wounds", "sustained injuries": injured, said with a noun.
const SUFFERED = String.raw`(?:suffered|sustained|received)\s+(?:[a-z-]+\s+){0,3}?(?:injur(?:y|ies)|wounds?|burns|trauma)`;
// ("have reportedly been", "has also been", "had already been": a word inside the auxiliary.)
const AUX = String.raw`(?:were|was|(?:have|has|had)\s+(?:[a-z]+ly\s+|also\s+|already\s+|now\s+|since\s+)?been|are|is|being|got|had|has|have)`;
const PASSIVE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${PEOPLE}\s*){0,3}(?:,[^,.;]{1,60},\s*)?(?:who\s+)?(?:${AUX}\s+)?|(?:in|from|of|at|near)\s+[^,.;]{1,40}?(?:,[^,.;]{1,80},)?\s*${AUX}\s+|(?:(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|another|while|but|who|which|that)\b)[a-z'-]+\s+){1,7}?${AUX}\s+|(?:(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|another|and|or|who|which|that)\b)[a-z'-]+\s+){1,2}(?=died|perished|lost\s|suffered|sustained))(?:also\s+|reported\s+|confirmed\s+|left\s+|[a-z]+ly\s+){0,2}(killed|dead|died|deceased|perished|lost\s+(?:their|his|her)\s+li(?:ves|fe)|wounded|injured|hurt|hospitali[sz]ed|(?:taken|rushed|admitted)\s+to\s+(?:a\s+|the\s+)?(?:hospitals?|medical\s+facilit(?:y|ies))|${SUFFERED})\b`,
  'i',
);
// "a man who was wounded in the shelling died in hospital": the main verb says killed.
// "a man wounded by the shelling died in hospital", "two people injured in the attack later
// died": the same with the relative clause reduced to its participle and the phrase after it (no
// comma or "and" between: "a man injured in the attack and a woman who lived nearby died" is two people).
const WHO_DIED_OF_WOUNDS = String.raw`(?:\s+who\s+(?:had\s+been|has\s+been|was|were)\s+(?:wounded|injured|hurt)\b[^.;]*?|\s+(?:wounded|injured|hurt)\s+(?:by|in|during|at|on|after|when)\b(?:(?!\band\b)[^.;,])*?)\b(?:died|succumbed)\b`;
const ACTIVE_BEFORE = /\b(kill(?:ed|ing|s)?|injur(?:ed|ing|es|e)|wound(?:ed|ing|s)?|claim(?:ed|ing|s)?\s+the\s+li(?:ves|fe)\s+of|(?:caus(?:ed|ing|es)|inflict(?:ed|ing|s))\s+(?:[a-z]+\s+)?injur(?:y|ies)\s+(?:to|on)|(?:result(?:ed|ing|s)?\s+in|caus(?:ed|ing|es)|le(?:d|ading|ads)\s+to|and|as\s+well\s+as)\s+(?:the\s+)?(?:deaths?|injur(?:y|ies)|wounding)\s+(?:of|to))\s+(?:a\s+family\s+of\s+|family\s+of\s+|the\s+lives\s+of\s+|both\s+)?$/i;
// "the death toll (from the attack on Dnipro) (has now) rose to / reached / stands at N".
const TOLL_VERB = String.raw`(?:has\s+|had\s+|have\s+)?(?:now\s+|further\s+|since\s+|also\s+)?(?:(?:rose|risen|rises|climbed|increased|grew|grown|jumped|went\s+up|gone\s+up)\s+to|(?:stands|stood|is|was)(?:\s+at)?|(?:reached|hit|topped)(?:\s+to)?)\s+$`;
const TOLL_OF = String.raw`(?:\s+(?:from|in|of|after|following|at)\s+[^.;:"“”]{1,80}?)?\s+`;
// "…recovered two more bodies, bringing the death toll to 14": the toll of this event, not of
// "attacks on the city this week".
const BRINGING_TOLL = /\b(?:bringing|raising|taking|pushing|lifting)\s+the\s+(?:overall\s+|total\s+)?(?:death\s+toll|number\s+of\s+(?:dead|deaths|people\s+killed))(?:\s+(?:from|in|of)\s+the\s+(?:attack|strike|shelling|bombing)(?:\s+on\s+[^,.;]{1,40}?)?)?\s+to\s+$/i;
const CUMULATIVE = /\b(?:attacks|strikes|bombardments|raids|this\s+(?:week|month|year)|since|war|invasion)\b/i;
const TOLL_BEFORE = new RegExp(String.raw`\b(?:death\s+toll|number\s+of\s+(?:dead|deaths|fatalities|people\s+killed|those\s+killed))${TOLL_OF}${TOLL_VERB}`, 'i');
const INJURED_TOLL_BEFORE = new RegExp(String.raw`\b(?:number\s+of\s+(?:injured|wounded|people\s+injured|people\s+wounded)|injury\s+toll)${TOLL_OF}${TOLL_VERB}`, 'i');
// One person named by a noun: "a woman was killed", "killing a 65-year-old man", "another
// (severely) injured", "a third man was injured", "the woman received a serious injury" (with "the",
// only right before the verb that says what befell her).
// "a 17-year-old was killed": the age alone names one person ("the passenger of the car died",
// "the owner of the house was injured": one person, and what they were in). "injuring a local", "a pedestrian
// was killed": one person named by what they were doing or where they live. "wounded his wife", "injuring its
// driver": one person named by a possessive.
const ONE_PERSON = /\b(?:a|an|another|one)\s+(?:(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old(?:\s+[a-z]+(?=\s+(?:man|woman|worker|teacher|farmer|driver|employee|guard|doctor|nurse|volunteer|resident|pensioner)\b))?|second|third|fourth|fifth|sixth|elderly|young|local|pregnant|teenage|injured|wounded|[A-Za-z]+-(?:installed|appointed|backed|based)|[a-z]+(?=\s+(?:driver|worker|employee|operator|citizen|national)\b))\s+){0,2}(?:man|woman|child|boy|girl|baby|infant|toddler|mother|father|person|civilian|resident|villager|townsman|local(?!\s+[a-z])|teenager|pensioner|driver|passenger|pedestrian|cyclist|motorist|passer-by|passerby|soldier|serviceman|police\s+officer|rescuer|firefighter|medic|journalist|worker|volunteer|student|farmer|official|officer|employee|guard|doctor|nurse|teacher|priest|neighbou?r|grandmother|grandfather|grandson|granddaughter|paramedic|electrician|miner|fisherman|operator|citizen|national|foreigner)\b|\b(?:a|an|another)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old\b|\b(?:his|her|its|their)\s+(?:(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old|elderly|young|little|infant|teenage|pregnant)\s+)?(?:wife|husband|son|daughter|mother|father|grandson|granddaughter|grandmother|grandfather|brother|sister|driver|passenger|neighbou?r)\b|\banother\b(?=\s+(?:was\s+|were\s+)?(?:[a-z]+ly\s+)?(?:injured|wounded|hurt|killed|dead|died))|\bthe\s+(?:(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old|elderly|young|local)\s+)?(?:man|woman|boy|girl|child|baby|driver|pensioner|teenager|resident|civilian|passenger|owner|watchman|cyclist|pedestrian)\b(?:\s+of\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:car|house|home|truck|lorry|bus|vehicle|tractor|shop|store|building|farm|boat|minibus|van|apartment|flat|enterprise|company|facility)\b)?(?=\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:[a-z]+ly\s+)?(?:killed|died|injured|wounded|hurt|received|suffered|sustained)\b)/gi;

// One person named by a nationality used as a noun: "injuring a Ukrainian and a Syrian citizen",
// "a Briton was among the dead" (capitalized, ending as demonyms do; then a list word or a verb).
const DEMONYM_PERSON = /\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i|on)(?=\s+(?:and|or|was|were|who|died)\b|\s*[,.;])/gu;

// A person's name between commas, then a casualty verb: "…, Alexei Katerinichev, died". The
// figure's span ends with the closing comma, so that the verb follows it as after a count.
const NAMED_PERSON = /,\s+((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+,)(?=\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:killed|died|perished|wounded|injured)\b)/gu;

// People counted in a list: "a woman and her two children", "two men, a woman and a boy".
const PERSON_NOUN = String.raw`(?:people|persons?|civilians?|residents?|children|child|kids?|bab(?:y|ies)|infants?|toddlers?|sons?|daughters?|men|man|women|woman|boys?|girls?|teenagers?|adults?|pensioners?|soldiers?|servicem[ae]n|servicewom[ae]n|service\s+members?|militants?|fighters?|troops|policem[ae]n|police\s+officers?|officers?|rescuers?|firefighters?|medics?|doctors?|journalists?|workers?|volunteers?|drivers?|students?|farmers?|relatives?|brothers?|sisters?|grandchildren|grandsons?|granddaughters?|grandmothers?|grandfathers?|grandparents|parents|neighbou?rs?|family\s+members)`;
// A count whose subject is told more about before its verb: "5 people at the market died", "16
// residents of the building were injured", "26 civilians, including a woman and 13 children, were
// killed", "11 people — two of them children — were wounded". The clause is read as subject (a
// noun naming people, or any plural noun: "3 teachers at the school died"), its modifiers (a place
// phrase, an apposition between commas, dashes or brackets, one left open before the verb, a
// relative clause), then the verb. Only a passive or "died"-like verb: "three missiles at the city killed five" is active.
const SUBJECT_MODIFIER = String.raw`(?:\s+(?:in|at|on|inside|near|aboard|of|from)\s+[^,.;:—–()]{1,40}?|\s*,\s*(?:including|among\s+them|of\s+whom|most\s+of\s+them|all\s+of\s+them|mostly)\b[^.;:]{1,80}?(?:,|(?=\s+${AUX}\s))|\s*(?:—|–|\s-\s)[^.;:—–]{1,80}?(?:—|–|\s-\s)|\s*\([^()]{1,80}\)|\s+(?:who|that)\s+(?!(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:killed|injured|wounded|hurt)\b)[^,.;:()]{1,50}?)`;
const MODIFIED_SUBJECT = new RegExp(
  String.raw`^\s+(?:[a-z'-]+\s+){0,2}?(?:${PERSON_NOUN}|[a-z'-]+s)\b${SUBJECT_MODIFIER}{1,2}\s*(?:${AUX}\s+(?:also\s+|reportedly\s+|[a-z]+ly\s+){0,2}(killed|injured|wounded|hurt|hospitali[sz]ed|dead)|(?:also\s+|reportedly\s+|later\s+|[a-z]+ly\s+){0,2}(died|perished|lost\s+(?:their|his|her)\s+li(?:ves|fe)))\b`,
  'i',
);

// …and "two people who were wounded in the shelling died in hospital", with the people named after the count.
const DIED_OF_WOUNDS = new RegExp(String.raw`^(?:\s+(?:[a-z'-]+\s+){0,2}?${PERSON_NOUN})?${WHO_DIED_OF_WOUNDS}`, 'i');

// "Two children were among the injured": some of them, at least that many.
// ("A 14-year-old girl was among the dead": the person already named, no noun after the count.)
const AMONG_AFTER = new RegExp(String.raw`^(?:\s+(?:[a-z'-]+\s+){0,2}?${PERSON_NOUN}\b)?(?:\s*,[^,.;]{1,40},)?\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(dead|killed|injured|wounded|hurt)\b`, 'i');
const THE_PERSON_AFTER_VERB = /\b(?:kill(?:ed|ing|s)|injur(?:ed|ing|es)|wound(?:ed|ing|s))\s+(the\s+(?:(?:elderly|young|local)\s+)?(?:man|woman|boy|girl|child|baby|driver|passenger|pensioner|resident|owner|guard|watchman|worker|employee|teenager|cyclist|pedestrian|motorist|farmer|tractor\s+driver))\b(?!['’]s)/gi;
const ALSO_AFTER = /^\s+(?:[a-z'-]+\s+){0,3}?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+also|also\s+(?:died|was|were|has\s+been|have\s+been|suffered|sustained))\b/i;
// "Injured: a man and a woman", "Killed – 2 people": a toll told as a label and its list.
const LABEL_BEFORE = /(?:^|[.;,:]\s*|\(\s*)(killed|dead|died|injured|wounded|hurt)\s*(?::|–|—|\s-)\s*$/i;
// "two bodies were recovered", "the bodies of three people": the dead.
const BODIES_AFTER = /^\s+bodies\b/i; // ("two more bodies, bringing the toll to 14": the toll counts.)
const BODIES_BEFORE = /\bbodies\s+of\s+(?:the\s+|another\s+)?$/i;

// "women aged 45, 56 and 87 were injured": with no count, the ages told count the people.
const AGED_PEOPLE = new RegExp(String.raw`\b(women|men|people|persons|children|boys|girls|residents|civilians|teenagers|pensioners|villagers)\s+aged\s+(\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s+and\s+\d{1,3})\b`, 'gi');
const COUNT_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|both|the|these|those|other|few|many|dozens?)\s+(?:[a-z-]+\s+)?$/i;

// After a count, up to two describing words and then the noun: "two young children", "three Ukrainian soldiers".
const PERSON_AFTER_COUNT = new RegExp(String.raw`^\s+(?:(?!(?:and|or|of|were|was|in|on|at)\b)[a-z]+(?:-[a-z]+)*\s+){0,2}?${PERSON_NOUN}\b`, 'i');
// "… and her son": one relative, named by a possessive instead of a count.
const RELATIVE = /^(?:her|his|their)\s+(?:(?:\d+-year-old|young|little|infant|baby|elderly|pregnant|teenage)\s+)?(?:husband|wife|son|daughter|mother|father|child|baby|grandson|granddaughter|grandchild|grandmother|grandfather|brother|sister|partner)\b/i;
// What joins the members of a list.
const LIST_JOIN = /^(?:\s*,\s*(?:(?:and|as\s+well\s+as)\s+)?|\s+(?:and|as\s+well\s+as)\s+)/i;
const POSSESSIVE = /^(?:her|his|their)\s+/i;

const ELIMINATED_AFTER = /^\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?(?:eliminated|neutrali[sz]ed)\b/i;
const ELIMINATED_BEFORE = /\b(?:eliminat(?:ed|ing|es)|neutrali[sz](?:ed|ing|es))\s+$/i;

// "several", "a few", "dozens", "scores of", "hundreds": how many, the report does not say.
const VAGUE_FEW = /(?:^|\s)(?:several|a\s+few|dozens|scores|hundreds|thousands)$/i;
const AMONG = /\bamong\s+(?:the\s+|those\s+)?(dead|killed|deceased|wounded|injured|hurt)\s+(?:were|was|are|is)\s+([^.;:()]{3,200})/gi;

const TOLL_NOUN = /^\s+(?:(?:more|other|civilian)\s+)?(deaths?|fatalit(?:y|ies)|dead|deceased|injur(?:y|ies)|wounded|injured)\b(?!\s+(?:soldiers?|troops|servicem[ae]n)\b)/i;

function kindOf(word: string): CasualtyKind {
  return /^(?:kill|dead|died|deceased|claim|perished|lost|fatalit)/i.test(word) || /\bdeaths?\b/i.test(word) ? 'killed' : 'injured';
}

// A zero the report does give, however it is worded: "no one was injured", "nobody was hurt or
// killed", "no human casualties resulted", "did not cause any casualties", "casualties were
// avoided", "no dead or wounded". (Not "no information on casualties": only describing words may
// stand between "no" and the noun.) Each names the kinds it counts by its nouns or verbs.
const ZERO_VERB = String.raw`killed|injured|wounded|hurt|harmed|dead|died`;
const ZERO_NOUN = String.raw`casualties|deaths|fatalities|injuries|victims|dead|injured|wounded`;
const ZERO_ADJ = String.raw`(?:(?:human|civilian|immediate|reported|further|known|serious|major|confirmed|new|other|additional)\s+){0,2}`;
const ZEROS = [
  new RegExp(String.raw`\b(?:no\s+one|nobody|no\s+people|none)\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:[a-z]+ly\s+)?(${ZERO_VERB})\b(?:\s+(?:or|and|nor)\s+(${ZERO_VERB})\b)?`, 'gi'),
  new RegExp(String.raw`\bno\s+${ZERO_ADJ}(${ZERO_NOUN})\b(?:\s+(?:or|and|nor)\s+(${ZERO_NOUN})\b)?`, 'gi'),
  new RegExp(String.raw`\bwithout\s+(?:causing\s+|leaving\s+|any\s+)*${ZERO_ADJ}(${ZERO_NOUN})\b`, 'gi'),
  new RegExp(String.raw`\b(?:did\s+not|didn['’]t|does\s+not|has\s+not|have\s+not)\s+(?:cause|result\s+in|lead\s+to|leave|claim)\s+(?:any\s+)?${ZERO_ADJ}(${ZERO_NOUN})\b`, 'gi'),
  new RegExp(String.raw`\b(casualties|victims|injuries)\s+(?:were|have\s+been|was)\s+avoided\b`, 'gi'),
  // "the citizens were not injured", "residents of the house were not hurt", "none of the passengers was
  // killed": people named, and the verb denied.
  new RegExp(String.raw`\b(?:(?:the|its|local)\s+)?(?:${PERSON_NOUN}|citizens|locals|inhabitants|villagers|passengers|crew|staff|employees)(?:\s+(?:of|in|at|on)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?\s+(?:were|was|have|has|had)\s*(?:not|n['’]t)\s+(?:been\s+)?(${ZERO_VERB}|harmed)\b(?:\s+(?:or|and|nor)\s+(${ZERO_VERB}|harmed)\b)?`, 'gi'),
  new RegExp(String.raw`\bnone\s+of\s+(?:the|them)\b(?:\s+[a-z-]+){0,3}?\s+(?:was|were|has\s+been|have\s+been)\s+(${ZERO_VERB}|harmed)\b(?:\s+(?:or|and|nor)\s+(${ZERO_VERB}|harmed)\b)?`, 'gi'),
];
/** The text of a zero toll, for event reading: "no one was injured" says nothing was hit. */
export function maskZeros(text: string): string {
  let out = text;
  for (const re of ZEROS) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

// "…but the final number of victims may be greater", "the death toll is likely to rise", "the
// number of victims was increasing": the report's figures are what is known so far, a lower bound.
const HEDGE = /\b(?:(?:death\s+|injury\s+)?toll|(?:final\s+|total\s+|actual\s+|real\s+|exact\s+)?number\s+of\s+(victims|casualties|dead|deaths|killed|fatalities|injured|wounded|injuries))\s+(?:(?:may|might|could|can|is\s+(?:likely|expected)\s+to|will\s+(?:likely|probably)|(?:is\s+)?set\s+to)\s+(?:still\s+|further\s+)?(?:be\s+)?(?:greater|higher|larger|rise|grow|increase|climb)|(?:is|was|are|were|keeps|kept|continues|continued)\s+(?:still\s+)?(?:increasing|rising|growing|climbing|to\s+(?:rise|grow|increase|climb)))\b/gi;

/** The text with hedges on a toll blanked, for event reading: "may be greater" is no possibility of an event. */
export function maskHedges(text: string): string {
  return text.replace(HEDGE, (m) => ' '.repeat(m.length));
}

function hedgedKinds(text: string): Set<CasualtyKind> {
  const kinds = new Set<CasualtyKind>();
  for (const m of text.matchAll(HEDGE)) {
    const noun = m[1]?.toLowerCase();
    if (/^injury/i.test(m[0]) || (noun && /^(?:injured|wounded|injuries)$/.test(noun))) kinds.add('injured');
    else if (noun === 'victims' || noun === 'casualties') (['killed', 'injured'] as const).forEach((k) => kinds.add(k));
    else kinds.add('killed');
  }
  return kinds;
}

function atLeast(count: Count): Count {
  if (typeof count === 'number') return count > 0 ? { min: count } : count;
  return { min: count.min };
}

function zeroKinds(word: string): CasualtyKind[] {
  const w = word.toLowerCase();
  if (/^(?:casualties|victims|harmed)$/.test(w)) return ['killed', 'injured'];
  return [/^(?:killed|dead|died|deaths|fatalities)$/.test(w) ? 'killed' : 'injured'];
}

/** The sum of counts: exact when all are, else at least the sum of the lower bounds. */
export function addCounts(counts: Count[]): Count {
  if (counts.every((c) => typeof c === 'number')) return (counts as number[]).reduce((a, b) => a + b, 0);
  const min = counts.reduce<number>((sum, c) => sum + (typeof c === 'number' ? c : c.min), 0);
  const maxes = counts.map((c) => (typeof c === 'number' ? c : c.max));
  return maxes.every((m) => m !== undefined) ? { min, max: (maxes as number[]).reduce((a, b) => a + b, 0) } : { min };
}

/** One member of a list of people: where it starts and ends, and how many it names. */
interface Member {
  start: number;
  end: number;
  count: Count;
  quantity?: Quantity;
  /** The member's own place phrase ("in Kherson", "in Izium and Balakliia"), within start–end. */
  place?: { start: number; end: number };
}

// A place phrase after a member of a list of people: "in Kherson", "in the town of Izium", "in
// Novodruzhesk and Lysychansk" (then a comma, "and" or the verb).
const MEMBER_PLACE = /^\s+(?:in|at|near)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s*(?:,|,?\s+and)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)*/u;

// Numbers that describe people without counting them: ages ("a woman, 71, and her grandson, 9",
// "two men aged 44 and 52", "Olena (71)"), years of birth ("born in 1943"); and the toll of an
// earlier event a clause measures time from ("a week after 8 were killed").
// An age may be written in words: "a boy of five", "aged seven", "nine years old".
const AGE = String.raw`(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const NOT_A_COUNT = [
  /(?<=\p{L})\s*,\s*\d{1,3}\s*,(?=\s*(?:and|were|was|died|is|are|had|have)\b)/gu,
  /(?<=\p{L})\s*,\s*\d{1,3}(?=\s+and\b)/gu,
  // (Not in a clause with a count: "4 people died, 5 were injured", "killed 2 people, 6 were
  // wounded" are two tolls told with a comma, no age; an age follows one person or a name: "Olena,
  // 71 was injured".)
  /(?<=\p{L})(?<!\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+[a-z]+){1,3})\s*,\s*\d{1,3}(?=\s+(?:were|was|died)\b)/gu,
  // "two boys, both 1, and their mother": the age the members of a count share.
  /(?<=\p{L})\s*,\s*(?:both|each|all)\s+(?:aged\s+)?\d{1,3}(?:\s*,(?=\s*(?:and|were|was|are|died|had|have)\b)|(?=\s*,|\s+(?:and|were|was|died)\b))/gu,
  new RegExp(String.raw`\baged\s+(?:between\s+|from\s+)?${AGE}(?:\s*(?:,|and|to|or|-|–)\s*${AGE}(?!\s+(?:[a-z]+\s+)?${PERSON_NOUN}\b))*(?:\s+(?:years?|months?)(?:\s+old)?)?\b`, 'gi'),
  // "a boy of five", "a woman of 71": one person and her age (not "a family of four", which counts).
  new RegExp(String.raw`(?<=\b(?:boy|girl|child|baby|infant|toddler|son|daughter|grandson|granddaughter|grandchild|man|woman|teenager|pensioner|youth|resident)\s+)of\s+${AGE}(?:\s+(?:years?|months?)(?:\s+old|\s+of\s+age)?)?\b`, 'gi'),
  // "three women - 32, 36 and 56 years old", "a five year old boy": ages told with "years old"
  // (not "a 17-year-old", one person, which the number reader already leaves alone).
  new RegExp(String.raw`\b${AGE}(?:\s*(?:,|and|or)\s*${AGE})*\s+(?:years?|months?)\s+old\b`, 'gi'),
  /(?<=\p{L})\s*\(\d{1,3}\)/gu,
  /\bborn\s+(?:in\s+)?\d{4}\b/gi,
  /\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?\d0s\b/gi,
  // "…, a day after an attack on the city injured 20", "days after a strike killed 4": an earlier event's toll.
  /(?<!\bthe\s)\b(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|since)\b[^.;,]*/gi,
];

/** The text with numbers that are not head counts blanked out, offsets unchanged. */
export function maskNonCounts(text: string): string {
  let out = text;
  for (const re of NOT_A_COUNT) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

// "killed 5 civilians in Donetsk Oblast: 3 in Vuhledar, 1 in Heorhiivka and 1 in Sloviansk".
const PER_PLACE_ITEM = /(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*)((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:people|persons|civilians|residents|children))?\s+(?:in|at|near)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/uy;

// What opens a breakdown after a total: a colon, a dash, a bracket or a comma ("Seven were
// injured – six in Reni and one in Izmail –", "killed five (three in Bakhmut, two in Siversk)").
const BREAKDOWN_OPEN = /\s*(?::|[–—]|\s-\s|\(|,)/y;

/** The figures a total is broken down into, place by place (at least two), after a colon, a dash, a bracket or a comma. */
function perPlaceFigures(text: string, total: CasualtyFigure): CasualtyFigure[] {
  const stop = text.slice(total.end, total.end + 60).search(/[.;]/);
  const window = stop === -1 ? 60 : stop;
  for (let at = total.end; at < total.end + window; at++) {
    BREAKDOWN_OPEN.lastIndex = at;
    const open = BREAKDOWN_OPEN.exec(text);
    if (!open || open.index !== at) continue;
    const items = placeItems(text, total, at + open[0].length);
    if (items.length < 2) continue;
    // "killed 3 people in Bakhmut, 2 in Toretsk and 1 in Soledar": after a comma, a first count
    // told with its own place in the items' form is the first item, not their total, unless its
    // place is an area that holds the others ("killed 5 in Donetsk Oblast, 3 in Vuhledar and 2 in
    // Sloviansk").
    const first = open[0].trim() === ',' ? placeItems(text, total, total.start)[0] : undefined;
    if (first && first.start === total.start && first.place && first.place.end <= at && !AREA_WORD.test(text.slice(first.place.start, at))) return [first, ...items];
    return items.map((item) => ({ ...item, partOf: total.count }));
  }
  return [];
}

const AREA_WORD = /\b(?:oblast|region|province|district|raion|area|county)\b/i;

// "…killed five people in the Donetsk region on Sunday, including two in Pokrovsk".
const INCLUDING = /^[^.;:]{0,80}?\b(?:including|among\s+them|of\s+them|of\s+whom)\b/i;

/** The parts of a total told for their own place after "including": one is enough. */
function includedFigures(text: string, total: CasualtyFigure): CasualtyFigure[] {
  const including = INCLUDING.exec(text.slice(total.end));
  return including ? placeItems(text, total, total.end + including[0].length) : [];
}

function placeItems(text: string, total: CasualtyFigure, from: number): CasualtyFigure[] {
  const items: CasualtyFigure[] = [];
  let at = from;
  for (;;) {
    PER_PLACE_ITEM.lastIndex = at;
    const m = PER_PLACE_ITEM.exec(text);
    if (!m) break;
    const start = m.index + m[0].length - m[1].length;
    const q = findQuantities(m[1])[0];
    if (!q) break;
    items.push({ kind: total.kind, count: q.count, start: start + q.start, end: start + q.end, phrase: m[1], place: { start: start + q.end, end: start + m[1].length } });
    at = m.index + m[0].length;
  }
  return items;
}

/** Two people named by one noun ("a couple", "an elderly couple"); "a couple of drones" is a number word, read elsewhere. */
const COUPLE = /\b(?:a|an|the)\s+(?:(?:elderly|young|married|older|retired|local)\s+)?couple\b(?!\s+of\b)/gi;

export function findCasualties(raw: string): CasualtyFigure[] {
  const text = maskNonCounts(raw);
  // "several others were injured", "a few people were hurt", "injured dozens", "killing and
  // injuring scores of civilians": how many the report does not say; a lower bound guessed from
  // the word is no figure an editor can check (as an estimate is not; the gold's convention).
  const quantities: Quantity[] = findQuantities(text).map((q) => (VAGUE_FEW.test(q.text) ? { ...q, approximate: true } : q));
  const persons = new Set<Quantity>();
  // "…in the Kherson administration, Alexei Katerinichev, died": one person named in apposition.
  for (const m of text.matchAll(NAMED_PERSON)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    quantities.push({ start, end: start + m[1].length, count: 1, text: m[1] });
  }
  // A person (or a couple) named by a noun, where no count was read: a quantity of its own.
  const addNamed = (start: number, words: string, count: number, person = true) => {
    if (quantities.some((q) => q.start < start + words.length && q.end > start)) return;
    const q = { start, end: start + words.length, count, text: words };
    quantities.push(q);
    if (person) persons.add(q);
  };
  for (const m of text.matchAll(ONE_PERSON)) addNamed(m.index ?? 0, m[0], 1, !/^another$/i.test(m[0]));
  for (const m of text.matchAll(DEMONYM_PERSON)) addNamed(m.index ?? 0, m[0], 1);
  for (const m of raw.matchAll(AGED_PEOPLE)) {
    const start = m.index ?? 0;
    if (COUNT_BEFORE.test(raw.slice(Math.max(0, start - 30), start))) continue;
    const q = { start, end: start + m[1].length, count: m[2].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).length, text: m[1] };
    quantities.push(q);
    persons.add(q);
  }
  // "killing the driver", "wounded the owner of the house": one person named with "the", right after the verb.
  for (const m of text.matchAll(THE_PERSON_AFTER_VERB)) addNamed((m.index ?? 0) + m[0].length - m[1].length, m[1], 1);
  // "A couple died", "an elderly couple was injured": two people named by one noun.
  for (const m of text.matchAll(COUPLE)) addNamed(m.index ?? 0, m[0], 2);
  quantities.sort((a, b) => a.start - b.start);
  const passiveKind = (end: number): CasualtyKind | undefined => {
    if (DIED_OF_WOUNDS.test(text.slice(end))) return 'killed';
    const passive = PASSIVE_AFTER.exec(text.slice(end));
    if (passive) return kindOf(passive[1]);
    const modified = MODIFIED_SUBJECT.exec(text.slice(end));
    if (modified) return kindOf(modified[1] ?? modified[2]);
    const among = AMONG_AFTER.exec(text.slice(end));
    if (among) return kindOf(among[1]);
    return BODIES_AFTER.test(text.slice(end)) ? 'killed' : undefined;
  };
  // The verb before a count: "killed five", "the death toll rose to 12".
  const activeKind = (q: Quantity): CasualtyKind | undefined => {
    const before = text.slice(0, q.start);
    const toll = TOLL_BEFORE.exec(before) ?? INJURED_TOLL_BEFORE.exec(before);
    // "the death toll from Russia's attacks on Kharkiv this week rose to 11": a running total of many events.
    if (toll && CUMULATIVE.test(toll[0])) return undefined;
    if (TOLL_BEFORE.test(before) || BRINGING_TOLL.test(before)) return 'killed';
    if (INJURED_TOLL_BEFORE.test(before)) return 'injured';
    const active = ACTIVE_BEFORE.exec(before);
    if (active) return kindOf(active[1]);
    const label = LABEL_BEFORE.exec(before);
    if (label) return kindOf(label[1]);
    return BODIES_BEFORE.test(before) && PERSON_AFTER_COUNT.test(text.slice(q.end)) ? 'killed' : undefined;
  };
  // "resulted in 14 deaths and 43 injuries", "three dead": the count of a casualty noun.
  const nounKind = (end: number): CasualtyKind | undefined => {
    const noun = TOLL_NOUN.exec(text.slice(end));
    return noun ? kindOf(noun[1]) : undefined;
  };
  // "more than 30 Ukrainian service members had been eliminated": a military report's killed,
  // only with people named (tanks are "eliminated" too).
  const eliminatedKind = (q: Quantity): CasualtyKind | undefined => {
    const noun = PERSON_AFTER_COUNT.exec(text.slice(q.end));
    if (!noun) return undefined;
    if (ELIMINATED_AFTER.test(text.slice(q.end + noun[0].length)) || ELIMINATED_BEFORE.test(text.slice(0, q.start))) return 'killed';
    return undefined;
  };
  const kindOfQuantity = (q: Quantity): CasualtyKind | undefined => {
    // "around a dozen injured", "some 30 killed": an estimate, which an editor should not read as a count.
    if (q.approximate) return undefined;
    if (/\bno\s+$/i.test(text.slice(0, q.start))) return undefined; // "no one was injured": see ZEROS
    return activeKind(q) ?? passiveKind(q.end) ?? nounKind(q.end) ?? eliminatedKind(q);
  };
  const kinds = quantities.map(kindOfQuantity);
  // Where the noun phrase of a count ends, when it names people ("two children", "a woman").
  const personEnd = (q: Quantity): number | undefined => {
    if (q.approximate) return undefined;
    const noun = PERSON_AFTER_COUNT.exec(text.slice(q.end));
    if (noun) return q.end + noun[0].length;
    return persons.has(q) ? q.end : undefined;
  };

  // "killed a woman and her two children", "two women and two men were wounded": the people
  // of one list share one verb, before the list (active) or after it (passive), and add up.
  // A member with a verb of its own ("… and three soldiers were injured") ends the list.
  const figures: CasualtyFigure[] = [];
  const listed = new Set<Quantity>();
  // The members of the list that starts at q; with `withPlaces`, each member may carry its own
  // place ("a woman in Kherson, and two men in Beryslav were killed").
  const listFrom = (q: Quantity, firstEnd: number, withPlaces: boolean): Member[] => {
    const placed = (m: Member): Member => {
      const place = withPlaces ? MEMBER_PLACE.exec(text.slice(m.end)) : null;
      return place ? { ...m, end: m.end + place[0].length, place: { start: m.end, end: m.end + place[0].length } } : m;
    };
    const members: Member[] = [placed({ start: q.start, end: firstEnd, count: q.count, quantity: q })];
    for (;;) {
      const last = members[members.length - 1];
      const join = LIST_JOIN.exec(text.slice(last.end));
      if (!join) break;
      let at = last.end + join[0].length;
      const relative = RELATIVE.exec(text.slice(at));
      if (relative) {
        members.push(placed({ start: at, end: at + relative[0].length, count: 1, quantity: quantities.find((x) => x.start === at) }));
        continue;
      }
      at += POSSESSIVE.exec(text.slice(at))?.[0].length ?? 0;
      const next = quantities.find((x) => x.start === at && !listed.has(x));
      const nextEnd = next ? personEnd(next) : undefined;
      if (!next || nextEnd === undefined) break;
      members.push(placed({ start: next.start, end: nextEnd, count: next.count, quantity: next }));
    }
    return members;
  };
  quantities.forEach((q) => {
    const firstEnd = personEnd(q);
    if (listed.has(q) || firstEnd === undefined) return;
    // "An 85-year-old woman in Sumy, and two men in Konotop were also killed": members each told
    // with its own place share the verb, and each figure goes to its own place (never summed).
    const withPlaces = listFrom(q, firstEnd, true);
    const eachPlaced = withPlaces.length >= 2 && withPlaces.every((m) => m.place);
    const members = eachPlaced ? withPlaces : listFrom(q, firstEnd, false);
    // Only the last member can have a verb of its own right after it (the others are followed
    // by "and" or a comma). With a verb before the list too, it is another figure.
    const active = activeKind(q);
    const passive = passiveKind(members[members.length - 1].end);
    const list = active !== undefined && passive !== undefined ? members.slice(0, -1) : members;
    const kind = active ?? passive;
    if (list.length < 2 || kind === undefined) return;
    for (const m of list) if (m.quantity) listed.add(m.quantity);
    if (eachPlaced) {
      for (const m of list) figures.push({ kind, count: m.count, start: m.start, end: m.place?.start ?? m.end, phrase: text.slice(m.start, m.place?.start ?? m.end), place: m.place });
      return;
    }
    const end = list[list.length - 1].end;
    figures.push({ kind, count: addCounts(list.map((m) => m.count)), start: q.start, end, phrase: text.slice(q.start, end) });
  });

  const itemized = new Set<Quantity>();
  quantities.forEach((q, k) => {
    const kind = kinds[k];
    if (!kind || listed.has(q) || itemized.has(q)) return;
    const figure: CasualtyFigure = { kind, count: q.count, start: q.start, end: q.end, phrase: q.text };
    const items = perPlaceFigures(text, figure);
    if (items.length === 0) {
      // Parts told for their place go there; the total goes to the other places only. After
      // "killed four and injured 19, including three in Kharkiv" the parts' kind is unsaid: none.
      const parts = includedFigures(text, figure);
      for (const part of parts) for (const x of quantities) if (x.start === part.start) itemized.add(x);
      const at = parts[0]?.start ?? -1;
      const shared = quantities.some((x, j) => x !== q && kinds[j] && !listed.has(x) && !itemized.has(x) && x.start < at && includedFigures(text, { ...figure, start: x.start, end: x.end })[0]?.start === at);
      figures.push(...(shared ? [] : parts), parts.length > 0 ? { ...figure, partsAt: parts.map((p) => p.place as { start: number; end: number }) } : figure);
      return;
    }
    // The total is told place by place: each place gets its own figure, the total none.
    figures.push(...items);
    for (const item of items) for (const x of quantities) if (x.start === item.start) itemized.add(x);
  });
  for (const re of ZEROS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const kinds = new Set([m[1], m[2]].flatMap((word) => (word === undefined ? [] : zeroKinds(word))));
      for (const kind of kinds) figures.push({ kind, count: 0, start, end: start + m[0].length, phrase: m[0] });
    }
  }
  // "Among the wounded were a 72-year-old woman and the boy's sister": the people named are some
  // of the wounded, so at least that many, one a member unless a count says more.
  for (const m of text.matchAll(AMONG)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const kind = kindOf(m[1]);
    if (figures.some((f) => f.kind === kind && f.start < end && f.end > start)) continue;
    const members = m[2].split(/\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+/i).filter((part) => /\p{L}/u.test(part));
    const counts: Count[] = members.map((part) => {
      const q = findQuantities(part).find((x) => x.start === part.search(/\S/) && !x.approximate);
      return q && PERSON_AFTER_COUNT.test(part.slice(q.end)) ? q.count : 1;
    });
    figures.push({ kind, count: atLeast(addCounts(counts)), start, end, phrase: m[0] });
  }
  // "12 civilians, including a nurse and 3 children, were killed": the people of the apposition
  // are some of the subject's, no figure of their own.
  const inApposition = (f: CasualtyFigure) =>
    figures.some((g) => {
      if (g === f || g.kind !== f.kind || f.start < g.end) return false;
      const modified = MODIFIED_SUBJECT.exec(text.slice(g.end));
      return modified !== null && f.end <= g.end + modified[0].length;
    });
  const kept = figures.filter((f) => !inApposition(f));
  const hedged = hedgedKinds(text);
  // "A man was also injured", told alone in its sentence: one more, as "another" is. (Not with
  // other figures: "two were killed and a man was also injured" says "also" of the killing.)
  const alsoMore = (f: CasualtyFigure) => kept.length === 1 && ALSO_AFTER.test(text.slice(f.end));
  // ("a further three", "an additional four": more, as "another" is.)
  const isAdditional = (f: CasualtyFigure) => /^another\b/i.test(text.slice(f.start, f.end)) || /\b(?:another|(?:a|an)\s+(?:further|additional))\s+$/i.test(text.slice(Math.max(0, f.start - 16), f.start)) || /^\s+more\b/i.test(text.slice(f.end)) || alsoMore(f);
  return kept
    .map((f) => ({ ...f, count: hedged.has(f.kind) || AMONG_AFTER.test(text.slice(f.end)) ? atLeast(f.count) : f.count, phrase: raw.slice(f.start, f.end), ...(f.count !== 0 && isAdditional(f) ? { additional: true } : {}) }))
    .sort((a, b) => a.start - b.start);
}

// Where one clause of a sentence ends and the next begins ("…killed in Kharkiv city while two others…").
// (", a day after an attack on Izium killed 5": a clause about an earlier event, whose places take
// no figure of the clause before.)
const CLAUSE_BREAK = /;|\s+while\s+|\s+whereas\s+|,\s+and\s+|,\s+but\s+|,\s+with\s+|\.\s+|,\s+(?:(?:a|an|one|two|three|four|five|six|seven|\d+|several|a\s+few)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:after|since)\s+/g;

// What joins the places of a list ("X, Y and the village of Z"), here and in listBefore.
const PLACE_LIST_JOIN = String.raw`(?:,|,?\s+and|,?\s+or)`;
const SETTLEMENT_OF = String.raw`(?:(?:village|town|city|cities|settlement)s?\s+of\s+)?`;
// What stands between two places of a list: ", ", " and the village of ".
const LIST_LINK = new RegExp(String.raw`^\s*${PLACE_LIST_JOIN}\s+(?:the\s+)?${SETTLEMENT_OF}$`, 'i');
// "Two others were injured in Chasiv Yar and Novohrodivka": one figure, several places.
const PLACE_LIST = new RegExp(String.raw`\b(?:in|at|near|on)\s+(?:the\s+)?${SETTLEMENT_OF}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?\s*${PLACE_LIST_JOIN}\s+(?:the\s+)?[A-Z]`, 'u');

/** The most places one figure is given to, each, when it is told for all of them. */
export const MAX_PLACES_SHARING = 4;

/**
 * Whether a figure told for several places at once is each place's own. "Two others were injured
 * in Chasiv Yar and Novohrodivka" does not say how the two are shared (one in each, or both in
 * one), so no town gets a figure (the gold README: shared tolls are no per-town figure). One person
 * cannot be shared ("killed a civilian in Bakhmut and Krasnohorivka": one in each) and a zero holds
 * for every place ("no one was hurt in X and Y"), so those go to each.
 */
export function isEachPlaces(count: Count): boolean {
  return (typeof count === 'number' ? count : count.min) <= 1;
}

/** The places a figure told for all of them goes to: each of them, or none when it could be shared (isEachPlaces). */
export function placesSharing<T>(places: T[], count: Count): T[] {
  return places.length >= 2 && !isEachPlaces(count) ? [] : places;
}

// "Kyiv and other major Ukrainian cities", "Kharkiv and several other towns": a list with members
// not named, so a toll after it is the area's, no share of the one place named.
const AND_OTHER_PLACES = /^\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:(?:several|many|a\s+number\s+of|some|a\s+few|\w+)\s+)?other\s+(?:[a-z-]+\s+){0,3}?(?:cities|towns|villages|settlements|regions|oblasts|places|areas|communities|districts)\b/i;

/**
 * The sites a figure belongs to, within its clause: the first place named after it ("two were
 * killed in Kharkiv and three injured in Izium"), else the nearest before it ("an attack on
 * Zaporizhzhia killed five"); else, outside the clause, the nearest — unless the clause names a
 * place of its own that is no site (`places`: "…; in the Kharkiv region, 11 were injured" is the
 * region's figure, not the town's of the other clause; `clauseOnly` when the sentence tells its
 * figures place by place, and "Another 10 were injured" is then for none of them). A figure told for a list
 * of places ("three people were killed in Orikhiv and Huliaipole") belongs to each of them:
 * the report gives no share, and the last place is no likelier than the first.
 */
export function figureOwners<T extends { mention: { start: number; end: number } }>(sites: T[], offset: number, text: string, places: Array<{ start: number; end: number }> = [], clauseOnly = false, count: Count = 1): T[] {
  const owners = placesSharing(figureOwnersOfList(sites, offset, text, places, clauseOnly), count);
  // "blasted Kyiv and other major cities, killing at least 19": the toll of places not named.
  if (owners.length === 1 && !isEachPlaces(count) && AND_OTHER_PLACES.test(text.slice(owners[0].mention.end))) return [];
  return owners;
}

function figureOwnersOfList<T extends { mention: { start: number; end: number } }>(sites: T[], offset: number, text: string, places: Array<{ start: number; end: number }>, clauseOnly: boolean): T[] {
  const { from, to } = clauseAround(text, offset);
  const list = PLACE_LIST.exec(text.slice(offset, to));
  if (list) {
    // The places of the list: from its first name to the end of the last name joined by "and"/","/"or".
    const listStart = offset + list.index;
    const members = sites
      .filter((d) => d.mention.start >= listStart && d.mention.end <= to)
      .sort((a, b) => a.mention.start - b.mention.start);
    const joined: T[] = [];
    for (const d of members) {
      const previous = joined[joined.length - 1];
      if (previous && !LIST_LINK.test(text.slice(previous.mention.end, d.mention.start))) break;
      joined.push(d);
    }
    // A toll told for a roll of many places ("in Kherson, Sadove, Bilozerka, Stanislav and
    // Antonivka") is the area's: no place gets it.
    if (joined.length > MAX_PLACES_SHARING) return [];
    if (joined.length >= 2) return joined;
  }
  const inClause = (m: { start: number; end: number }) => m.start >= from && m.end <= to;
  if (!sites.some((d) => inClause(d.mention)) && (clauseOnly || places.some(inClause))) return [];
  // "Russian strikes on Kramatorsk and Sloviansk killed four": a list of places before the
  // figure, as its subject, is the same list: each gets the toll.
  const before = listBefore(sites, offset, text, from);
  if (before.length >= 2 && before.length <= MAX_PLACES_SHARING && !sites.some((d) => d.mention.start >= offset && d.mention.end <= to)) return before;
  const one = figureOwner(sites, offset, text, from, to);
  return one ? [one] : [];
}

// What may stand between the last place of a list and its figure: the rest of the subject and
// its verb ("… Sloviansk killed", "… Sloviansk on Sunday left"), a participle ("hit X and Y,
// killing"), or the comma after a fronted place phrase ("In X and Y, 3 were killed"); no other clause.
const LIST_TO_FIGURE = /^(?:(?:[^,.;:()]|,(?=\s+(?:killing|injuring|wounding|leaving|claiming)\b)){0,40}|\s*,\s*)$/;

/** The places of a list ending right before a figure, in its clause ("strikes on X and Y killed four"). */
function listBefore<T extends { mention: { start: number; end: number } }>(sites: T[], offset: number, text: string, from: number): T[] {
  const inClause = sites.filter((d) => d.mention.start >= from && d.mention.end <= offset).sort((a, b) => a.mention.start - b.mention.start);
  const last = inClause[inClause.length - 1];
  if (!last || !LIST_TO_FIGURE.test(text.slice(last.mention.end, offset))) return [];
  const list = [last];
  for (let k = inClause.length - 2; k >= 0; k--) {
    if (!LIST_LINK.test(text.slice(inClause[k].mention.end, list[0].mention.start))) break;
    list.unshift(inClause[k]);
  }
  return list;
}

function clauseAround(text: string, offset: number): { from: number; to: number } {
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
  return { from, to };
}

/** The one site a figure belongs to (see figureOwners). */
export function figureOwner<T extends { mention: { start: number; end: number } }>(sites: T[], offset: number, text: string, from = clauseAround(text, offset).from, to = clauseAround(text, offset).to): T | undefined {
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
