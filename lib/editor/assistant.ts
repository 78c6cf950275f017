import type { Suggestion } from '../match/types';
import { adapterFor } from './adapter';
import { trackComposition } from './composition';
import { deepActiveElement, findEditable, findEditableInPath } from './find-editable';
import { isPlaceholderJump, movesCaret, panelCommandFor, type PanelCommand } from './keys';
import { firstPlaceholder } from './placeholders';
import type { CaretBox, EditorAdapter, InsertMethod } from './types';

/** What the panel shows. */
export interface PanelState {
  suggestions: readonly Suggestion[];
  activeIndex: number;
  collapsed: boolean;
  /** The caret line the panel sits beside, in client coordinates. */
  caret: CaretBox;
}

export interface PanelHandlers {
  pick(index: number): void;
  setActive(index: number): void;
  toggleCollapsed(): void;
  pauseSite(): void;
  openOptions(): void;
}

/** The panel as the assistant sees it; the content script renders it with Preact. */
export interface PanelView {
  render(state: PanelState, handlers: PanelHandlers): void;
  hide(): void;
  /** Whether an event happened inside the panel (its shadow host is on the composed path). */
  contains(event: Event): boolean;
}

/** The writer's settings that shape the assistant; read on every use, so changes apply at once. */
export interface AssistantPreferences {
  /** Pause after the last input before suggesting. */
  debounceMs: number;
  /** Characters that must stand before the caret. */
  minChars: number;
  limit: number;
  /** false: suggest only when asked (`suggestNow`), not while typing. */
  automatic: boolean;
}

export interface AssistantOptions {
  doc: Document;
  maxContextChars: number;
  /** null until the settings have loaded: nothing is suggested before. */
  preferences(): AssistantPreferences | null;
  suggest(context: string, limit: number): Promise<Suggestion[]>;
  /** Called once, on the first focus of an editable: start loading the index. */
  warmUp(): void;
  /** Created on first use, so a page that is never typed in builds no UI. */
  panel(): PanelView;
  isPaused(): boolean;
  pauseSite(): void;
  openOptions(): void;
  /** Diagnostics: how long from the debounced refresh to the rendered panel, and how insertions went. */
  onRendered?(milliseconds: number): void;
  onInserted?(method: InsertMethod | null): void;
}

interface Shown {
  context: string;
  suggestions: readonly Suggestion[];
  activeIndex: number;
}

/** Swallows errors: whatever goes wrong in here must never reach the page. */
function guarded<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    try {
      handler(event);
    } catch {
      // Ignored on purpose: see above.
    }
  };
}

