import type { LibraryItem, LibraryScope } from '../messages';

/**
 * The quick-insert palette as a pure state machine: which view, what was typed, which row is
 * selected. The palette UI (content script, popup, side panel) renders it and sends `scopeOf` to the
 * background, which searches; nothing here touches the DOM or the extension.
 */

/** The views, in the order Tab cycles through them. */
export const TABS = ['all', 'sources', 'formulations', 'favourites'] as const;
export type PaletteTab = (typeof TABS)[number];

export interface PaletteState {
  tab: PaletteTab;
  /** In the sources view: the source whose outline is shown, or null for the list of sources. */
  source: { id: string; title: string } | null;
  query: string;
  items: readonly LibraryItem[];
  /** The selected row; -1 when there is none. */
  active: number;
  /** Counts requests, so that an answer to an outdated one is dropped. */
  request: number;
}

export type PaletteAction =
  | { type: 'query'; query: string }
  | { type: 'tab'; tab: PaletteTab }
  | { type: 'cycle'; delta: 1 | -1 }
  | { type: 'results'; request: number; items: readonly LibraryItem[] }
  | { type: 'move'; delta: number }
  | { type: 'select'; index: number }
  | { type: 'open-source'; id: string; title: string }
  | { type: 'back' };

/** What choosing the selected row means. */
export type Choice = { type: 'insert'; text: string; item: LibraryItem } | { type: 'open'; id: string; title: string } | null;

export const INITIAL_STATE: PaletteState = { tab: 'all', source: null, query: '', items: [], active: -1, request: 0 };

/** The background request that fills the list for `state`. */
export function scopeOf(state: Pick<PaletteState, 'tab' | 'source' | 'query'>): LibraryScope {
  switch (state.tab) {
    case 'sources':
      if (state.source) return { type: 'source', source: state.source.id };
      // Typing in the list of sources searches the whole library.
      return state.query.trim() ? { type: 'all' } : { type: 'sources' };
    case 'formulations':
      return { type: 'formulations' };
    case 'favourites':
      return { type: 'favourites' };
    default:
      return { type: 'all' };
  }
}

/** A new request for the list: the items stay until the answer arrives, so the list does not flicker. */
function refetch(state: PaletteState, patch: Partial<PaletteState>): PaletteState {
  return { ...state, ...patch, request: state.request + 1 };
}

export function reducePalette(state: PaletteState, action: PaletteAction): PaletteState {
  switch (action.type) {
    case 'query':
      return action.query === state.query ? state : refetch(state, { query: action.query });
    case 'tab':
      return action.tab === state.tab && !state.source ? state : refetch(state, { tab: action.tab, source: null, items: [], active: -1 });
    case 'cycle': {
      const index = TABS.indexOf(state.tab);
      const tab = TABS[(index + action.delta + TABS.length) % TABS.length] ?? 'all';
      return refetch(state, { tab, source: null, items: [], active: -1 });
    }
    case 'results':
      if (action.request !== state.request) return state;
      return { ...state, items: action.items, active: action.items.length > 0 ? 0 : -1 };
    case 'move': {
      const count = state.items.length;
      if (count === 0) return state;
      const from = state.active < 0 ? (action.delta > 0 ? -1 : count) : state.active;
      return { ...state, active: (((from + action.delta) % count) + count) % count };
    }
    case 'select':
      return action.index >= 0 && action.index < state.items.length ? { ...state, active: action.index } : state;
    case 'open-source':
      return refetch(state, { tab: 'sources', source: { id: action.id, title: action.title }, query: '', items: [], active: -1 });
    case 'back':
      return state.source ? refetch(state, { source: null, query: '', items: [], active: -1 }) : state;
  }
}

export function choiceAt(state: PaletteState, index = state.active): Choice {
  const item = state.items[index];
  if (!item) return null;
  if (item.kind === 'source') return { type: 'open', id: item.source, title: item.label };
  return { type: 'insert', text: item.text, item };
}

/** What a key in the search box does; null leaves it to the box (typing, moving the text cursor). */
export type PaletteKey = PaletteAction | { type: 'choose'; short: boolean } | { type: 'close' } | { type: 'favourite' };

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
  keyCode: number;
}

export function paletteKey(event: KeyLike, state: Pick<PaletteState, 'query' | 'source'>): PaletteKey | null {
  // Keys that finish an IME composition (Enter picks a candidate, Esc cancels it) belong to the IME.
  if (event.isComposing || event.keyCode === 229) return null;
  const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
  switch (event.key) {
    case 'ArrowDown':
      return plain ? { type: 'move', delta: 1 } : null;
    case 'ArrowUp':
      return plain ? { type: 'move', delta: -1 } : null;
    case 'PageDown':
      return plain ? { type: 'move', delta: 5 } : null;
    case 'PageUp':
      return plain ? { type: 'move', delta: -5 } : null;
    case 'Enter':
      return plain ? { type: 'choose', short: event.shiftKey } : null;
    case 'Escape':
      return { type: 'close' };
    case 'Tab':
      return event.altKey || event.ctrlKey || event.metaKey ? null : { type: 'cycle', delta: event.shiftKey ? -1 : 1 };
    case 'Backspace':
      return plain && state.query === '' && state.source ? { type: 'back' } : null;
    default:
      // Ctrl+D (⌘D): 收藏, as browsers bookmark a page.
      if ((event.key === 'd' || event.key === 'D') && (event.ctrlKey || event.metaKey) && !event.altKey) return { type: 'favourite' };
      return null;
  }
}

/** What Shift+Enter inserts: the heading alone, the sentence that matched; else the whole text. */
export function shortPart(item: LibraryItem): string {
  return item.short ?? item.text;
}
