import { guarded } from './guarded';

/**
 * Tracks IME composition (pinyin, wubi…) for one document. While composing, the text before the
 * caret is not what the writer means yet, and keys belong to the IME.
 */
export interface CompositionTracker {
  readonly composing: boolean;
  /** Whether a key event belongs to an IME: during composition, keyCode 229, or the key that ended it. */
  ownsKey(event: KeyboardEvent): boolean;
  dispose(): void;
}

interface CompositionHandlers {
  /** The writer started composing: what is on show belongs to the text before it. */
  started(): void;
  /** The writer committed `event.data`. */
  ended(event: Event): void;
}

export function trackComposition(doc: Document, { started, ended }: CompositionHandlers): CompositionTracker {
  let composing = false;
  let endedAt = -Infinity;
  // A page's synthetic composition events must neither silence us nor set off a refresh.
  const start = guarded((event: Event) => {
    if (!event.isTrusted) return;
    composing = true;
    started();
  });
  const end = guarded((event: Event) => {
    // Chromium dispatches compositionend untrusted even for a real IME's commit (it goes through a
    // queued dispatch): honour it when a trusted compositionstart opened the composition.
    if (!event.isTrusted && !composing) return;
    composing = false;
    endedAt = performance.now();
    ended(event);
  });
  doc.addEventListener('compositionstart', start, true);
  doc.addEventListener('compositionend', end, true);
  return {
    get composing() {
      return composing;
    },
    ownsKey(event) {
      // Safari fires compositionend before the keydown of the Enter that committed the text, with
      // isComposing already false; treat a key arriving right after the end as the IME's too. An IME
      // commits with plain keys only: Alt+N right after a commit is the writer's (suggestions come at once).
      const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
      const justEnded = plain && performance.now() - endedAt < 30;
      return composing || event.isComposing || event.keyCode === 229 || justEnded;
    },
    dispose() {
      doc.removeEventListener('compositionstart', start, true);
      doc.removeEventListener('compositionend', end, true);
    },
  };
}
