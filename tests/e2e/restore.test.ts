import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseSource } from '@/lib/corpus';
import { launchWithExtension, openPage, panelOptions, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';
import { storedSources, storeLibrary } from '../../scripts/scale-library';

/**
 * Restoring a backup never surprises: it first lists what changes, merges or replaces, and one click
 * undoes it exactly; a deleted source waits in the bin (never suggested) until restored or emptied.
 */
const OWN_TITLE = '在全局数字档案工作推进会上的讲话';
const OWN_QUERY = '要把纸质档案扫描入库';
const own = {
  source: parseSource(`${OWN_TITLE}\n同志们：\n一、夯实档案基础\n（一）推进档案数字化转型。要把纸质档案扫描入库，建立全文检索的电子档案馆。`, '档案讲话.txt'),
  encoding: 'utf-8',
  importedAt: 1_700_000_000_000,
};
const OLD_FAVOURITE = { id: 'f1', text: '不忘初心、牢记使命', abbreviation: ';bwcx', createdAt: 1 };
const NEW_FAVOURITE = { id: 'f2', text: '全面从严治党永远在路上', createdAt: 2 };

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

describe.skipIf(!available)('restore with a preview and undo; the bin (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let options: Page;
  let editor: Page;
  let worker: Worker;
  const baseUrl = inject('e2eBaseUrl');
  const files = mkdtempSync(join(tmpdir(), 'gongwen-restore-'));
  const row = () => options.locator('.source-row', { hasText: OWN_TITLE });
  const stored = async () => ({ local: await options.evaluate("chrome.storage.local.get(['settings', 'favourites'])"), sources: await storedSources(options) });

  /** Whether typing the query afresh in the editor tab suggests the writer's own speech. */
  async function suggestsOwn(): Promise<boolean> {
    await editor.bringToFront();
    const field = editor.locator('#editor');
    await field.focus();
    await field.fill('');
    await expect.poll(() => panelOptions(editor).count()).toBe(0);
    await editor.keyboard.type(OWN_QUERY, { delay: 15 });
    // Nothing may come at all once the speech is gone: wait for the panel or a quiet second.
    await panelOptions(editor).first().waitFor({ timeout: 3000 }).catch(() => undefined);
    return (await panelOptions(editor).locator('.source').allTextContents()).some((s) => s.includes(OWN_TITLE));
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
    const found = browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no service worker');
    worker = found;
    editor = await browser.context.newPage();
    await openPage(editor, `${baseUrl}/textarea.html`);
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await options.locator('.source-row').first().waitFor();
    await storeLibrary(options, [own]);
    await worker.evaluate(`chrome.storage.local.set({ favourites: [${JSON.stringify(OLD_FAVOURITE)}] })`);
    await row().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a deleted source goes to the bin, is not suggested, and comes back from it', async () => {
    expect(await suggestsOwn()).toBe(true);
    await options.bringToFront();
    await row().locator('button.danger').click();
    await expect.poll(() => options.locator('.toast').textContent()).toContain(`已把“${OWN_TITLE}”移到回收站`);
    await expect.poll(() => row().count()).toBe(0);
    await options.locator('#bin summary').click();
    await expect.poll(() => options.locator('#bin summary').textContent()).toBe('回收站（1）');
    expect(await suggestsOwn()).toBe(false);

    await options.bringToFront();
    await options.locator('#bin li', { hasText: OWN_TITLE }).getByRole('button', { name: '恢复' }).click();
    await row().waitFor();
    await expect.poll(() => options.locator('#bin summary').textContent()).toBe('回收站（0）');
    expect(await storedSources(options)).toEqual([own]);
    await expect.poll(() => suggestsOwn(), { timeout: 20_000 }).toBe(true);
  });

  it('shows what a restore changes, merges without losing newer work, and 撤销恢复 brings back exactly what was there', async () => {
    await options.bringToFront();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#backup button', { hasText: '导出' }).click()]);
    const backupFile = join(files, download.suggestedFilename());
    await download.saveAs(backupFile);
    await expect.poll(() => options.locator('.toast').textContent()).toContain(`已导出备份：${download.suggestedFilename()}`);

    // After the export: a favourite pinned, the speech deleted and the bin emptied.
    await worker.evaluate(`chrome.storage.local.set({ favourites: [${JSON.stringify(OLD_FAVOURITE)}, ${JSON.stringify(NEW_FAVOURITE)}] })`);
    await row().locator('button.danger').click();
    await expect.poll(() => row().count()).toBe(0);
    options.once('dialog', (dialog) => void dialog.accept());
    await options.locator('#bin button', { hasText: '清空回收站' }).click();
    await expect.poll(() => options.locator('#bin summary').textContent()).toBe('回收站（0）');
    const before = await stored();

    await options.locator('#backup input[type="file"]').setInputFiles(backupFile);
    const confirm = options.locator('.restore-confirm');
    await confirm.waitFor();
    // 合并 (the default): the speech comes back, the newer favourite stays.
    await expect.poll(() => confirm.locator('[data-change="added"]').first().textContent()).toContain(OWN_TITLE);
    expect(await confirm.locator('[data-change="removed"]').count()).toBe(0);
    // 替换 would remove the favourite pinned after the export: the preview says so before anything is written.
    await confirm.getByRole('radio', { name: /替换/ }).check();
    await expect.poll(() => confirm.locator('[data-change="removed"]').textContent()).toContain(NEW_FAVOURITE.text);
    expect(await stored()).toEqual(before);
    await confirm.getByRole('radio', { name: /合并/ }).check();
    await expect.poll(() => confirm.locator('[data-change="removed"]').count()).toBe(0);
    await confirm.getByRole('button', { name: '合并恢复' }).click();

    await expect.poll(() => options.locator('.toast').textContent()).toContain('已恢复');
    await row().waitFor();
    const favourites = (await options.evaluate("chrome.storage.local.get('favourites')")) as { favourites: { text: string }[] };
    expect(favourites.favourites.map((f) => f.text)).toEqual([OLD_FAVOURITE.text, NEW_FAVOURITE.text]);
    await expect.poll(() => suggestsOwn(), { timeout: 20_000 }).toBe(true);

    await options.bringToFront();
    await options.locator('.toast button', { hasText: '撤销恢复' }).click();
    await expect.poll(() => options.locator('.toast').textContent()).toContain('已撤销恢复');
    await expect.poll(() => row().count()).toBe(0);
    expect(await stored()).toEqual(before);
    expect(await options.locator('#backup .undo-restore').count()).toBe(0);
  });

  it('refuses a broken backup in the UI language, naming the file and line, and changes nothing', async () => {
    const before = await stored();
    const broken = join(files, '坏备份.json');
    writeFileSync(broken, '{\n"format": "gongwen-assist-backup",\n"version": 1\n"settings": {}\n}');
    await options.locator('#backup input[type="file"]').setInputFiles(broken);
    await expect.poll(() => options.locator('#backup [role="alert"]').textContent()).toBe(
      '“坏备份.json”第 4 行不是有效的 JSON，文件可能被编辑过。请选择本扩展“导出”生成的原始备份。现有数据没有任何改动。',
    );
    expect(await options.locator('.restore-confirm').count()).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('an out-of-range setting is refused inline with the allowed range, and the field shows what is saved', async () => {
    const limit = options.locator('#suggestions input[type="number"]').first();
    await limit.fill('8');
    await limit.press('Enter');
    await expect.poll(() => options.locator('#suggestions [role="alert"]').textContent()).toBe('8 不在允许范围 1–5 之内，没有保存；仍是 5。');
    expect(await limit.inputValue()).toBe('5');
    expect(await options.evaluate("chrome.storage.local.get('settings').then((s) => s.settings?.limit ?? 5)")).toBe(5);
    await limit.fill('3');
    await limit.press('Enter');
    await expect.poll(() => options.evaluate("chrome.storage.local.get('settings').then((s) => s.settings?.limit)")).toBe(3);
    expect(await options.locator('#suggestions [role="alert"]').count()).toBe(0);
  });
});
