import type { CaretBox, EditorAdapter, InsertMethod } from './types';

/** The committed text kept as context: enough for the matcher, bounded. */
const MAX_BUFFER_CHARS = 200;
/** Keys that move the editor's caret somewhere the buffer knows nothing about. */
const CARET_KEYS = /^(Arrow|Page|Home|End|Enter|Tab|Escape|Delete)/;

/**
 * Whether keystrokes land in an input the writer cannot see, the way canvas and code editors take
 * them (a transparent textarea, a 1-px one, a tiny contenteditable): the editor draws the text itself.
 */
export function isHiddenInput(element: HTMLElement): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  if (!style) return false;
  const rect = element.getBoundingClientRect();
  // Text and caret both transparent: a field that only looks empty over a highlighting layer keeps its caret.
  const invisibleText = transparent(style.color) && transparent(style.caretColor);
  return style.opacity === '0' || invisibleText || tiny(rect) || clippedByTinyParent(element);
}

function transparent(color: string): boolean {
  return /^rgba\(.*,\s*0\)$|^transparent$/.test(color);
}

function tiny(rect: DOMRect): boolean {
  return rect.width <= 3 || rect.height <= 2;
}

/** Inside a box of a few pixels that hides what overflows it (CodeMirror 5's textarea wrapper). */
function clippedByTinyParent(element: HTMLElement): boolean {
  const parent = element.parentElement;
  if (!parent) return false;
  const style = parent.ownerDocument.defaultView?.getComputedStyle(parent);
  return style?.overflow === 'hidden' && tiny(parent.getBoundingClientRect());
}

/**
 * Editors that draw their text (canvas document editors, some code editors) and take keystrokes in a
 * hidden input that they empty after each one. The page's DOM holds no text to read, so:
 * - the context is what the writer committed into that input (typed or from the IME) since the caret
 *   last moved; a click, a caret key or leaving the input starts it afresh;
 * - the caret box is the input's own: such editors keep it at their caret for the IME's window;
 * - insertion is a paste of `text/plain` into the input, the one way in that all of them support.
 *   It counts only when the editor took the paste (canceled it). The editor's model cannot be read
 *   back from outside, so that is all the verification there is; and only text that continues what
 *   was typed can be inserted (nothing before the caret is selected or deleted).
 */
export function createHiddenInputAdapter(input: HTMLElement): EditorAdapter {
  let committed = '';
  const add = (text: string) => {
    committed = (committed + text).slice(-MAX_BUFFER_CHARS);
  };
  const reset = () => {
    committed = '';
  };
  const onInput = (event: Event) => {
    const { inputType, data, isComposing } = event as InputEvent;
    if (!event.isTrusted || isComposing || inputType === 'insertCompositionText' || inputType.startsWith('delete')) return;
    if (inputType === 'insertText' && data) add(data);
    else reset();
  };
  // Chromium fires compositionend untrusted even for a real IME; it only ever feeds our own suggestions.
  const onCompositionEnd = (event: Event) => add((event as CompositionEvent).data ?? '');
  const onKeyDown = (event: Event) => {
    const { key, ctrlKey, metaKey, altKey } = event as KeyboardEvent;
    if (!event.isTrusted || altKey) return;
    if (key === 'Backspace') committed = committed.slice(0, -1);
    else if (CARET_KEYS.test(key) || ctrlKey || metaKey) reset();
  };
  const onPointer = (event: Event) => {
    if (event.isTrusted) reset();
  };
  const doc = input.ownerDocument;
  input.addEventListener('input', onInput, true);
  input.addEventListener('compositionend', onCompositionEnd, true);
  input.addEventListener('keydown', onKeyDown, true);
  input.addEventListener('blur', reset, true);
  doc.addEventListener('mousedown', onPointer, true);

  const replaceBeforeCaret = async (count: number, text: string): Promise<InsertMethod | null> => {
    const span = committed.slice(committed.length - count);
    if (span.length !== count || !text.startsWith(span)) return null;
    const rest = text.slice(count);
    const data = new DataTransfer();
    data.setData('text/plain', rest);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    if (input.dispatchEvent(paste)) return null;
    add(rest);
    return 'paste';
  };

  const caretBox = (): CaretBox | null => {
    const rect = input.getBoundingClientRect();
    const fontSize = Number.parseFloat(doc.defaultView?.getComputedStyle(input).fontSize ?? '') || 16;
    return { left: rect.left, top: rect.top, bottom: rect.top + Math.max(rect.height, fontSize * 1.4) };
  };

  return {
    element: input,
    textBeforeCaret: (maxChars) => committed.slice(Math.max(0, committed.length - maxChars)),
    // Unknown: the editor's text is not in the DOM. (So nothing that compares it, such as the check
    // after an undo, runs here.)
    textAfterCaret: () => null,
    replaceBeforeCaret,
    // The editor's own selection cannot be set from outside.
    selectRelative: () => false,
    caretBox,
    dispose: () => {
      input.removeEventListener('input', onInput, true);
      input.removeEventListener('compositionend', onCompositionEnd, true);
      input.removeEventListener('keydown', onKeyDown, true);
      input.removeEventListener('blur', reset, true);
      doc.removeEventListener('mousedown', onPointer, true);
    },
  };
}
