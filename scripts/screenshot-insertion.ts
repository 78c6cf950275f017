/**
 * Saves docs/preview.png (the panel previewing a 替换 suggestion: the writer's clause struck through,
 * the corpus wording added) and docs/fill-mode.png (placeholders of an inserted passage marked, the
 * first filled after Tab, the second still marked). Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPage, panelOptions } from '../tests/e2e/browser';
import { ROOT } from '../tests/e2e/paths';
import { runWithExtension } from './with-extension';

runWithExtension(async (browser, url) => {
  const page = await browser.context.newPage();
  mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
  const clip = { x: 0, y: 0, width: 1000, height: 560 };

  await openPage(page, `${url}/textarea.html`);
  await page.locator('#editor').click();
  await page.keyboard.insertText('同志们：\n今年以来，我局认真落实市委部署。');
  await page.keyboard.type('在全市文明城市创建工作中，我局积极响应', { delay: 30 });
  const near = panelOptions(page).filter({ hasText: '替换' }).first();
  await near.waitFor();
  for (let i = 0; i < 5 && (await near.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('Alt+ArrowDown');
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(ROOT, 'docs/preview.png'), clip });
  console.log('saved docs/preview.png');

  await openPage(page, `${url}/textarea.html`);
  await page.locator('#editor').click();
  await page.keyboard.insertText('同志们：\n去年以来，全局共有党员48人。下一步，');
  await page.keyboard.type('培训入党积极分子', { delay: 30 });
  const passage = panelOptions(page).filter({ hasText: '预备党员X人' }).first();
  await passage.waitFor();
  const digit = Number(((await passage.getAttribute('id')) ?? '').replace(/\D+/g, '')) + 1;
  await page.keyboard.press(`Alt+Digit${digit}`);
  await page.waitForTimeout(300);
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(ROOT, 'docs/fill-mode.png'), clip });
  console.log('saved docs/fill-mode.png');
});
