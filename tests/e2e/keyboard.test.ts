import type { Locator, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inPanel, launchWithExtension, modelText, openPage, panelOptions, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/**
 * Keyboard-first insertion in real Chromium with the built extension: the quick-insert palette, an
 * abbreviation, the side panel and the toolbar popup, each inserting into a real editor whose model
 * changes and whose one Ctrl+Z undoes the insertion.
 *
 * Headless Chromium cannot press manifest command shortcuts (they are handled by the browser window,
 * which headless mode does not have). The tests therefore call `gongwenRunCommand` in the background
 * service worker: the very function that `browser.commands.onCommand` calls, which forwards the command
 * to the active tab exactly as a pressed shortcut would.
 */

const HEADING = '坚持把政治建设摆在首位';
const FORMULATION = '增强“四个意识”、坚定“四个自信”、做到“两个维护”';
/** ProseMirror merges edits closer than 0.5 s into one undo step; a writer who opens the palette takes longer. */
const SETTLE_MS = 700;

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

describe.skipIf(!available)('keyboard-first insertion (Chromium + built extension)', () => {
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

  /** What pressing the command's shortcut does: the background's onCommand handler, for the active tab. */
  async function runCommand(command: 'open-palette' | 'insert-top' | 'toggle-site') {
    await page.bringToFront();
    await worker.evaluate((name) => (globalThis as unknown as { gongwenRunCommand(n: string): Promise<void> }).gongwenRunCommand(name), command);
  }

  const palette = (scope: Page = page) => inPanel(scope, '[role="dialog"]');
  const paletteOptions = (scope: Page = page) => palette(scope).locator('[role="option"]');

  /** Whether focus is in the page's palette search box (inside our shadow root). */
  const focusInPalette = async () => (await inPanel(page, '[role="combobox"]:focus').count()) === 1;

  async function openEditor(name: string, selector: string, typed: string): Promise<Locator> {
    await openPage(page, `${baseUrl}/${name}.html`);
    const editor = page.locator(selector);
    await editor.click();
    await page.keyboard.type(typed, { delay: 15 });
    await expect.poll(() => modelText(page)).toBe(typed);
    return editor;
  }

  const stored = (key: string): Promise<unknown> => worker.evaluate(`chrome.storage.local.get('${key}').then((s) => s['${key}'])`);
  const store = (values: Record<string, unknown>) => worker.evaluate(`chrome.storage.local.set(${JSON.stringify(values)})`);
  const unstore = (...keys: string[]) => worker.evaluate(`chrome.storage.local.remove(${JSON.stringify(keys)})`);

  describe('the quick-insert palette, opened by its command', () => {
    it('textarea: finds a heading by pinyin initials, Shift+Enter inserts it alone at the caret, one Ctrl+Z undoes it', async () => {
      const typed = '同志们：我们要';
      await openEditor('textarea', '#editor', typed);
      await runCommand('open-palette');
      await palette().waitFor();
      expect(await palette().getAttribute('aria-modal')).toBe('true');
      await expect.poll(focusInPalette).toBe(true);
      await page.keyboard.type('jcbzzjsbzsw', { delay: 10 });
      await expect.poll(() => paletteOptions().first().locator('.label').textContent()).toBe(HEADING);
      expect(await paletteOptions().first().getAttribute('aria-selected')).toBe('true');
      // Shift+Enter: the heading alone (Enter would add its body).
      await page.keyboard.press('Shift+Enter');
      await expect.poll(() => modelText(page)).toBe(typed + HEADING);
      expect(await palette().count()).toBe(0);
      // Focus and caret are back in the editor, right after the inserted text.
      expect(await page.locator('#editor').evaluate((e: HTMLTextAreaElement) => document.activeElement === e && e.selectionStart === e.value.length)).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(typed);
    });

    it('textarea: inserts at the caret the writer left, in the middle of the text', async () => {
      const typed = '开头。结尾';
      await openEditor('textarea', '#editor', typed);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await runCommand('open-palette');
      await palette().waitFor();
      await expect.poll(focusInPalette).toBe(true);
      await page.keyboard.type('zhengzhijianshe', { delay: 10 });
      const first = paletteOptions().first();
      await expect.poll(() => first.locator('.label').textContent()).toContain('政治建设');
      // Shift+Enter: the heading alone, without the section's body.
      const label = (await first.locator('.label').textContent()) ?? '';
      await page.keyboard.press('Shift+Enter');
      await expect.poll(() => modelText(page)).toBe(`开头。${label}结尾`);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(typed);
    });

    it('Tiptap (ProseMirror): Chinese search, arrow keys, Enter inserts into the model; one Ctrl+Z undoes it', async () => {
      const typed = '我们要';
      await openEditor('tiptap', '.ProseMirror', typed);
      await page.waitForTimeout(SETTLE_MS);
      await runCommand('open-palette');
      await palette().waitFor();
      await expect.poll(focusInPalette).toBe(true);
      // Its shortcut again closes it, and once more opens it.
      await runCommand('open-palette');
      await expect.poll(() => palette().count()).toBe(0);
      await runCommand('open-palette');
      await expect.poll(focusInPalette).toBe(true);
      await page.keyboard.type('政治建设摆在首位', { delay: 10 });
      await expect.poll(() => paletteOptions().first().locator('.label').textContent()).toBe(HEADING);
      // Down and back up: the selection follows the arrows.
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => paletteOptions().nth(1).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => paletteOptions().first().getAttribute('aria-selected')).toBe('true');
      const kind = await paletteOptions().first().locator('.badge').textContent();
      expect(kind).toBe('标题');
      // Shift+Enter: the heading alone (tests/e2e/search.test.ts inserts it with its body).
      await page.keyboard.press('Shift+Enter');
      await expect.poll(() => modelText(page)).toBe(typed + HEADING);
      expect(await page.locator('.ProseMirror').evaluate((e) => e.contains(document.activeElement) || e === document.activeElement)).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(typed);
    });

    it('browses by source, then by outline, and by formulations; Esc closes and gives focus back unchanged', async () => {
      const typed = '我们要';
      await openEditor('textarea', '#editor', typed);
      await runCommand('open-palette');
      await palette().waitFor();
      await expect.poll(focusInPalette).toBe(true);
      await page.keyboard.press('Tab');
      await expect.poll(() => palette().locator('[role="tab"][aria-selected="true"]').textContent()).toBe('来源');
      await expect.poll(() => paletteOptions().count()).toBe(5);
      await page.keyboard.press('Enter');
      await palette().locator('.palette-crumb').waitFor();
      await expect.poll(() => paletteOptions().count()).toBeGreaterThan(3);
      expect(await paletteOptions().first().locator('.badge').textContent()).toBe('标题');
      await page.keyboard.press('Backspace');
      await expect.poll(() => palette().locator('.palette-crumb').count()).toBe(0);
      await page.keyboard.press('Tab');
      await expect.poll(() => palette().locator('[role="tab"][aria-selected="true"]').textContent()).toBe('规范提法');
      await expect.poll(() => paletteOptions().count()).toBeGreaterThan(0);
      expect(new Set(await paletteOptions().locator('.badge').allTextContents())).toEqual(new Set(['规范提法']));
      // Ctrl+D pins the selected formulation; the 收藏 view lists it.
      await unstore('favourites', 'favourites$');
      const formulation = (await paletteOptions().first().locator('.label').textContent()) ?? '';
      await page.keyboard.press('Control+d');
      await expect.poll(() => paletteOptions().first().locator('.star').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => stored('favourites').then((f) => (f as { text: string }[] | undefined)?.map((x) => x.text))).toEqual([formulation]);
      await page.keyboard.press('Tab');
      await expect.poll(() => paletteOptions().first().locator('.label').textContent()).toBe(formulation);
      await unstore('favourites', 'favourites$');
      await page.keyboard.press('Escape');
      await expect.poll(() => palette().count()).toBe(0);
      expect(await page.locator('#editor').evaluate((e: HTMLTextAreaElement) => document.activeElement === e && e.selectionStart === e.value.length)).toBe(true);
      expect(await modelText(page)).toBe(typed);
      // The editor still types where it did.
      await page.keyboard.type('好');
      expect(await modelText(page)).toBe(`${typed}好`);
    });

    it('with no editor focused, says so instead of opening', async () => {
      await openPage(page, `${baseUrl}/textarea.html`);
      await runCommand('open-palette');
      await expect.poll(() => inPanel(page, '.notice').textContent()).toContain('编辑框');
      expect(await palette().count()).toBe(0);
    });
  });

  describe('the other commands', () => {
    it('insert-top inserts the top suggestion at once; one Ctrl+Z undoes it', async () => {
      const typed = '我们要坚持把政治建设摆在';
      await openEditor('textarea', '#editor', typed);
      await panelOptions(page).first().waitFor({ timeout: 10_000 });
      const top = (await panelOptions(page).first().locator('.text').textContent()) ?? '';
      await runCommand('insert-top');
      await expect.poll(() => modelText(page)).not.toBe(typed);
      const model = await modelText(page);
      expect(model.endsWith(top)).toBe(true);
      expect(typed.startsWith(model.slice(0, model.length - top.length))).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(typed);
    });

    it('in shortcut-only mode, insert-top first suggests, then inserts', async () => {
      await store({ settings: { mode: 'shortcut' } });
      try {
        const typed = '我们要坚持把政治建设摆在';
        await openEditor('textarea', '#editor', typed);
        await page.waitForTimeout(600);
        expect(await panelOptions(page).count()).toBe(0);
        await runCommand('insert-top');
        await panelOptions(page).first().waitFor({ timeout: 10_000 });
        const top = (await panelOptions(page).first().locator('.text').textContent()) ?? '';
        expect(await modelText(page)).toBe(typed);
        await runCommand('insert-top');
        await expect.poll(() => modelText(page)).not.toBe(typed);
        expect((await modelText(page)).endsWith(top)).toBe(true);
      } finally {
        await unstore('settings');
      }
    });

    it('toggle-site switches the site off and on again', async () => {
      await openPage(page, `${baseUrl}/textarea.html`);
      await runCommand('toggle-site');
      await expect.poll(() => stored('settings').then((s) => (s as { disabledSites?: string[] } | undefined)?.disabledSites)).toEqual(['127.0.0.1']);
      await expect.poll(() => inPanel(page, '.notice').textContent()).toContain('暂停');
      await runCommand('toggle-site');
      await expect.poll(() => stored('settings').then((s) => (s as { disabledSites?: string[] } | undefined)?.disabledSites)).toEqual([]);
    });
  });

  describe('favourites and abbreviations', () => {
    it('pins a suggestion with ☆, gives it an abbreviation on the options page, and Tab expands it in a contenteditable; Ctrl+Z restores the abbreviation', async () => {
      await unstore('favourites', 'favourites$');
      // Pin from the suggestion panel.
      await openEditor('textarea', '#editor', '我们要坚持把政治建设摆在');
      const option = panelOptions(page).filter({ hasText: HEADING }).first();
      await option.waitFor({ timeout: 10_000 });
      // A favourite is the suggestion's whole passage, not the few words it would add.
      const pinned = (await option.locator('.passage').textContent()) ?? '';
      await option.locator('.star').click();
      await expect.poll(() => stored('favourites').then((f) => (f as { text: string }[] | undefined)?.map((x) => x.text))).toEqual([pinned]);

      // Give it an abbreviation on the options page.
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const row = options.locator('.favourite-row').first();
      await row.waitFor();
      await row.locator('input').fill(';zzjs');
      await row.locator('input').press('Enter');
      await expect.poll(() => stored('favourites').then((f) => (f as { abbreviation?: string }[] | undefined)?.[0]?.abbreviation)).toBe(';zzjs');
      await options.close();

      // Type it in a contenteditable and press Tab.
      const typed = '下一步，;zzjs';
      await page.bringToFront();
      await openEditor('contenteditable', '#editor', typed);
      await page.keyboard.press('Tab');
      await expect.poll(() => modelText(page)).toBe(`下一步，${pinned}`);
      // Focus stayed in the editor: Tab was taken, not passed on.
      expect(await page.locator('#editor').evaluate((e) => e.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(typed);
    });

    it('leaves Tab alone when no abbreviation stands before the caret', async () => {
      await store({ favourites: [{ id: 'f1', text: FORMULATION, abbreviation: ';lgwh', createdAt: 1 }] });
      const typed = '没有缩写lgwh';
      await openEditor('contenteditable', '#editor', typed);
      await page.keyboard.press('Tab');
      await page.waitForTimeout(300);
      expect(await modelText(page)).toBe(typed);
      expect(await page.locator('#editor').evaluate((e) => e.contains(document.activeElement))).toBe(false);
    });

    it('a corrupt stored favourite is skipped; the others still expand', async () => {
      await store({ favourites: [{ id: 'bad', text: 42 }, { id: 'f1', text: FORMULATION, abbreviation: ';lgwh', createdAt: 1 }] });
      const typed = '我们要;lgwh';
      await openEditor('contenteditable', '#editor', typed);
      await page.keyboard.press('Tab');
      await expect.poll(() => modelText(page)).toBe(`我们要${FORMULATION}`);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(typed);
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect.poll(() => options.locator('[role="alert"]').textContent()).toContain('收藏第 1 条已损坏');
      expect(await options.locator('.favourite-row').count()).toBe(1);
      await options.close();
      await unstore('favourites');
    });
  });

  describe('extension pages', () => {
    /**
     * Headless Chromium shows neither the toolbar popup nor the side panel, so their pages are opened
     * as tabs of their own. There, "the active tab" would be the page itself; the pages detect that
     * (`tabs.getCurrent()` returns their own tab, while in the real popup and side panel it returns
     * nothing) and fall back to the tab whose content script last reported a focused editor, which
     * the background keeps. The messages that follow are the ones the real popup and side panel send.
     */
    it('side panel: follows the focused editor, shows its live suggestions, and inserts one into the page; one Ctrl+Z undoes it', async () => {
      const typed = '我们要坚持把政治建设摆在';
      await openEditor('textarea', '#editor', typed);
      await panelOptions(page).first().waitFor({ timeout: 10_000 });
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await expect.poll(() => panel.locator('.target').textContent()).toContain('正在跟随');
      const live = panel.locator('.live li').filter({ hasText: HEADING }).first();
      await live.waitFor({ timeout: 10_000 });
      const text = (await live.locator('.text').textContent()) ?? '';
      await live.click();
      await expect.poll(() => panel.locator('.result').textContent()).toBe('已插入到页面的编辑框');
      const model = await modelText(page);
      expect(model.endsWith(text)).toBe(true);
      expect(typed.startsWith(model.slice(0, model.length - text.length))).toBe(true);

      // The library search inserts at the caret too.
      await panel.locator('.palette-search input').fill('lgwh');
      const hit = panel.locator('.palette [role="option"]').filter({ hasText: '两个维护' }).first();
      await hit.waitFor();
      await hit.click();
      await expect.poll(() => modelText(page)).not.toBe(model);
      const after = await modelText(page);
      expect(after.startsWith(model)).toBe(true);

      await page.bringToFront();
      expect(await page.locator('#editor').evaluate((e) => document.activeElement === e)).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(model);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(typed);
      await panel.close();
    });

    it('side panel: with no editor focused it says so, and a click copies to the clipboard', async () => {
      await openPage(page, `${baseUrl}/textarea.html`);
      await page.locator('h1').click();
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await expect.poll(() => panel.locator('.target').textContent()).toContain('没有聚焦的编辑框');
      await panel.locator('.palette-search input').fill('jcbzzjsbzsw');
      const hit = panel.locator('.palette [role="option"]').first();
      await expect.poll(() => hit.locator('.label').textContent()).toBe(HEADING);
      // 复制标题: the heading alone.
      await hit.locator('.actions button').first().click();
      await expect.poll(() => panel.locator('.result').textContent()).toBe('已复制到剪贴板');
      // Read back from the web page: extension origins cannot be granted clipboard-read.
      await browser.context.grantPermissions(['clipboard-read'], { origin: baseUrl });
      await page.bringToFront();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(HEADING);
      expect(await modelText(page)).toBe('');
      await panel.close();
    });

    it('popup: searches by pinyin and Enter inserts into the focused editor of the tab; one Ctrl+Z undoes it', async () => {
      const typed = '同志们：';
      await openEditor('contenteditable', '#editor', typed);
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect.poll(() => popup.locator('.target').textContent()).toContain('插入到页面');
      expect(await popup.locator('.switch input').isChecked()).toBe(true);
      await popup.locator('.palette-search input').fill('jcbzzjsbzsw');
      await expect.poll(() => popup.locator('.palette [role="option"]').first().locator('.label').textContent()).toBe(HEADING);
      await popup.locator('.palette-search input').press('Shift+Enter');
      await expect.poll(() => popup.locator('.result').textContent()).toBe('已插入到页面的编辑框');
      await expect.poll(() => modelText(page)).toBe(typed + HEADING);
      await page.bringToFront();
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(typed);
      await popup.close();
    });
  });

  it('the options page shows the live shortcut bindings', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const row = (name: string) => options.locator(`#shortcuts tr[data-command="${name}"]`);
    await row('open-palette').waitFor();
    expect(await row('open-palette').locator('kbd').textContent()).toBe('Alt+Shift+K');
    expect(await row('insert-top').locator('kbd').textContent()).toBe('Alt+Shift+J');
    expect(await row('toggle-site').locator('kbd').textContent()).toBe('Alt+Shift+O');
    await options.close();
  });
});
