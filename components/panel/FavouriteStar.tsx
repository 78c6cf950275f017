import { t } from '../i18n';

interface Props {
  on: boolean;
  onToggle(): void;
  /** Tooltip when not yet a favourite, e.g. how else to pin it. */
  hint?: string;
}

/** ☆/★ on a suggestion or palette entry. Never takes focus: the editor or search box keeps it. */
export function FavouriteStar({ on, onToggle, hint = t('favouriteAdd') }: Props) {
  return (
    <button
      type="button"
      tabIndex={-1}
      class={on ? 'star on' : 'star'}
      aria-pressed={on}
      aria-label={t(on ? 'favouriteRemove' : 'favouriteAdd')}
      title={on ? t('favouriteRemove') : hint}
      onClick={(event) => {
        event.stopPropagation();
        onToggle();
      }}
    >
      {on ? '★' : '☆'}
    </button>
  );
}
