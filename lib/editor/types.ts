/** How an insertion reached the editor's model; reported for diagnostics and the README table. */
export type InsertMethod = 'execCommand' | 'paste' | 'beforeinput' | 'valueSetter' | 'textupdate';

/** One contenteditable family: a way to have the editor insert text over a selected span. */
export interface InsertStep {
  method: InsertMethod;
  /** Runs the step on the selected span; false when the editor did not take it (nothing changed). */
  run(target: HTMLElement, text: string, span: StaticRange): boolean;
}

/** A viewport rectangle of the caret line (client coordinates of the adapter's own window). */
export interface CaretBox {
  left: number;
  top: number;
  bottom: number;
}

/** A viewport rectangle around some text (client coordinates of the adapter's own window). */
export interface TextBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * One focused editable, whatever editor owns it. Offsets are UTF-16 code units counted from the
 * caret: negative before it, positive after it. Zero-width filler characters that rich editors
 * keep in their DOM are not counted.
 */
export interface EditorAdapter {
  readonly element: HTMLElement;
  /** Up to `maxChars` characters before a collapsed caret; null when there is no caret inside. */
  textBeforeCaret(maxChars: number): string | null;
  /** Up to `maxChars` characters after the selection's end; null when there is no selection inside. */
  textAfterCaret(maxChars: number): string | null;
  /**
   * Replaces the `count` characters before the caret with `text` so that the editor's own model
   * changes in one undo step, with the caret after the text. Resolves to the method that worked
   * (verified by reading the text back) or null when none did.
   */
  replaceBeforeCaret(count: number, text: string): Promise<InsertMethod | null>;
  /** Selects `[from, to)`, both relative to the caret (see above). */
  selectRelative(from: number, to: number): boolean;
  caretBox(): CaretBox | null;
  /**
   * Viewport boxes of the text `[from, to)`, both relative to the selection's end (so they hold
   * while a span is selected), one per line it covers; empty when it cannot be measured. Optional:
   * an adapter without it simply shows no marks.
   */
  boxesOfRelative?(from: number, to: number): TextBox[];
  /**
   * For editors that fire no DOM input events (EditContext): the adapter calls `typed` after the
   * writer typed, as an input event would tell; `committed` when an IME composition ended.
   */
  followTyping?(typed: (committed: boolean) => void): void;
  /** Stops listening to the editor (adapters that follow its input themselves); called when focus leaves it. */
  dispose?(): void;
}
