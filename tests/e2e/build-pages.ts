import { readdirSync, statSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { PAGES_DIR, PAGES_OUT } from './paths';

const STAMP = join(PAGES_OUT, '.stamp');

/** Newest modification time of the page sources: the build is skipped while it is current. */
function sourcesVersion(): string {
  const newest = Math.max(...readdirSync(PAGES_DIR).map((name) => statSync(join(PAGES_DIR, name)).mtimeMs));
  return String(newest);
}

/** Builds the test pages (each mounting a real editor from npm) into PAGES_OUT. */
export async function buildPages(): Promise<void> {
  const version = sourcesVersion();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === version) return;
  const input = Object.fromEntries(
    readdirSync(PAGES_DIR)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name.replace(/\.html$/, ''), join(PAGES_DIR, name)]),
  );
  await build({
    root: PAGES_DIR,
    configFile: false,
    logLevel: 'warn',
    base: './',
    build: { outDir: PAGES_OUT, emptyOutDir: true, rollupOptions: { input }, chunkSizeWarningLimit: 5000, reportCompressedSize: false },
  });
  writeFileSync(STAMP, version);
}
