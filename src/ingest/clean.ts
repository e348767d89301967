/**
 * What a pasted report carries besides its story: HTML markup and entities, bylines, photo
 * captions, "Read more" / "Also read" links, timestamps. Markup becomes plain text with one
 * paragraph a line; furniture lines become empty lines, so line numbers (paragraphs) stay
 * where they were and nothing of it is read as an event.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', shy: '', zwj: '', zwnj: '',
  middot: '·', bull: '•', deg: '°', eacute: 'é', egrave: 'è', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', auml: 'ä', copy: '©',
};

/** "&amp;", "&#8217;", "&#x2019;" → the character; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

// A tag, an HTML comment or a doctype; enough of HTML to tell a paste from prose.
const LOOKS_LIKE_HTML = /<\/?(?:p|div|br|span|a|h[1-6]|li|ul|ol|article|section|figure|figcaption|img|strong|em|b|i|html|body|head|script|style|table|tr|td|blockquote)\b[^>]*>/i;
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|article|section|header|footer|figure|blockquote|table|tr|hr|aside|nav|main)\b[^>]*>/gi;

export function looksLikeHtml(text: string): boolean {
  return LOOKS_LIKE_HTML.test(text);
}

/**
 * Plain text of pasted HTML: scripts, styles and captions (figcaption) dropped, block tags as
 * line breaks, other tags removed, entities decoded, runs of spaces folded.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|figcaption|nav|aside|footer)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/\n/g, ' ')
    .replace(BLOCK_TAG, '\n')
    .replace(/<[^>]{0,2000}>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Lines that are page furniture, never the story.
const FURNITURE: Array<[RegExp, string]> = [
  // Story lines never open with these.
  [/^(?:read\s+more|also\s+read|read\s+also|see\s+also|more\s+on\s+this\s+story|advertisement|sponsored\s+content|listen\s+to\s+this\s+article)\b/i, 'a link or advert'],
  // These do only as a label: "Related: …", "Recommended —".
  [/^(?:related(?:\s+(?:articles?|stories|news|coverage|content))?|recommended|subscribe|sign\s+up|follow\s+us|share\s+this(?:\s+article)?)\s*(?:[:|—–]|-\s|$)/i, 'a link or advert'],
  [/^[Bb]y\s+(?:\p{Lu}[\p{L}.'’-]+\s*){1,4}(?:(?:,|and|&|\||—|–|-)\s*(?:\p{Lu}[\p{L}.'’-]+\s*){1,4})*(?:,\s*[\p{L} ]{1,40})?\.?$/u, 'a byline'],
  [/^(?:photo|image|picture|photograph|video|file\s+photo|pictured|caption)\s*(?:\([^)]{0,60}\))?\s*[:|—–]/i, 'a photo caption'],
  [/\((?:photo|image|picture|photograph|file\s+photo)\s*[:/][^)]{0,80}\)\s*$/i, 'a photo caption'],
  [/(?:Getty\s+Images|Shutterstock|\b(?:REUTERS|AFP|AP(?:\s+Photo)?|EPA(?:-EFE)?|ANADOLU|UKRINFORM|TASS|SOPA)\s*\/\s*[\p{L} .'’-]{1,40})\)?\s*$/u, 'a photo credit'],
  [/^(?:photo\s+|image\s+)?credits?\s*:/i, 'a photo credit'],
  [/\((?:photo|image|picture|photograph)\s+by\b[^)]{0,80}\)\s*$/i, 'a photo caption'],
  [/\((?:AFP|AP|Reuters|REUTERS|EPA|Getty\s+Images|Ukrinform|TASS)\)\s*$/, 'a photo caption'],
  [/^(?:this|the)\s+(?:photo(?:graph)?|picture|image)\s+(?:shows|taken)\b|^illustrative\s+(?:purposes\s+only|photo|image)\b/i, 'a photo caption'],
  [/^(?:skip\s+to\s+(?:content|main\s+content)|author\s*:.*|\d+\s+min(?:ute)?s?\s+read)$/i, 'page furniture'],
  [/\b\d+\s+min(?:ute)?s?\s+read\s*$/i, 'a byline'],
  [/^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm|gmt|utc)?)?\s*$/iu, 'a timestamp'],
  [/^(?:published|updated|last\s+updated|posted|first\s+published)\b\s*(?::|on\b|at\b|\d)/i, 'a timestamp'],
  [/^\d{1,2}[:.]\d{2}\s*(?:am|pm|gmt|utc|cet|eet|kyiv\s+time|msk)?\s*$/i, 'a timestamp'],
];

/** A link label standing alone on its line: "Read more", "Also read:", "Related stories". */
const LINK_LABEL = /^(?:read\s+more|also\s+read|read\s+also|see\s+also|more\s+on\s+this\s+story|related(?:\s+(?:articles?|stories|news|coverage|content))?|recommended)\s*[:.…]?$/i;
/** A bulleted line: "- …", "• …", "– …". */
const LIST_ITEM = /^[-–—•·*]\s+\S/;

/** Why a line is page furniture, or undefined for a line of the story. */
export function furniture(line: string): string | undefined {
  const t = line.trim();
  if (t === '') return undefined;
  for (const [re, why] of FURNITURE) if (re.test(t)) return why;
  return undefined;
}

export interface CleanText {
  text: string;
  /** What was taken out, for the human report: "line 3: a byline". */
  removed: string[];
  /** A date line heading the story ("25 September 2022", "Published: …"), not an update's. */
  dateLine?: string;
  html: boolean;
}

/** "Updated: …" stamps when the story was changed, not when it was written. */
const UPDATE_STAMP = /^(?:last\s+)?updated\b/i;
const CLOSING_PUNCTUATION = /[.!?…]["”’'»)\]]*\s*$/;
/** Whether a line ends as a sentence does; one that does not is a headline or a standfirst (sentences.ts reads it so too). */
export function endsLikeSentence(line: string): boolean {
  return CLOSING_PUNCTUATION.test(line);
}

/** Plain story text: HTML stripped when it is HTML, furniture lines emptied. */
export function cleanReportText(raw: string): CleanText {
  const html = looksLikeHtml(raw);
  const text = html ? htmlToText(raw) : raw;
  const removed: string[] = [];
  // A bare "Read more" / "Related" label heads a list of other stories' teasers ("- At about
  // 1:00 p.m., the army attacked …"): its bulleted lines are links, not this story.
  let inLinkList = false;
  let dateLine: string | undefined;
  let storyBegun = false;
  const lines = text.split('\n').map((line, i) => {
    const t = line.trim();
    const why = furniture(line) ?? (inLinkList && LIST_ITEM.test(t) ? 'a teaser under a link label' : undefined);
    if (t !== '') inLinkList = LINK_LABEL.test(t) || (inLinkList && why !== undefined);
    if (!why) {
      storyBegun ||= t !== '' && endsLikeSentence(t);
      return line;
    }
    if (why === 'a timestamp' && !storyBegun && dateLine === undefined && !UPDATE_STAMP.test(t)) dateLine = t;
    removed.push(`line ${i + 1}: ${why} ("${t.slice(0, 60)}")`);
    return '';
  });
  return { text: lines.join('\n'), removed, html, ...(dateLine ? { dateLine } : {}) };
}
