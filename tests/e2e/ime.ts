import type { CDPSession, Page } from 'playwright-core';

/** One committed phrase: the pinyin the writer types, then the characters the IME commits. */
export interface PinyinPhrase {
  pinyin: string;
  text: string;
}

/** 我们要坚持把政治建设摆在, the way a pinyin IME commits it: a phrase at a time. */
export const TYPED_PHRASES: readonly PinyinPhrase[] = [
  { pinyin: 'womenyao', text: '我们要' },
  { pinyin: 'jianchiba', text: '坚持把' },
  { pinyin: 'zhengzhijianshe', text: '政治建设' },
  { pinyin: 'baizai', text: '摆在' },
];

export function phrasesText(phrases: readonly PinyinPhrase[]): string {
  return phrases.map((phrase) => phrase.text).join('');
}

/** Windows virtual key code of a letter or space key, as a real keyboard sends it. */
function virtualKeyCode(key: string): number {
  return key === ' ' ? 32 : key.toUpperCase().charCodeAt(0);
}

function keyCodeName(key: string): string {
  return key === ' ' ? 'Space' : `Key${key.toUpperCase()}`;
}

/**
 * A key pressed while the IME owns the keyboard: keydown arrives as `Process` with keyCode 229,
 * then `during` changes the composition, then the key's own keyup (keyCode of the physical key).
 */
async function imeKey(cdp: CDPSession, key: string, during: () => Promise<unknown>): Promise<void> {
  const code = keyCodeName(key);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await during();
  const keyCode = virtualKeyCode(key);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
}

/**
 * Types `phrases` into the focused element the way a pinyin IME delivers them — trusted events
 * only: every letter is a 229 keydown, a composition update showing the pinyin so far, and the
 * letter's keyup; the space that picks the candidate commits the characters (compositionend).
 * The last commit is the last keystroke: nothing waits after it.
 */
export async function typePinyin(page: Page, phrases: readonly PinyinPhrase[], keyDelayMs = 15, commitPauseMs = 80): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const [index, { pinyin, text }] of phrases.entries()) {
      // A writer glances at what was committed before the next word's pinyin (and editors such as
      // Draft.js finish a composition on a short timer).
      if (index > 0 && commitPauseMs) await page.waitForTimeout(commitPauseMs);
      for (let i = 1; i <= pinyin.length; i++) {
        const shown = pinyin.slice(0, i);
        await imeKey(cdp, pinyin[i - 1] ?? '', () =>
          cdp.send('Input.imeSetComposition', { text: shown, selectionStart: shown.length, selectionEnd: shown.length }),
        );
        if (keyDelayMs) await page.waitForTimeout(keyDelayMs);
      }
      await imeKey(cdp, ' ', () => cdp.send('Input.insertText', { text }));
    }
  } finally {
    await cdp.detach();
  }
}
