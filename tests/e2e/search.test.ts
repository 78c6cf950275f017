import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inPanel, launchWithExtension, modelText, openPage, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/**
 * One search everywhere, in real Chromium with the built extension: the palette (opened by its
 * command over an editor), the popup and the side panel (opened as tabs) find body passages by
 * Chinese and by full pinyin, show a heading once with both of its actions, and the palette inserts
 * the passage it found.
 */

const DUES = '上半年全体党员党费已足额收缴并按期存入市直机关党工委指定账户。';
const TWO_STUDIES = '推进“两学一做”学习教育常态化制度化';
const QUERIES: [query: string, passage: string][] = [
  ['党费', DUES],
  ['两学一做', TWO_STUDIES],
  ['dangfei', DUES],
  ['liangxueyizuo', TWO_STUDIES],
];
const HEADING = '坚持把政治建设摆在首位';

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

describe.skipIf(!available)('one search in the palette, popup and side panel (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let worker: Worker;
  let extensionId: string;
  const baseUrl = inject('e2eBaseUrl');

  beforeAll(async () => {
    browser = await launchWithExtension();
    const found = browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no background service worker');
    worker = found;
    extensionId = new URL(worker.url()).host;
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const palette = () => inPanel(page, '[role="dialog"]');
  const rows = () => palette().locator('[role="option"]');

  async function openPalette(typed: string): Promise<void> {
    await openPage(page, `${baseUrl}/textarea.html`);
    await page.locator('#editor').click();
    await page.keyboard.type(typed, { delay: 15 });
    await expect.poll(() => modelText(page)).toBe(typed);
    // Headless Chromium cannot press a manifest shortcut: call what commands.onCommand calls.
    await page.bringToFront();
    await worker.evaluate(() => (globalThis as unknown as { gongwenRunCommand(n: string): Promise<void> }).gongwenRunCommand('open-palette'));
    await palette().waitFor();
    await expect.poll(() => inPanel(page, '[role="combobox"]:focus').count()).toBe(1);
  }

  it('palette: finds body passages by Chinese and full pinyin; Enter inserts the paragraph, Ctrl+Z restores what was typed', async () => {
    for (const [query, passage] of QUERIES) {
      const typed = '同志们：';
      await openPalette(typed);
      await page.keyboard.type(query, { delay: 10 });
      // The row whose label is the passage (a heading's preview may quote it too, before the answer comes).
      const rowOfPassage = async () => (await rows().locator('.label').allTextContents()).findIndex((label) => label.includes(passage));
      await expect.poll(rowOfPassage, { message: query }).toBeGreaterThanOrEqual(0);
      const index = await rowOfPassage();
      expect(await rows().nth(index).locator('.badge').textContent(), query).toBe('段落');
      expect(await rows().nth(index).locator('.trail').textContent(), query).toContain('›');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await expect.poll(() => rows().nth(index).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('Enter');
      await expect.poll(() => modelText(page)).toContain(passage);
      const model = await modelText(page);
      expect(model.startsWith(typed), query).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(typed);
    }
  });

  it('palette: a heading is listed once, with 插入标题 and 插入标题及正文', async () => {
    const typed = '我们要';
    await openPalette(typed);
    await page.keyboard.type('政治建设摆在首位', { delay: 10 });
    await expect.poll(() => rows().first().locator('.label').textContent()).toBe(HEADING);
    const labels = await rows().locator('.label').allTextContents();
    expect(labels.filter((label) => label === HEADING)).toHaveLength(1);
    expect(await rows().first().locator('.badge').textContent()).toBe('标题');
    expect(await rows().first().locator('.actions button').allTextContents()).toEqual(['插入标题', '插入标题及正文']);
    await rows().first().locator('.actions button').nth(1).click();
    await expect.poll(() => modelText(page)).toMatch(new RegExp(`^${typed}${HEADING}。引导`));
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(typed);
    // The page loads afresh with an empty editor.
    await openPalette('');
    await page.keyboard.type('政治建设摆在首位', { delay: 10 });
    await expect.poll(() => rows().first().locator('.label').textContent()).toBe(HEADING);
    await rows().first().locator('.actions button').first().click();
    await expect.poll(() => modelText(page)).toBe(HEADING);
  });

  for (const surface of ['popup', 'sidepanel'] as const) {
    it(`${surface}: finds the body passages by Chinese and full pinyin, and a heading once with both actions`, async () => {
      const view = await browser.context.newPage();
      await view.goto(`chrome-extension://${extensionId}/${surface}.html`);
      const box = view.locator('.palette-search input');
      const found = view.locator('.palette [role="option"]');
      for (const [query, passage] of QUERIES) {
        await box.fill(query);
        // The row whose label is the passage (a heading's preview may quote it too, before the answer comes).
        const row = found.filter({ has: view.locator('.label', { hasText: passage }) }).first();
        await expect.poll(() => row.count(), { message: query }).toBe(1);
        expect(await row.locator('.badge').textContent(), query).toBe('段落');
        expect(await row.locator('.trail').textContent(), query).toContain('›');
      }
      await box.fill('政治建设摆在首位');
      await expect.poll(() => found.first().locator('.label').textContent()).toBe(HEADING);
      expect(await found.locator('.label').filter({ hasText: new RegExp(`^${HEADING}$`) }).count()).toBe(1);
      // 插入 into the editor the palette tests left focused, or 复制 without one.
      const [short, whole] = await found.first().locator('.actions button').allTextContents();
      expect(short).toMatch(/^(插入|复制)标题$/);
      expect(whole).toBe(`${short}及正文`);
      await view.close();
    });
  }
});
