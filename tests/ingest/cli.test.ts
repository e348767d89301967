/**
 * Bad input, through the real command (tsx src/ingest/cli.ts): exit code 2, one line on
 * stderr naming the file, nothing on stdout, nothing written.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeReport, InputError, MAX_REPORT_BYTES } from '../../src/ingest/read';
import { parseArgs, UsageError } from '../../src/ingest/cli';

let dir: string;
let dataDir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
  dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  fs.copyFileSync('tests/fixtures/data/seed/gazetteer.geojson', path.join(dataDir, 'gazetteer.geojson'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ingest(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/ingest/cli.ts', ...args, '--data-dir', dataDir]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

describe('bad input', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => file('empty.txt', ''), /is empty/],
    ['only white space', () => file('blank.txt', ' \n\t\n'), /is empty/],
    ['NUL bytes', () => file('nul.txt', Buffer.from('KYIV — text\u0000more', 'utf8')), /NUL bytes/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x4b, 0x79, 0x69, 0x76, 0x20, 0xff, 0xfe, 0x0a])), /not valid UTF-8/],
    ['more than 5 MB', () => file('big.txt', Buffer.alloc(MAX_REPORT_BYTES + 1, 0x61)), /more than the 5 MB/],
    ['a missing file', () => path.join(dir, 'missing.txt'), /cannot be read \(ENOENT\)/],
    ['a date line that is no date', () => file('feb30.txt', ' date 2025-02-30 Title\nKyiv was hit.\n'), /line 1: date 2025-02-30 is not a real date/],
  ];

  // All at once: each run is a fresh process (tsx), and the checks are independent.
  it('every bad input → exit 2, one line naming the file, nothing on stdout, nothing written', async () => {
    const inputs = cases.map(([, make]) => make());
    const runs = await Promise.all([
      ...inputs.map((input) => ingest(input)),
      ingest(inputs[0], '--json'),
      ingest(),
      ingest('x.txt', '--date', '2025-02-30'),
    ]);
    cases.forEach(([what, , reason], k) => {
      const { code, out, err } = runs[k];
      expect(code, what).toBe(2);
      expect(out, what).toBe('');
      expect(err.endsWith('\n'), what).toBe(true);
      expect(err.trimEnd().split('\n'), what).toHaveLength(1);
      expect(err, what).toContain(inputs[k]);
      expect(err, what).toMatch(reason);
    });
    expect(runs[cases.length]).toMatchObject({ code: 2, out: '' });
    expect(runs[cases.length + 1].code).toBe(2);
    expect(runs[cases.length + 2]).toMatchObject({ code: 2 });
    expect(runs[cases.length + 2].err).toContain('not a real date');
    expect(fs.existsSync(path.join(dataDir, 'drafts'))).toBe(false);
  }, 120_000);
});

describe('decodeReport', () => {
  it('reads the optional first line " date YYYY-MM-DD <title>"', () => {
    const report = decodeReport(new TextEncoder().encode(' date 2025-11-21 Ukraine-Russia war latest\r\nFirst line.\r\n'), 'seed.txt');
    expect(report).toMatchObject({ published: '2025-11-21', title: 'Ukraine-Russia war latest', text: 'First line.\n' });
  });
  it('keeps a report without a date line whole', () => {
    expect(decodeReport(new TextEncoder().encode('\uFEFFKyiv was hit.'), 'a.txt')).toEqual({ file: 'a.txt', text: 'Kyiv was hit.' });
  });
  it('throws InputError naming the file', () => {
    expect(() => decodeReport(new Uint8Array([0xc3, 0x28]), 'bad.txt')).toThrow(InputError);
    expect(() => decodeReport(new Uint8Array([0xc3, 0x28]), 'bad.txt')).toThrow(/^bad\.txt: /);
  });
});

describe('parseArgs', () => {
  it('reads the options', () => {
    expect(parseArgs(['r.txt', '--date', '2025-11-21', '--source', 'The Independent', '--url', 'https://example.com/a', '--json'], {})).toEqual({
      file: 'r.txt',
      json: true,
      dataDir: 'geodata',
      options: { published: '2025-11-21', outlet: 'The Independent', url: 'https://example.com/a' },
    });
    expect(parseArgs(['--merge', 'geodata/drafts/x.json'], { DATA_DIR: '/tmp/atlas' })).toMatchObject({ merge: 'geodata/drafts/x.json', dataDir: '/tmp/atlas' });
  });
  it('refuses what it does not know', () => {
    expect(() => parseArgs(['r.txt', '--frobnicate'], {})).toThrow(UsageError);
    expect(() => parseArgs(['r.txt', '--url', 'not a url'], {})).toThrow(/not a URL/);
    expect(() => parseArgs(['a.txt', 'b.txt'], {})).toThrow(/one report at a time/);
    expect(() => parseArgs(['a.txt', '--merge', 'd.json'], {})).toThrow(/not both/);
  });
});
