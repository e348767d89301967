import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/data/load';
import { toClientPlace } from '../../src/data/client-atlas-build';
import { CompactAtlasError, decodeCompactAtlas, encodeCompactAtlas, type CompactAtlas } from '../../src/data/compact-atlas';
import { filterIncidentIndices, matchesFilter, EMPTY_FILTER, type IncidentFilter } from '../../src/data/filters';
import { inFilterMask, placeIncidentsInFilter, placeNameOrder, placesInFilter, placesOfTypes, placeTypeTotals, typeBits } from '../../src/data/place-on-map';
import { incidentsByPlace } from '../../src/data/by-place';
import { dateSpan } from '../../src/data/format';
import { dayNumber } from '../../src/data/filters';
import { summarizePlace } from '../../src/data/status';
import { clusterName, clusterPlaces } from '../../src/data/clusters';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArchive } from '../e2e/fixtures/archive';

// The browser tests' frozen copy of the seed: 13 incidents of every type, ranges, multi-place records.
const atlas = loadAtlas('tests/e2e/fixtures/seed');
const places = atlas.places.map(toClientPlace);
const bytes = encodeCompactAtlas(places, atlas.incidents);
const compact = decodeCompactAtlas(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);

const FILTERS: IncidentFilter[] = [
  EMPTY_FILTER,
  { ...EMPTY_FILTER, types: ['strike'] },
  { ...EMPTY_FILTER, types: ['control-claim', 'fighting'] },
  { ...EMPTY_FILTER, parties: ['UA'] },
  { ...EMPTY_FILTER, from: '2025-11-21', to: '2025-11-21' },
  { ...EMPTY_FILTER, from: '2024-07-01', to: '2024-07-31' },
];

