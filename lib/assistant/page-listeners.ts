import { isExpansionKey } from './abbreviations';
import type { AssistantOptions } from './assistant-types';
import type { CompositionTracker } from './composition';
import type { EditorFocus } from './editor-focus';
import { deepActiveElement, findEditable } from '../editor/find-editable';
import { fromWriter, guarded } from './guarded';
import type { Inserter } from './insertion';
import type { PaletteLauncher } from './palette-launcher';
import type { PanelViewSlot } from './panel-view-slot';
import type { PlaceholderNavigation } from './placeholder-navigation';
import type { SuggestionSession } from './suggestion-session';

interface PageListenerParts {
  doc: Document;
  win: Window;
  options: Pick<AssistantOptions, 'isPaused'>;
  editor: EditorFocus;
  session: SuggestionSession;
  placeholders: PlaceholderNavigation;
  inserter: Inserter;
  palette: PaletteLauncher;
  composition: CompositionTracker;
  view: PanelViewSlot;
}

/** Listens to the page for focus, typing, the assistant's keys, clicks and scrolling; returns the function that stops. */
/** How long after the writer's own key, IME commit, paste, drop or click an input event counts as theirs. */
const WRITER_ACTIVITY_MS = 1000;

export function listenToPage(parts: PageListenerParts): () => void {
  const { doc, win, options, editor, session, placeholders, inserter, palette, composition, view } = parts;

  const onFocusIn = fromWriter((event: FocusEvent) => {
    if (view.contains(event)) return;
    const field = options.isPaused() ? null : findEditable(event);
    if (field) editor.activate(field);
    else editor.deactivate();
  });

  const onFocusOut = fromWriter(() => {
    // Focus moves after focusout: look where it went once it has.
    setTimeout(
      guarded(() => {
        const target = editor.current();
        if (target && !target.element.contains(deepActiveElement(doc))) {
          session.hide();
          placeholders.forget();
        }
      }),
      0,
    );
  });

  /**
   * When the writer last pressed a key, composed, pasted, dropped or clicked. A page script can make
   * trusted input events without them (`execCommand`), so input counts only right after such activity.
   */
  let writerActiveAt = Number.NEGATIVE_INFINITY;
  const onWriterActivity = fromWriter((event: Event) => {
    writerActiveAt = event.timeStamp;
  });

  const onInput = fromWriter((event: InputEvent) => {
    if (event.timeStamp - writerActiveAt > WRITER_ACTIVITY_MS) return;
    if (inserter.busy || composition.composing || event.isComposing || options.isPaused() || view.contains(event)) return;
    const field = findEditable(event);
    if (!field) return;
    editor.activate(field);
    session.schedule();
  });

  const onKeyDown = fromWriter((event: KeyboardEvent) => {
    const target = editor.current();
    // Keys typed in our own UI (the palette's search box) are the palette's.
    if (!target || palette.isOpen || composition.ownsKey(event) || view.contains(event)) return;
    let handled = false;
    if (placeholders.waiting) handled = placeholders.handleKey(target, event);
    if (!handled && isExpansionKey(event) && !inserter.busy && !options.isPaused()) handled = inserter.expandAbbreviation(target);
    if (!handled) handled = session.handleKey(event);
    if (event.key === 'Escape') placeholders.forget();
    if (handled) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  });

  const onPointerDown = fromWriter((event: MouseEvent) => {
    if (view.contains(event)) return;
    session.hide();
    placeholders.forget();
  });

  const onViewportChange = guarded(() => {
    session.followViewport();
    placeholders.followViewport();
  });

  const listeners: [EventTarget, string, EventListener][] = [
    [doc, 'focusin', onFocusIn as EventListener],
    [doc, 'focusout', onFocusOut as EventListener],
    [doc, 'input', onInput as EventListener],
    // Editors that apply typing to their model themselves (Slate, Lexical) cancel beforeinput, and
    // then no input event follows: the debounced refresh reads the text they render meanwhile.
    [doc, 'beforeinput', onInput as EventListener],
    // On the window, so the assistant sees its few keys before the editor's own handlers.
    [win, 'keydown', onWriterActivity],
    [win, 'keydown', onKeyDown as EventListener],
    ...['compositionstart', 'compositionend', 'paste', 'drop', 'cut', 'mousedown'].map((type): [EventTarget, string, EventListener] => [doc, type, onWriterActivity]),
    [doc, 'mousedown', onPointerDown as EventListener],
    [doc, 'scroll', onViewportChange],
    [win, 'resize', onViewportChange],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener, { capture: true, passive: type === 'scroll' });
  return () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
  };
}
