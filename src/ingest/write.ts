/** Atomic writes: the whole file appears at once or not at all (docs/architecture.md, Ingest stages). */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    fs.writeFileSync(tmp, text, 'utf8');
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Test hook: with INGEST_TEST_PAUSE_MS set, stop that long between the temporary file and its
 * name, saying so on stderr, so a test can kill the process mid-write.
 */
function pauseForTest(): void {
  const ms = Number(process.env.INGEST_TEST_PAUSE_MS);
  if (!(ms > 0)) return;
  // Synchronously: stderr to a pipe is asynchronous, and the wait below blocks the loop.
  fs.writeSync(2, 'ingest: paused between the temporary file and its name\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Where hard links are not to be had (some network and FUSE file systems).
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Writes `text` to `file`, or, when that exists, to `<name>-2<ext>`, `-3` …, never replacing
 * anything; returns the path written. The complete file is written under a temporary name
 * first and then hard-linked to the free name: link(2) is atomic and fails when the name is
 * taken, so two writers at once get two names and no reader sees half a file. Without hard
 * links the name is reserved with an exclusive create (`wx`) and the file renamed onto it.
 */
export function writeAtomicNew(file: string, text: string, maxTries = 1000): string {
  const { dir, name, ext } = path.parse(file);
  const tmp = path.join(dir, `.${name}${ext}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  fs.writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
  pauseForTest();
  try {
    for (let n = 1; n <= maxTries; n++) {
      const target = n === 1 ? file : path.join(dir, `${name}-${n}${ext}`);
      try {
        fs.linkSync(tmp, target);
        return target;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (code === 'EEXIST') continue;
        if (!NO_LINKS.has(code)) throw error;
      }
      try {
        fs.closeSync(fs.openSync(target, 'wx'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      fs.renameSync(tmp, target);
      return target;
    }
    throw new Error(`${file}: no free name up to ${name}-${maxTries}${ext}; nothing written`);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
