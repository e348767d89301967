/**
 * Splits a report into sentences, keeping where each came from. A line without closing
 * punctuation is a headline: live blogs repeat their body in headlines, so headlines give
 * context (a new section, the country focus) but are never quoted as an incident's source.
 */

import nlp from 'compromise';
import { endsLikeSentence } from './clean';

/**
 * Which splitter: our rules, and `compromise` for paragraphs with quotation marks, where on the
 * train split it keeps a quoted passage whole and we cut it (it is 2–3× slower, so not for
 * every line). INGEST_SPLITTER=rules turns it off, for the measurement.
 */
const SPLITTER = process.env.INGEST_SPLITTER === 'rules' ? 'rules' : 'compromise';
const QUOTED = /["“”«»]/;

export interface Sentence {
  index: number;
  text: string;
  /** Offset of the sentence in the report text. */
  start: number;
  /** Line number (0-based) of the paragraph the sentence is in. */
  paragraph: number;
  /** Index of the live-blog section: every headline opens a new one. */
  section: number;
  /** True at the first sentence of a paragraph (where datelines live). */
  paragraphStart: boolean;
  headline: boolean;
}

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'sgt', 'capt', 'cpt', 'adm', 'st', 'jr', 'sr',
    'prof', 'rep', 'sen', 'gov', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'approx', 'est',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g', 'km', 'mt', 'ft',
  ],
);

// "… since February 2022. Source: the news agency": an outlet's credit glued to the end of a
// paragraph, after its last full stop; the paragraph is still body text.
const TRAILING_CREDIT = /(?<=[.!?…]["”’'»)\]]*)\s+(?:Source|Credit|Photo|Image|Via)s?\s*:\s*[^.!?:]{1,80}$/i;

/** A line is a headline when it does not end like a sentence (or ends with a colon), a credit glued to its end aside. */
function isHeadline(line: string): boolean {
  if (endsLikeSentence(line.replace(TRAILING_CREDIT, ''))) return false;
  // "A plant was hit in the region, the governor said. There may be gas cuts": a long paragraph of
  // whole sentences whose last lost its full stop is body text, not a headline.
  // (A tail in capitals, "… wrote on Telegram. READ MORE BELOW", is a page's link: still furniture.)
  const ends = sentenceEnds(line);
  const tail = line.slice(ends.length > 1 ? ends[ends.length - 2] : 0);
  return line.length <= HEADLINE_MAX_CHARS || ends.length === 1 || !/\p{Ll}/u.test(tail);
}
// A line without a final stop up to this long is a headline even when it holds several sentences
// ("Kyiv hit again. Three dead"); a longer one is a paragraph that lost its last full stop.
const HEADLINE_MAX_CHARS = 120;

/** End offsets (exclusive) of the sentences in one paragraph. */
function sentenceEnds(line: string): number[] {
  const ends: number[] = [];
  const boundary = /[.!?…]+["”’'»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\p{N}])/gu;
  for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
    const punct = match[0];
    if (punct[0] === '.' && punct.length === 1) {
      const before = /([\p{L}.]+)$/u.exec(line.slice(0, match.index));
      const word = before ? before[1].toLowerCase() : '';
      // "J. Trump", "U.S. forces", "Gen. Syrskyi": not an end.
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    ends.push(match.index + punct.length);
  }
  ends.push(line.length);
  return ends;
}

// "…the ministry said in a statement.Ukrainian troops lost …": a full stop with no space after it,
// between a lower-case word and a capitalised one, still ends a sentence (pasted text loses spaces).
const GLUED_END = /(?<=\p{Ll}{3}[.!?]["”’]?)(?=\p{Lu}\p{Ll}+[\s,])/gu;

/** The ends, with glued sentence ends added. */
function withGluedEnds(line: string, ends: number[]): number[] {
  const glued = [...line.matchAll(GLUED_END)].map((m) => m.index ?? 0);
  return glued.length === 0 ? ends : [...new Set([...ends, ...glued])].sort((a, b) => a - b);
}

/**
 * Sentence ends by `compromise` (npm): measured on the train split against sentenceEnds below,
 * it cuts fewer quoted passages in two and gets one more casualty figure right (README, ingest).
 */
function compromiseEnds(line: string): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const sentence of nlp(line).sentences().out('array') as string[]) {
    const i = line.indexOf(sentence.trim(), at);
    if (i === -1) continue;
    at = i + sentence.trim().length;
    ends.push(at);
  }
  if (ends[ends.length - 1] !== line.length) ends.push(line.length);
  return ends;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  let section = 0;
  const lines = text.split('\n');
  lines.forEach((line, paragraph) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') return;
    const headline = isHeadline(line.trim());
    if (headline) section += 1;
    let from = 0;
    let first = true;
    for (const end of headline ? [line.length] : withGluedEnds(line, SPLITTER === 'rules' || !QUOTED.test(line) ? sentenceEnds(line) : compromiseEnds(line))) {
      const raw = line.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body !== '') {
        sentences.push({
          index: sentences.length,
          text: body,
          start: lineStart + from + lead,
          paragraph,
          section,
          paragraphStart: first,
          headline,
        });
        first = false;
      }
      from = end;
    }
  });
  return sentences;
}
