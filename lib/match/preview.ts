import type { Suggestion } from './types';

/** One stretch of the text around the caret as accepting a suggestion would leave it. */
export interface PreviewPart {
  /**
   * `kept`: typed and staying; `added`: inserted; `removed`: typed and replaced (struck through);
   * `corrected`: a same-sound fix of a typed character (shown with what it replaces as `removed`).
   */
  kind: 'kept' | 'added' | 'removed' | 'corrected';
  text: string;
}

/** Typed characters shown before the change, so the writer sees where it lands. */
const LEAD = 12;

/**
 * What accepting `suggestion` does to the end of `context`, in order: a little of the text kept
 * before, then the typed characters that stay, are corrected or are replaced, then what is added.
 */
export function previewParts(context: string, suggestion: Pick<Suggestion, 'mode' | 'reason' | 'replace' | 'text' | 'corrections'>): PreviewPart[] {
  const [start, end] = suggestion.replace;
  const parts: PreviewPart[] = [];
  const push = (kind: PreviewPart['kind'], text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  const leadFrom = Math.max(0, start - LEAD);
  push('kept', (leadFrom > 0 ? '…' : '') + context.slice(leadFrom, start));
  const retyped = suggestion.reason === 'continue' || suggestion.reason === 'homophone';
  if (!retyped) {
    push('removed', context.slice(start, end));
    push('added', suggestion.text);
    return parts;
  }
  // A continuation re-types the corrected stretch: character by character, the same or a fix.
  for (let i = start; i < end; i++) {
    const now = suggestion.text[i - start] ?? '';
    const was = context[i] ?? '';
    if (now === was) {
      push('kept', was);
    } else {
      push('removed', was);
      push('corrected', now);
    }
  }
  push('added', suggestion.text.slice(end - start));
  return parts;
}
