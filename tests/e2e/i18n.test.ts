import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inPanel, launchWithExtension, openPage, panelOptions, type ExtensionBrowser, type UiLanguage } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/**
 * Every surface follows the browser's UI language: Chinese in a Chinese browser, English in any other.
 * Passages, source titles and headings are the library's own words and stay Chinese; everything around
 * them (buttons, labels, hints, notices, titles, tooltips) must not.
 */
const QUERY = '我们要坚持把政治建设摆在';
/** CJK ideographs and CJK punctuation (、。「」…) and fullwidth forms (：，（）). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Where the library's own words are shown. */
const PASSAGE = '.source-title, .outline, .favourite-text, .label, .preview, .trail, .passage, .text, .source, #demo';

/**
 * The UI text of an extension page that contains CJK: text nodes and the title, aria-label and
 * placeholder attributes outside passage elements, with passage strings (a title inside an aria-label) cut out.
 */
function chineseChrome(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ passage, cjk }) => {
      const pattern = new RegExp(cjk);
      const words = [...document.querySelectorAll(passage)].map((element) => element.textContent ?? '').filter((text) => text.length > 1);
      const strip = (text: string) => words.reduce((rest, word) => rest.split(word).join(''), text);
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(passage)) continue;
        if (pattern.test(strip(node.textContent ?? ''))) found.push((node.textContent ?? '').trim());
      }
      for (const element of document.body.querySelectorAll('[title], [aria-label], [placeholder]')) {
        if (element.closest(passage)) continue;
        for (const name of ['title', 'aria-label', 'placeholder']) {
          const value = element.getAttribute(name);
          if (value && pattern.test(strip(value))) found.push(`${name}=${value}`);
        }
      }
      if (pattern.test(document.title)) found.push(`<title>${document.title}`);
      return found;
    },
    { passage: PASSAGE, cjk: CJK.source },
  );
}

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

async function start(language: UiLanguage) {
  const browser = await launchWithExtension({ language, keepWelcome: true });
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  return { browser, worker, extension: (path: string) => `chrome-extension://${new URL(worker.url()).host}/${path}` };
}

async function openPanel(page: Page, baseUrl: string): Promise<void> {
  await openPage(page, `${baseUrl}/textarea.html`);
  await page.locator('#editor').click();
  await page.keyboard.type(QUERY, { delay: 15 });
  await panelOptions(page).first().waitFor();
}

/**
 * What the in-page UI shows around the passages: the text of `selectors` and the tooltips and labels of
 * those and of `labelled` (elements that hold passages, whose own text is not UI).
 */
async function panelChrome(page: Page, selectors: readonly string[], labelled: readonly string[]): Promise<string[]> {
  const texts: string[] = [];
  for (const selector of [...selectors, ...labelled]) {
    if (selectors.includes(selector)) texts.push(...(await inPanel(page, selector).allTextContents()));
    const count = await inPanel(page, selector).count();
    for (let i = 0; i < count; i++) {
      for (const name of ['title', 'aria-label', 'placeholder']) texts.push((await inPanel(page, selector).nth(i).getAttribute(name)) ?? '');
    }
  }
  return texts.filter((text) => text.trim() !== '');
}

