import type { InsertStep } from './types';

/** Editors that take neither of the above but handle a paste of `text/plain` themselves. */
export const pasteStep: InsertStep = {
  method: 'paste',
  run: (target, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    return !target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  },
};
