import { MAX_ABBREVIATION_CHARS, matchAbbreviation } from './abbreviations';
import type { AssistantOptions } from './assistant-types';
import { mayUse } from '../editor/find-editable';
import type { PlaceholderNavigation } from './placeholder-navigation';
import { watchUndoAfterInsertion } from './undo-repair';
import type { EditorAdapter, InsertMethod } from '../editor/types';

/**
 * Every way the assistant puts text into the editor (a suggestion, the palette, the side panel, an
 * abbreviation): through the adapter as one undo step, reported, with the first placeholder selected.
 */
export interface Inserter {
  /** While an insertion is under way: the input events it causes are ours, not the writer's typing. */
  readonly busy: boolean;
  /** Replaces the `count` characters before the caret with `text`. */
  replace(target: EditorAdapter, count: number, text: string): Promise<InsertMethod | null>;
  /** Inserts `text` at the caret (a selection is kept and the text goes after it), as one undo step. */
  insertAtCaret(target: EditorAdapter, text: string): Promise<InsertMethod | null>;
  /**
   * Tab right after a favourite's abbreviation: replaces it with the passage (Ctrl+Z brings the
   * abbreviation back). False when no abbreviation stands before the caret, so Tab stays Tab.
   */
  expandAbbreviation(target: EditorAdapter): boolean;
  dispose(): void;
}

interface InserterParts {
  options: Pick<AssistantOptions, 'doc' | 'abbreviations' | 'onInserted'>;
  placeholders: PlaceholderNavigation;
  /** An insertion takes the suggestion panel away first. */
  hidePanel(): void;
}

export function createInserter({ options, placeholders, hidePanel }: InserterParts): Inserter {
  let busy = false;
  /** Puts back words an editor's undo took along with an insertion (see undo-repair.ts). */
  const undo = watchUndoAfterInsertion(options.doc.defaultView ?? window, async (target, { extra, missing }) => {
    busy = true;
    await target.replaceBeforeCaret(extra, missing).finally(() => (busy = false));
  });

  const inserted = (target: EditorAdapter, text: string, method: InsertMethod | null) => {
    options.onInserted?.(method);
    if (method) placeholders.start(target, text);
  };

  const replace = async (target: EditorAdapter, count: number, text: string): Promise<InsertMethod | null> => {
    // Checked at the moment of insertion too: the field may have become a password field meanwhile.
    if (!mayUse(target.element)) return null;
    busy = true;
    const snapshot = undo.snapshot(target, text);
    const insertion = target.replaceBeforeCaret(count, text).finally(() => (busy = false));
    if (snapshot) undo.inserting(snapshot, insertion);
    const method = await insertion;
    inserted(target, text, method);
    return method;
  };

  return {
    get busy() {
      return busy;
    },
    dispose: () => undo.dispose(),
    replace,
    insertAtCaret: async (target, text) => {
      hidePanel();
      placeholders.forget();
      target.selectRelative(0, 0);
      return replace(target, 0, text);
    },
    expandAbbreviation: (target) => {
      const before = target.textBeforeCaret(MAX_ABBREVIATION_CHARS + 1);
      const match = before && mayUse(target.element) ? matchAbbreviation(before, options.abbreviations()) : null;
      if (!match) return false;
      hidePanel();
      placeholders.forget();
      busy = true;
      // The key handler cannot wait: the expansion finishes on its own, busy until its placeholder is selected.
      void target
        .replaceBeforeCaret(match.abbreviation.length, match.text)
        .then((method) => inserted(target, match.text, method))
        .catch(() => undefined)
        .finally(() => (busy = false));
      return true;
    },
  };
}
