import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian's firefox-esr, for the Firefox smoke test (.ci/run installs it). */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Where `wxt build` puts its output (GONGWEN_OUT_DIR lets parallel work keep builds apart). */
export const OUTPUT_DIR = resolve(ROOT, process.env.GONGWEN_OUT_DIR ?? '.output');
export const EXTENSION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3');
export const PAGES_DIR = resolve(import.meta.dirname, 'pages');
/** Git-ignored: the test pages built with Vite. */
export const PAGES_OUT = resolve(ROOT, process.env.GONGWEN_PAGES_DIR ?? '.e2e-pages');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export const NO_CHROMIUM_BANNER = [
  '',
  '!'.repeat(78),
  `!!  END-TO-END TESTS SKIPPED: no Chromium at ${CHROMIUM}`,
  '!!  Install it (apt-get install chromium) or set CHROMIUM_PATH. CI installs it and runs them.',
  '!'.repeat(78),
  '',
].join('\n');
