import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { libraryRevisions, scaledLibrary, storeLibrary } from '../../scripts/scale-library';
import { inPanel, launchWithExtension, modelText, openPage, panelOptions, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';

/**
 * Near-duplicate folding in the real panel, over a library of 100× the seeds made of near-copies of
 * each seed speech (scripts/bench-corpus.ts): the right passage comes first, once, with 另有 N 个相近版本;
 * expanding lists the versions (mouse and Alt+→), Alt+← goes back, and a listed version inserts.
 */
const QUERY = '我们要坚持把政治建设摆在';
const EXPECTED = '首位';

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

describe.skipIf(!available)('near-duplicates in a library of 100× the seeds (Chromium + built extension)', { timeout: 150_000 }, () => {
  let browser: ExtensionBrowser;
  let editor: Page;
  const baseUrl = inject('e2eBaseUrl');

  beforeAll(async () => {
    browser = await launchWithExtension();
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no background service worker');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await options.locator('.source-row').first().waitFor();
    const revision = await storeLibrary(options, scaledLibrary(100));
    const started = Date.now();
    while ((await libraryRevisions(options)).snapshot !== revision) {
      if (Date.now() - started > 150_000) throw new Error('the background did not store its index of the library');
      await options.waitForTimeout(500);
    }
    await options.close();
    editor = await browser.context.newPage();
    await openPage(editor, `${baseUrl}/textarea.html`);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  const typeQuery = async () => {
    // The panel of the previous query may cover the field: its top-left corner is free.
    await editor.keyboard.press('Escape');
    await editor.locator('#editor').click({ position: { x: 8, y: 8 } });
    await editor.keyboard.press('Control+A');
    await editor.keyboard.press('Delete');
    await editor.keyboard.insertText(QUERY);
    await panelOptions(editor).first().waitFor({ timeout: 20_000 });
  };

  it('shows the right passage first, once, with 另有 N 个相近版本', async () => {
    await typeQuery();
    const rows = await panelOptions(editor).allTextContents();
    expect(rows[0]).toContain(EXPECTED);
    const label = await panelOptions(editor).first().locator('.variants').textContent();
    expect(label).toMatch(/^另有 \d+ 个相近版本$/);
    expect(Number(/\d+/.exec(label ?? '')?.[0])).toBeGreaterThanOrEqual(5);
    // The versions are folded into that row: no other row inserts the same words.
    const inserted = await inPanel(editor, '.panel [role="option"] .text').allTextContents();
    expect(new Set(inserted).size).toBe(inserted.length);
  });

  it('expands with the mouse and with Alt+→, goes back with Alt+←, and inserts a listed version', async () => {
    await typeQuery();
    const folded = await panelOptions(editor).allTextContents();
    await panelOptions(editor).first().locator('.variants').click();
    await expect.poll(() => panelOptions(editor).allTextContents()).not.toEqual(folded);
    const versions = await inPanel(editor, '.panel [role="option"] .text').allTextContents();
    expect(versions.length).toBeGreaterThan(1);
    // The version that was shown comes first.
    expect(versions[0]).toContain(EXPECTED);
    expect(await inPanel(editor, '.panel .variants').count()).toBe(0);

    await editor.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => panelOptions(editor).allTextContents()).toEqual(folded);
    await editor.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => inPanel(editor, '.panel [role="option"] .text').allTextContents()).toEqual(versions);

    await editor.keyboard.press('Alt+2');
    await expect.poll(() => modelText(editor)).toBe(QUERY + (versions[1] ?? ''));
    await editor.keyboard.press('Control+z');
    await expect.poll(() => modelText(editor)).toBe(QUERY);
  });
});
