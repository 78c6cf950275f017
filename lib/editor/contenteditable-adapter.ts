import type { CaretBox, EditorAdapter, InsertMethod } from './types';
import { rangeInside, selectBetween, selectionSettled } from './selection';
import { editAndSettle } from './settle';
import { readBackward, readForward, type DomPoint } from './text-walk';

/** Characters before the replaced span that the read-back also checks, to catch duplication. */
const VERIFY_PREFIX = 24;

/** Editors write spaces as no-break spaces; the writer sees no difference. */
function normalize(text: string): string {
  return text.replace(/\u00A0/g, ' ');
}

/**
 * The ways to make an unknown contenteditable editor insert text through its own model, most
 * faithful first. Each is verified by reading the text back before the next is tried.
 */
const STEPS: readonly { method: InsertMethod; run: (target: HTMLElement, text: string) => void }[] = [
  // Trusted beforeinput + input: editors that handle beforeinput themselves (CKEditor, Slate,
  // Lexical) apply it to their model; others (ProseMirror, Quill) read the DOM change back.
  { method: 'execCommand', run: (target, text) => void target.ownerDocument.execCommand('insertText', false, text) },
  {
    method: 'paste',
    run: (target, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
    },
  },
  {
    method: 'beforeinput',
    run: (target, text) => {
      target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true }));
    },
  },
];

function elementAt(point: DomPoint, host: HTMLElement): HTMLElement {
  const node = point.node.nodeType === 1 ? point.node : point.node.parentNode;
  return node instanceof HTMLElement && host.contains(node) ? node : host;
}

export function createContentEditableAdapter(host: HTMLElement): EditorAdapter {
  const caret = (): DomPoint | null => {
    const range = rangeInside(host);
    return range?.collapsed ? { node: range.endContainer, offset: range.endOffset } : null;
  };
  const before = (maxChars: number) => {
    const point = caret();
    return point ? readBackward(host, point, maxChars) : null;
  };
  const after = (maxChars: number) => {
    const range = rangeInside(host);
    return range ? readForward(host, { node: range.endContainer, offset: range.endOffset }, maxChars) : null;
  };

  /**
   * The span to replace, found again before every attempt: the text around the caret must be
   * exactly what it was. An editor that reverted a foreign DOM change (CKEditor reverts what
   * execCommand did behind its back) leaves it so, and the next method may be tried; anything
   * else means an attempt changed the document, and trying again could insert twice.
   */
  const locate = (count: number, original: { before: string; after: string }) => {
    const range = rangeInside(host);
    if (!range) return null;
    const end = { node: range.endContainer, offset: range.endOffset };
    const walked = readBackward(host, end, original.before.length);
    if (walked.text !== original.before || readForward(host, end, original.after.length).text !== original.after) return null;
    const start = walked.points[walked.text.length - count];
    return start ? { start, end } : null;
  };

  /** Re-setting the caret closes the browser's open typing step (see the text-control adapter). */
  const closeTyping = () => {
    const point = caret();
    if (point) selectBetween(host, point, point);
  };

  const replaceBeforeCaret = async (count: number, text: string): Promise<InsertMethod | null> => {
    const walked = before(count + VERIFY_PREFIX);
    const caretAfter = after(VERIFY_PREFIX);
    if (!walked || !caretAfter || walked.text.length < count) return null;
    const original = { before: walked.text, after: caretAfter.text };
    const expected = normalize(walked.text.slice(0, walked.text.length - count) + text);
    const doc = host.ownerDocument;
    for (const step of STEPS) {
      const span = locate(count, original);
      if (!span) return null;
      const settled = selectionSettled(doc);
      selectBetween(host, span.start, span.end);
      await settled;
      await editAndSettle(host, () => step.run(elementAt(span.start, host), text));
      const now = before(expected.length);
      if (now && normalize(now.text) === expected) {
        closeTyping();
        return step.method;
      }
    }
    return null;
  };

  const selectRelative = (from: number, to: number): boolean => {
    const range = rangeInside(host);
    if (!range) return false;
    const back = from < 0 ? before(-from) : null;
    const ahead = to > 0 ? after(to) : null;
    const pointAt = (offset: number): DomPoint | undefined => {
      if (offset < 0) return back?.points[back.text.length + offset];
      if (offset > 0) return ahead?.points[offset];
      return { node: range.endContainer, offset: range.endOffset };
    };
    const start = pointAt(from);
    const end = pointAt(to);
    return start && end ? selectBetween(host, start, end) : false;
  };

  const caretBox = (): CaretBox | null => {
    const range = rangeInside(host);
    if (!range) return null;
    const rects = range.getClientRects();
    const rect = rects[rects.length - 1] ?? elementAt({ node: range.endContainer, offset: 0 }, host).getBoundingClientRect();
    return { left: rect.left, top: rect.top, bottom: rect.bottom };
  };

  return {
    element: host,
    textBeforeCaret: (maxChars) => before(maxChars)?.text ?? null,
    textAfterCaret: (maxChars) => after(maxChars)?.text ?? null,
    replaceBeforeCaret,
    selectRelative,
    caretBox,
  };
}
