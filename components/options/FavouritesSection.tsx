import { useState } from 'preact/hooks';
import { ABBREVIATION_PATTERN } from '@/lib/assistant/abbreviations';
import type { Favourite } from '@/lib/settings';
import { useT } from '../i18n';
import type { OptionsActions } from './model';

function FavouriteRow({ favourite, others, actions }: { favourite: Favourite; others: readonly Favourite[]; actions: OptionsActions }) {
  const t = useT();
  const [draft, setDraft] = useState(favourite.abbreviation ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const save = () => {
    const abbreviation = draft.trim();
    if (abbreviation === (favourite.abbreviation ?? '')) return;
    if (abbreviation && !ABBREVIATION_PATTERN.test(abbreviation)) return setMessage({ error: true, text: t('favouriteInvalid') });
    if (abbreviation && others.some((f) => f.abbreviation === abbreviation)) return setMessage({ error: true, text: t('favouriteDuplicate', abbreviation) });
    void actions.updateFavourite(favourite.id, abbreviation || null).then(() => setMessage({ error: false, text: t('favouriteSaved') }));
  };
  return (
    <li class="favourite-row" data-favourite-id={favourite.id}>
      <div class="favourite-text" title={favourite.text}>
        {favourite.text}
        {favourite.sourceTitle && <span class="badge">{favourite.sourceTitle}</span>}
      </div>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          {t('favouriteAbbreviation')}{' '}
          <input value={draft} placeholder={t('favouriteAbbreviationPlaceholder')} spellcheck={false} onInput={(e) => setDraft(e.currentTarget.value)} onBlur={save} />
        </label>
        <button type="button" class="danger" onClick={() => void actions.deleteFavourite(favourite.id)}>
          {t('favouriteDelete')}
        </button>
        {message && <span class={message.error ? 'error' : 'status'}>{message.text}</span>}
      </form>
    </li>
  );
}

export function FavouritesSection({ favourites, actions }: { favourites: readonly Favourite[]; actions: OptionsActions }) {
  const t = useT();
  return (
    <section id="favourites" aria-labelledby="favourites-title">
      <h2 id="favourites-title">{t('navFavourites')}</h2>
      <p class="hint">{t('favouritesHint')}</p>
      {favourites.length === 0 ? (
        <p class="empty">{t('favouritesEmpty')}</p>
      ) : (
        <ul class="favourites">
          {favourites.map((favourite) => (
            <FavouriteRow key={favourite.id} favourite={favourite} others={favourites.filter((f) => f.id !== favourite.id)} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
}
