import { useState } from 'preact/hooks';
import { hostOf } from '@/lib/settings/hosts';
import { useT } from '../i18n';
import type { OptionsActions } from './model';

export function SitesSection({ sites, actions }: { sites: readonly string[]; actions: OptionsActions }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [refused, setRefused] = useState('');
  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('navSites')}</h2>
      <p class="hint">{t('sitesHint')}</p>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          const host = hostOf(draft);
          if (!host) return setRefused(t('sitesInvalid', draft.trim()));
          if (sites.includes(host)) return setRefused(t('sitesDuplicate', host));
          void actions.updateSettings({ disabledSites: [...sites, host] });
          setRefused('');
          setDraft('');
        }}
      >
        <input
          value={draft}
          placeholder={t('sitesPlaceholder')}
          aria-label={t('sitesPlaceholder')}
          aria-invalid={refused !== ''}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setRefused('');
          }}
        />
        <button type="submit">{t('sitesAdd')}</button>
        {refused && (
          <span class="error" role="alert">
            {refused}
          </span>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="empty">{t('sitesEmpty')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <code>{site}</code>
              <button type="button" onClick={() => void actions.updateSettings({ disabledSites: sites.filter((s) => s !== site) })}>
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
