import { inject, describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchWithExtension, modelText, openPage, panelHost, panelOptions, type ExtensionBrowser, type Scope } from './browser';
import { phrasesText, typePinyin, TYPED_PHRASES } from './ime';
import { chromiumAvailable, NO_CHROMIUM_BANNER } from './paths';
import { launchPlain } from './plain-browser';

const TYPED = phrasesText(TYPED_PHRASES);
const EXPECTED = '坚持把政治建设摆在首位';
/**
 * The writer presses Alt+N as soon as the panel shows, and no later than this after the last
 * keystroke (the IME's commit: suggestions come at once after it, with no typing pause to wait for).
 * The bound is what matters for undo: well below ProseMirror's 500 ms, the shortest window in which
 * an editor here merges edits into one undo step (Quill 1 s, CodeMirror 1.25 s…), so every Ctrl+Z
 * check below runs where an insertion would join the typing.
 */
const INSERT_WITHIN_MS = 200;

interface MatrixEditor {
  name: string;
  /** The editor family, as the README's table names it. */
  family: string;
  page: string;
  /** What the writer clicks to start writing. */
  click: string;
  /** The editor is inside this same-origin iframe of the page. */
  frame?: string;
}

const EDITORS: readonly MatrixEditor[] = [
  { name: 'textarea', family: 'text control', page: 'textarea', click: '#editor' },
  { name: 'input[type=text]', family: 'text control', page: 'input', click: '#editor' },
  { name: 'React 18 controlled textarea', family: 'text control', page: 'react', click: '#editor' },
  { name: 'textarea in an open shadow root', family: 'text control', page: 'shadow', click: 'oa-field textarea' },
  { name: 'contenteditable', family: 'execCommand', page: 'contenteditable', click: '#editor' },
  { name: 'contenteditable in an about:blank iframe', family: 'execCommand', page: 'iframe', click: '#editor', frame: '#frame' },
  { name: 'contenteditable in a 200-px-high iframe', family: 'execCommand', page: 'small-iframe', click: '#editor', frame: '#frame' },
  { name: 'Quill 2', family: 'beforeinput', page: 'quill', click: '.ql-editor' },
  { name: 'Quill 1.3', family: 'execCommand', page: 'quill1', click: '.ql-editor' },
  { name: 'Tiptap 3 (ProseMirror)', family: 'execCommand', page: 'tiptap', click: '.ProseMirror' },
  { name: 'Milkdown 7 (ProseMirror)', family: 'execCommand', page: 'milkdown', click: '.ProseMirror' },
  { name: 'CKEditor 5 classic', family: 'beforeinput', page: 'ckeditor', click: '.ck-editor__editable' },
  { name: 'CKEditor 5 decoupled document', family: 'beforeinput', page: 'ckeditor-document', click: '.ck-editor__editable' },
  { name: 'Slate (slate-react)', family: 'beforeinput', page: 'slate', click: '#editor' },
  { name: 'Lexical', family: 'beforeinput', page: 'lexical', click: '#editor' },
  { name: 'wangEditor 5 (Slate)', family: 'beforeinput', page: 'wangeditor', click: '[data-slate-editor]' },
  { name: 'Trix 2', family: 'beforeinput', page: 'trix', click: 'trix-editor' },
  { name: 'Draft.js', family: 'execCommand', page: 'draft', click: '.public-DraftEditor-content' },
  { name: 'Summernote (jQuery)', family: 'execCommand', page: 'summernote', click: '.note-editable' },
  { name: 'Medium Editor', family: 'execCommand', page: 'medium', click: '#editor' },
  { name: 'Jodit 4 (iframe mode)', family: 'execCommand', page: 'jodit-iframe', click: 'body', frame: 'iframe' },
  { name: 'CodeMirror 5', family: 'hidden input', page: 'codemirror5', click: '.CodeMirror' },
  { name: 'CodeMirror 6', family: 'execCommand', page: 'codemirror6', click: '.cm-content' },
  { name: 'Ace', family: 'hidden input', page: 'ace', click: '#editor' },
  { name: '@hufe921/canvas-editor (canvas)', family: 'hidden input', page: 'canvas-editor', click: '#editor canvas' },
  { name: 'EditContext page', family: 'EditContext', page: 'editcontext', click: '#editor' },
];

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

