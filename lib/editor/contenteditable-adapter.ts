import { beforeInputStep } from './contenteditable-beforeinput';
import { execCommandStep } from './contenteditable-execcommand';
import { pasteStep } from './contenteditable-paste';
import type { CaretBox, EditorAdapter, InsertMethod, InsertStep, TextBox } from './types';
import { rangeInside, selectBetween, selectionSettled } from './selection';
import { editAndSettle } from './settle';
import { readBackward, readForward, withPlainSpaces, type DomPoint } from './text-walk';

/** How long an editor that canceled beforeinput may take to render the text it took. */
const CLAIMED_RENDER_MS = 300;

/** Characters before the replaced span that the read-back also checks, to catch duplication. */
const VERIFY_PREFIX = 24;

/**
 * The contenteditable families, each a way to make an unknown editor insert text through its own
 * model, most faithful first. Which one an editor belongs to is observed at each insertion: each step
 * is verified by reading the text back before the next is tried.
 */
const STEPS: readonly InsertStep[] = [beforeInputStep, execCommandStep, pasteStep];

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

  /**
   * The end of the insertion once `expected` (the text up to that end) reads back around the start of
   * the selection; null when it does not. Usually the caret is there, but an editor may apply a
   * replacement and keep the replaced span selected (Trix).
   */
  const insertionEnd = (expected: string, text: string): DomPoint | null => {
    const range = rangeInside(host);
    if (!range) return null;
    const start = { node: range.startContainer, offset: range.startOffset };
    const back = withPlainSpaces(readBackward(host, start, expected.length).text);
    const ahead = readForward(host, start, text.length);
    const aheadText = withPlainSpaces(ahead.text);
    for (let following = 0; following <= text.length; following++) {
      const split = expected.length - following;
      if (back.endsWith(expected.slice(0, split)) && aheadText.startsWith(expected.slice(split))) return ahead.points[following] ?? null;
    }
    return null;
  };

  /** Waits up to `waitMs` for the insertion to read back, then puts the caret after it; false when it never does. */
  const readsBack = async (expected: string, text: string, waitMs: number): Promise<boolean> => {
    const deadline = performance.now() + waitMs;
    for (;;) {
      const end = insertionEnd(expected, text);
      if (end) {
        selectBetween(host, end, end);
        return true;
      }
      if (performance.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
  };

  const replaceBeforeCaret = async (count: number, text: string): Promise<InsertMethod | null> => {
    const walked = before(count + VERIFY_PREFIX);
    const caretAfter = after(VERIFY_PREFIX);
    if (!walked || !caretAfter || walked.text.length < count) return null;
    const original = { before: walked.text, after: caretAfter.text };
    const expected = withPlainSpaces(walked.text.slice(0, walked.text.length - count) + text);
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
      // Setting the caret after the text also closes the browser's open typing step (see the text-control adapter).
      if (await readsBack(expected, text, claimed ? CLAIMED_RENDER_MS : 0)) return step.method;
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
