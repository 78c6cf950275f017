import type { Suggestion } from '../match/types';
import type { AssistantOptions, PanelHandlers } from './assistant-types';
import type { CompositionTracker } from './composition';
import type { EditorFocus } from './editor-focus';
import { mayUse } from '../editor/find-editable';
import { guarded } from './guarded';
import type { Inserter } from './insertion';
import { movesCaret, panelCommandFor, type PanelCommand } from './keys';
import type { PanelViewSlot } from './panel-view-slot';
import type { EditorAdapter, InsertMethod } from '../editor/types';

/** The suggestions on show and the text before the caret they were computed for. */
export interface ShownSuggestions {
  readonly context: string;
  readonly suggestions: readonly Suggestion[];
  readonly activeIndex: number;
}

/** The suggestion panel beside the caret: when to suggest, what it shows, its keys, its insertions. */
export interface SuggestionSession {
  /** What the panel shows; null while it is hidden. */
  readonly shown: ShownSuggestions | null;
  /**
   * After the writer's input: suggest once typing pauses (automatic mode only). `committed`: the input
   * was an IME commit, which is itself the pause (see below).
   */
  schedule(committed?: boolean): void;
  /** Drops a refresh still waiting for the pause. */
  cancelScheduled(): void;
  /** Suggests now; resolves whether suggestions are on show afterwards. */
  refresh(): Promise<boolean>;
  hide(): void;
  /** Inserts a suggestion on show, replacing the words it completes; null when it no longer fits. */
  insert(index: number): Promise<InsertMethod | null>;
  /** The panel's keys while it shows; true when the key was the panel's. */
  handleKey(event: KeyboardEvent): boolean;
  /** Scroll or resize: keep the panel beside the caret (once per frame). */
  followViewport(): void;
}

interface SuggestionSessionParts {
  win: Window;
  options: Pick<
    AssistantOptions,
    'maxContextChars' | 'preferences' | 'suggest' | 'isPaused' | 'isFavourite' | 'toggleFavourite' | 'onRendered'
  >;
  editor: EditorFocus;
  view: PanelViewSlot;
  composition: CompositionTracker;
  inserter: Inserter;
  /** While the palette is open nothing is suggested over the editor. */
  paletteOpen(): boolean;
  /** Nor while the writer fills the placeholders of an insertion: what follows the caret is already there. */
  filling(): boolean;
  /** Tells the side panel: called whenever the suggestions on show change. */
  report(): void;
  /** The panel's buttons that act beyond it. */
  actions: Pick<PanelHandlers, 'pauseSite' | 'openOptions' | 'openPalette'>;
}

/** How soon to ask again while the library loads. */
const LOADING_RETRY_MS = 300;

