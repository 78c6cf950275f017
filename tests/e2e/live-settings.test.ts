import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { inPanel, launchWithExtension, openPage, panelOptions, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/**
 * Settings changed elsewhere (the options page, another tab) reach a panel that is already on show,
 * without the writer typing again: a source switched off disappears from it at once.
 */
const FIRST_SEED = '000_4a7ae90688f375f7';
const FIRST_SEED_TITLE = '在机关党建工作交流会上的发言';
const QUERY = '我们要坚持把政治建设摆在';

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

describe.skipIf(!available)('settings changed while the panel shows (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let worker: Worker;
  const baseUrl = inject('e2eBaseUrl');

  /** Writes settings the way the options page does, keeping every other field. */
  const changeSettings = (patch: Record<string, unknown>) =>
    worker.evaluate(`chrome.storage.local.get('settings').then((stored) => chrome.storage.local.set({ settings: { ...(stored.settings ?? {}), ...${JSON.stringify(patch)} } }))`);
  const sources = () => panelOptions(page).locator('.source').allTextContents();

  beforeAll(async () => {
    browser = await launchWithExtension();
    const found = browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no service worker');
    worker = found;
    page = await browser.context.newPage();
    await openPage(page, `${baseUrl}/textarea.html`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a source switched off leaves the open panel at once; the writer types nothing', async () => {
    await page.locator('#editor').click();
    await page.keyboard.type(QUERY, { delay: 15 });
    await panelOptions(page).first().waitFor();
    expect((await sources()).some((source) => source.startsWith(FIRST_SEED_TITLE))).toBe(true);
    await changeSettings({ disabledSources: [FIRST_SEED] });
    await expect.poll(async () => (await sources()).some((source) => source.startsWith(FIRST_SEED_TITLE)), { timeout: 3000 }).toBe(false);
    expect(await page.locator('#editor').inputValue()).toBe(QUERY);
  });

  it('此站暂停 says so, and its 撤销 switches the site back on', async () => {
    await page.keyboard.type('，', { delay: 15 });
    await page.keyboard.press('Backspace');
    await panelOptions(page).first().waitFor();
    await inPanel(page, '.panel button').filter({ hasText: '此站暂停' }).click();
    await expect.poll(() => inPanel(page, '.notice').textContent()).toContain('已在 127.0.0.1 暂停推荐');
    await expect.poll(() => worker.evaluate("chrome.storage.local.get('settings').then((s) => s.settings?.disabledSites)")).toEqual(['127.0.0.1']);
    await inPanel(page, '.notice button').filter({ hasText: '撤销' }).click();
    await expect.poll(() => worker.evaluate("chrome.storage.local.get('settings').then((s) => s.settings?.disabledSites)")).toEqual([]);
    await page.locator('#editor').focus();
    await page.keyboard.type('，', { delay: 15 });
    await page.keyboard.press('Backspace');
    await panelOptions(page).first().waitFor();
  });

  it('the site switched off elsewhere takes the open panel away', async () => {
    await changeSettings({ disabledSources: [] });
    await page.keyboard.type('，', { delay: 15 });
    await page.keyboard.press('Backspace');
    await panelOptions(page).first().waitFor();
    await changeSettings({ disabledSites: ['127.0.0.1'] });
    await expect.poll(() => panelOptions(page).count(), { timeout: 3000 }).toBe(0);
  });
});
