import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './paths';

const CONTENT_SCRIPT = resolve(EXTENSION_DIR, 'content-scripts/content.js');
const built = existsSync(CONTENT_SCRIPT);
if (!built) console.warn(`bundle-size: ${CONTENT_SCRIPT} missing; run \`npm run build\` (npm test does).`);

describe.skipIf(!built)('the content script injected into every page', () => {
  it('is at most 30 KB gzipped, with no corpus in it', () => {
    const code = readFileSync(CONTENT_SCRIPT);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(30 * 1024);
    // The corpus lives in the background only: a seed heading must not be bundled here.
    expect(code.toString('utf8')).not.toContain('坚持把政治建设摆在首位');
  });
});
