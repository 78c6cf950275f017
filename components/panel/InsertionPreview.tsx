import { previewParts } from '@/lib/match/preview';
import type { Suggestion } from '@/lib/match/types';
import { t } from '../i18n';

/** The text around the caret as accepting would leave it: kept, added, corrected, replaced (struck through). */
export function InsertionPreview({ context, suggestion }: { context: string; suggestion: Suggestion }) {
  return (
    <div class="preview" aria-label={t('previewLabel')}>
      {previewParts(context, suggestion).map((part, i) =>
        part.kind === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : part.kind === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.kind === 'corrected' ? (
          <ins key={i} class="corrected">
            {part.text}
          </ins>
        ) : (
          <span key={i} class="kept">
            {part.text}
          </span>
        ),
      )}
    </div>
  );
}
