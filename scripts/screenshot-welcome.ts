/**
 * Saves docs/welcome.png: the page the extension opens on install, with its demo editor showing a
 * suggestion. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { runWithExtension } from './with-extension';
import { ROOT } from '../tests/e2e/paths';

runWithExtension(
  async (browser) => {
    const page = browser.welcome;
    if (!page) throw new Error('the welcome page did not open');
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.bringToFront();
    await page.locator('#demo').click();
    await page.keyboard.type('我们要坚持把政治建设摆在', { delay: 30 });
    await page.waitForFunction(() => document.querySelector('gongwen-panel')?.matches(':popover-open') === true);
    await page.waitForTimeout(400);
    mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: resolve(ROOT, 'docs/welcome.png') });
    console.log('saved docs/welcome.png');
  },
  { keepWelcome: true },
);
