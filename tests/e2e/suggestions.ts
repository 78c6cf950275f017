import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { panelOptions } from './browser';

/** Types `query` afresh in the `#editor` of an already open test page and returns the source lines of the suggestions. */
export async function suggestionSources(editorPage: Page, query: string): Promise<string[]> {
  await editorPage.bringToFront();
  const editor = editorPage.locator('#editor');
  // Focus rather than click: the panel from the last query may sit over the middle of the field.
  await editor.focus();
  await editor.fill('');
  // An empty field hides the panel: wait for that, so the suggestions read below are the new ones.
  await expect.poll(() => panelOptions(editorPage).count()).toBe(0);
  await editorPage.keyboard.type(query, { delay: 15 });
  await panelOptions(editorPage).first().waitFor({ timeout: 10_000 });
  return panelOptions(editorPage).locator('.source').allTextContents();
}
