import { exposeModel } from './model';

// A plain contenteditable has no model but its DOM: innerText is what the writer sees.
const editor = document.querySelector<HTMLElement>('#editor');
exposeModel(() => (editor?.innerText ?? '').replace(/\n$/, ''));