describe('the compact atlas', () => {
  it('keeps every incident in archive order, with its places, and no text', () => {
    expect(compact.length).toBe(atlas.incidents.length);
    atlas.incidents.forEach((incident, i) => {
      const ids = [];
      for (let k = compact.placeStart[i]; k < compact.placeStart[i + 1]; k++) ids.push(compact.places[compact.placeIndex[k]].id);
      expect(ids, incident.id).toEqual(incident.placeIds);
    });
    const text = new TextDecoder().decode(bytes);
    for (const incident of atlas.incidents) expect(text).not.toContain(incident.title);
  });

  it("works out each date's first and last day, and each incident's claims, from what the file stores", () => {
    const precisions = new Set(atlas.incidents.map((i) => i.datePrecision));
    expect(precisions.size).toBeGreaterThan(1);
    atlas.incidents.forEach((incident, i) => {
      const span = dateSpan(incident.date, incident.datePrecision);
      expect([compact.start[i], compact.end[i]], incident.id).toEqual([dayNumber(span.start), dayNumber(span.end)]);
    });
    const claims = atlas.incidents.map((_, i) => compact.claimStart[i + 1] - compact.claimStart[i]);
    expect(claims.reduce((a, b) => a + b, 0)).toBe(compact.claimParty.length);
    atlas.incidents.forEach((incident, i) => {
      if (incident.type !== 'control-claim') expect(claims[i], incident.id).toBe(0);
    });
    expect(claims.some((c) => c > 0)).toBe(true);
  });

  it('filters to the same incidents as matchesFilter, for every filter', () => {
    for (const filter of FILTERS) {
      const rows = [...filterIncidentIndices(compact, filter)];
      const expected = atlas.incidents.flatMap((incident, i) => (matchesFilter(incident, filter) ? [i] : []));
      expect(rows, JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('gives each place the summary summarizePlace gives its filtered incidents', () => {
    for (const filter of FILTERS) {
      const inFilter = inFilterMask(compact.length, filterIncidentIndices(compact, filter));
      const onMap = placesInFilter(compact, inFilter, placeNameOrder(compact.places));
      const byPlace = incidentsByPlace(atlas.incidents.filter((i) => matchesFilter(i, filter)));
      expect(onMap.map((p) => p.place.id).sort(), JSON.stringify(filter)).toEqual([...byPlace.keys()].sort());
      for (const p of onMap) expect(p.summary, `${p.place.id} ${JSON.stringify(filter)}`).toEqual(summarizePlace(byPlace.get(p.place.id)!));
    }
  });

  it("says which of a place's incidents, in the order of its detail pages, pass the filter", () => {
    const row = compact.places.findIndex((p) => p.id === 'pokrovsk');
    const own = incidentsByPlace(atlas.incidents).get('pokrovsk')!;
    const filter: IncidentFilter = { ...EMPTY_FILTER, types: ['control-claim'] };
    const passes = placeIncidentsInFilter(compact, row, filter);
    expect([...passes]).toEqual(own.map((i) => (matchesFilter(i, filter) ? 1 : 0)));
  });

  it('refuses a file that is not an atlas, naming what is wrong', () => {
    const broken = (mutate: (b: Uint8Array) => void) => {
      const copy = bytes.slice();
      mutate(copy);
      return () => decodeCompactAtlas(copy.buffer);
    };
    expect(broken((b) => b.set([0x58], 0))).toThrow(/wrong magic/);
    expect(broken((b) => new DataView(b.buffer).setUint32(4, 99, true))).toThrow(/format version 99/);
    expect(() => decodeCompactAtlas(new ArrayBuffer(4))).toThrow(CompactAtlasError);
    // A type index out of range, written into the type column.
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + new DataView(bytes.buffer).getUint32(8, true))));
    const bodyStart = Math.ceil((12 + new DataView(bytes.buffer).getUint32(8, true)) / 8) * 8;
    expect(broken((b) => (b[bodyStart + header.columns.type.offset + 2] = 9))).toThrow(/incident 2: type 9 is not a known type/);
    expect(broken((b) => new DataView(b.buffer).setUint32(bodyStart + header.columns.placeIndex.offset, 9999, true))).toThrow(/link 0: place 9999/);
    expect(broken((b) => new DataView(b.buffer).setUint16(bodyStart + header.columns.placeCount.offset, 7, true))).toThrow(/place counts add up to \d+, not the \d+ links/);
    expect(broken((b) => new DataView(b.buffer).setUint32(bodyStart + header.columns.claimIncident.offset, 9999, true))).toThrow(/claim 0: incident 9999 is out of order or of range/);
  });
});

/** Writes a fixture archive, loads it and sends it through the compact encoding, runs `check`, then removes it. */
function withCompactArchive(
  options: Parameters<typeof writeArchive>[1],
  check: (atlas: { facts: ReturnType<typeof writeArchive>; archive: ReturnType<typeof loadAtlas>; decoded: CompactAtlas }) => void,
): void {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-compact-'));
  try {
    const facts = writeArchive(dir, options);
    const archive = loadAtlas(dir);
    const encoded = encodeCompactAtlas(archive.places.map(toClientPlace), archive.incidents);
    check({ facts, archive, decoded: decodeCompactAtlas(encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength) as ArrayBuffer) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the compact atlas on an archive with a contested town and a taken one', () => {
  it('tells each place the standing the control story gives its filtered claims', () => {
    withCompactArchive({ towns: 40, busyIncidents: 10 }, ({ facts, archive, decoded }) => {
      const filters: IncidentFilter[] = [...FILTERS, { ...EMPTY_FILTER, to: '2024-06-30' }, { ...EMPTY_FILTER, parties: ['RU'] }];
      const standings = new Set<string>();
      const takenStandings = new Set<string>();
      for (const filter of filters) {
        const inFilter = inFilterMask(decoded.length, filterIncidentIndices(decoded, filter));
        const byPlace = incidentsByPlace(archive.incidents.filter((i) => matchesFilter(i, filter)));
        for (const p of placesInFilter(decoded, inFilter, placeNameOrder(decoded.places))) {
          expect(p.summary, `${p.place.id} ${JSON.stringify(filter)}`).toEqual(summarizePlace(byPlace.get(p.place.id)!));
          if (p.place.id === facts.contested.id) standings.add(p.summary.status);
          if (p.place.id === facts.taken.id) takenStandings.add(p.summary.status);
        }
      }
      // Contested while Ukraine denies, claimed when only Russia speaks; taken once Ukraine confirms.
      for (const standing of ['claimed', 'contested']) expect(standings).toContain(standing);
      for (const standing of ['claimed', 'taken']) expect(takenStandings).toContain(standing);
    });
  });

  it('gives the same places for a change of types alone from the totals of the filter without types', () => {
    withCompactArchive({ towns: 40, busyIncidents: 10 }, ({ decoded }) => {
      const order = placeNameOrder(decoded.places);
      const typeChoices: IncidentFilter['types'][] = [[], ['strike'], ['control-claim'], ['control-claim', 'fighting'], ['diplomacy', 'hybrid']];
      const others: IncidentFilter[] = [EMPTY_FILTER, { ...EMPTY_FILTER, to: '2024-06-30' }, { ...EMPTY_FILTER, parties: ['RU'] }];
      let compared = 0;
      for (const other of others) {
        const totals = placeTypeTotals(decoded, filterIncidentIndices(decoded, other));
        for (const types of typeChoices) {
          const filter = { ...other, types };
          const expected = placesInFilter(decoded, inFilterMask(decoded.length, filterIncidentIndices(decoded, filter)), order);
          expect(placesOfTypes(decoded, totals, typeBits(types), order), JSON.stringify(filter)).toEqual(expected);
          compared += expected.length;
        }
      }
      expect(compared).toBeGreaterThan(100);
    });
  });
});

describe('clusters of places', () => {
  it('sum what their towns hold and count contested towns; a cluster name says so', () => {
    const inFilter = inFilterMask(compact.length, filterIncidentIndices(compact, EMPTY_FILTER));
    const onMap = placesInFilter(compact, inFilter, placeNameOrder(compact.places)).filter((p) => ['town', 'city', 'village'].includes(p.place.kind));
    const clusters = clusterPlaces(onMap);
    // Zoomed far out, the Donbas towns fall into one cluster; every town is in a cluster or alone.
    const items = clusters.itemsIn([-180, -85, 180, 85], 3);
    const towns = items.reduce((n, item) => n + (item.kind === 'cluster' ? item.sums.places : 1), 0);
    expect(towns).toBe(onMap.length);
    const incidents = items.reduce((n, item) => n + (item.kind === 'cluster' ? item.sums.incidents : item.item.summary.incidentCount), 0);
    expect(incidents).toBe(onMap.reduce((n, p) => n + p.summary.incidentCount, 0));
    const contested = items.reduce((n, item) => n + (item.kind === 'cluster' ? item.sums.contested : item.item.summary.status === 'contested' ? 1 : 0), 0);
    expect(contested).toBe(onMap.filter((p) => p.summary.status === 'contested').length);
    expect(contested).toBeGreaterThan(0);
    // Zoomed in past the clustering, every town is drawn on its own.
    expect(clusters.itemsIn([-180, -85, 180, 85], 12).every((item) => item.kind === 'place')).toBe(true);
    expect(clusterName({ places: 3, incidents: 1200, contested: 1, killed: 0, injured: 0, types: [800, 300, 100, 0, 0] })).toBe(
      '3 places, 1,200 incidents, 1 contested: 800 strike, 300 fighting, 100 control claim. Zoom in',
    );
  });

  it('count by type exactly what each cluster holds, at every zoom', () => {
    withCompactArchive({ towns: 120, busyIncidents: 10 }, ({ decoded }) => {
      const onMap = placesOfTypes(decoded, placeTypeTotals(decoded, filterIncidentIndices(decoded, EMPTY_FILTER)), typeBits([]), placeNameOrder(decoded.places));
      const clusters = clusterPlaces(onMap.filter((p) => ['town', 'city', 'village'].includes(p.place.kind)));
      let checked = 0;
      for (let zoom = 0; zoom <= 9; zoom++) {
        for (const item of clusters.itemsIn([-180, -85, 180, 85], zoom)) {
          if (item.kind !== 'cluster') continue;
          // Every incident of a town has one type: the per-type counts add up to the incidents.
          expect(item.sums.types.reduce((a, b) => a + b, 0), `zoom ${zoom}`).toBe(item.sums.incidents);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(20);
    });
  });
});