describe.skipIf(!available)('an English browser gets English on every surface (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let worker: Worker;
  let extension: (path: string) => string;
  const baseUrl = inject('e2eBaseUrl');

  beforeAll(async () => {
    ({ browser, worker, extension } = await start('en-US'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the welcome page', async () => {
    const page = browser.welcome;
    if (!page) throw new Error('the welcome page did not open');
    await page.getByRole('heading', { name: 'Welcome to Gongwen Assist' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await chineseChrome(page)).toEqual([]);
  });

  it('the options page: its bin, a refused setting, an export and a restore preview', async () => {
    const page = await browser.context.newPage();
    await page.goto(extension('options.html'));
    await page.locator('.source-row').first().waitFor();
    await page.locator('#bin summary').click();
    const limit = page.locator('#suggestions input[type="number"]').first();
    await limit.fill('8');
    await limit.press('Enter');
    await expect.poll(() => page.locator('#suggestions [role="alert"]').textContent()).toBe('8 is outside the allowed range 1–5 and was not saved; it is still 5.');
    expect(await page.locator('#sources h2').textContent()).toBe('Sources');
    // A backup of a changed setting, restored after another change: the preview lists a setting change.
    await limit.fill('3');
    await limit.press('Enter');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'gongwen-i18n-')), download.suggestedFilename());
    await download.saveAs(file);
    await limit.fill('4');
    await limit.press('Enter');
    await page.locator('#backup input[type="file"]').setInputFiles(file);
    // Merge keeps a setting changed here; Replace takes the backup's.
    await page.locator('.restore-confirm').getByRole('radio', { name: /Replace/ }).check();
    await page.locator('.restore-confirm [data-change="setting"]').waitFor();
    expect(await page.locator('.restore-confirm [data-change="setting"]').textContent()).toBe('Suggestions shown: 4 → 3');
    expect(await chineseChrome(page)).toEqual([]);
    await page.close();
  });

  it('the in-page panel, its notice, and the palette', async () => {
    const page = await browser.context.newPage();
    await openPanel(page, baseUrl);
    const chrome = await panelChrome(page, ['.header', 'footer', '.tag', '.kind', '[role="status"]'], ['.header button', '.star', '.list', '.preview']);
    expect(chrome.join(' ')).toContain('Quick insert');
    expect(chrome.filter((text) => CJK.test(text))).toEqual([]);

    // The command goes to the active tab, as the shortcut would.
    await page.bringToFront();
    await worker.evaluate(() => (globalThis as unknown as { gongwenRunCommand(n: string): Promise<void> }).gongwenRunCommand('open-palette'));
    await inPanel(page, '[role="dialog"]').waitFor();
    await page.keyboard.type('dangfei', { delay: 20 });
    await inPanel(page, '[role="dialog"] [role="option"]').first().waitFor();
    const palette = await panelChrome(page, ['[role="tab"]', '.palette-hint', '.badge', '.actions button'], ['[role="dialog"]', '[role="combobox"]', '[role="dialog"] .star', '[role="listbox"]']);
    expect(palette).toContain('All');
    expect(palette.filter((text) => CJK.test(text))).toEqual([]);

    // Then the notice of 此站暂停 and its undo.
    await page.keyboard.press('Escape');
    await page.keyboard.type('，', { delay: 15 });
    await panelOptions(page).first().waitFor();
    await inPanel(page, '.panel button').filter({ hasText: 'Pause on this site' }).click();
    await expect.poll(() => inPanel(page, '.notice').textContent()).toContain('Suggestions paused on 127.0.0.1');
    await inPanel(page, '.notice button').filter({ hasText: 'Undo' }).click();
    await expect.poll(() => worker.evaluate("chrome.storage.local.get('settings').then((s) => s.settings?.disabledSites)")).toEqual([]);

    await page.close();
  });

  it('the popup and the side panel', async () => {
    for (const path of ['popup.html', 'sidepanel.html']) {
      const page = await browser.context.newPage();
      await page.goto(extension(path));
      await page.locator('[role="combobox"]').waitFor();
      await page.locator('[role="combobox"]').fill('dangfei');
      await page.locator('[role="option"]').first().waitFor();
      expect(await chineseChrome(page), path).toEqual([]);
      await page.close();
    }
  });
});

describe.skipIf(!available)('a Chinese browser gets Chinese (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let extension: (path: string) => string;
  const baseUrl = inject('e2eBaseUrl');

  beforeAll(async () => {
    ({ browser, extension } = await start('zh-CN'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('on the welcome and options pages and in the panel', async () => {
    await browser.welcome?.getByRole('heading', { name: '欢迎使用公文素材助手' }).waitFor();
    const options = await browser.context.newPage();
    await options.goto(extension('options.html'));
    expect(await options.locator('#sources h2').textContent()).toBe('素材来源');
    expect(await options.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['zh-CN', '公文素材助手 · 设置']);
    const page = await browser.context.newPage();
    await openPanel(page, baseUrl);
    expect(await inPanel(page, '.header button').allTextContents()).toContain('快速插入');
    expect(await inPanel(page, 'footer').textContent()).toContain('Alt+数字 插入');
  });
});
