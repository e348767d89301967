/**
 * Who says what: the speakers of a sentence ("…, regional governor Ivan Fedorov said",
 * "The chief of Russia's general staff told Putin that …", "but Ukraine's military denied …",
 * "according to …", "a statement by the Ukrainian military said", "it added"), the side each
 * speaks for (ISO code), whether they assert or deny, and shares ("80 per cent of Vovchansk").
 */

export type Stance = 'asserts' | 'denies';

export interface Attribution {
  /** Who, as written: "regional governor Ivan Fedorov", "Ukraine's military". */
  by: string;
  /** ISO alpha-2 of the side; undefined when the words do not say (see `partyOf`). */
  party?: string;
  stance: Stance;
  /** A pronoun or a bare title ("it", "the general staff"): the previous speaker may be meant. */
  anaphoric: boolean;
  start: number;
}

const SPEECH_VERBS = String.raw`said|says|told|tells|added|adds|reported|reports|announced|announces|claimed|claims|wrote|writes|stated|states|confirmed|confirms|denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes|insisted|insists|warned|warns|noted|notes|declared|declares|alleged|alleges|accused|accuses|stressed|stresses`;
const DENY_VERB = /^(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes)$/i;
// What a denial says: "untrue", "remains under the control of Ukraine's forces".
const DENY_CONTENT = /\b(?:untrue|not\s+true|false|fake|no\s+truth|remains?\s+under|still\s+(?:holds?|in\s+control)|under\s+the\s+control\s+of\s+(?:ukraine|ukrainian)|continues?\s+to\s+hold)/i;

