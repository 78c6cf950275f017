import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inPanel, launchWithExtension, modelText, openPage, panelOptions, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/**
 * Pages as they are on the open web: no CSS at all (line-height `normal`, where textarea-caret
 * measures NaN and the panel once re-rendered forever), several fonts, the caret at every edge, CSS
 * and browser zoom, a modal dialog and a fullscreen element. In each the panel must show, the page
 * must stay responsive, and a suggestion must insert.
 */
const TYPED = '我们要坚持把政治建设摆在';

interface Layout {
  name: string;
  field: '#editor' | '#line';
  /** Inline style for the field (never a line-height). */
  style?: string;
  /** CSS zoom on the page's root, as some OA systems set. */
  cssZoom?: number;
  /** Browser zoom, emulated: a smaller CSS viewport drawn at a larger device scale. */
  browserZoom?: number;
}

const LAYOUTS: Layout[] = [
  { name: 'bare textarea', field: '#editor' },
  { name: 'bare input', field: '#line' },
  { name: 'textarea, serif', field: '#editor', style: 'font-family: serif' },
  { name: 'textarea, monospace 20px', field: '#editor', style: 'font: 20px monospace' },
  { name: 'input, Noto Sans CJK SC 13px', field: '#line', style: "font: 13px 'Noto Sans CJK SC'" },
  { name: 'textarea in the middle', field: '#editor', style: 'position: fixed; top: 45%; left: 300px' },
  { name: 'textarea at the bottom', field: '#editor', style: 'position: fixed; bottom: 0; left: 0' },
  { name: 'input at the right edge', field: '#line', style: 'position: fixed; right: 0; top: 200px; width: 160px' },
  { name: 'textarea at the bottom-right corner', field: '#editor', style: 'position: fixed; bottom: 0; right: 0' },
  { name: 'CSS zoom 50%', field: '#editor', cssZoom: 0.5 },
  { name: 'CSS zoom 200%', field: '#editor', cssZoom: 2 },
  { name: 'browser zoom 50%', field: '#editor', browserZoom: 0.5 },
  { name: 'browser zoom 200%, input', field: '#line', browserZoom: 2 },
];

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

/** Whether the page still runs its frames: a render loop would never let this resolve. */
function responsive(page: Page): Promise<boolean> {
  return Promise.race([
    page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(true), 0)))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
  ]);
}

/** What the page itself hit-tests at `point`: the element a click there would reach. */
function hitAt(page: Page, point: { x: number; y: number } | null): Promise<string | undefined> {
  if (!point) throw new Error('not visible');
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, point);
}

