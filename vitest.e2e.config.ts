import { defineConfig } from 'vitest/config';

// Browser tests: build the site once, serve dist/ on 127.0.0.1, drive Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One browser per file; files run one after another on this 2-core machine.
    fileParallelism: false,
  },
});
