import getCaretCoordinates from 'textarea-caret';
import type { CaretBox, EditorAdapter, InsertMethod } from './types';

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
    return { left: rect.left + coordinates.left - control.scrollLeft, top, bottom: top + coordinates.height };
  };

  return {
    element: control,
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
