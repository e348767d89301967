#!/usr/bin/env node
/**
 * `npm run test:e2e`: make sure Debian's Chromium is there (install it when we can, otherwise
 * stop at once with the exact command), then run the browser tests.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.error(`${chromium} is missing: installing Debian's chromium package…`);
    const install = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    if (install.status !== 0 || !existsSync(chromium)) {
      console.error('Could not install chromium. Run: sudo apt-get install -y chromium');
      process.exit(1);
    }
  } else {
    console.error(`Browser tests need Chromium at ${chromium}. Run: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
}
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
