import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/** On install the extension opens its welcome page, whose demo editor runs the very same assistant. */
const TYPED = '我们要坚持把政治建设摆在';

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

describe.skipIf(!available)('first run (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ keepWelcome: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the welcome page on install; its demo suggests, Alt+1 inserts, one Ctrl+Z undoes', async () => {
    const page = browser.welcome;
    expect(page).not.toBeNull();
    if (!page) return;
    await page.bringToFront();
    await page.getByRole('heading', { name: '欢迎使用公文素材助手' }).waitFor();
    expect(await page.getByText('Alt+Shift+K').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: '打开设置页' }).count()).toBe(1);
    const demo = page.locator('#demo');
    await demo.click();
    await page.keyboard.type(TYPED, { delay: 20 });
    // The panel's host is shown on the top layer (its content is closed to every other script).
    await page.waitForFunction(() => document.querySelector('gongwen-panel')?.matches(':popover-open') === true, undefined, { timeout: 10_000 });
    await page.keyboard.press('Alt+Digit1');
    await expect.poll(() => demo.inputValue()).not.toBe(TYPED);
    expect((await demo.inputValue()).startsWith(TYPED)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => demo.inputValue()).toBe(TYPED);
  });
});