export function createSuggestionSession(parts: SuggestionSessionParts): SuggestionSession {
  const { win, options, editor, view, composition, inserter, paletteOpen, filling, report, actions } = parts;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let requestId = 0;
  let shown: { context: string; suggestions: readonly Suggestion[]; activeIndex: number } | null = null;
  /** While the versions of a folded suggestion show: the list they were opened from (Alt+← returns to it). */
  let folded: { context: string; suggestions: readonly Suggestion[]; activeIndex: number } | null = null;
  let collapsed = false;
  /** While the panel shows: a page that re-renders or drops the editor must not leave it stuck. */
  let watchdog = 0;
  let frame = 0;

  const hide = () => {
    requestId++;
    clearTimeout(timer);
    win.clearInterval(watchdog);
    watchdog = 0;
    const had = shown !== null;
    shown = folded = null;
    view.built()?.hide();
    if (had) report();
  };

  const render = () => {
    const target = editor.current();
    const box = shown && target?.caretBox();
    if (!shown || !box || !target?.element.isConnected) return hide();
    const panel = view.get();
    const favourites = shown.suggestions.map((s) => options.isFavourite(s.passage));
    panel.render({ context: shown.context, suggestions: shown.suggestions, activeIndex: shown.activeIndex, collapsed, caret: box, favourites }, handlers);
    if (!watchdog) watchdog = win.setInterval(guarded(() => editor.stillThere() || hide()), 500);
  };

  /**
   * The library is still loading (a woken service worker reading its stored index): say so where the
   * panel will be, and ask again shortly, since the writer may have stopped typing.
   */
  const showLoading = (target: EditorAdapter, context: string): boolean => {
    const box = target.caretBox();
    if (!box) return false;
    view.get().render({ context, suggestions: [], activeIndex: 0, collapsed, caret: box, favourites: [], loading: true }, handlers);
    clearTimeout(timer);
    timer = setTimeout(() => void refresh().catch(hide), LOADING_RETRY_MS);
    return false;
  };

  const refresh = async (): Promise<boolean> => {
    const nothing = () => {
      hide();
      return false;
    };
    const started = performance.now();
    const id = ++requestId;
    const target = editor.current();
    if (!target || paletteOpen() || filling() || composition.composing || options.isPaused() || !mayUse(target.element)) return nothing();
    const preferences = options.preferences();
    const context = target.textBeforeCaret(options.maxContextChars);
    if (!preferences || context === null || context.trim().length < preferences.minChars) return nothing();
    const { suggestions, loading } = await options.suggest(context, preferences.limit);
    // Drop answers that the writer has typed past while they were on their way. (Another editor
    // cannot have taken over meanwhile: switching editors hides, which changes requestId.)
    if (id !== requestId || composition.composing || target.textBeforeCaret(options.maxContextChars) !== context) return false;
    if (suggestions.length === 0 && loading) return showLoading(target, context);
    if (suggestions.length === 0) return nothing();
    shown = { context, suggestions: suggestions.slice(0, preferences.limit), activeIndex: 0 };
    folded = null;
    render();
    options.onRendered?.(performance.now() - started);
    // The side panel hears of the new suggestions after the writer sees them.
    report();
    return true;
  };

  const schedule = (committed = false) => {
    clearTimeout(timer);
    const preferences = options.preferences();
    if (!preferences?.automatic || paletteOpen()) return hide();
    // The pause exists to stay quiet between keystrokes. After a pinyin (or wubi…) commit the next
    // word has to be composed before anything changes, and suggestions stay away while it is: so the
    // writer sees them at once, and can take one before the editor's typing step closes on its own.
    // (0 ms still lets the editor's own compositionend handlers run first.)
    timer = setTimeout(() => void refresh().catch(hide), committed ? 0 : preferences.debounceMs);
  };

  const insert = async (index: number, asked = false): Promise<InsertMethod | null> => {
    const current = shown;
    const target = editor.current();
    const suggestion = current?.suggestions[index];
    if (!current || !target || !suggestion) return null;
    hide();
    if (!mayUse(target.element)) return null;
    // The caret must still be where the suggestion was computed; otherwise offsets are wrong. The
    // writer may have typed on while the panel showed (its refresh waiting for the pause): ask for the
    // text as it is now, and insert the same passage if it is still suggested.
    if (target.textBeforeCaret(options.maxContextChars) !== current.context) {
      if (asked || !(await refresh())) return null;
      const same = shown?.suggestions.findIndex((s) => s.id === suggestion.id) ?? -1;
      return same >= 0 ? insert(same, true) : null;
    }
    const count = current.context.length - suggestion.replace[0];
    // A continuation still replaces the last typed character (with itself): editors that batch the
    // writer's typing into one undo step (CKEditor) then record the insertion as a step of its own.
    const last = current.context.slice(-1);
    const again = count === 0 && /\S/.test(last) ? last : '';
    return inserter.replace(target, count + again.length, again + suggestion.text);
  };

  /** Replaces the list with every version of a folded suggestion, fetched from the background. */
  const expand = async (index: number) => {
    const current = shown;
    const suggestion = current?.suggestions[index];
    if (!current || !suggestion?.variants) return;
    const id = requestId;
    const { suggestions } = await options.suggest(current.context, suggestion.variants + 1, suggestion.id);
    if (id !== requestId || shown !== current || suggestions.length === 0) return;
    folded = current;
    shown = { context: current.context, suggestions, activeIndex: 0 };
    render();
    report();
  };

  const run = (command: PanelCommand) => {
    if (!shown) return;
    if (command.type === 'hide') return hide();
    if (command.type === 'variants') {
      if (command.open) return void expand(shown.activeIndex).catch(hide);
      if (folded) [shown, folded] = [folded, null];
      return render();
    }
    if (command.type === 'insert') return void insert(command.index).catch(hide);
    if (command.type === 'insert-active') return void insert(shown.activeIndex).catch(hide);
    const count = shown.suggestions.length;
    shown.activeIndex = (shown.activeIndex + command.delta + count) % count;
    render();
  };

  const handlers: PanelHandlers = {
    ...actions,
    pick: (index) => void insert(index).catch(hide),
    variants: (index) => void expand(index).catch(hide),
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
    favourite: (index) => {
      const suggestion = shown?.suggestions[index];
      if (suggestion) void options.toggleFavourite(suggestion).then(render, () => undefined);
    },
  };

  return {
    get shown() {
      return shown;
    },
    schedule,
    cancelScheduled: () => clearTimeout(timer),
    refresh,
    hide,
    insert,
    handleKey: (event) => {
      if (!shown) return false;
      const command = panelCommandFor(event);
      // A collapsed panel keeps only Esc: the writer's Alt keys are theirs again.
      if (command && (!collapsed || command.type === 'hide')) {
        run(command);
        return true;
      }
      if (movesCaret(event)) hide();
      return false;
    },
    followViewport: () => {
      if (!shown || frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        try {
          render();
        } catch {
          hide();
        }
      });
    },
  };
}
