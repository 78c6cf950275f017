import { editAndSettle } from '../editor/settle';
import { withPlainSpaces } from '../editor/text-walk';
import type { EditorAdapter } from '../editor/types';
import { fromWriter } from './guarded';

/** How much text around the caret is compared. */
const CONTEXT_CHARS = 200;
/** An editor's typing group is never longer than this: a bigger gap is not ours to fill. */
const MAX_MISSING_CHARS = 120;
/** Letters an IME showed before the commit (pinyin, wubi codes): a composition is never longer. */
const MAX_COMPOSITION_CHARS = 40;

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

/** How to make the text before the caret `typed` again: delete `extra` characters, then type `missing`. */
export interface TypedRepair {
  extra: number;
  missing: string;
}

/**
 * What an undo left in place of the typing: `typed` cut short (see missingTypedTail), possibly
 * followed by a composition the editor recorded midway, its letters still there (Quill 1 and Jodit
 * record the document while the IME composes, and their timed undo step can start at such a
 * moment). The writer never chose those letters: the pinyin goes and the typed words come back.
 * Null when `now` is `typed`, or does not line up with it.
 */
export function typedRepair(typed: string, now: string): TypedRepair | null {
  if (now === typed) return null;
  for (let extra = 0; extra <= Math.min(MAX_COMPOSITION_CHARS, now.length); extra++) {
    const kept = now.slice(0, now.length - extra);
    // Only letters can be a composition's: a word the writer committed is never taken away.
    if (extra > 0 && !/^[A-Za-z' ]$/.test(now.charAt(kept.length))) return null;
    const missing = missingTypedTail(typed, kept);
    if (missing) return { extra, missing };
  }
  return null;
}

interface Inserted {
  target: EditorAdapter;
  /** The text before the caret before the insertion, and after it. */
  typed: string;
  after: string;
  /** What the insertion puts before the caret. */
  text: string;
}

export interface UndoRepair {
  /** Call before inserting `text`: what stands around the caret. */
  snapshot(target: EditorAdapter, text: string): Inserted | null;
  /**
   * Call as the insertion starts: the next Ctrl+Z is checked against the snapshot, even while the
   * insertion is still being read back (the writer may be quicker than an editor's render). An
   * insertion that `done` reports as failed is forgotten.
   */
  inserting(snapshot: Inserted, done: Promise<unknown>): void;
  dispose(): void;
}

const MODIFIER_KEYS: ReadonlySet<string> = new Set(['Control', 'Meta', 'Shift', 'Alt']);

function isUndoKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}

/** Whether the insertion shows at the caret, with what followed the caret untouched. */
function landed({ target, after, text }: Inserted): boolean {
  return target.textAfterCaret(after.length) === after && withPlainSpaces(target.textBeforeCaret(text.length) ?? '') === withPlainSpaces(text);
}

/**
 * Some editors keep edits that follow quickly in one undo step, timed by their own clock (ProseMirror
 * 0.5 s after the last adjacent edit, Quill 1 s from the first, Summernote's snapshots on a pause),
 * and offer no way to close the step from outside. An insertion right after typing then joins it,
 * and Ctrl+Z would take the writer's words too. So the first Ctrl+Z after an insertion is watched: when the editor's undo took
 * more than the insertion — the text after the caret is as before, and the text before it is what
 * was typed, cut short (perhaps with pinyin letters in their place, see typedRepair) — the cut-off
 * words are put back at once, as a step of their own (editors start a new step after an undo), and
 * read back like any insertion.
 */
export function watchUndoAfterInsertion(win: Window, putBack: (target: EditorAdapter, fix: TypedRepair) => Promise<unknown>): UndoRepair {
  let last: Inserted | null = null;

  const repair = async ({ target, typed, after }: Inserted) => {
    if (!target.element.isConnected || target.textAfterCaret(after.length) !== after) return;
    const now = target.textBeforeCaret(CONTEXT_CHARS);
    const fix = now === null ? null : typedRepair(typed, now);
    if (fix) await putBack(target, fix);
  };

  const onKeyDown = fromWriter((event: KeyboardEvent) => {
    // Ctrl (or ⌘) alone is the first half of Ctrl+Z.
    if (MODIFIER_KEYS.has(event.key)) return;
    const inserted = last;
    last = null;
    // Checked now, before the editor's undo: the writer undoes an insertion that is there, whether or
    // not its read-back has finished. (An insertion that never landed leaves the typing the editor's to undo.)
    if (!inserted || !isUndoKey(event) || event.defaultPrevented || !landed(inserted)) return;
    // The editor undoes from its own keydown handler, after this one: wait until it has rendered.
    void editAndSettle(inserted.target.element, () => undefined)
      .then(() => repair(inserted))
      .catch(() => undefined);
  });
  const forget = fromWriter(() => (last = null));

  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('mousedown', forget, true);
  return {
    snapshot: (target, text) => {
      const typed = target.textBeforeCaret(CONTEXT_CHARS);
      const after = target.textAfterCaret(24);
      return typed === null || after === null ? null : { target, typed, after, text };
    },
    inserting: (snapshot, done) => {
      last = snapshot;
      const forgetFailed = (method: unknown) => {
        if (!method && last === snapshot) last = null;
      };
      done.then(forgetFailed, () => forgetFailed(null));
    },
    dispose: () => {
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('mousedown', forget, true);
    },
  };
}
