import { OUTPUT_DIR } from '../e2e/paths';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const NETWORK_API = /\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts)\b/g;

/**
 * Every place the built bundle may touch the network, and why it only ever reaches the extension's
 * own files. A call site that matches none of these fails the test, so a new one must be reviewed.
 */
const ALLOWED: { reason: string; pattern?: RegExp; file?: RegExp }[] = [
  {
    reason: "Vite's modulepreload polyfill fetches <link rel=modulepreload> chunks of the extension page itself",
    // As esbuild and as terser (which the build uses) print it.
    pattern: /const \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)|credentials="same-origin",\w+\}\(\w+\);fetch\(\w+\.href,\w+\)/,
  },
  {
    reason:
      "pdf.js, loaded only by the options page's import worker, can fetch a document, CMaps, fonts and WebAssembly given by URL; lib/import/pdf.ts hands it the file's bytes and only one URL, the extension's own character maps (/pdfjs-cmaps/), so nothing else is requested (tests/import/formats.test.ts checks that a PDF with embedded fonts makes no request at all)",
    file: /^assets\/pdf(\.worker)?\.min-[\w-]+\.js$/,
  },
];

function builtScripts(dir: string): { file: string; code: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(dir, file), 'utf8') }));
}

describe('privacy: the extension makes no network request of its own', () => {
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    it(`${target}: every fetch/XHR/WebSocket/sendBeacon call site reaches only extension URLs`, () => {
      const dir = join(OUTPUT_DIR, target);
      expect(existsSync(dir), `build ${target} first (npm test does)`).toBe(true);
      const unexplained: string[] = [];
      for (const { file, code } of builtScripts(dir)) {
        for (const match of code.matchAll(NETWORK_API)) {
          const around = code.slice(Math.max(0, match.index - 160), match.index + 80);
          if (!ALLOWED.some((allowed) => allowed.file?.test(file) || allowed.pattern?.test(around))) unexplained.push(`${file}: …${around}…`);
        }
      }
      expect(unexplained).toEqual([]);
    });
  }

  it('asks for no host permissions', () => {
    const manifest = JSON.parse(readFileSync(join(OUTPUT_DIR, 'chrome-mv3/manifest.json'), 'utf8')) as { permissions?: string[]; host_permissions?: string[] };
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions?.every((p) => !p.includes('://') && p !== '<all_urls>')).toBe(true);
  });

  it('exposes no web-accessible resource a page could probe for (the panel CSS comes from the background)', () => {
    for (const target of ['chrome-mv3', 'firefox-mv2']) {
      const manifest = JSON.parse(readFileSync(join(OUTPUT_DIR, `${target}/manifest.json`), 'utf8')) as { web_accessible_resources?: unknown[] };
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    }
  });
});
