import type { InsertStep } from './types';

/**
 * Editors that apply typing to their model from beforeinput (Slate, Lexical, CKEditor, Quill 2,
 * Trix) and render the change themselves. Chromium's execCommand fires no beforeinput, and such an
 * editor would leave its model behind a DOM it did not write: so this family is tried first. The
 * browser does nothing for a synthetic beforeinput, so a canceled one, or a changed document, is the
 * editor's.
 */
export const beforeInputStep: InsertStep = {
  method: 'beforeinput',
  run: (target, text, span) => {
    const inputType = span.collapsed ? 'insertText' : 'insertReplacementText';
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const init = { inputType, data: text, dataTransfer: span.collapsed ? null : data, targetRanges: [span], bubbles: true, cancelable: true, composed: true };
    return !target.dispatchEvent(new InputEvent('beforeinput', init));
  },
};
