/**
 * npm run check:data, through the real command: one summary line for valid data, and for bad
 * data one line per problem naming file, record and field, with a non-zero exit.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../data/fixtures';
import { runCommand } from '../run-command';

const checkData = (dir: string) => runCommand(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-data.ts', dir]);

describe('npm run check:data', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('prints one line with the counts and exits 0 for valid data', async () => {
    const run = await checkData(FIXTURE_DIR);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${FIXTURE_DIR}: valid — 10 places, 7 incidents (6 located), 2024-06-01 to 2025-11-21\n`);
  });

  it('names file, record and field of each problem and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-data-'));
    temps.push(dir);
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    const file = path.join(dir, 'incidents', '2025-11-22-other.json');
    const records = JSON.parse(readFileSync(file, 'utf8'));
    records[0].sources[0].url = 'data:text/html,<script>alert(1)</script>';
    records[1].placeIds = ['nowhere'];
    writeFileSync(file, JSON.stringify(records));

    const run = await checkData(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      '2 problems in the atlas data:',
      `${file}: incident "${records[0].id}": sources[0].url: must be an absolute http:// or https:// address`,
      `${file}: incident "${records[1].id}": placeIds[0] "nowhere" is not in the gazetteer`,
    ]);
  });
});