// Words that name a side. Key people of the war are part of the domain, like its places.
const PARTY_WORDS: Array<[RegExp, string]> = [
  [/\b(?:russia|russian|russia's|moscow|kremlin|putin|peskov|shoigu|gerasimov|lavrov|zakharova|belousov|wagner|prigozhin|tass|ria\s+novosti|west['’]?\s+grouping)\b/i, 'RU'],
  [/\b(?:ukraine|ukrainian|ukraine's|kyiv|zelensky|zelenskyy|zelenskiy|syrskyi|sybiha|yermak|budanov|umerov|ukrinform|ukrainska\s+pravda|zsu)\b/i, 'UA'],
  [/\b(?:united\s+states|american|white\s+house|washington|trump|biden|rubio|witkoff|leavitt|pentagon|state\s+department|vance)\b/i, 'US'],
  [/\b(?:US|U\.S\.|USA)(?![\p{L}])/u, 'US'],
  [/\b(?:britain|british|london|downing\s+street|healey|starmer)\b/i, 'GB'],
  [/\b(?:UK|U\.K\.|RAF)\b/, 'GB'],
  [/\b(?:poland|polish|warsaw)\b/i, 'PL'],
  [/\b(?:belarus|belarusian|minsk|lukashenko)\b/i, 'BY'],
  [/\b(?:ireland|irish|dublin)\b/i, 'IE'],
  [/\b(?:germany|german|berlin)\b/i, 'DE'],
  [/\b(?:france|french|paris|macron)\b/i, 'FR'],
  [/\b(?:turkey|turkish|ankara|erdogan)\b/i, 'TR'],
  [/\b(?:iran|iranian|tehran)\b/i, 'IR'],
  [/\b(?:china|chinese|beijing)\b/i, 'CN'],
  [/\b(?:nato)\b/i, 'BE'],
];

// Officials of the place itself: their side is the place's country.
const LOCAL_OFFICIAL = /\b(?:governor|mayor|head\s+of|regional|military\s+administration|administration|emergency\s+service|emergency\s+services|police|prosecutor|local\s+authorities|authorities|officials|rescuers|city\s+council)\b/i;
const ANAPHORA = /^(?:it|he|she|they|the\s+(?:ministry|general\s+staff|military|governor|mayor|statement|army|agency|kremlin|official|officials|spokesman|spokeswoman|command))$/i;

/** The side a speaker speaks for, from the words naming them. */
export function partyOf(by: string): string | undefined {
  // "The chief of Russia's general staff": the first side named is the speaker's.
  let best: { at: number; party: string } | undefined;
  for (const [pattern, party] of PARTY_WORDS) {
    const m = pattern.exec(by);
    if (m && (best === undefined || m.index < best.at)) best = { at: m.index, party };
  }
  return best?.party;
}

// Words that stand for the last speaker whoever it was: pronouns, and "the statement" (the
// words just quoted). A bare title ("the governor") is a person of its own unless the last
// speaker bore that title.
const PRONOUN = /^(?:it|he|she|they|the\s+statement)$/i;

export function isPronoun(by: string): boolean {
  return PRONOUN.test(by.trim());
}

/**
 * The speaker an attribution stands for, given the last one named before it: a pronoun is the
 * last speaker; a bare title is the last speaker only when that speaker bore the title
 * ("regional governor Ivan Fedorov … the governor said"), else it stays itself ("the governor",
 * side unknown: draft.ts takes it from the place when it is a local official). "Moscow denied
 * … the governor said" does not make the governor Moscow.
 */
export function carrySpeaker(a: Attribution, previous: Attribution | undefined): Attribution {
  if (!a.anaphoric || a.party !== undefined || !previous) return a;
  if (isPronoun(a.by)) return { ...a, by: previous.by, party: previous.party };
  const title = a.by
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .split(/\s+/)
    .join('\\s+');
  if (new RegExp(`\\b${title}\\b`, 'i').test(previous.by)) return { ...a, by: previous.by, party: previous.party };
  return a;
}

export function isLocalOfficial(by: string): boolean {
  return LOCAL_OFFICIAL.test(by);
}

/** A speaker written as a name or a title ("the governor"), not "if confirmed" or "as earlier reported". */
export function readsAsNameOrTitle(by: string): boolean {
  return /^(?:the\s|[A-Z])/.test(by);
}

/** "Ukraine dismissed Russian statements that …": a denial of what the other side said. */
export function speaksOfStatements(text: string): boolean {
  return /\b(?:statements?|claims?|reports?|assertions?)\b/i.test(text);
}

function cleanSpeaker(raw: string): string {
  let by = raw
    .replace(/^[\s"“”'‘’,:;–—-]+|[\s"“”'‘’,:;–—-]+$/g, '')
    .replace(/^(?:but|and|while|whereas|as|also|however)\s+/i, '')
    .replace(/(?:\s+(?:also|later|earlier|then|again|had|has|have|hereby|in\s+a\s+statement|on\s+\w+))+$/i, '')
    .trim();
  // "A late-evening statement by the Ukrainian military" → "the Ukrainian military".
  const byWhom = /\b(?:statement|report|post|message|update|video|briefing)\s+(?:by|from)\s+(.+)$/i.exec(by);
  if (byWhom) by = byWhom[1];
  return by;
}

/** The speakers of one sentence, in order. */
export function findAttributions(text: string): Attribution[] {
  interface Raw {
    by: string;
    speakerStart: number;
    verbStart: number;
    verbEnd: number;
    deny: boolean;
    quotes: boolean;
  }
  const raws: Raw[] = [];
  const verbs = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'gi');
  for (const m of text.matchAll(verbs)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    // The speaker is the phrase between the last clause boundary and the verb.
    const boundary = Math.max(
      ...[',', ';', '"', '”', '“', ':', '–', '—', ' but ', ' that ', ' while '].map((b) => {
        const i = before.lastIndexOf(b);
        return i === -1 ? -1 : i + b.length - 1;
      }),
    );
    const raw = before.slice(boundary + 1);
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 9) continue;
    const by = cleanSpeaker(raw);
    if (!by || /^(?:who|which|that|and|had|has|have|was|were|is|are|it\s+was)$/i.test(by)) continue;
    // "Gerasimov told Putin in a video …": one speaker per clause.
    if (new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i').test(by)) continue;
    raws.push({
      by,
      speakerStart: boundary + 1,
      verbStart: at,
      verbEnd: at + m[0].length,
      deny: DENY_VERB.test(m[1]),
      quotes: /^\s*[:,]?\s*["“]/.test(text.slice(at + m[0].length)),
    });
  }
  // "according to the regional governor Oleh Synyehubov"
  for (const m of text.matchAll(/\baccording\s+to\s+([^,.;:"“”]{3,80})/gi)) {
    const by = cleanSpeaker(m[1]);
    if (/^(?:the\s+)?(?:[\w-]+\s+)?(?:plan|deal|report|reports|proposal|document|draft|data|figures)\b/i.test(by)) continue;
    const at = m.index ?? 0;
    raws.push({ by, speakerStart: at, verbStart: at, verbEnd: at + m[0].length, deny: false, quotes: false });
  }
  raws.sort((a, b) => a.verbStart - b.verbStart);
  return raws.map((r, i) => {
    // A speaker's words run from the previous speaker's verb to the next speaker (or, when
    // they open a quotation, to the end).
    const from = i === 0 ? 0 : raws[i - 1].verbEnd;
    const to = r.quotes || i === raws.length - 1 ? text.length : raws[i + 1].speakerStart;
    const clause = text.slice(from, to);
    return {
      by: r.by,
      party: partyOf(r.by),
      stance: r.deny || DENY_CONTENT.test(clause) ? 'denies' : 'asserts',
      anaphoric: ANAPHORA.test(r.by),
      start: r.verbStart,
    };
  });
}

export interface ShareMention {
  share: number;
  /** Offset where the place named by the share may begin ("… per cent of [the city of] "). */
  placeFrom: number;
}

/** "80 per cent of Vovchansk", "70% of the city of Pokrovsk". */
export function findShares(text: string): ShareMention[] {
  const out: ShareMention[] = [];
  const re = /\b(\d{1,3}(?:\.\d+)?)\s*(?:per\s*cent|percent|%)\s+of\s+(?:the\s+)?(?:(?:city|town|village|territory)\s+of\s+)?/gi;
  for (const m of text.matchAll(re)) {
    const share = Number(m[1]) / 100;
    if (share > 0 && share <= 1) out.push({ share, placeFrom: (m.index ?? 0) + m[0].length });
  }
  return out;
}
