import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, modelText, openPage, panelOptions, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/**
 * A hostile page (tests/e2e/pages/hostile.ts) runs in the page's own world before the content script:
 * it forces shadow roots open through its prototypes, listens to every event and message, observes
 * every mutation, scrapes every custom element, presses the assistant's keys and clicks its panel
 * with synthetic events, types without the writer, and forges WXT's "newer script started" signals.
 * It must learn no passage it did not type and the extension's id, and trigger nothing.
 */
const TYPED = '我们要坚持把政治建设摆在';

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

/** Every six-character run of `passage` that the writer did not type: text only the library could give. */
function libraryRuns(passage: string, typed: string): string[] {
  const runs: string[] = [];
  for (let i = 0; i + 6 <= passage.length; i++) {
    const run = passage.slice(i, i + 6);
    if (!typed.includes(run)) runs.push(run);
  }
  return runs;
}

describe.skipIf(!available)('a hostile page (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let worker: Worker;
  let extensionId: string;
  const baseUrl = inject('e2eBaseUrl');

  const seen = () => page.evaluate(() => window.__hostile.seen.join('\n'));
  const requests = () => page.evaluate(() => Number(document.documentElement.dataset.gongwenRequests ?? 0));
  const stored = (key: string) => worker.evaluate(`chrome.storage.local.get('${key}').then((s) => s['${key}'] ?? null)`);

  beforeAll(async () => {
    browser = await launchWithExtension();
    const found = browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no service worker');
    worker = found;
    extensionId = new URL(worker.url()).host;
    page = await browser.context.newPage();
    await openPage(page, `${baseUrl}/hostile.html`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads no suggestion, learns no extension id, and its synthetic keys and clicks do nothing', async () => {
    await page.locator('#editor').click();
    await page.keyboard.type(TYPED, { delay: 20 });
    await panelOptions(page).first().waitFor();
    const passages = await panelOptions(page).locator('.text').allTextContents();
    expect(passages.length).toBeGreaterThan(0);
    const leakedRuns = async () => {
      const observed = await seen();
      return passages.flatMap((passage) => libraryRuns(passage, TYPED)).filter((run) => observed.includes(run));
    };
    await page.waitForTimeout(200);
    expect(await leakedRuns()).toEqual([]);

    // Synthetic Alt+1, Alt+Enter, Alt+↓ and Tab, and clicks all over our UI.
    const hits = await page.evaluate(() => window.__hostile.drive());
    expect(hits).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await modelText(page)).toBe(TYPED);
    expect(await panelOptions(page).count()).toBeGreaterThan(0);
    expect(await stored('favourites')).toBeNull();
    expect(await stored('settings')).toBeNull();

    expect(await leakedRuns()).toEqual([]);
    const observed = await seen();
    expect(observed).not.toContain(extensionId);
    expect(observed).not.toContain('content-script-started');
  });

  it('cannot switch the assistant off by forging WXT messages', async () => {
    await page.evaluate((id) => window.__hostile.forge(id), extensionId);
    await page.locator('#editor').fill('');
    await page.keyboard.type('全面从严治党永远在路上', { delay: 20 });
    await panelOptions(page).first().waitFor();
  });

  it('hears no start announcement even when it knows the extension id', async () => {
    // WXT's content-script context would dispatch `<id>:content:wxt:content-script-started` on the document.
    const listener = await browser.context.newPage();
    await listener.addInitScript((id) => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      for (const type of [`${id}:content:wxt:content-script-started`, `${id}:content:wxt:locationchange`]) document.addEventListener(type, () => heard.push(type), true);
    }, extensionId);
    await openPage(listener, `${baseUrl}/hostile.html`);
    await listener.locator('#editor').click();
    await listener.keyboard.type(TYPED, { delay: 20 });
    await panelOptions(listener).first().waitFor();
    expect(await listener.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    await listener.close();
  });

  it('cannot make the assistant read text it typed itself (synthetic input, execCommand)', async () => {
    await openPage(page, `${baseUrl}/hostile.html`);
    // Let the writer's last activity age past the window in which input counts as theirs.
    await page.waitForTimeout(1200);
    const before = await requests();
    await page.evaluate((text) => window.__hostile.typeWithoutWriter(text), TYPED);
    await page.waitForTimeout(800);
    expect(await requests()).toBe(before);
    expect(await panelOptions(page).count()).toBe(0);
  });
});
