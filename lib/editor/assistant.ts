import type { Suggestion } from '../match/types';
import { isExpansionKey, matchAbbreviation, MAX_ABBREVIATION_CHARS, type Abbreviation } from './abbreviations';
import { adapterFor } from './adapter';
import { rememberCaret } from './caret-memory';
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
  /** Which suggestions are favourites already (their ☆ shows filled). */
  favourites: readonly boolean[];
}

export interface PanelHandlers {
  pick(index: number): void;
  setActive(index: number): void;
  toggleCollapsed(): void;
  pauseSite(): void;
  openOptions(): void;
  /** Pins or unpins a suggestion as a favourite. */
  favourite(index: number): void;
  openPalette(): void;
}

/** What the quick-insert palette hands back: the text to insert, or nothing (Esc). */
export interface PaletteHandlers {
  insert(text: string): void;
  close(): void;
}

/** The assistant's UI in the page (panel, palette, notices); the content script renders it with Preact. */
export interface PanelView {
  render(state: PanelState, handlers: PanelHandlers): void;
  hide(): void;
  /** Whether an event happened inside our UI (its shadow host is on the composed path). */
  contains(event: Event): boolean;
  openPalette(handlers: PaletteHandlers): void;
  closePalette(): void;
}

/** What the rest of the extension can ask of the assistant of one frame. */
export interface AssistantController {
  stop(): void;
  /** Whether this frame holds the focused editor (the page itself may have lost focus to the side panel or popup). */
  hasEditor(): boolean;
  /** The suggestions on show, if any. */
  suggestions(): readonly Suggestion[];
  /** Suggests now, in either mode: what the insert-top command does in `shortcut` mode. */
  suggestNow(): Promise<void>;
  /**
   * Inserts the selected suggestion when the panel shows. Otherwise it suggests now and, in automatic
   * mode, inserts the top suggestion at once; in `shortcut` mode the next press inserts.
   */
  insertTop(): Promise<void>;
  /** Opens the quick-insert palette over the focused editor; false when this frame has none. */
  openPalette(): boolean;
  /** Inserts `text` at the caret the writer left, through the same adapter path (one-step undo). */
  insertText(text: string): Promise<InsertMethod | null>;
  /** Inserts a suggestion on show (by id) as the panel would, replacing the words it completes; null when it is gone. */
  insertSuggestion(id: string): Promise<InsertMethod | null>;
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
  /** The favourites' abbreviations, read on every Tab, so edits on the options page apply at once. */
  abbreviations(): readonly Abbreviation[];
  isFavourite(text: string): boolean;
  /** Pins or unpins a suggestion; resolves once stored. */
  toggleFavourite(suggestion: Suggestion): Promise<void>;
  /** Called when the editor gains or loses focus and when the suggestions change (for the side panel). */
  onEditorState?(focused: boolean, suggestions: readonly Suggestion[]): void;
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

export function startAssistant(options: AssistantOptions): AssistantController {
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
  /** While the palette is open, the editor keeps its adapter but nothing is suggested over it. */
  let paletteOpen = false;
  const composition = trackComposition(doc, () => schedule());
  const report = () => options.onEditorState?.(adapter !== null, shown?.suggestions ?? []);

  /** While the panel shows: a page that re-renders or drops the editor must not leave it stuck. */
  let watchdog = 0;

  const hide = () => {
    requestId++;
    clearTimeout(timer);
    win.clearInterval(watchdog);
    watchdog = 0;
    const had = shown !== null;
    shown = null;
    panel?.hide();
    if (had) report();
  };

  const editorStillThere = () => adapter !== null && adapter.element.isConnected && adapter.element.contains(deepActiveElement(doc));

  const activate = (field: HTMLElement) => {
    if (adapter?.element === field) return;
    hide();
    placeholderTail = null;
    adapter = adapterFor(field);
    report();
    if (!warmedUp) {
      warmedUp = true;
      options.warmUp();
    }
  };

  const deactivate = () => {
    hide();
    if (!adapter) return;
    adapter = null;
    report();
  };

  const render = () => {
    const box = shown && adapter?.caretBox();
    if (!shown || !box || !adapter?.element.isConnected) return hide();
    panel ??= options.panel();
    const favourites = shown.suggestions.map((s) => options.isFavourite(s.text));
    panel.render({ suggestions: shown.suggestions, activeIndex: shown.activeIndex, collapsed, caret: box, favourites }, handlers);
    if (!watchdog) watchdog = win.setInterval(guarded(() => editorStillThere() || hide()), 500);
  };

  /** Resolves whether suggestions are on show afterwards. */
  const refresh = async (): Promise<boolean> => {
    const nothing = () => {
      hide();
      return false;
    };
    const started = performance.now();
    const id = ++requestId;
    if (!adapter || paletteOpen || composition.composing || options.isPaused() || !adapter.element.isConnected) return nothing();
    const preferences = options.preferences();
    const context = adapter.textBeforeCaret(options.maxContextChars);
    if (!preferences || context === null || context.trim().length < preferences.minChars) return nothing();
    const suggestions = await options.suggest(context, preferences.limit);
    // Drop answers that the writer has typed past while they were on their way.
    if (id !== requestId || composition.composing || adapter.textBeforeCaret(options.maxContextChars) !== context) return false;
    if (suggestions.length === 0) return nothing();
    shown = { context, suggestions: suggestions.slice(0, preferences.limit), activeIndex: 0 };
    render();
    report();
    options.onRendered?.(performance.now() - started);
    return true;
  };

  function schedule() {
    clearTimeout(timer);
    const preferences = options.preferences();
    if (!preferences?.automatic || paletteOpen) return hide();
    timer = setTimeout(() => void refresh().catch(hide), preferences.debounceMs);
  }

  const insert = async (index: number): Promise<InsertMethod | null> => {
    const current = shown;
    const target = adapter;
    const suggestion = current?.suggestions[index];
    if (!current || !target || !suggestion) return null;
    hide();
    // The caret must still be where the suggestion was computed; otherwise offsets are wrong.
    if (target.textBeforeCaret(options.maxContextChars) !== current.context) return null;
    inserting = true;
    const method = await target
      .replaceBeforeCaret(current.context.length - suggestion.replace[0], suggestion.text)
      .finally(() => (inserting = false));
    options.onInserted?.(method);
    if (method) selectFirstPlaceholder(target, suggestion.text);
    return method;
  };

  const selectFirstPlaceholder = (target: EditorAdapter, text: string) => {
    const placeholder = firstPlaceholder(text);
    if (!placeholder) return;
    if (target.selectRelative(placeholder.start - text.length, placeholder.end - text.length)) {
      placeholderTail = text.length - placeholder.end;
    }
  };

  /** Inserts `text` at the caret (a selection is kept and the text goes after it), as one undo step. */
  const insertAtCaret = async (target: EditorAdapter, text: string): Promise<InsertMethod | null> => {
    hide();
    placeholderTail = null;
    target.selectRelative(0, 0);
    inserting = true;
    const method = await target.replaceBeforeCaret(0, text).finally(() => (inserting = false));
    options.onInserted?.(method);
    if (method) selectFirstPlaceholder(target, text);
    return method;
  };

  /** Tab right after a favourite's abbreviation: replace it with the passage; Ctrl+Z brings the abbreviation back. */
  const expandAbbreviation = (): boolean => {
    const target = adapter;
    const before = target?.textBeforeCaret(MAX_ABBREVIATION_CHARS + 1);
    const match = before ? matchAbbreviation(before, options.abbreviations()) : null;
    if (!target || !match) return false;
    hide();
    placeholderTail = null;
    inserting = true;
    void target
      .replaceBeforeCaret(match.abbreviation.length, match.text)
      .then((method) => {
        options.onInserted?.(method);
        if (method) selectFirstPlaceholder(target, match.text);
      })
      .catch(() => undefined)
      .finally(() => (inserting = false));
    return true;
  };

  const editorFocused = (): boolean => !options.isPaused() && editorStillThere();

  /**
   * After an insertion asked for by the side panel or popup: ask for the page's focus back, so the
   * writer types on. Browsers grant it when they allow (the popup closes itself, which always works).
   */
  const returnFocus = () => {
    try {
      win.focus();
    } catch {
      // Cross-origin or detached frames may refuse; the editor keeps its caret regardless.
    }
  };

  const openPalette = (): boolean => {
    const target = adapter;
    if (paletteOpen || !target || !editorFocused()) return paletteOpen;
    hide();
    placeholderTail = null;
    const restore = rememberCaret(target.element);
    paletteOpen = true;
    panel ??= options.panel();
    const view = panel;
    const finish = () => {
      paletteOpen = false;
      view.closePalette();
    };
    view.openPalette({
      insert: (text) => {
        finish();
        void restore()
          .then(() => insertAtCaret(target, text))
          .catch(() => undefined);
      },
      close: () => {
        finish();
        void restore().catch(() => undefined);
      },
    });
    return true;
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
      deactivate();
      options.pauseSite();
    },
    openOptions: () => options.openOptions(),
    favourite: (index) => {
      const suggestion = shown?.suggestions[index];
      if (suggestion) void options.toggleFavourite(suggestion).then(render, () => undefined);
    },
    openPalette: () => void openPalette(),
  };

