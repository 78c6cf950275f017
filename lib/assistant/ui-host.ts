/**
 * The element that carries the assistant's UI in a page.
 * - A *closed* shadow root: no script of the page can reach what the panel or palette shows.
 * - Untrusted events (dispatched by page scripts) are stopped before any of our handlers sees them,
 *   and the writer's keys and input inside our UI do not bubble out to the page.
 * - A manual popover, so it sits in the top layer above modal dialogs and fullscreen elements. Inside
 *   a modal dialog or a fullscreen element it is also moved into it: everything outside a modal dialog
 *   is inert, and nothing outside a fullscreen element is shown.
 */
export interface UiHost {
  /** Where Preact renders. */
  readonly root: HTMLElement;
  /** Settles once the CSS is in: measured before it, the panel has no size, so it is placed again then. */
  readonly styled: Promise<void>;
  /** The host's own attributes, for the timing diagnostics a test page asks for (no text of ours). */
  readonly dataset: DOMStringMap;
  /** Whether an event happened inside our UI (its host is on the composed path). */
  contains(event: Event): boolean;
  /**
   * Puts the host in the page (again) beside `near`, the editor: inside its modal dialog if it has
   * one, and on top of the top layer. Called when the UI appears, not on every render.
   */
  raise(near: Element | null): void;
  remove(): void;
}

/** Stays in force whatever the page's CSS says: inline `!important` beats every stylesheet. */
const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  inset: '0 auto auto 0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'auto',
};

/** Events stopped at our shadow root when a page script made them. */
const GUARDED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'focusin', 'compositionstart', 'compositionend', 'submit'];
/** The writer's typing in our UI (the palette's search box) is not the page's to observe. */
const PRIVATE_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionstart', 'compositionupdate', 'compositionend', 'copy', 'cut'];

/** The modal dialog that holds `element`, looking out of shadow roots; null when there is none. */
function modalDialogOf(element: Element | null): HTMLElement | null {
  for (let node: Element | null = element; node; ) {
    const dialog = node.closest('dialog');
    if (dialog) {
      if (dialog.matches(':modal')) return dialog;
      node = dialog.parentElement;
      continue;
    }
    // Duck-typed: the document may be another frame's, whose objects fail instanceof here.
    const root = node.getRootNode() as Partial<ShadowRoot>;
    node = root.host ?? null;
  }
  return null;
}

/** The fullscreen element that holds `element`: outside it, Chromium shows no other top-layer element. */
function fullscreenOf(doc: Document, element: Element | null): Element | null {
  const fullscreen = doc.fullscreenElement;
  // Never into an editor's own element: our host would become part of the writer's document.
  return fullscreen && !(fullscreen as HTMLElement).isContentEditable && element && fullscreen.contains(element) ? fullscreen : null;
}

function supportsPopover(element: HTMLElement): boolean {
  return typeof element.showPopover === 'function';
}

export function createUiHost(doc: Document, css: Promise<string>): UiHost {
  const host = doc.createElement('gongwen-panel');
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(type, (event) => event.isTrusted || event.stopImmediatePropagation(), { capture: true });
  }
  for (const type of PRIVATE_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  const style = doc.createElement('style');
  const root = doc.createElement('div');
  // Nothing shows unstyled: the root is not displayed until the CSS is in.
  root.style.display = 'none';
  shadow.append(style, root);
  const styled = css.then(
    (text) => {
      style.textContent = text;
      root.style.display = '';
    },
    () => {
      root.style.display = '';
    },
  );
  if (supportsPopover(host)) host.setAttribute('popover', 'manual');

  const raise = (near: Element | null) => {
    const container = modalDialogOf(near) ?? fullscreenOf(doc, near) ?? doc.documentElement;
    if (host.parentNode !== container || !host.isConnected) container.append(host);
    if (!supportsPopover(host)) return;
    try {
      // Hiding and showing again puts it above whatever entered the top layer since (a dialog, fullscreen).
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // A page that removes or re-parents our host mid-way: the fixed position still shows it.
    }
  };

  return {
    root,
    styled,
    dataset: host.dataset,
    contains: (event) => event.composedPath().includes(host),
    raise,
    remove: () => host.remove(),
  };
}
