import { adapterFor } from '../editor/adapter';
import type { AssistantOptions } from './assistant-types';
import { deepActiveElement, mayUse } from '../editor/find-editable';
import type { EditorAdapter } from '../editor/types';

/** The editable the assistant works in: at most one per frame, the one that last had focus. */
export interface EditorFocus {
  /** The adapter of that editable; null when none has focus. */
  current(): EditorAdapter | null;
  /** Whether it is still in the page and holds focus (a page may re-render or drop it). */
  stillThere(): boolean;
  /** Whether commands (side panel, popup, palette) apply: the editor is there and the site not paused. */
  focused(): boolean;
  /** The writer focused or typed in `field`. */
  activate(field: HTMLElement): void;
  /** Focus went somewhere that is not an editable. */
  deactivate(): void;
}

interface EditorFocusParts {
  doc: Document;
  options: Pick<AssistantOptions, 'isPaused' | 'warmUp'>;
  /** Leaving an editor takes the panel away. */
  hidePanel(): void;
  /** Another editor's placeholders are not this one's. */
  forgetPlaceholders(): void;
  /** Tells the side panel: called whenever an editor gains or loses focus. */
  report(): void;
  /** The writer typed in an editor that fires no input events (see EditorAdapter.followTyping). */
  typed(committed: boolean): void;
}

export function trackEditorFocus({ doc, options, hidePanel, forgetPlaceholders, report, typed }: EditorFocusParts): EditorFocus {
  let adapter: EditorAdapter | null = null;
  let warmedUp = false;

  // mayUse: the field may have turned secret (a password field) or been disabled since it took focus.
  const stillThere = () => adapter !== null && mayUse(adapter.element) && adapter.element.contains(deepActiveElement(doc));

  return {
    current: () => adapter,
    stillThere,
    focused: () => !options.isPaused() && stillThere(),
    activate: (field) => {
      if (adapter?.element === field) return;
      hidePanel();
      forgetPlaceholders();
      adapter?.dispose?.();
      adapter = adapterFor(field);
      adapter.followTyping?.(typed);
      report();
      if (!warmedUp) {
        warmedUp = true;
        options.warmUp();
      }
    },
    deactivate: () => {
      hidePanel();
      if (!adapter) return;
      adapter.dispose?.();
      adapter = null;
      report();
    },
  };
}
