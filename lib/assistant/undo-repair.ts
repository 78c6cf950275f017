import { editAndSettle } from '../editor/settle';
import type { EditorAdapter } from '../editor/types';
import { fromWriter } from './guarded';

/** How much text around the caret is compared. */
const CONTEXT_CHARS = 200;
/** An editor's typing group is never longer than this: a bigger gap is not ours to fill. */
const MAX_MISSING_CHARS = 120;

/**
 * What an undo took beyond the insertion: `typed` is the text before the caret just before the
 * insertion, `now` the text before the caret after the undo. When `now` is `typed` cut short, the
 * cut-off tail is returned; null when nothing is missing or the two do not line up.
 */
export function missingTypedTail(typed: string, now: string): string | null {
  if (now === typed) return null;
  for (let kept = typed.length - 1; kept >= Math.max(0, typed.length - MAX_MISSING_CHARS); kept--) {
    const prefix = typed.slice(0, kept);
    // Both are windows ending at the caret, so the kept part must end `now`. Keeping nothing is right
    // only when nothing stood before the typing either.
    if (kept > 0 ? now.endsWith(prefix) : now === '') return typed.slice(kept);
  }
  return null;
}

interface Inserted {
  target: EditorAdapter;
  typed: string;
  after: string;
}

export interface UndoRepair {
  /** Call before an insertion: what stands around the caret. */
  snapshot(target: EditorAdapter): Inserted | null;
  /** Call after a verified insertion: the next Ctrl+Z is checked against the snapshot. */
  inserted(snapshot: Inserted): void;
  dispose(): void;
}

const MODIFIER_KEYS: ReadonlySet<string> = new Set(['Control', 'Meta', 'Shift', 'Alt']);

function isUndoKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}

/**
 * Some editors keep edits that follow quickly in one undo step, timed by their own clock (ProseMirror
 * 0.5 s after the last adjacent edit, Quill 1 s from the first, Summernote's snapshots on a pause),
 * and offer no way to close the step from outside. An insertion right after typing then joins it,
 * and Ctrl+Z would take the writer's words too. So the first Ctrl+Z after an insertion is watched: when the editor's undo took
 * more than the insertion — the text after the caret is as before, and the text before it is what
 * was typed, cut short — the cut-off words are put back at once, as a step of their own (editors
 * start a new step after an undo), and read back like any insertion.
 */
export function watchUndoAfterInsertion(win: Window, putBack: (target: EditorAdapter, text: string) => Promise<unknown>): UndoRepair {
  let last: Inserted | null = null;

  const repair = async ({ target, typed, after }: Inserted) => {
    if (!target.element.isConnected || target.textAfterCaret(after.length) !== after) return;
    const now = target.textBeforeCaret(CONTEXT_CHARS);
    const missing = now === null ? null : missingTypedTail(typed, now);
    if (missing) await putBack(target, missing);
  };

  const onKeyDown = fromWriter((event: KeyboardEvent) => {
    // Ctrl (or ⌘) alone is the first half of Ctrl+Z.
    if (MODIFIER_KEYS.has(event.key)) return;
    const inserted = last;
    last = null;
    if (!inserted || !isUndoKey(event) || event.defaultPrevented) return;
    // The editor undoes from its own keydown handler, after this one: wait until it has rendered.
    void editAndSettle(inserted.target.element, () => undefined)
      .then(() => repair(inserted))
      .catch(() => undefined);
  });
  const forget = fromWriter(() => (last = null));

  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('mousedown', forget, true);
  return {
    snapshot: (target) => {
      const typed = target.textBeforeCaret(CONTEXT_CHARS);
      const after = target.textAfterCaret(24);
      return typed === null || after === null ? null : { target, typed, after };
    },
    inserted: (snapshot) => {
      last = snapshot;
    },
    dispose: () => {
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('mousedown', forget, true);
    },
  };
}
