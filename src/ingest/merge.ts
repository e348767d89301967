/**
 * Merging a reviewed draft into the atlas: new places into the gazetteer (a place already
 * there by id or GeoNames id is reused), incidents deduplicated against every existing one
 * (same type and a place in common, with the same date or a sentence already cited → one
 * incident: the existing record is kept as the editor left it and only gains the draft's
 * places and sources it lacks; see dedupe.ts). The merged whole must pass the build's
 * validation (validateAtlas) or nothing is written; files are written atomically, and only
 * when they change, so merging twice changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCountryIndex } from '../geo/countries';
import { describeZodIssues } from '../data/issues';
import { parseJsonFile, validateAtlas } from '../data/load';
import {
  draft as draftSchema,
  incident as incidentSchema,
  placeFeature as placeSchema,
  type Incident,
  type PlaceFeature,
} from '../data/schema';
import { findSameIncident, foldIncident } from './dedupe';
import { writeAtomic } from './write';

/** A draft or an atlas that cannot be merged; `problems` has one line each. */
export class MergeError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'MergeError';
  }
}

export interface MergeResult {
  addedPlaces: string[];
  addedIncidents: string[];
  /** Existing incidents that gained sources or places. */
  extendedIncidents: string[];
  /** Each draft incident found to be an existing one: "draft id → existing id (why)". */
  foldedIncidents: string[];
  /** Files written (empty when the merge changed nothing). */
  written: string[];
}

