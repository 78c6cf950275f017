/**
 * Saves docs/palette.png: the quick-insert palette over a textarea, opened through the same
 * background function as its keyboard command (headless Chromium cannot press manifest shortcuts),
 * finding body passages by full pinyin (`dangfei`, 党费). Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { inPanel, openPage } from '../tests/e2e/browser';
import { runWithExtension } from './with-extension';
import { ROOT } from '../tests/e2e/paths';

runWithExtension(async (browser, url) => {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no background service worker');
  const page = await browser.context.newPage();
  await openPage(page, `${url}/textarea.html`);
  await page.locator('#editor').click();
  await page.keyboard.insertText('同志们：\n今年以来，我们坚持以习近平新时代中国特色社会主义思想为指导。下一步，我们要');
  await page.bringToFront();
  await worker.evaluate(() => (globalThis as unknown as { gongwenRunCommand(n: string): Promise<void> }).gongwenRunCommand('open-palette'));
  const palette = inPanel(page, '[role="dialog"]');
  await palette.waitFor();
  await page.keyboard.type('dangfei', { delay: 40 });
  // The answer has come when a paragraph row shows (the empty box lists headings only).
  await palette.locator('.badge').filter({ hasText: '段落' }).first().waitFor();
  await page.waitForTimeout(300);
  mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: resolve(ROOT, 'docs/palette.png'), clip: { x: 0, y: 0, width: 1000, height: 720 } });
  console.log('saved docs/palette.png');
});
