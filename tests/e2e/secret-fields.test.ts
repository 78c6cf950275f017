import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, openPage, panelOptions, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/**
 * The secret-field rule (lib/editor/secret-field.ts), checked where it matters: nothing typed into
 * such a field reaches the service worker, by typing or by the insert-top command. The service worker
 * itself records every message it receives, so the test sees what really arrived.
 */
const TYPED = '我们要坚持把政治建设摆在';

const SECRET_FIELDS = [
  'cardnumber',
  'otp',
  'cvc',
  'cc-number',
  'one-time',
  'current-password',
  'sms',
  'bankcard',
  'pin',
  'expiry',
  'short',
  'digits',
  'passphrase',
  'labelled',
];

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

describe.skipIf(!available)('secret fields (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let worker: Worker;
  const baseUrl = inject('e2eBaseUrl');

  /** The suggestion requests the service worker received whose text came from `typed`. */
  const received = (typed: string) =>
    worker.evaluate(
      (text) => ((globalThis as unknown as { __received: { type: string; context?: string }[] }).__received ?? []).filter((m) => m.type === 'gongwen/suggest' && (m.context ?? '').includes(text.slice(0, 4))).length,
      typed,
    );
  const resetReceived = () => worker.evaluate(() => ((globalThis as unknown as { __received: unknown[] }).__received = []));
  const insertTop = () => worker.evaluate(() => (globalThis as unknown as { gongwenRunCommand(n: string): Promise<void> }).gongwenRunCommand('insert-top'));
  /** Types into the focused field, waits past the debounce, runs insert-top: nothing may have been sent. */
  async function typeAndExpectNothingSent(delay: number) {
    await page.keyboard.type(TYPED, { delay });
    await page.waitForTimeout(450);
    await insertTop();
    await page.waitForTimeout(200);
    expect(await received(TYPED)).toBe(0);
    expect(await panelOptions(page).count()).toBe(0);
  }
  const valueOf = (id: string) => page.locator(`#${id}`).evaluate((element) => ('value' in element ? String(element.value) : (element.textContent ?? '')));

  beforeAll(async () => {
    browser = await launchWithExtension();
    const found = browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no service worker');
    worker = found;
    await worker.evaluate('globalThis.__received = []; chrome.runtime.onMessage.addListener((message) => void globalThis.__received.push(message));');
    page = await browser.context.newPage();
    await openPage(page, `${baseUrl}/secrets.html`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('suggests in the ordinary field on the same page (so the checks below can fail)', async () => {
    await resetReceived();
    await page.locator('#control').click();
    await page.keyboard.type(TYPED, { delay: 15 });
    await panelOptions(page).first().waitFor();
    expect(await received(TYPED)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  });

  for (const id of SECRET_FIELDS) {
    it(`#${id}: nothing typed there reaches the service worker, by typing or by the insert-top command`, async () => {
      await resetReceived();
      await page.locator(`#${id}`).click();
      await typeAndExpectNothingSent(10);
      // Typed as it was (a short field keeps fewer characters): nothing inserted.
      const value = (await valueOf(id)).replace(/\s/g, '');
      expect(value.length).toBeGreaterThan(0);
      expect(TYPED.startsWith(value)).toBe(true);
    });
  }

  it('a password field revealed by "show password" stays secret', async () => {
    await page.locator('#revealed').click();
    await page.keyboard.type('abc123', { delay: 10 });
    await page.locator('#reveal').click();
    expect(await page.locator('#revealed').getAttribute('type')).toBe('text');
    await resetReceived();
    await page.locator('#revealed').click();
    await page.keyboard.press('End');
    await typeAndExpectNothingSent(10);
  });

  it('a field that turns into a password field within the debounce: the pending request is dropped', async () => {
    await resetReceived();
    await page.locator('#becomes-password').click();
    await typeAndExpectNothingSent(5);
    expect(await page.locator('#becomes-password').getAttribute('type')).toBe('password');
  });
});
