import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * The data the browser tests are written against: a copy of the seed, frozen here, so an
 * editor adding a report to geodata/ breaks no test.
 */
export const E2E_DATA_DIR = 'tests/e2e/fixtures/seed';

/** Builds the site from the fixture data (unless E2E_SKIP_BUILD=1) and serves dist/ for every browser test file. */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    // vitest sets NODE_ENV=test, which would build React's development bundle.
    execFileSync('npx', ['astro', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env, DATA_DIR: E2E_DATA_DIR, NODE_ENV: 'production' } });
  }
  const { server, url } = await serveStatic('dist');
  project.provide('baseURL', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
