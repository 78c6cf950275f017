import type { InsertStep } from './types';

/** Editors that read DOM changes back into their model (ProseMirror, Quill 1, Draft.js): a trusted input event. */
export const execCommandStep: InsertStep = {
  method: 'execCommand',
  run: (target, text) => target.ownerDocument.execCommand('insertText', false, text),
};
