import { inject, describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { inPanel, launchWithExtension, modelText, openPage, panelOptions, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/**
 * The insertion contract in real editors: accepting a suggestion keeps what the writer typed (their
 * numbers too), appends what follows a finished clause, replaces a clause only when the panel said
 * 替换 and showed it struck through, never doubles text or breaks brackets; fill mode marks the
 * placeholders, Tab/Shift+Tab cycle through them and Enter destroys nothing.
 */
const EDITORS = [
  { name: 'textarea', page: 'textarea', editor: '#editor' },
  { name: 'contenteditable', page: 'contenteditable', editor: '#editor' },
  { name: 'Tiptap 3 (ProseMirror)', page: 'tiptap', editor: '.ProseMirror' },
];

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

/** Each pair mark of `text` closes one it opened, and none is left open. */
function balanced(text: string): boolean {
  const closers: Record<string, string> = { '《': '》', '“': '”', '（': '）' };
  const expected: string[] = [];
  for (const char of text) {
    if (closers[char]) expected.push(closers[char]);
    else if (Object.values(closers).includes(char) && expected.pop() !== char) return false;
  }
  return expected.length === 0;
}

describe.skipIf(!available)('insertion contract in real editors (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const baseUrl = inject('e2eBaseUrl');

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Types `typed` into the editor and waits for the suggestion whose row holds `passage`; its Alt+N digit. */
  async function typeAndFind(editor: (typeof EDITORS)[number], typed: string, passage: string): Promise<number> {
    await openPage(page, `${baseUrl}/${editor.page}.html`);
    await page.locator(editor.editor).click();
    await page.keyboard.type(typed, { delay: 15 });
    const option = panelOptions(page).filter({ hasText: passage }).first();
    await option.waitFor({ timeout: 10_000 });
    return Number(((await option.getAttribute('id')) ?? '').replace(/\D+/g, '')) + 1;
  }

  /** The text selected in the editor (a textarea's selection or the document's). */
  const selected = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (active instanceof HTMLTextAreaElement) return active.value.slice(active.selectionStart, active.selectionEnd);
      return document.getSelection()?.toString() ?? '';
    });

  for (const editor of EDITORS) {
    describe(editor.name, () => {
      it('keeps the writer’s number where the corpus has a placeholder, and appends only what follows', async () => {
        const typed = '去年我们表彰宣传了15个“红旗';
        const digit = await typeAndFind(editor, typed, '表彰宣传X个“红旗党支部”。');
        await page.keyboard.press(`Alt+Digit${digit}`);
        await expect.poll(() => modelText(page)).not.toBe(typed);
        const model = await modelText(page);
        expect(model.startsWith(`${typed}党支部”`)).toBe(true);
        expect(balanced(model)).toBe(true);
      });

      it('after a finished clause suggests what follows it, appended', async () => {
        const typed = '我们要加强作风建设，建设风清气正的政治机关';
        const digit = await typeAndFind(editor, typed, '要扎实做好党风廉政建设宣传教育各项活动');
        await page.keyboard.press(`Alt+Digit${digit}`);
        await expect.poll(() => modelText(page)).not.toBe(typed);
        expect((await modelText(page)).startsWith(`${typed}。要扎实做好党风廉政建设宣传教育各项活动`)).toBe(true);
      });

      it('never doubles the title marks the writer closed', async () => {
        const typed = '各支部要认真学习贯彻《中国共产党支部工作条例（试行）》';
        const digit = await typeAndFind(editor, typed, '规范支部工作');
        await page.keyboard.press(`Alt+Digit${digit}`);
        await expect.poll(() => modelText(page)).not.toBe(typed);
        const model = await modelText(page);
        expect(model.startsWith(`${typed}规范支部工作，`)).toBe(true);
        expect(model).not.toContain('》》');
        expect(balanced(model)).toBe(true);
      });

      it('shows a near match as 替换 with the replaced words struck through, and adopts it only in the current clause', async () => {
        const typed = '在全市文明城市创建工作中，我局积极响应';
        const near = panelOptions(page).filter({ hasText: '替换' }).first();
        await typeAndFind(editor, typed, '市直机关积极响应');
        await near.waitFor({ timeout: 10_000 });
        const id = (await near.getAttribute('id')) ?? '';
        // Move to it: the active row shows the preview before anything is inserted.
        for (let i = 0; i < 5 && (await near.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('Alt+ArrowDown');
        await expect.poll(() => near.getAttribute('aria-selected')).toBe('true');
        const active = panelOptions(page).filter({ hasText: '替换' }).first();
        expect(await active.getAttribute('id')).toBe(id);
        expect(await active.locator('del').textContent()).toBe('我局积极响应');
        expect(await active.locator('ins').textContent()).toContain('市直机关积极响应');
        expect(await modelText(page)).toBe(typed);
        await page.keyboard.press('Alt+Enter');
        await expect.poll(() => modelText(page)).not.toBe(typed);
        expect(await modelText(page)).toBe('在全市文明城市创建工作中，市直机关积极响应、主动作为，联系帮扶主城区X个社区X个网格。');
      });

      it('fill mode: placeholders are marked, Tab and Shift+Tab cycle, typing fills, Enter destroys nothing', async () => {
        const typed = '培训入党积极分子';
        const digit = await typeAndFind(editor, typed, '预备党员X人');
        await page.keyboard.press(`Alt+Digit${digit}`);
        const inserted = `${typed}X人，预备党员X人。`;
        await expect.poll(() => modelText(page)).toBe(inserted);
        await expect.poll(() => inPanel(page, '.placeholder-mark').count()).toBe(2);
        expect(await selected()).toBe('');
        await page.keyboard.press('Tab');
        expect(await selected()).toBe('X');
        await page.keyboard.press('Tab');
        expect(await selected()).toBe('X');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.type('20');
        await page.keyboard.press('Tab');
        expect(await selected()).toBe('X');
        // Enter with a placeholder selected only ends fill mode: the X stays, no line break.
        await page.keyboard.press('Enter');
        await expect.poll(() => inPanel(page, '.placeholder-mark').count()).toBe(0);
        expect(await modelText(page)).toBe(`${typed}20人，预备党员X人。`);
        expect(await selected()).toBe('');
      });

      it('fill mode: Tab after the last placeholder ends it and keeps focus in the editor', async () => {
        const digit = await typeAndFind(editor, '培训入党积极分子', '预备党员X人');
        await page.keyboard.press(`Alt+Digit${digit}`);
        await expect.poll(() => inPanel(page, '.placeholder-mark').count()).toBe(2);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await expect.poll(() => inPanel(page, '.placeholder-mark').count()).toBe(0);
        expect(await page.locator(editor.editor).evaluate((e) => e === document.activeElement || e.contains(document.activeElement))).toBe(true);
        expect(await modelText(page)).toBe('培训入党积极分子X人，预备党员X人。');
      });
    });
  }
});