type Json = Record<string, unknown>;

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new MergeError([`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  const parsed = parseJsonFile(file, text);
  if ('error' in parsed) throw new MergeError([parsed.error]);
  return parsed.data;
}

/** The gazetteer as the data build writes it: one feature per two lines. */
export function formatGazetteer(features: unknown[]): string {
  const lines = features.map((f) => {
    const { properties, geometry } = f as Json;
    return `{"type":"Feature","properties":${JSON.stringify(properties)},\n "geometry":${JSON.stringify(geometry)}}`;
  });
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function formatIncidents(incidents: unknown[]): string {
  return `${JSON.stringify(incidents, null, 2)}\n`;
}

function incidentKey(i: { placeIds: string[]; type: string; date: string }): string {
  return `${[...i.placeIds].sort().join('+')}|${i.type}|${i.date}`;
}

/** Reads and checks a draft: every place and incident against the schema, errors naming record and field. */
export function readDraft(file: string): { places: PlaceFeature[]; incidents: Incident[] } {
  const raw = readJson(file);
  const shape = draftSchema.safeParse(raw);
  if (!shape.success) {
    throw new MergeError(describeZodIssues(shape.error).map((l) => `${file}: ${l}`));
  }
  const problems: string[] = [];
  const places: PlaceFeature[] = [];
  shape.data.places.features.forEach((f, index) => {
    const parsed = placeSchema.safeParse(f);
    const id = (f as { properties?: { id?: unknown } })?.properties?.id;
    const label = typeof id === 'string' ? `place "${id}"` : `places.features[${index}]`;
    if (!parsed.success) problems.push(...describeZodIssues(parsed.error).map((l) => `${file}: ${label}: ${l}`));
    else places.push(parsed.data as PlaceFeature);
  });
  const incidents: Incident[] = [];
  shape.data.incidents.forEach((r, index) => {
    const parsed = incidentSchema.safeParse(r);
    const id = (r as { id?: unknown })?.id;
    const label = typeof id === 'string' ? `incident "${id}"` : `incidents[${index}]`;
    if (!parsed.success) problems.push(...describeZodIssues(parsed.error).map((l) => `${file}: ${label}: ${l}`));
    else incidents.push(parsed.data);
  });
  if (problems.length > 0) throw new MergeError(problems);
  return { places, incidents };
}

export function mergeDraft(draftFile: string, dataDir: string): MergeResult {
  const draft = readDraft(draftFile);
  const gazetteerFile = path.join(dataDir, 'gazetteer.geojson');
  const gazetteer = readJson(gazetteerFile) as { type: string; features: Json[] };
  if (!gazetteer || !Array.isArray(gazetteer.features)) throw new MergeError([`${gazetteerFile}: must be a GeoJSON FeatureCollection`]);
  const incidentsDir = path.join(dataDir, 'incidents');
  const slug = path.basename(draftFile).replace(/\.json$/i, '');
  const targetFile = path.join(incidentsDir, `${slug}.json`);
  const files = new Map<string, Json[]>();
  if (fs.existsSync(incidentsDir)) {
    for (const name of fs.readdirSync(incidentsDir).filter((n) => n.endsWith('.json')).sort()) {
      const file = path.join(incidentsDir, name);
      const list = readJson(file);
      if (!Array.isArray(list)) throw new MergeError([`${file}: must be a JSON array of incidents`]);
      files.set(file, list as Json[]);
    }
  }
  const originals = new Map([...files].map(([f, l]) => [f, formatIncidents(l)]));
  const originalGazetteer = formatGazetteer(gazetteer.features);

  // ---- places: reuse by id or GeoNames id, add the rest.
  const features = [...gazetteer.features];
  const propsOf = (f: Json) => (f.properties ?? {}) as Json;
  const byId = new Map(features.map((f) => [propsOf(f).id as string, f]));
  const byGeonames = new Map(
    features.filter((f) => typeof propsOf(f).geonamesId === 'number').map((f) => [propsOf(f).geonamesId as number, f]),
  );
  const rename = new Map<string, string>();
  const addedPlaces: string[] = [];
  const problems: string[] = [];
  for (const place of draft.places) {
    const { id, geonamesId } = place.properties;
    const sameId = byId.get(id);
    if (sameId) {
      const theirs = propsOf(sameId).geonamesId;
      if (geonamesId !== undefined && typeof theirs === 'number' && theirs !== geonamesId) {
        problems.push(`${draftFile}: place "${id}": properties.geonamesId ${geonamesId} differs from the gazetteer's "${id}" (${theirs}): another place with the same id`);
      }
      continue;
    }
    const sameGeonames = geonamesId !== undefined ? byGeonames.get(geonamesId) : undefined;
    if (sameGeonames) {
      rename.set(id, propsOf(sameGeonames).id as string);
      continue;
    }
    features.push(place as unknown as Json);
    byId.set(id, place as unknown as Json);
    addedPlaces.push(id);
  }
  if (problems.length > 0) throw new MergeError(problems);
  const sorted = gazetteer.features.every((f, i, all) => i === 0 || String(propsOf(all[i - 1]).id) <= String(propsOf(f).id));
  if (sorted) features.sort((a, b) => String(propsOf(a).id).localeCompare(String(propsOf(b).id)));

  // ---- incidents: the same event is one incident, across every file (see dedupe.ts).
  const refs: Array<{ file: string; index: number }> = [];
  const records: Incident[] = [];
  const ids = new Set<string>();
  for (const [file, list] of files) {
    list.forEach((r, index) => {
      const parsed = incidentSchema.safeParse(r);
      if (parsed.success) {
        refs.push({ file, index });
        records.push(parsed.data);
      }
      if (typeof r.id === 'string') ids.add(r.id);
    });
  }
  if (!files.has(targetFile)) files.set(targetFile, []);
  const addedIncidents: string[] = [];
  const extendedIncidents: string[] = [];
  const foldedIncidents: string[] = [];
  for (const raw of draft.incidents) {
    const record: Incident = { ...raw, placeIds: [...new Set(raw.placeIds.map((p) => rename.get(p) ?? p))] };
    const hit = findSameIncident(record, records);
    if (hit) {
      const { file, index } = refs[hit.index];
      const list = files.get(file) as Json[];
      // Fold into the record as the editor left it (unknown fields and all), not its parsed copy.
      const current = list[index] as unknown as Incident;
      const folded = foldIncident(current, record, records);
      foldedIncidents.push(`${record.id} → ${current.id} (${hit.why === 'quote' ? 'already cites its sentence' : 'same place, type and date'})`);
      if (folded) {
        list[index] = folded as unknown as Json;
        records[hit.index] = { ...records[hit.index], placeIds: folded.placeIds, sources: folded.sources };
        if (!extendedIncidents.includes(current.id)) extendedIncidents.push(current.id);
      }
      continue;
    }
    let id = record.id;
    for (let n = 2; ids.has(id); n++) id = `${record.id}-${n}`;
    ids.add(id);
    const list = files.get(targetFile) as Json[];
    refs.push({ file: targetFile, index: list.length });
    records.push({ ...record, id });
    list.push({ ...record, id } as unknown as Json);
    addedIncidents.push(id);
  }

  // ---- the whole must pass the build's checks, or nothing is written.
  const { errors } = validateAtlas({
    gazetteerFile,
    gazetteer: { ...gazetteer, features },
    incidentFiles: [...files].map(([file, data]) => ({ file, data })),
    countries: loadCountryIndex(),
  });
  if (errors.length > 0) {
    // The files named are the merged result, which exists only in memory: say so, so that no
    // one goes looking on disk for a new file or for a problem the file there does not have.
    const label = new Map<string, string>();
    for (const [file, list] of files) {
      if (!originals.has(file)) label.set(file, `${file} (not written)`);
      else if (originals.get(file) !== formatIncidents(list)) label.set(file, `${file} (as merged; not written)`);
    }
    if (formatGazetteer(features) !== originalGazetteer) label.set(gazetteerFile, `${gazetteerFile} (as merged; not written)`);
    const relabel = (line: string) => {
      let out = line;
      for (const [file, text] of label) out = out.split(`${file}:`).join(`${text}:`).split(` in ${file}`).join(` in ${text}`);
      return out;
    };
    throw new MergeError([`merging ${draftFile} would leave the atlas invalid, so nothing was written; the merged result would have:`, ...errors.map(relabel)]);
  }

  const written: string[] = [];
  const gazetteerText = formatGazetteer(features);
  if (gazetteerText !== originalGazetteer || addedPlaces.length > 0) {
    writeAtomic(gazetteerFile, gazetteerText);
    written.push(gazetteerFile);
  }
  for (const [file, list] of files) {
    const text = formatIncidents(list);
    if (originals.get(file) === text || (list.length === 0 && !originals.has(file))) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeAtomic(file, text);
    written.push(file);
  }
  return { addedPlaces, addedIncidents, extendedIncidents, foldedIncidents, written };
}
