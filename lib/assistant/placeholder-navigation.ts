import { firstPlaceholder } from './placeholders';
import type { EditorAdapter } from '../editor/types';

/** Tab from one placeholder (`X`, `XX`…) of a just-inserted passage to the next. */
export interface PlaceholderNavigation {
  /** Whether a placeholder of the inserted passage still waits ahead of the selected one. */
  readonly waiting: boolean;
  /** After inserting `text` (the caret right after it): select its first placeholder, if any. */
  selectFirst(target: EditorAdapter, text: string): void;
  /** Tab: select the next placeholder of the inserted passage; false when there is none. */
  jumpNext(target: EditorAdapter): boolean;
  /** The writer moved on (another editor, a click, Esc, another insertion): Tab is Tab again. */
  forget(): void;
}

export function createPlaceholderNavigation(): PlaceholderNavigation {
  /** Characters of the inserted passage after the selected placeholder, while Tab jumps. */
  let tail: number | null = null;
  return {
    get waiting() {
      return tail !== null;
    },
    selectFirst(target, text) {
      const placeholder = firstPlaceholder(text);
      if (!placeholder) return;
      if (target.selectRelative(placeholder.start - text.length, placeholder.end - text.length)) {
        tail = text.length - placeholder.end;
      }
    },
    jumpNext(target) {
      if (tail === null) return false;
      const ahead = target.textAfterCaret(tail) ?? '';
      const next = firstPlaceholder(ahead);
      tail = null;
      if (!next || !target.selectRelative(next.start, next.end)) return false;
      const rest = ahead.length - next.end;
      tail = rest > 0 && firstPlaceholder(ahead.slice(next.end)) ? rest : null;
      return true;
    },
    forget() {
      tail = null;
    },
  };
}
