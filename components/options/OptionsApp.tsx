import { useCallback, useState } from 'preact/hooks';
import type { StoredProblem } from '@/lib/settings';
import { useT, type Translate } from '../i18n';
import { BackupSection } from './BackupSection';
import { FavouritesSection } from './FavouritesSection';
import { ImportSection } from './ImportSection';
import type { OptionsActions, OptionsModel } from './model';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { SourcesSection } from './SourcesSection';
import { SuggestionSection } from './SuggestionSection';
import { Notify, ToastView, type Toast } from './toast';

/** A stored entry that failed validation, in the writer's language: what, which one, and that it is kept. */
function problemText(t: Translate, problem: StoredProblem): string {
  const what = t(problem.key === 'favourites' ? 'storedFavourites' : 'storedSources');
  return problem.index >= 0 ? t('storedProblemEntry', what, problem.index + 1) : t('storedProblemList', what);
}

export function OptionsApp({ model, actions }: { model: OptionsModel; actions: OptionsActions }) {
  const t = useT();
  const [toast, setToast] = useState<Toast | null>(null);
  const close = useCallback(() => setToast(null), []);
  return (
    <Notify.Provider value={setToast}>
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
                <li key={`${p.key}-${p.index}`}>{problemText(t, p)}</li>
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
          <BackupSection actions={actions} restorePoint={model.restorePoint} />
        </main>
        {toast && <ToastView toast={toast} onClose={close} />}
      </div>
    </Notify.Provider>
  );
}
