import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIREFOX, OUTPUT_DIR } from './paths';

/**
 * The Firefox build, for real: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core), the
 * built add-on installed as a temporary add-on (BiDi `webExtension.install`). In a textarea the
 * writer types, gets a suggestion, inserts it with Alt+1 and undoes it with one Ctrl+Z.
 */
const ADDON = resolve(OUTPUT_DIR, 'firefox-mv2');
const TYPED = '我们要坚持把政治建设摆在';
const available = existsSync(FIREFOX) && existsSync(resolve(ADDON, 'manifest.json'));
if (!available) console.warn(`\n!! FIREFOX SMOKE TEST SKIPPED: needs ${FIREFOX} (apt-get install firefox-esr) and ${ADDON} (npm run build:firefox); CI has both.\n`);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.skipIf(!available)('Firefox smoke test (firefox-esr over WebDriver BiDi + built add-on)', () => {
  let browser: Browser;
  let page: Page;
  const baseUrl = inject('e2eBaseUrl');

  const value = () => page.$eval('#editor', (editor) => (editor as HTMLTextAreaElement).value);
  async function until(read: () => Promise<string>, wanted: (text: string) => boolean, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (let text = await read(); ; text = await read()) {
      if (wanted(text)) return text;
      if (Date.now() > deadline) throw new Error(`gave up waiting; last: ${text}`);
      await sleep(100);
    }
  }
  /** The panel shows (its host is on the top layer); its content is closed to the page, and to this test. */
  const panelShown = () => page.evaluate(() => String(document.querySelector('gongwen-panel')?.matches(':popover-open') ?? false));

  beforeAll(async () => {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
    await browser.installExtension(ADDON);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('types, gets a suggestion, inserts it with Alt+1, and one Ctrl+Z restores what was typed', async () => {
    await page.goto(`${baseUrl}/textarea.html`);
    await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
    await page.click('#editor');
    await page.keyboard.type(TYPED, { delay: 30 });
    await until(panelShown, (shown) => shown === 'true');
    // Closed to the page in Firefox too.
    expect(await page.evaluate(() => document.querySelector('gongwen-panel')?.shadowRoot === null)).toBe(true);
    await page.keyboard.down('Alt');
    await page.keyboard.press('1');
    await page.keyboard.up('Alt');
    const inserted = await until(value, (text) => text !== TYPED);
    expect(inserted.startsWith(TYPED)).toBe(true);
    expect(inserted.length).toBeGreaterThan(TYPED.length);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(await until(value, (text) => text === TYPED)).toBe(TYPED);
  });
});
