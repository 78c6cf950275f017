/**
 * The import pipeline in Chromium with the built extension (`npm run build` first): 500 speech files
 * chosen as one folder, then one 20 MB GBK `.txt`, each read in the options page's import worker and
 * saved. Prints the time to read and preview, the time to save, and the longest task on the page's
 * main thread meanwhile (what the writer would feel as a freeze). `npm run bench:import`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { syntheticSpeeches, seedTexts } from './bench-corpus';
import { clearLibrary } from './scale-library';
import { runWithExtension } from './with-extension';

const FILES = 500;
const BIG_BYTES = 20 * 1024 * 1024;

/** Starts recording the page's long tasks (main-thread work over 50 ms); `longestTask` reads the longest since. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = globalThis as unknown as { longest: number };
    record.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longest = Math.max(record.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

const longestTask = (page: Page) => page.evaluate(() => Math.round((globalThis as unknown as { longest: number }).longest));
const resetLongest = (page: Page) => page.evaluate(() => ((globalThis as unknown as { longest: number }).longest = 0));

/** Chooses `target`, waits until every file is reported and reading is over; then saves. Times both. */
async function importThrough(page: Page, input: 'files' | 'folder', target: string, files: number): Promise<{ readMs: number; readLongestMs: number; saveMs: number; saveLongestMs: number }> {
  await resetLongest(page);
  const start = performance.now();
  await page.locator(`#import input[name="${input}"]`).setInputFiles(target);
  await page.waitForFunction((n) => document.querySelectorAll('#import .import-report > li').length === n && !document.querySelector('#import .import-progress'), files, { timeout: 120_000, polling: 50 });
  const readMs = performance.now() - start;
  const readLongestMs = await longestTask(page);
  await resetLongest(page);
  const saveStart = performance.now();
  await page.locator('#import button.primary').click();
  await page.waitForFunction(() => document.querySelector('#import p.status')?.textContent?.startsWith('已导入'), undefined, { timeout: 120_000, polling: 50 });
  const saveMs = performance.now() - saveStart;
  // The sources list redraws with the new sources after saving: wait for it, as the writer would.
  await page.waitForTimeout(1000);
  return { readMs, readLongestMs, saveMs, saveLongestMs: await longestTask(page) };
}

function report(what: string, { readMs, readLongestMs, saveMs, saveLongestMs }: Awaited<ReturnType<typeof importThrough>>): void {
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`${what}: read and previewed in ${seconds(readMs)} s (longest main-thread task ${readLongestMs} ms); saved in ${seconds(saveMs)} s (then ${saveLongestMs} ms)`);
}

runWithExtension(async (browser) => {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no background service worker');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await page.locator('.source-row').first().waitFor();
  await clearLibrary(page);
  await watchLongTasks(page);
  const work = mkdtempSync(join(tmpdir(), 'gongwen-bench-import-'));
  try {
    const folder = join(work, 'speeches');
    mkdirSync(folder);
    const speeches = syntheticSpeeches(seedTexts(), FILES, 100);
    let bytes = 0;
    speeches.forEach((speech, i) => {
      // One in five saved as GBK, as many office files are.
      const data = i % 5 === 0 ? iconv.encode(speech.text, 'gbk') : Buffer.from(speech.text);
      bytes += data.length;
      writeFileSync(join(folder, `${String(i).padStart(3, '0')}.txt`), data);
    });
    const many = await importThrough(page, 'folder', folder, FILES);
    report(`${FILES} files (${(bytes / 1024 / 1024).toFixed(1)} MB)`, many);

    await clearLibrary(page);
    const parts: Buffer[] = [];
    let size = 0;
    for (let round = 0; size < BIG_BYTES; round++) {
      for (const speech of syntheticSpeeches(seedTexts(), 50, 1000 + round)) {
        const part = iconv.encode(`${speech.text}\r\n`, 'gbk');
        parts.push(part);
        size += part.length;
        if (size >= BIG_BYTES) break;
      }
    }
    const big = join(work, '二十兆.txt');
    writeFileSync(big, Buffer.concat(parts));
    const one = await importThrough(page, 'files', big, 1);
    report(`one ${(size / 1024 / 1024).toFixed(1)} MB GBK .txt`, one);
    await clearLibrary(page);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
