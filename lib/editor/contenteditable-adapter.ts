import type { CaretBox, EditorAdapter, InsertMethod, TextBox } from './types';
import { rangeInside, selectBetween, selectionSettled } from './selection';
import { editAndSettle } from './settle';
import { readBackward, readForward, type DomPoint } from './text-walk';

/** How long an editor that canceled beforeinput may take to render the text it took. */
const CLAIMED_RENDER_MS = 300;

/** Characters before the replaced span that the read-back also checks, to catch duplication. */
const VERIFY_PREFIX = 24;

/** Editors write spaces as no-break spaces; the writer sees no difference. */
function normalize(text: string): string {
  return text.replace(/\u00A0/g, ' ');
}

interface InsertStep {
  method: InsertMethod;
  /** Runs the step on the selected span; false when the editor did not take it (nothing changed). */
  run(target: HTMLElement, text: string, span: StaticRange): boolean;
}

/**
 * The ways to make an unknown contenteditable editor insert text through its own model, most
 * faithful first. Each is verified by reading the text back before the next is tried.
 */
const STEPS: readonly InsertStep[] = [
  // Editors that apply typing to their model from beforeinput (Slate, Lexical, CKEditor, Quill 2)
  // cancel it and render the change themselves. Chromium's execCommand fires no beforeinput, and such
  // an editor would leave its model behind a DOM it did not write: so this comes first. The browser
  // does nothing for a synthetic beforeinput, so a canceled one, or a changed document, is the editor's.
  {
    method: 'beforeinput',
    run: (target, text, span) => {
      const inputType = span.collapsed ? 'insertText' : 'insertReplacementText';
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const init = { inputType, data: text, dataTransfer: span.collapsed ? null : data, targetRanges: [span], bubbles: true, cancelable: true, composed: true };
      return !target.dispatchEvent(new InputEvent('beforeinput', init));
    },
  },
  // Trusted input event: editors that read the DOM back (ProseMirror, Quill, Draft.js) apply it.
  { method: 'execCommand', run: (target, text) => target.ownerDocument.execCommand('insertText', false, text) },
  {
    method: 'paste',
    run: (target, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      return !target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
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

  /** Whether the text before the caret ends as `expected`, waiting up to `waitMs` for it. */
  const readsBack = async (expected: string, waitMs: number): Promise<boolean> => {
    const deadline = performance.now() + waitMs;
    for (;;) {
      const now = before(expected.length);
      if (now && normalize(now.text) === expected) return true;
      if (performance.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
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
      const range = new StaticRange({ startContainer: span.start.node, startOffset: span.start.offset, endContainer: span.end.node, endOffset: span.end.offset });
      let taken = false;
      const mutated = await editAndSettle(host, () => (taken = step.run(elementAt(span.start, host), text, range)));
      // Neither taken nor anything changed: on to the next step.
      if (!taken && !mutated) continue;
      // An editor that took beforeinput (canceled it, or changed the document from it) may render
      // later, and any further attempt could insert twice.
      const claimed = step.method === 'beforeinput';
      if (await readsBack(expected, claimed ? CLAIMED_RENDER_MS : 0)) {
        closeTyping();
        return step.method;
      }
      if (claimed) return null;
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

  /** Boxes of `[from, to)` from the selection's end: the client rects of a DOM range over them. */
  const boxesOfRelative = (from: number, to: number): TextBox[] => {
    const range = rangeInside(host);
    if (!range) return [];
    const end = { node: range.endContainer, offset: range.endOffset };
    const back = from < 0 ? readBackward(host, end, -from) : null;
    const ahead = to > 0 ? readForward(host, end, to) : null;
    const pointAt = (offset: number): DomPoint | undefined =>
      offset < 0 ? back?.points[back.text.length + offset] : offset > 0 ? ahead?.points[offset] : end;
    const start = pointAt(from);
    const stop = pointAt(to);
    if (!start || !stop) return [];
    const span = host.ownerDocument.createRange();
    span.setStart(start.node, start.offset);
    span.setEnd(stop.node, stop.offset);
    return Array.from(span.getClientRects(), (r) => ({ left: r.left, top: r.top, width: r.width, height: r.height })).filter((r) => r.width > 0);
  };

  return {
    element: host,
    boxesOfRelative,
    textBeforeCaret: (maxChars) => before(maxChars)?.text ?? null,
    textAfterCaret: (maxChars) => after(maxChars)?.text ?? null,
    replaceBeforeCaret,
    selectRelative,
    caretBox,
  };
}
