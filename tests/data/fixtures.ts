/** Small valid records to clone and break, one problem at a time. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.join(process.cwd(), 'tests', 'fixtures', 'data', 'atlas');
/**
 * A frozen copy of the seed's curated data (geodata/ as of the first report): realistic data
 * for tests that need a full gazetteer, owned by the tests so editing geodata/ breaks none.
 */
export const SEED_DIR = path.join(process.cwd(), 'tests', 'fixtures', 'data', 'seed');
/** File names as an editor would see them in an error; validateAtlas is given the data, nothing is read from these. */
export const GAZETTEER_FILE = 'geodata/gazetteer.geojson';
export const REPORT_FILE = 'geodata/incidents/2025-11-21-independent.json';
export const OTHER_FILE = 'geodata/incidents/2025-11-22-other.json';

const readJson = (file: string): any => JSON.parse(readFileSync(file, 'utf8'));

/** A fresh deep copy of the fixture gazetteer (a FeatureCollection). */
export function gazetteerFixture(): any {
  return readJson(path.join(FIXTURE_DIR, 'gazetteer.geojson'));
}

/** A fresh deep copy of the fixture incidents of one report. */
export function reportFixture(): any[] {
  return readJson(path.join(FIXTURE_DIR, 'incidents', '2025-11-21-report.json'));
}

export function otherReportFixture(): any[] {
  return readJson(path.join(FIXTURE_DIR, 'incidents', '2025-11-22-other.json'));
}

export const validPlace = (): any => gazetteerFixture().features[0]; // kupiansk
export const validIncident = (): any => reportFixture()[0]; // kupiansk-claim-2025-11-20
