/**
 * Writes the incident downloads to disk a chunk at a time: `incidents.geojson`,
 * `incidents.csv`, and one pair per year (`incidents-2023.geojson`, `incidents-2023.csv`).
 * At 200,000 incidents the whole GeoJSON is ~375 MB: as one string it would sit in the build's
 * heap twice (string and buffer). Each chunk goes through the same functions as before
 * (./export), so a streamed file is byte for byte what the whole-atlas export would give.
 * Node only.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { incidentsToCSV, incidentsToGeoJSON } from './export';
import type { Atlas } from './load';
import type { Incident } from './schema';

/** Incidents converted per step; small enough to stay out of the way of the heap, big enough to keep writes few. */
const CHUNK = 2000;

export type DownloadFormat = 'geojson' | 'csv';

/** The years the incidents fall in, oldest first. */
export function downloadYears(atlas: Pick<Atlas, 'incidents'>): string[] {
  return [...new Set(atlas.incidents.map((i) => i.date.slice(0, 4)))].sort();
}

/** `incidents.geojson` or `incidents-2023.csv`. */
export function downloadName(format: DownloadFormat, year?: string): string {
  return `incidents${year ? `-${year}` : ''}.${format}`;
}

/** What an incident download is made of: a head, each chunk's body, a tail; joined, it is the whole file. */
const EMPTY_ATLAS: Atlas = { places: [], placeById: new Map(), incidents: [] };

interface Writer {
  head: string;
  /** The chunk's records, each one line of the file, without separators. */
  records: (atlas: Atlas, incidents: Incident[]) => string[];
  /** Put between records, and between the last record of one chunk and the first of the next. */
  separator: string;
  tail: string;
}

const WRITERS: Record<DownloadFormat, Writer> = {
  geojson: {
    head: '{"type":"FeatureCollection","features":[\n',
    records: (atlas, incidents) => incidentsToGeoJSON({ ...atlas, incidents }).features.map((f) => JSON.stringify(f)),
    separator: ',\n',
    tail: '\n]}\n',
  },
  csv: {
    // The header row, as the export writes it for no incidents.
    head: incidentsToCSV(EMPTY_ATLAS),
    // Every chunk's CSV starts with the header row again: drop it, and the final line break.
    records: (atlas, incidents) => {
      const csv = incidentsToCSV({ ...atlas, incidents });
      return [csv.slice(csv.indexOf('\r\n') + 2, -2)];
    },
    separator: '\r\n',
    tail: '\r\n',
  },
};

/** One file being written, with backpressure: `add` waits while the stream's buffer is full. */
class DownloadFile {
  private readonly stream: WriteStream;
  private empty = true;
  constructor(
    file: string,
    private readonly writer: Writer,
  ) {
    this.stream = createWriteStream(file);
    this.stream.write(writer.head);
  }
  /** Adds a chunk's records, as the writer of this file's format made them. */
  async add(records: string): Promise<void> {
    const text = (this.empty ? '' : this.writer.separator) + records;
    this.empty = false;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    // An empty GeoJSON ends its empty list; an empty CSV is its header row alone.
    this.stream.end(this.empty ? this.writer.tail.replace(/^\r\n/, '') : this.writer.tail);
    await once(this.stream, 'finish');
  }
}

/**
 * Writes every incident download into `dir` (created if missing); returns the file names.
 * Incidents are newest first, so each year is one run of the list: its files open when the
 * run starts and close when it ends.
 */
export async function writeIncidentDownloads(atlas: Atlas, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const formats = Object.keys(WRITERS) as DownloadFormat[];
  const written: string[] = [];
  const open = (year?: string) =>
    formats.map((format) => {
      written.push(downloadName(format, year));
      return new DownloadFile(path.join(dir, downloadName(format, year)), WRITERS[format]);
    });
  const whole = open();
  let year: string | null = null;
  let yearly: DownloadFile[] = [];
  const { incidents } = atlas;
  for (let start = 0; start < incidents.length; ) {
    const chunkYear = incidents[start].date.slice(0, 4);
    if (chunkYear !== year) {
      await Promise.all(yearly.map((f) => f.close()));
      year = chunkYear;
      yearly = open(year);
    }
    let end = start;
    while (end < incidents.length && end - start < CHUNK && incidents[end].date.startsWith(chunkYear)) end++;
    const chunk = incidents.slice(start, end);
    // Each chunk is converted once per format and written to the whole file and its year's.
    for (let f = 0; f < formats.length; f++) {
      const records = WRITERS[formats[f]].records(atlas, chunk).join(WRITERS[formats[f]].separator);
      await whole[f].add(records);
      await yearly[f].add(records);
    }
    start = end;
  }
  await Promise.all([...whole, ...yearly].map((f) => f.close()));
  return written.sort();
}
