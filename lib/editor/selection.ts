import type { DomPoint } from './text-walk';

type RootWithSelection = (Document | ShadowRoot) & { getSelection?: () => Selection | null };

/** The selection that covers `element`: Chrome keeps a separate one per shadow root. */
export function selectionFor(element: Node): Selection | null {
  const root = element.getRootNode() as RootWithSelection;
  if (typeof root.getSelection === 'function') return root.getSelection();
  return element.ownerDocument?.getSelection() ?? null;
}

/** The selection's first range when both ends lie inside `host`. */
export function rangeInside(host: HTMLElement): Range | null {
  const selection = selectionFor(host);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return host.contains(range.startContainer) && host.contains(range.endContainer) ? range : null;
}

export function selectBetween(host: HTMLElement, start: DomPoint, end: DomPoint): boolean {
  const selection = selectionFor(host);
  if (!selection) return false;
  selection.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
  return true;
}

/**
 * Editors (CKEditor, Lexical, ProseMirror…) copy the DOM selection into their model on
 * `selectionchange`, which the browser fires asynchronously: wait for it before editing.
 */
export function selectionSettled(doc: Document, timeoutMs = 50): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // Let the editor's own selectionchange listener run first.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}
