import type { Suggestion } from '@/lib/match/types';
import { t } from '../i18n';
import { FavouriteStar } from './FavouriteStar';
import { InsertionPreview } from './InsertionPreview';
import { kindLabel } from '../kind-labels';
import { reasonLabel } from './labels';

interface Props {
  context: string;
  suggestion: Suggestion;
  index: number;
  active: boolean;
  favourite: boolean;
  onPick(index: number): void;
  onHover(index: number): void;
  onFavourite(index: number): void;
  onVariants(index: number): void;
}

/** One line per suggestion (what it adds); the active one opens to the full result around the caret. */
export function SuggestionOption({ context, suggestion, index, active, favourite, onPick, onHover, onFavourite, onVariants }: Props) {
  const source = [suggestion.sourceTitle, ...suggestion.trail].join(' › ');
  const replaces = suggestion.mode === 'replace';
  return (
    <li
      id={`gongwen-option-${index}`}
      role="option"
      aria-selected={active}
      class={active ? 'option active' : 'option'}
      onClick={() => onPick(index)}
      onMouseEnter={() => onHover(index)}
    >
      <kbd class="key" aria-hidden="true">
        Alt+{index + 1}
      </kbd>
      <div class="body">
        <div class="line">
          {replaces && <span class="tag replace">{t('suggestionReplace')}</span>}
          <span class="tag reason">{reasonLabel(suggestion.reason)}</span>
          <span class="text">{suggestion.text}</span>
        </div>
        {suggestion.variants && (
          <button
            type="button"
            tabIndex={-1}
            class="variants"
            title={t('panelVariantsTitle')}
            onClick={(event) => {
              event.stopPropagation();
              onVariants(index);
            }}
          >
            {t('panelVariants', suggestion.variants)}
          </button>
        )}
        {/* The whole passage for screen readers: the row itself shows one line. */}
        <span class="passage">{suggestion.passage}</span>
        {active && (
          <>
            <InsertionPreview context={context} suggestion={suggestion} />
            <div class="meta">
              <span class="kind">{kindLabel(suggestion.kind)}</span>
              <span class="source" title={source}>
                {source}
              </span>
            </div>
          </>
        )}
      </div>
      <FavouriteStar on={favourite} onToggle={() => onFavourite(index)} hint={t('favouriteAddHintPanel')} />
    </li>
  );
}
