/**
 * The only keys the assistant takes from the page, and only while its panel shows (or, for Tab,
 * while a placeholder of a just-inserted passage waits to be filled).
 */
export type PanelCommand =
  | { type: 'insert'; index: number }
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'insert-active' }
  /** Alt+→ shows every version of the active suggestion (另有 N 个相近版本); Alt+← goes back. */
  | { type: 'variants'; open: boolean }
  | { type: 'hide' };

const DIGIT_CODE = /^Digit([1-5])$/;

/** `event.code` rather than `event.key`: Alt+digit types other characters on macOS layouts. */
export function panelCommandFor(event: KeyboardEvent): PanelCommand | null {
  if (event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (!event.altKey) return event.key === 'Escape' ? { type: 'hide' } : null;
  const digit = DIGIT_CODE.exec(event.code);
  if (digit) return { type: 'insert', index: Number(digit[1]) - 1 };
  if (event.key === 'ArrowDown') return { type: 'move', delta: 1 };
  if (event.key === 'ArrowUp') return { type: 'move', delta: -1 };
  if (event.key === 'Enter') return { type: 'insert-active' };
  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') return { type: 'variants', open: event.key === 'ArrowRight' };
  return null;
}

/** What a key does in fill mode (placeholders of an insertion waiting): move, end, or nothing (typing). */
export type FillKey = 'next' | 'previous' | 'enter' | 'leave' | null;

export function fillKeyFor(event: KeyboardEvent): FillKey {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'Tab') return event.shiftKey ? 'previous' : 'next';
  if (event.key === 'Enter') return 'enter';
  return event.key === 'Escape' || movesCaret(event) ? 'leave' : null;
}

/** Keys that move the caret away from where suggestions were computed. */
export function movesCaret(event: KeyboardEvent): boolean {
  return /^(Arrow|Page|Home|End)/.test(event.key) && !event.altKey;
}
