import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import type { OptionsActions } from './model';

export function BackupSection({ actions }: { actions: OptionsActions }) {
  const t = useT();
  const [status, setStatus] = useState<{ error: boolean; text: string } | undefined>();
  return (
    <section id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('navBackup')}</h2>
      <p class="hint">{t('backupHint')}</p>
      <div class="toolbar">
        <button type="button" onClick={() => void actions.exportBackup()}>
          {t('backupExport')}
        </button>
        <label class="file-button">
          {t('backupImport')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              const outcome = await actions.restoreBackup(file);
              if (outcome.ok) setStatus({ error: false, text: t('backupRestored', outcome.favourites, outcome.importedSources) });
              else {
                const where = outcome.error.path ? `${outcome.error.path}: ${outcome.error.detail}` : outcome.error.detail;
                const text = t(`backupError_${outcome.error.code.replace(/-/g, '_')}`, where);
                setStatus({ error: true, text: text.includes(where) ? text : `${text}（${where}）` });
              }
            }}
          />
        </label>
      </div>
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
