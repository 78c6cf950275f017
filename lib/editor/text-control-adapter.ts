import getCaretCoordinates from 'textarea-caret';
import type { CaretBox, EditorAdapter, InsertMethod, TextBox } from './types';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

/**
 * The value setter of the element's own prototype. Frameworks such as React shadow `value` on
 * the instance to track changes; going through the prototype's setter makes them notice the
 * input event that follows.
 */
function setValueNatively(control: TextControl, value: string): void {
  const prototype = Object.getPrototypeOf(control) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(control, value);
  else control.value = value;
}

/**
 * textarea-caret measures NaN for `line-height: normal`, the browser default on unstyled forms;
 * `normal` is about 1.2 times the font size in common fonts.
 */
function lineHeightOf(control: TextControl, measured: number): number {
  if (Number.isFinite(measured) && measured > 0) return measured;
  const style = control.ownerDocument.defaultView?.getComputedStyle(control);
  const explicit = Number.parseFloat(style?.lineHeight ?? '');
  if (Number.isFinite(explicit) && explicit > 0) return explicit;
  const fontSize = Number.parseFloat(style?.fontSize ?? '');
  return Number.isFinite(fontSize) && fontSize > 0 ? fontSize * 1.2 : 16;
}

export function createTextControlAdapter(control: TextControl): EditorAdapter {
  const caret = (): number | null => {
    const { selectionStart, selectionEnd } = control;
    return selectionStart !== null && selectionStart === selectionEnd ? selectionStart : null;
  };

  const replaceBeforeCaret = async (count: number, text: string): Promise<InsertMethod | null> => {
    const end = caret();
    if (end === null || end < count) return null;
    const start = end - count;
    const original = control.value;
    const expected = original.slice(0, start) + text + original.slice(end);
    // Selecting the span first makes the browser record select-and-replace as one undo step.
    control.setSelectionRange(start, end);
    try {
      control.ownerDocument.execCommand('insertText', false, text);
    } catch {
      // Fall through to the value setter below.
    }
    if (control.value === expected) {
      // Setting the selection closes the browser's open typing step, so what the writer types
      // next is undone on its own rather than together with the insertion.
      const caretAfter = start + text.length;
      control.setSelectionRange(caretAfter, caretAfter);
      return 'execCommand';
    }
    // The page changed the field some other way: a second attempt could insert twice.
    if (control.value !== original) return null;
    setValueNatively(control, expected);
    control.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true, composed: true }));
    control.setSelectionRange(start + text.length, start + text.length);
    return control.value === expected ? 'valueSetter' : null;
  };

  const selectRelative = (from: number, to: number): boolean => {
    const anchor = from < 0 ? control.selectionStart : control.selectionEnd;
    if (anchor === null) return false;
    const start = anchor + from;
    const end = anchor + to;
    if (start < 0 || end > control.value.length) return false;
    control.setSelectionRange(start, end);
    return true;
  };

  const caretBox = (): CaretBox | null => {
    const position = control.selectionEnd;
    if (position === null) return null;
    const rect = control.getBoundingClientRect();
    const coordinates = getCaretCoordinates(control, position);
    const top = rect.top + coordinates.top - control.scrollTop;
    const box = { left: rect.left + coordinates.left - control.scrollLeft, top, bottom: top + lineHeightOf(control, coordinates.height) };
    return [box.left, box.top, box.bottom].every(Number.isFinite) ? box : null;
  };

  /** Boxes of `[from, to)` from the selection's end; a span that wraps shows as a box where it starts. */
  const boxesOfRelative = (from: number, to: number): TextBox[] => {
    const anchor = control.selectionEnd;
    if (anchor === null || anchor + from < 0 || anchor + to > control.value.length) return [];
    const rect = control.getBoundingClientRect();
    const start = getCaretCoordinates(control, anchor + from);
    const end = getCaretCoordinates(control, anchor + to);
    const height = lineHeightOf(control, start.height);
    const left = rect.left + start.left - control.scrollLeft;
    const top = rect.top + start.top - control.scrollTop;
    const width = end.top === start.top ? end.left - start.left : height;
    const box = { left, top, width: Math.max(width, 4), height };
    const visible = top >= rect.top && top + height <= rect.bottom && left >= rect.left && left <= rect.right;
    return visible && [box.left, box.top, box.width, box.height].every(Number.isFinite) ? [box] : [];
  };

  return {
    element: control,
    boxesOfRelative,
    textBeforeCaret: (maxChars) => {
      const end = caret();
      return end === null ? null : control.value.slice(Math.max(0, end - maxChars), end);
    },
    textAfterCaret: (maxChars) => {
      const start = control.selectionEnd;
      return start === null ? null : control.value.slice(start, start + maxChars);
    },
    replaceBeforeCaret,
    selectRelative,
    caretBox,
  };
}
