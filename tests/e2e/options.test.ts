import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, openPage, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';
import { suggestionSources as typedSuggestionSources } from './suggestions';
import { clearLibrary, storedSources } from '../../scripts/scale-library';

const FIRST_SEED = '000_4a7ae90688f375f7';
const FIRST_SEED_TITLE = '在机关党建工作交流会上的发言';
const QUERY = '我们要坚持把政治建设摆在';
/** A speech of the writer's own, saved as GBK like many office files. */
const OWN_SPEECH = ['在全局数字档案工作推进会上的讲话', '同志们：', '一、夯实档案基础', '（一）推进档案数字化转型。要把纸质档案扫描入库，建立全文检索的电子档案馆。'].join('\r\n');
const OWN_QUERY = '要把纸质档案扫描';
const OWN_TITLE = '在全局数字档案工作推进会上的讲话';

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

describe.skipIf(!available)('options page (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let editorPage: Page;
  let optionsPage: Page;
  let worker: Worker;
  const baseUrl = inject('e2eBaseUrl');
  const files = mkdtempSync(join(tmpdir(), 'gongwen-options-'));

  beforeAll(async () => {
    browser = await launchWithExtension();
    const found = browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no background service worker');
    worker = found;
    const extensionId = new URL(worker.url()).host;
    editorPage = await browser.context.newPage();
    await openPage(editorPage, `${baseUrl}/textarea.html`);
    optionsPage = await browser.context.newPage();
    await optionsPage.goto(`chrome-extension://${extensionId}/options.html`);
    await optionsPage.locator('.source-row').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const suggestionSources = (query: string) => typedSuggestionSources(editorPage, query);

  type Stored = Record<'settings' | 'favourites' | 'importedSources', unknown>;
  /** Settings and favourites from storage.local; the imported sources from the library's IndexedDB. */
  const stored = async (): Promise<Stored> => {
    const local = (await optionsPage.evaluate("chrome.storage.local.get(['settings', 'favourites'])")) as Omit<Stored, 'importedSources'>;
    return { ...local, importedSources: await storedSources(optionsPage) };
  };

  const sourceSwitch = (id: string) => optionsPage.locator(`.source-row[data-source-id="${id}"] input[type="checkbox"]`);

  it('switching a source off removes its passages from an already open tab, without a reload', async () => {
    expect((await suggestionSources(QUERY)).some((s) => s.startsWith(FIRST_SEED_TITLE))).toBe(true);

    await optionsPage.bringToFront();
    await sourceSwitch(FIRST_SEED).uncheck();
    const switchedAt = Date.now();
    await expect.poll(() => worker.evaluate("chrome.storage.local.get('settings').then((s) => s.settings?.disabledSources)")).toEqual([FIRST_SEED]);

    const sources = await suggestionSources(QUERY);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.some((s) => s.startsWith(FIRST_SEED_TITLE))).toBe(false);
    // Typing the query again takes ~0.3 s of the budget; the change itself is applied by storage events.
    expect(Date.now() - switchedAt).toBeLessThan(3000);

    await optionsPage.bringToFront();
    await sourceSwitch(FIRST_SEED).check();
    await expect.poll(async () => (await suggestionSources(QUERY)).some((s) => s.startsWith(FIRST_SEED_TITLE))).toBe(true);
  });

  it('imports a GBK .txt, previews its outline, and suggests from it', async () => {
    const file = join(files, '档案讲话.txt');
    writeFileSync(file, iconv.encode(OWN_SPEECH, 'gbk'));
    await optionsPage.bringToFront();
    await optionsPage.locator('#import input[name="files"]').setInputFiles(file);
    const preview = optionsPage.locator('#import .preview');
    await expect.poll(() => preview.textContent()).toContain('推进档案数字化转型');
    expect(await preview.textContent()).toContain('gb18030');
    await optionsPage.locator('#import button.primary').click();
    await optionsPage.locator(`.source-row`, { hasText: OWN_TITLE }).waitFor();

    const sources = await suggestionSources(OWN_QUERY);
    expect(sources[0]).toContain(OWN_TITLE);
  });

  it('refuses a file it cannot read, says which and why, and keeps what is stored', async () => {
    const bad = join(files, 'empty.txt');
    writeFileSync(bad, '');
    await optionsPage.bringToFront();
    await optionsPage.locator('#import input[name="files"]').setInputFiles(bad);
    await expect.poll(() => optionsPage.locator('#import .error').textContent()).toContain('empty.txt：文件是空的。请检查是否选错了文件。');
    expect(await optionsPage.locator('.source-row', { hasText: OWN_TITLE }).count()).toBe(1);
  });

  it('exports everything, and after a wipe the backup brings it all back', async () => {
    await optionsPage.bringToFront();
    await sourceSwitch('003_d1599044f2970676').uncheck();
    await worker.evaluate("chrome.storage.local.set({ favourites: [{ id: 'f1', text: '不忘初心、牢记使命', abbreviation: ';bwcx', createdAt: 1 }] })");
    const [download] = await Promise.all([optionsPage.waitForEvent('download'), optionsPage.locator('#backup button').first().click()]);
    const backupFile = join(files, 'backup.json');
    await download.saveAs(backupFile);
    const before = await stored();

    // A truncated copy is refused and changes nothing.
    const truncated = join(files, 'truncated.json');
    writeFileSync(truncated, readFileSync(backupFile, 'utf8').slice(0, 500));
    await optionsPage.locator('#backup input[type="file"]').setInputFiles(truncated);
    await optionsPage.locator('#backup [role="alert"]').waitFor();
    expect(await stored()).toEqual(before);

    await worker.evaluate('chrome.storage.local.clear()');
    await clearLibrary(optionsPage);
    await optionsPage.reload();
    await optionsPage.locator('.source-row').first().waitFor();
    expect(await optionsPage.locator('.source-row', { hasText: OWN_TITLE }).count()).toBe(0);

    await optionsPage.locator('#backup input[type="file"]').setInputFiles(backupFile);
    // The restore says what it will change and waits for the writer (restore.test.ts covers the preview).
    await optionsPage.locator('.restore-confirm button.primary').click();
    await optionsPage.locator('.toast').waitFor();
    await optionsPage.locator('.source-row', { hasText: OWN_TITLE }).waitFor();
    const after = await stored();
    expect(after.settings).toEqual(before.settings);
    expect(after.favourites).toEqual(before.favourites);
    expect(after.importedSources).toEqual(before.importedSources);
    expect(await sourceSwitch('003_d1599044f2970676').isChecked()).toBe(false);
    expect((await suggestionSources(OWN_QUERY))[0]).toContain(OWN_TITLE);
  });
});
