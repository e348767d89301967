/**
 * A bad record stops `astro build` itself (not only the unit-level validator), with a message
 * that names the file, the record and the field. One build over a copy of the fixture atlas with
 * several kinds of mistakes in it: every one of them must be reported.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../run-command';
import { FIXTURE_DIR } from './fixtures';

describe('npm run build on bad data', () => {
  it('fails and names file, record id and field for each problem, a javascript: source url among them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
    const outDir = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    try {
      cpSync(FIXTURE_DIR, dir, { recursive: true });
      const file = join(dir, 'incidents', '2025-11-21-report.json');
      const incidents = JSON.parse(readFileSync(file, 'utf8'));
      incidents[0].placeIds = ['kupyansk'];
      incidents[1].sources[0].quote = '   ';
      incidents[3].sources[0].url = 'javascript:alert(document.cookie)';
      incidents.push({ ...incidents[2] }); // the same id twice
      writeFileSync(file, JSON.stringify(incidents, null, 2));
      const gazetteer = JSON.parse(readFileSync(join(dir, 'gazetteer.geojson'), 'utf8'));
      const kharkiv = gazetteer.features.find((f: { properties: { id: string } }) => f.properties.id === 'kharkiv');
      kharkiv.geometry.coordinates = [...kharkiv.geometry.coordinates].reverse(); // swapped lat/lon
      writeFileSync(join(dir, 'gazetteer.geojson'), JSON.stringify(gazetteer));

      const build = await runCommand('npx', ['astro', 'build', '--outDir', outDir], { ...process.env, DATA_DIR: dir, NODE_ENV: 'production' });
      const output = build.stdout + build.stderr;
      expect(build.status).not.toBe(0);
      expect(output).toContain(`${file}: incident "${incidents[0].id}": placeIds[0] "kupyansk" is not in the gazetteer`);
      expect(output).toMatch(new RegExp(`incident "${incidents[1].id}": sources\\[0\\]\\.quote: must not be empty`));
      expect(output).toContain(`${file}: incident "${incidents[3].id}": sources[0].url: must be an absolute http:// or https:// address`);
      expect(output).toMatch(new RegExp(`incident "${incidents[2].id}": duplicate id`));
      expect(output).toMatch(/place "kharkiv": geometry\.coordinates: .* is not inside UA/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 300_000);
});

