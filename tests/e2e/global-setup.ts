import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPages } from './build-pages';
import { chromiumAvailable, EXTENSION_DIR, PAGES_OUT, ROOT } from './paths';
import { serveDirectory } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the test pages are served; empty when there is no Chromium to run them. */
    e2eBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!chromiumAvailable()) {
    project.provide('e2eBaseUrl', '');
    return undefined;
  }
  // `npm test` builds the extension first; a bare `vitest run tests/e2e` may not have.
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  await buildPages();
  const { server, url } = await serveDirectory(PAGES_OUT);
  project.provide('e2eBaseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
