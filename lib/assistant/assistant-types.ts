import type { Suggestion } from '../match/types';
import type { Abbreviation } from './abbreviations';
import type { CaretBox, InsertMethod, TextBox } from '../editor/types';

/** What the panel shows. */
export interface PanelState {
  /** The text before the caret the suggestions were made for: the preview shows what accepting does to it. */
  context: string;
  suggestions: readonly Suggestion[];
  activeIndex: number;
  collapsed: boolean;
  /** The caret line the panel sits beside, in client coordinates. */
  caret: CaretBox;
  /** Which suggestions are favourites already (their ☆ shows filled). */
  favourites: readonly boolean[];
  /** The background is still loading the library: the panel says so instead of showing nothing. */
  loading?: boolean;
}

/** The background's answer to the text before the caret. */
export interface SuggestAnswer {
  suggestions: Suggestion[];
  /** Still loading the library: nothing yet, ask again shortly. */
  loading?: boolean;
}

export interface PanelHandlers {
  pick(index: number): void;
  setActive(index: number): void;
  toggleCollapsed(): void;
  pauseSite(): void;
  openOptions(): void;
  /** Pins or unpins a suggestion as a favourite. */
  favourite(index: number): void;
  /** Shows every near-identical version of a folded suggestion (另有 N 个相近版本). */
  variants(index: number): void;
  openPalette(): void;
}

/** What the quick-insert palette hands back: the text to insert, or nothing (Esc). */
export interface PaletteHandlers {
  insert(text: string): void;
  close(): void;
}

/** A placeholder left to fill after an insertion, marked over the editor (client coordinates). */
export interface PlaceholderMark extends TextBox {
  /** The one Tab has selected. */
  active: boolean;
}

/** The assistant's UI in the page (panel, palette, notices); the content script renders it with Preact. */
export interface PanelView {
  render(state: PanelState, handlers: PanelHandlers): void;
  hide(): void;
  /** Whether an event happened inside our UI (its shadow host is on the composed path). */
  contains(event: Event): boolean;
  openPalette(handlers: PaletteHandlers): void;
  closePalette(): void;
  /** Fill mode: marks the placeholders still to fill; an empty list removes the marks. */
  markPlaceholders?(marks: readonly PlaceholderMark[]): void;
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
  /** With `variantsOf` (a suggestion's id): every version of that folded suggestion's passage. */
  suggest(context: string, limit: number, variantsOf?: string): Promise<SuggestAnswer>;
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
