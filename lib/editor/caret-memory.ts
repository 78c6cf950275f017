import { isTextControl } from './find-editable';
import { rangeInside, selectionFor, selectionSettled } from './selection';

/**
 * Where the writer left the caret when something else took focus (the palette's search box). The
 * restore function focuses the editor again and puts the selection back, then waits for editors that
 * copy the DOM selection into their model (ProseMirror, CKEditor, Quill) to have done so.
 */
export type RestoreCaret = () => Promise<void>;

function focusElement(element: HTMLElement): void {
  let active = element.ownerDocument.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active === element || (active && element.contains(active))) return;
  element.focus({ preventScroll: true });
}

export function rememberCaret(element: HTMLElement): RestoreCaret {
  if (isTextControl(element)) {
    const { selectionStart: start, selectionEnd: end } = element;
    return async () => {
      focusElement(element);
      if (start === null || end === null) return;
      const length = element.value.length;
      element.setSelectionRange(Math.min(start, length), Math.min(end, length));
    };
  }
  const saved = rangeInside(element)?.cloneRange() ?? null;
  return async () => {
    const doc = element.ownerDocument;
    const settled = selectionSettled(doc);
    focusElement(element);
    const selection = selectionFor(element);
    // An editor that re-rendered meanwhile dropped the saved nodes: keep the selection it restored on focus.
    if (saved && selection && element.contains(saved.startContainer) && element.contains(saved.endContainer)) {
      selection.setBaseAndExtent(saved.startContainer, saved.startOffset, saved.endContainer, saved.endOffset);
    }
    await settled;
  };
}
