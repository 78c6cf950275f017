import { useT } from '../i18n';
import { BackupSection } from './BackupSection';
import { FavouritesSection } from './FavouritesSection';
import { ImportSection } from './ImportSection';
import type { OptionsActions, OptionsModel } from './model';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { SourcesSection } from './SourcesSection';
import { SuggestionSection } from './SuggestionSection';

export function OptionsApp({ model, actions }: { model: OptionsModel; actions: OptionsActions }) {
  const t = useT();
  return (
    <div class="options">
      <header>
        <h1>{t('extName')}</h1>
        <nav>
          {(['sources', 'suggestions', 'shortcuts', 'favourites', 'sites', 'import', 'backup'] as const).map((id) => (
            <a key={id} href={`#${id}`}>
              {t(`nav${id[0]?.toUpperCase()}${id.slice(1)}`)}
            </a>
          ))}
        </nav>
      </header>
      {model.problems.length > 0 && (
        <div class="error" role="alert">
          {t('storedProblems', model.problems.length)}
          <ul>
            {model.problems.map((p) => (
              <li key={`${p.key}-${p.index}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <main>
        <SourcesSection model={model} actions={actions} />
        <SuggestionSection settings={model.settings} actions={actions} />
        <ShortcutsSection actions={actions} />
        <FavouritesSection favourites={model.favourites} actions={actions} />
        <SitesSection sites={model.settings.disabledSites} actions={actions} />
        <ImportSection actions={actions} />
        <BackupSection actions={actions} />
      </main>
    </div>
  );
}
