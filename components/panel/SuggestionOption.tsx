import type { Suggestion } from '@/lib/match/types';
import { Highlighted } from './Highlighted';
import { KIND_LABELS } from './labels';

interface Props {
  suggestion: Suggestion;
  index: number;
  active: boolean;
  onPick(index: number): void;
  onHover(index: number): void;
}

export function SuggestionOption({ suggestion, index, active, onPick, onHover }: Props) {
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
    </li>
  );
}