  const onFocusIn = guarded((event: FocusEvent) => {
    if (panel?.contains(event)) return;
    const field = options.isPaused() ? null : findEditable(event);
    if (field) activate(field);
    else deactivate();
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
    if (inserting || composition.composing || event.isComposing || options.isPaused() || panel?.contains(event)) return;
    const field = findEditable(event);
    if (!field) return;
    activate(field);
    schedule();
  });

  const onKeyDown = guarded((event: KeyboardEvent) => {
    // Keys typed in our own UI (the palette's search box) are the palette's.
    if (!adapter || paletteOpen || composition.ownsKey(event) || panel?.contains(event)) return;
    let handled = false;
    if (placeholderTail !== null && isPlaceholderJump(event)) handled = jumpToNextPlaceholder();
    if (!handled && isExpansionKey(event) && !inserting && !options.isPaused()) handled = expandAbbreviation();
    if (!handled && shown) {
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

  return {
    stop: () => {
      hide();
      if (paletteOpen) panel?.closePalette();
      paletteOpen = false;
      composition.dispose();
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
    },
    hasEditor: editorFocused,
    suggestions: () => shown?.suggestions ?? [],
    suggestNow: async () => {
      clearTimeout(timer);
      // Paused meanwhile (the site command): take the panel away.
      if (editorFocused()) await refresh();
      else hide();
    },
    insertTop: async () => {
      if (!editorFocused()) return;
      if (shown) return void (await insert(shown.activeIndex));
      clearTimeout(timer);
      const showing = await refresh();
      if (showing && options.preferences()?.automatic) await insert(0);
    },
    insertSuggestion: async (id) => {
      const target = adapter;
      const index = shown?.suggestions.findIndex((s) => s.id === id) ?? -1;
      if (!target || index < 0 || !editorFocused()) return null;
      await rememberCaret(target.element)();
      return insert(index).finally(returnFocus);
    },
    openPalette,
    insertText: async (text) => {
      const target = adapter;
      if (!target || !editorFocused()) return null;
      // The side panel or popup has focus now; the page keeps its active element and selection meanwhile.
      await rememberCaret(target.element)();
      return insertAtCaret(target, text).finally(returnFocus);
    },
  };
}