async function focusEditor(page: Page, editor: MatrixEditor): Promise<Scope> {
  let scope: Scope = page;
  if (editor.frame) {
    const frame = await page.locator(editor.frame).first().elementHandle().then((handle) => handle?.contentFrame());
    if (!frame) throw new Error(`no frame ${editor.frame}`);
    scope = frame;
  }
  await scope.locator(editor.click).first().click();
  return scope;
}

/**
 * The suggestion that leads to EXPECTED, polled with one read of all rows at a time so that Alt+N can
 * follow as soon as the panel shows, as a writer's would.
 */
async function waitForSuggestion(scope: Scope): Promise<{ index: number; text: string }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const texts = await panelOptions(scope).locator('.text').allTextContents();
    // A row either completes the typed words (首位。) or replaces them with the whole passage.
    const index = texts.findIndex((text) => `${TYPED}${text}`.includes(EXPECTED) || text.includes(EXPECTED));
    if (index >= 0) return { index, text: texts[index] ?? '' };
    if (Date.now() > deadline) throw new Error(`no suggestion with ${EXPECTED}; rows: ${JSON.stringify(texts)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The typed text with its matched tail replaced by the suggestion: nothing duplicated, nothing lost. */
function expectReplaced(model: string, inserted: string) {
  expect(model.endsWith(inserted)).toBe(true);
  expect(TYPED.startsWith(model.slice(0, model.length - inserted.length))).toBe(true);
}

describe.skipIf(!available)('editor matrix, harness check: each editor works on its own (Chromium without the extension)', () => {
  const baseUrl = inject('e2eBaseUrl');
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchPlain();
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  });
  afterAll(() => browser?.close());

  for (const editor of EDITORS) {
    it(`${editor.name}: pinyin committed through the IME reaches the editor's own model`, async () => {
      await openPage(page, `${baseUrl}/${editor.page}.html`);
      await focusEditor(page, editor);
      await typePinyin(page, TYPED_PHRASES);
      await expect.poll(() => modelText(page)).toBe(TYPED);
    });
  }
});

/** Which insertion method and how soon, per editor: printed at the end for the README's table. */
const results = new Map<string, { family: string; method: string; altNAfterMs: number }>();

describe.skipIf(!available)('editor matrix with the extension: suggest, Alt+N right after typing, one Ctrl+Z', () => {
  const baseUrl = inject('e2eBaseUrl');
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    if (results.size > 0) console.table(Object.fromEntries(results));
    await browser?.close();
  });

  for (const editor of EDITORS) {
    it(`${editor.name}: the passage reaches the model, and one Ctrl+Z restores exactly what was typed`, async () => {
      await openPage(page, `${baseUrl}/${editor.page}.html`);
      const scope = await focusEditor(page, editor);
      await typePinyin(page, TYPED_PHRASES);
      const typedAt = Date.now();
      const { index, text } = await waitForSuggestion(scope);
      const altNAfterMs = Date.now() - typedAt;
      results.set(editor.name, { family: editor.family, method: '?', altNAfterMs });
      expect(altNAfterMs).toBeLessThanOrEqual(INSERT_WITHIN_MS);
      await page.keyboard.press(`Alt+Digit${index + 1}`);
      await expect.poll(() => panelHost(scope).getAttribute('data-insert-method')).not.toBeNull();
      expectReplaced(await modelText(page), text);
      const method = (await panelHost(scope).getAttribute('data-insert-method')) ?? '?';
      results.set(editor.name, { family: editor.family, method, altNAfterMs });
      expect(method).not.toBe('failed');
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(TYPED);
    });
  }
});