describe.skipIf(!available)('pages as they are (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const baseUrl = inject('e2eBaseUrl');

  beforeAll(async () => {
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const layout of LAYOUTS) {
    it(`${layout.name}: the panel shows, the page stays responsive, Alt+1 inserts`, async () => {
      page = await browser.context.newPage();
      if (layout.browserZoom) {
        const cdp = await page.context().newCDPSession(page);
        const zoom = layout.browserZoom;
        await cdp.send('Emulation.setDeviceMetricsOverride', { width: Math.round(1000 / zoom), height: Math.round(800 / zoom), deviceScaleFactor: zoom, mobile: false });
      }
      await openPage(page, `${baseUrl}/bare.html`);
      await page.evaluate(({ field, style, cssZoom }) => {
        const element = document.querySelector<HTMLElement>(field);
        if (element && style) element.setAttribute('style', style);
        if (cssZoom) document.documentElement.style.setProperty('zoom', String(cssZoom));
      }, layout);
      await page.locator(layout.field).click();
      await page.keyboard.type(TYPED, { delay: 20 });
      await panelOptions(page).first().waitFor();
      expect(await responsive(page)).toBe(true);
      if (!layout.cssZoom && !layout.browserZoom) {
        // Compact at the default size: every row in view without scrolling, at most ~40% of the viewport's
        // height, and inside the viewport (the first placement once measured a panel without its CSS).
        const [viewportWidth, viewportHeight] = await page.evaluate(() => [innerWidth, innerHeight]);
        const panel = await inPanel(page, '.panel').box();
        const list = await inPanel(page, '.panel .list').box();
        if (!panel || !list) throw new Error('no panel box');
        expect(list.scrollHeight).toBeLessThanOrEqual(list.clientHeight + 1);
        expect(panel.height).toBeLessThanOrEqual(viewportHeight * 0.4 + 1);
        expect(panel.left).toBeGreaterThanOrEqual(0);
        expect(panel.right).toBeLessThanOrEqual(viewportWidth);
      }
      const value = () => page.locator(layout.field).inputValue();
      expect(await value()).toBe(TYPED);
      await page.keyboard.press('Alt+Digit1');
      await expect.poll(value).not.toBe(TYPED);
      expect((await value()).startsWith('我们要')).toBe(true);
      expect(await responsive(page)).toBe(true);
      await page.close();
    });
  }

  it('an editor in a 200-px-high same-origin iframe: the panel is drawn in the top document, every row in view', async () => {
    page = await browser.context.newPage();
    await openPage(page, `${baseUrl}/small-iframe.html`);
    const frame = await page.locator('#frame').elementHandle().then((handle) => handle?.contentFrame());
    if (!frame) throw new Error('no frame');
    await frame.locator('#editor').click();
    await page.keyboard.type(TYPED, { delay: 20 });
    await panelOptions(frame).first().waitFor();
    // Drawn in the top document, not in the frame.
    expect(await page.evaluate(() => document.querySelectorAll('gongwen-panel').length)).toBe(1);
    expect(await frame.evaluate(() => document.querySelectorAll('gongwen-panel').length)).toBe(0);
    const frameBox = await page.locator('#frame').boundingBox();
    const rows = await panelOptions(frame).count();
    expect(rows).toBeGreaterThan(1);
    const last = await panelOptions(frame).nth(rows - 1).center();
    if (!last || !frameBox) throw new Error('the last row or the frame has no box');
    // The last row lies below the frame's bottom edge: a panel clipped by the frame could not show it.
    expect(last.y).toBeGreaterThan(frameBox.y + frameBox.height);
    expect(await hitAt(page, last)).toBe('gongwen-panel');
    await panelOptions(frame).first().click();
    await expect.poll(() => modelText(page)).not.toBe(TYPED);
    expect((await modelText(page)).startsWith('我们要')).toBe(true);
    // The click kept the caret in the frame's editor.
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.close();
  });

  describe('the top layer', () => {
    it('inside a modal dialog: a click on a suggestion inserts, and the palette takes focus and inserts', async () => {
      page = await browser.context.newPage();
      await openPage(page, `${baseUrl}/top-layer.html`);
      await page.locator('#open').click();
      await page.locator('#editor').click();
      await page.keyboard.type(TYPED, { delay: 20 });
      const option = panelOptions(page).first();
      await option.waitFor();
      // What the page hit-tests at the suggestion is our panel, above the dialog.
      expect(await hitAt(page, await option.center())).toBe('gongwen-panel');
      await option.click();
      await expect.poll(() => modelText(page)).not.toBe(TYPED);
      const inserted = await modelText(page);

      // The palette (the same command as Alt+Shift+K): its search box must take focus inside the dialog.
      const worker = browser.context.serviceWorkers()[0];
      await worker?.evaluate(() => (globalThis as unknown as { gongwenRunCommand(n: string): Promise<void> }).gongwenRunCommand('open-palette'));
      await expect.poll(async () => inPanel(page, '[role="combobox"]:focus').count()).toBe(1);
      await page.keyboard.type('zzjs', { delay: 30 });
      await inPanel(page, '[role="dialog"] [role="option"]').first().waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => modelText(page)).not.toBe(inserted);
      expect((await modelText(page)).startsWith(inserted)).toBe(true);
      expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
      await page.close();
    });

    it('over a fullscreen element: the panel is on top and a click inserts', async () => {
      page = await browser.context.newPage();
      await openPage(page, `${baseUrl}/top-layer.html`);
      await page.locator('#fullscreen').click();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('stage');
      await page.locator('#fs-editor').click();
      await page.keyboard.type(TYPED, { delay: 20 });
      const option = panelOptions(page).first();
      await option.waitFor();
      expect(await hitAt(page, await option.center())).toBe('gongwen-panel');
      await option.click();
      await expect.poll(() => page.locator('#fs-editor').inputValue()).not.toBe(TYPED);
      await page.close();
    });
  });
});