export function startAssistant(options: AssistantOptions): () => void {
  const { doc } = options;
  const win = doc.defaultView ?? window;
  let adapter: EditorAdapter | null = null;
  let warmedUp = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let requestId = 0;
  let shown: Shown | null = null;
  let collapsed = false;
  let inserting = false;
  /** Characters of the inserted passage after the selected placeholder, while Tab jumps. */
  let placeholderTail: number | null = null;
  let panel: PanelView | null = null;
  const composition = trackComposition(doc, () => schedule());

  /** While the panel shows: a page that re-renders or drops the editor must not leave it stuck. */
  let watchdog = 0;

  const hide = () => {
    requestId++;
    clearTimeout(timer);
    win.clearInterval(watchdog);
    watchdog = 0;
    shown = null;
    panel?.hide();
  };

  const editorStillThere = () => adapter !== null && adapter.element.isConnected && adapter.element.contains(deepActiveElement(doc));

  const activate = (field: HTMLElement) => {
    if (adapter?.element === field) return;
    hide();
    placeholderTail = null;
    adapter = adapterFor(field);
    if (!warmedUp) {
      warmedUp = true;
      options.warmUp();
    }
  };

  const render = () => {
    const box = shown && adapter?.caretBox();
    if (!shown || !box || !adapter?.element.isConnected) return hide();
    panel ??= options.panel();
    panel.render({ suggestions: shown.suggestions, activeIndex: shown.activeIndex, collapsed, caret: box }, handlers);
    if (!watchdog) watchdog = win.setInterval(guarded(() => editorStillThere() || hide()), 500);
  };

  const refresh = async () => {
    const started = performance.now();
    const id = ++requestId;
    if (!adapter || composition.composing || options.isPaused() || !adapter.element.isConnected) return hide();
    const preferences = options.preferences();
    const context = adapter.textBeforeCaret(options.maxContextChars);
    if (!preferences || context === null || context.trim().length < preferences.minChars) return hide();
    const suggestions = await options.suggest(context, preferences.limit);
    // Drop answers that the writer has typed past while they were on their way.
    if (id !== requestId || composition.composing || adapter.textBeforeCaret(options.maxContextChars) !== context) return;
    if (suggestions.length === 0) return hide();
    shown = { context, suggestions: suggestions.slice(0, preferences.limit), activeIndex: 0 };
    render();
    options.onRendered?.(performance.now() - started);
  };

  function schedule() {
    clearTimeout(timer);
    const preferences = options.preferences();
    if (!preferences?.automatic) return hide();
    timer = setTimeout(() => void refresh().catch(hide), preferences.debounceMs);
  }

  const insert = async (index: number) => {
    const current = shown;
    const target = adapter;
    const suggestion = current?.suggestions[index];
    if (!current || !target || !suggestion) return;
    hide();
    // The caret must still be where the suggestion was computed; otherwise offsets are wrong.
    if (target.textBeforeCaret(options.maxContextChars) !== current.context) return;
    inserting = true;
    const method = await target
      .replaceBeforeCaret(current.context.length - suggestion.replace[0], suggestion.text)
      .finally(() => (inserting = false));
    options.onInserted?.(method);
    if (method) selectFirstPlaceholder(target, suggestion.text);
  };

  const selectFirstPlaceholder = (target: EditorAdapter, text: string) => {
    const placeholder = firstPlaceholder(text);
    if (!placeholder) return;
    if (target.selectRelative(placeholder.start - text.length, placeholder.end - text.length)) {
      placeholderTail = text.length - placeholder.end;
    }
  };

  /** Tab: select the next placeholder of the inserted passage; false when there is none. */
  const jumpToNextPlaceholder = (): boolean => {
    if (!adapter || placeholderTail === null) return false;
    const ahead = adapter.textAfterCaret(placeholderTail) ?? '';
    const next = firstPlaceholder(ahead);
    placeholderTail = null;
    if (!next || !adapter.selectRelative(next.start, next.end)) return false;
    const rest = ahead.length - next.end;
    placeholderTail = rest > 0 && firstPlaceholder(ahead.slice(next.end)) ? rest : null;
    return true;
  };

  const run = (command: PanelCommand) => {
    if (!shown) return;
    if (command.type === 'hide') return hide();
    if (command.type === 'insert') return void insert(command.index).catch(hide);
    if (command.type === 'insert-active') return void insert(shown.activeIndex).catch(hide);
    const count = shown.suggestions.length;
    shown.activeIndex = (shown.activeIndex + command.delta + count) % count;
    render();
  };

  const handlers: PanelHandlers = {
    pick: (index) => void insert(index).catch(hide),
    setActive: (index) => {
      if (shown && index !== shown.activeIndex) {
        shown.activeIndex = index;
        render();
      }
    },
    toggleCollapsed: () => {
      collapsed = !collapsed;
      render();
    },
    pauseSite: () => {
      hide();
      adapter = null;
      options.pauseSite();
    },
    openOptions: () => options.openOptions(),
  };

  const onFocusIn = guarded((event: FocusEvent) => {
    if (panel?.contains(event)) return;
    const field = options.isPaused() ? null : findEditable(event);
    if (field) activate(field);
    else {
      hide();
      adapter = null;
    }
  });

  const onFocusOut = guarded(() => {
    // Focus moves after focusout: look where it went once it has.
    setTimeout(
      guarded(() => {
        if (adapter && !adapter.element.contains(deepActiveElement(doc))) {
          hide();
          placeholderTail = null;
        }
      }),
      0,
    );
  });

  const onInput = guarded((event: InputEvent) => {
    if (inserting || composition.composing || event.isComposing || options.isPaused()) return;
    const field = findEditable(event);
    if (!field) return;
    activate(field);
    schedule();
  });

  const onKeyDown = guarded((event: KeyboardEvent) => {
    if (!adapter || composition.ownsKey(event)) return;
    let handled = false;
    if (placeholderTail !== null && isPlaceholderJump(event)) handled = jumpToNextPlaceholder();
    else if (shown) {
      const command = panelCommandFor(event);
      if (command && (!collapsed || command.type === 'hide')) {
        run(command);
        handled = true;
      } else if (movesCaret(event)) hide();
    }
    if (event.key === 'Escape') placeholderTail = null;
    if (handled) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  });

  const onPointerDown = guarded((event: MouseEvent) => {
    if (panel?.contains(event)) return;
    hide();
    placeholderTail = null;
  });

  let frame = 0;
  const onViewportChange = guarded(() => {
    if (!shown || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      try {
        render();
      } catch {
        hide();
      }
    });
  });

  const listeners: [EventTarget, string, EventListener][] = [
    [doc, 'focusin', onFocusIn as EventListener],
    [doc, 'focusout', onFocusOut as EventListener],
    [doc, 'input', onInput as EventListener],
    // Editors that apply typing to their model themselves (Slate, Lexical) cancel beforeinput, and
    // then no input event follows: the debounced refresh reads the text they render meanwhile.
    [doc, 'beforeinput', onInput as EventListener],
    // On the window, so the assistant sees its few keys before the editor's own handlers.
    [win, 'keydown', onKeyDown as EventListener],
    [doc, 'mousedown', onPointerDown as EventListener],
    [doc, 'scroll', onViewportChange],
    [win, 'resize', onViewportChange],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener, { capture: true, passive: type === 'scroll' });

  // A field may already have focus when the script arrives (autofocus).
  const active = deepActiveElement(doc);
  if (active && !options.isPaused()) {
    const field = findEditableInPath([active]);
    if (field) activate(field);
  }

  return () => {
    hide();
    composition.dispose();
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
  };
}
