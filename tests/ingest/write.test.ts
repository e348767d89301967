/**
 * Writing drafts: atomically, and never over a draft that is there already (a second report
 * of the same day and outlet gets `-2`, `-3` …), also when several runs write at once.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomicNew } from '../../src/ingest/write';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-write-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeAtomicNew', () => {
  it('takes the next free name and leaves what is there alone', () => {
    const wanted = path.join(dir, '2025-11-21-independent.json');
    fs.writeFileSync(wanted, 'under review');
    expect(writeAtomicNew(wanted, 'second')).toBe(path.join(dir, '2025-11-21-independent-2.json'));
    expect(writeAtomicNew(wanted, 'third')).toBe(path.join(dir, '2025-11-21-independent-3.json'));
    expect(fs.readFileSync(wanted, 'utf8')).toBe('under review');
    expect(fs.readFileSync(path.join(dir, '2025-11-21-independent-2.json'), 'utf8')).toBe('second');
    // No temporary file is left behind.
    expect(fs.readdirSync(dir).sort()).toEqual(['2025-11-21-independent-2.json', '2025-11-21-independent-3.json', '2025-11-21-independent.json']);
  });

  it('gives writers racing for one name a name each, every file whole', async () => {
    const wanted = path.join(dir, 'draft.json');
    const texts = [0, 1, 2, 3, 4, 5].map((n) => `${String(n).repeat(200_000)}\n`);
    const code = `import { writeAtomicNew } from ${JSON.stringify(path.resolve('src/ingest/write.ts'))};
      process.stdout.write(writeAtomicNew(process.argv[1], process.argv[2].repeat(200_000) + '\\n'));`;
    const written = await Promise.all(
      texts.map(
        (_, n) =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '-e', code, wanted, String(n)]);
            let out = '';
            child.stdout.on('data', (d) => (out += d));
            child.on('close', (exit) => (exit === 0 ? resolve(out) : reject(new Error(`writer exited ${exit}`))));
          }),
      ),
    );
    expect(new Set(written).size).toBe(texts.length);
    expect(fs.readdirSync(dir).sort()).toEqual(['draft-2.json', 'draft-3.json', 'draft-4.json', 'draft-5.json', 'draft-6.json', 'draft.json']);
    const contents = written.map((file) => fs.readFileSync(file, 'utf8'));
    expect(contents.sort()).toEqual([...texts].sort());
  });
});
