import { editAndSettle } from './settle';
import type { CaretBox, EditorAdapter, InsertMethod } from './types';

/** The parts of Chrome's EditContext API used here (TypeScript's DOM library lacks it). */
interface EditContextLike extends EventTarget {
  readonly text: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  updateText(start: number, end: number, text: string): void;
  updateSelection(start: number, end: number): void;
  characterBounds(): DOMRect[];
  readonly characterBoundsRangeStart: number;
}

type TextUpdateEventConstructor = new (
  type: 'textupdate',
  init: { updateRangeStart: number; updateRangeEnd: number; text: string; selectionStart: number; selectionEnd: number },
) => Event;

/** The element's EditContext, when the page edits it through that API instead of contenteditable. */
export function editContextOf(element: Element): EditContextLike | null {
  const context = (element as Element & { editContext?: EditContextLike | null }).editContext;
  return context && typeof context.updateText === 'function' ? context : null;
}

/**
 * An editor on the EditContext API: the focused element is neither contenteditable nor a text
 * control, the text and selection live in the EditContext (readable by anyone), and the page renders
 * them itself. Typing arrives as `textupdate` on the EditContext, with no DOM input events, so the
 * adapter reports it. Insertion does what the browser does for typing: it updates the EditContext's
 * text and selection, then fires `textupdate` for the page to apply to its model. It counts when the
 * page re-rendered the element in response; otherwise the EditContext is put back as it was.
 */
export function createEditContextAdapter(element: HTMLElement, context: EditContextLike): EditorAdapter {
  const caret = (): number | null => (context.selectionStart === context.selectionEnd ? context.selectionEnd : null);
  let composing = false;
  let typed: ((committed: boolean) => void) | null = null;
  const onTextUpdate = (event: Event) => {
    if (event.isTrusted && !composing) typed?.(false);
  };
  const onCompositionStart = () => (composing = true);
  const onCompositionEnd = () => {
    composing = false;
    typed?.(true);
  };
  context.addEventListener('textupdate', onTextUpdate);
  context.addEventListener('compositionstart', onCompositionStart);
  context.addEventListener('compositionend', onCompositionEnd);

  const replaceBeforeCaret = async (count: number, text: string): Promise<InsertMethod | null> => {
    const end = caret();
    const Update = (element.ownerDocument.defaultView as (Window & { TextUpdateEvent?: TextUpdateEventConstructor }) | null)?.TextUpdateEvent;
    if (end === null || end < count || !Update) return null;
    const start = end - count;
    const original = context.text.slice(start, end);
    const after = start + text.length;
    context.updateText(start, end, text);
    context.updateSelection(after, after);
    const update = new Update('textupdate', { updateRangeStart: start, updateRangeEnd: end, text, selectionStart: after, selectionEnd: after });
    if (await editAndSettle(element, () => context.dispatchEvent(update))) return 'textupdate';
    context.updateText(start, after, original);
    context.updateSelection(end, end);
    return null;
  };

  const caretBox = (): CaretBox | null => {
    // The page hands the browser character boxes for the IME window; the last one before the caret is the caret's.
    const bounds = context.characterBounds();
    const box = bounds[Math.min(bounds.length, (caret() ?? 0) - context.characterBoundsRangeStart) - 1];
    if (box && box.height > 0) return { left: box.right, top: box.top, bottom: box.bottom };
    const rect = element.getBoundingClientRect();
    return { left: rect.left, top: rect.top, bottom: rect.top + 24 };
  };

  return {
    element,
    textBeforeCaret: (maxChars) => {
      const end = caret();
      return end === null ? null : context.text.slice(Math.max(0, end - maxChars), end);
    },
    textAfterCaret: (maxChars) => context.text.slice(context.selectionEnd, context.selectionEnd + maxChars),
    replaceBeforeCaret,
    // The page keeps its own selection: setting the EditContext's would not move it.
    selectRelative: () => false,
    caretBox,
    followTyping: (listener) => {
      typed = listener;
    },
    dispose: () => {
      typed = null;
      context.removeEventListener('textupdate', onTextUpdate);
      context.removeEventListener('compositionstart', onCompositionStart);
      context.removeEventListener('compositionend', onCompositionEnd);
    },
  };
}
