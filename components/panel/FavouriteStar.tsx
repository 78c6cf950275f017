interface Props {
  on: boolean;
  onToggle(): void;
  /** Tooltip when not yet a favourite, e.g. how else to pin it. */
  hint?: string;
}

/** ☆/★ on a suggestion or palette entry. Never takes focus: the editor or search box keeps it. */
export function FavouriteStar({ on, onToggle, hint = '收藏' }: Props) {
  return (
    <button
      type="button"
      tabIndex={-1}
      class={on ? 'star on' : 'star'}
      aria-pressed={on}
      aria-label={on ? '取消收藏' : '收藏'}
      title={on ? '取消收藏' : hint}
      onClick={(event) => {
        event.stopPropagation();
        onToggle();
      }}
    >
      {on ? '★' : '☆'}
    </button>
  );
}
