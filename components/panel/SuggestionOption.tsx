import type { Suggestion } from '@/lib/match/types';
import { FavouriteStar } from './FavouriteStar';
import { Highlighted } from './Highlighted';
import { KIND_LABELS } from './labels';

interface Props {
  suggestion: Suggestion;
  index: number;
  active: boolean;
  favourite: boolean;
  onPick(index: number): void;
  onHover(index: number): void;
  onFavourite(index: number): void;
}

export function SuggestionOption({ suggestion, index, active, favourite, onPick, onHover, onFavourite }: Props) {
  const source = [suggestion.sourceTitle, ...suggestion.trail].join(' › ');
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
        <div class="text">
          <Highlighted text={suggestion.text} ranges={suggestion.highlights} />
        </div>
        <div class="meta">
          <span class="kind">{KIND_LABELS[suggestion.kind]}</span>
          <span class="source" title={source}>
            {source}
          </span>
        </div>
      </div>
      <FavouriteStar on={favourite} onToggle={() => onFavourite(index)} hint="收藏（可在设置页加缩写）" />
    </li>
  );
}
