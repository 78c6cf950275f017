import { exposeModel } from './model';

/** The parts of Chrome's EditContext API this page uses (TypeScript's DOM library lacks it). */
interface TextUpdate extends Event {
  readonly updateRangeStart: number;
  readonly updateRangeEnd: number;
  readonly text: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
}
interface CharacterBoundsUpdate extends Event {
  readonly rangeStart: number;
  readonly rangeEnd: number;
}
interface EditContextLike extends EventTarget {
  updateText(start: number, end: number, text: string): void;
  updateSelection(start: number, end: number): void;
  updateCharacterBounds(rangeStart: number, bounds: DOMRect[]): void;
  updateControlBounds(bounds: DOMRect): void;
  updateSelectionBounds(bounds: DOMRect): void;
}
declare const EditContext: { new (): EditContextLike };

/**
 * A small editor on the EditContext API, the way code and canvas editors use it: the element is
 * neither contenteditable nor a text control; text arrives as `textupdate` on the EditContext and
 * the page renders it. Its undo groups typing: a run of adjacent insertions (or one IME commit) is
 * one step; a replacement, or the caret moving, starts a new one.
 */
const element = document.querySelector<HTMLDivElement>('#editor');
if (element) {
  const context = new EditContext();
  Object.assign(element, { editContext: context });
  let text = '';
  let caret = 0;
  /** Where the open typing group ends; -1 when it is closed. */
  let groupEnd = -1;
  let composing = false;
  const undo: { text: string; caret: number }[] = [];

  const caretMark = document.createElement('span');
  caretMark.className = 'caret';
  caretMark.style.borderLeft = '1px solid';

  const render = () => {
    // The caret is drawn by the page, as EditContext editors do.
    element.replaceChildren(text.slice(0, caret), caretMark, text.slice(caret));
    const bounds = caretMark.getBoundingClientRect();
    context.updateSelectionBounds(bounds);
    context.updateControlBounds(element.getBoundingClientRect());
  };

  const remember = () => undo.push({ text, caret });

  context.addEventListener('textupdate', (event) => {
    const update = event as TextUpdate;
    const replacing = update.updateRangeEnd > update.updateRangeStart;
    if (!composing && (replacing || update.updateRangeStart !== groupEnd)) remember();
    text = text.slice(0, update.updateRangeStart) + update.text + text.slice(update.updateRangeEnd);
    caret = update.selectionStart;
    groupEnd = composing || !replacing ? caret : -1;
    render();
  });
  context.addEventListener('compositionstart', () => {
    if (caret !== groupEnd) remember();
    composing = true;
  });
  context.addEventListener('compositionend', () => {
    composing = false;
    groupEnd = caret;
  });
  context.addEventListener('characterboundsupdate', (event) => {
    const update = event as CharacterBoundsUpdate;
    const box = caretMark.getBoundingClientRect();
    const bounds = Array.from({ length: update.rangeEnd - update.rangeStart }, () => box);
    context.updateCharacterBounds(update.rangeStart, bounds);
  });

  const sync = () => {
    context.updateText(0, Number.MAX_SAFE_INTEGER, text);
    context.updateSelection(caret, caret);
    groupEnd = -1;
    render();
  };
  element.addEventListener('keydown', (event) => {
    if (event.key === 'z' && event.ctrlKey) {
      const step = undo.pop();
      if (step) ({ text, caret } = step);
      sync();
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      caret = Math.max(0, Math.min(text.length, caret + (event.key === 'ArrowLeft' ? -1 : 1)));
      sync();
    } else if (event.key === 'Backspace' && caret > 0) {
      remember();
      text = text.slice(0, caret - 1) + text.slice(caret);
      caret--;
      sync();
    } else return;
    event.preventDefault();
  });
  render();
  exposeModel(() => text);
}
