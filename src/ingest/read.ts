/**
 * Input checks for a report: size, emptiness, binary content, and the optional first line
 * ` date YYYY-MM-DD <title>` that the seed uses (or ` date YYYY-MM-DD <the whole report>` on
 * one line). Pasted HTML and page furniture (bylines, captions, "Read more") are cleaned off
 * here (clean.ts). Everything else in ingest trusts its output.
 */
import fs from 'node:fs';
import { cleanReportText } from './clean';

/** Reports above this are refused: a news article is kilobytes, a dump is not. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** A report that cannot be read as text. The CLI maps it to exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

export interface Report {
  file: string;
  /** The body with the header line removed, `\r\n` folded to `\n`. */
  text: string;
  /** From the header line, when present. */
  published?: string;
  title?: string;
  /** What reading the report took out or assumed, for the human report. */
  notes?: string[];
  /** The story's own date line, left out of the text as a timestamp ("25 September 2022"). */
  dateLine?: string;
}

const HEADER = /^\s*date (\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$/;

/** Checks bytes and decodes them; `file` is only used to name the input in errors. */
export function decodeReport(bytes: Uint8Array, file: string): Report {
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new InputError(file, `is ${bytes.length} bytes, more than the 5 MB a report may have`);
  }
  if (bytes.includes(0)) throw new InputError(file, 'contains NUL bytes: binary, not a text report');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'is not valid UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(file, 'is empty');

  const header = HEADER.exec(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')));
  let published: string | undefined;
  let title: string | undefined;
  let body = text;
  if (header) {
    published = header[1];
    const d = new Date(`${published}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== published) throw new InputError(file, `line 1: date ${published} is not a real date`);
    const rest = text.slice(text.indexOf('\n') === -1 ? text.length : text.indexOf('\n') + 1);
    if (rest.trim() === '') {
      // A one-line report: everything after the date is the text.
      if (header[2].trim() === '') throw new InputError(file, 'has a date line but no text');
      body = header[2];
    } else {
      body = rest;
      title = header[2].trim() || undefined;
    }
  }
  const clean = cleanReportText(body);
  if (clean.text.trim() === '') throw new InputError(file, clean.html ? 'holds HTML with no text in it' : 'has no text besides bylines, captions and links');
  const notes = [...(clean.html ? ['read as HTML: tags removed, entities decoded'] : []), ...clean.removed.map((r) => `left out ${r}`)];
  return { file, text: clean.text, ...(published ? { published } : {}), ...(title ? { title } : {}), ...(notes.length ? { notes } : {}), ...(clean.dateLine ? { dateLine: clean.dateLine } : {}) };
}

/** Reads a report from disk; the size is checked before the file is read whole. */
export function readReport(file: string): Report {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new InputError(file, 'is not a regular file');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > MAX_REPORT_BYTES) {
    throw new InputError(file, `is ${size} bytes, more than the 5 MB a report may have`);
  }
  return decodeReport(fs.readFileSync(file), file);
}
