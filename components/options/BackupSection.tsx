import { useState } from 'preact/hooks';
import { BACKUP_LIMITS, changesNothing, type Backup, type BackupError, type RestoreMode, type RestorePlan } from '@/lib/settings';
import { useT, type Translate } from '../i18n';
import type { OptionsActions } from './model';
import { RestorePreview } from './RestorePreview';
import { useNotify } from './toast';

/** A refusal in the writer's language: which file, where, what to do; and that nothing stored changed. */
function backupErrorText(t: Translate, file: string, error: BackupError): string {
  const reason = (() => {
    switch (error.code) {
      case 'truncated':
        return t('backupError_truncated', file, error.line);
      case 'not-json':
        return error.line ? t('backupError_not_json_line', file, error.line) : t('backupError_not_json', file);
      case 'not-backup':
        return t('backupError_not_backup', file);
      case 'newer-version':
        return t('backupError_newer_version', file, error.version);
      case 'old-version':
        return t('backupError_old_version', file, error.version);
      case 'shape':
        return t('backupError_shape', file, error.path);
      case 'too-long':
        return t('backupError_too_long', file, error.path, error.limit);
      case 'too-large':
        return t('backupError_too_large', file, error.megabytes, BACKUP_LIMITS.bytes / 1024 / 1024);
      case 'too-deep':
        return t('backupError_too_deep', file, BACKUP_LIMITS.depth);
      case 'library-limit':
        return t('backupError_library_limit', file, error.chars.toLocaleString());
    }
  })();
  return `${reason}${t('backupNothingChanged')}`;
}

interface Pending {
  file: string;
  backup: Backup;
  mode: RestoreMode;
  plan: RestorePlan;
}

/** Export; restore with a preview of what changes, 合并 or 替换, and 撤销恢复 afterwards. */
export function BackupSection({ actions, restorePoint }: { actions: OptionsActions; restorePoint: number | null }) {
  const t = useT();
  const notify = useNotify();
  const [error, setError] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);

  const undo = async () => notify({ text: t((await actions.undoRestore()) ? 'restoreUndone' : 'restoreNothingToUndo') });
  const choose = async (mode: RestoreMode) => {
    if (pending) setPending({ ...pending, mode, plan: await actions.planRestore(pending.backup, mode) });
  };
  const apply = async () => {
    if (!pending) return;
    const { file, backup, mode } = pending;
    const outcome = await actions.restoreBackup(backup, mode);
    if (!outcome.ok) return setError(backupErrorText(t, file, outcome.error));
    setPending(null);
    const { importedSources, favourites } = outcome.plan.result;
    notify({ text: t('restoreDone', file, importedSources.length, favourites.length), action: { label: t('restoreUndo'), run: () => void undo() } });
  };

  return (
    <section id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('navBackup')}</h2>
      <p class="hint">{t('backupHint')}</p>
      <div class="toolbar">
        <button type="button" onClick={() => void actions.exportBackup().then((name) => notify({ text: t('backupExported', name) }))}>
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
              setError('');
              setPending(null);
              const read = await actions.readBackup(file);
              if (!read.ok) return setError(backupErrorText(t, file.name, read.error));
              setPending({ file: file.name, backup: read.backup, mode: 'merge', plan: await actions.planRestore(read.backup, 'merge') });
            }}
          />
        </label>
        {restorePoint !== null && (
          <button
            type="button"
            class="undo-restore"
            // Later than the toast, edits made since the restore would go too: say so first.
            onClick={() => confirm(t('restoreUndoConfirm', new Date(restorePoint).toLocaleString())) && void undo()}
          >
            {t('restoreUndoSince', new Date(restorePoint).toLocaleString())}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {pending && (
        <div class="restore-confirm" role="group" aria-labelledby="restore-title">
          <h3 id="restore-title">{t('restoreTitle', pending.file, new Date(pending.backup.exportedAt).toLocaleString())}</h3>
          <fieldset>
            {(['merge', 'replace'] as const).map((mode) => (
              <label key={mode} class="check">
                <input type="radio" name="restore-mode" value={mode} checked={pending.mode === mode} onChange={() => void choose(mode)} />
                <strong>{t(`restoreMode_${mode}`)}</strong> <span class="hint">{t(`restoreModeHint_${mode}`)}</span>
              </label>
            ))}
          </fieldset>
          <RestorePreview plan={pending.plan} />
          {changesNothing(pending.plan) && <p class="hint">{t('restoreNoChanges')}</p>}
          <p class="hint">{t('restoreSnapshotHint')}</p>
          <div class="toolbar">
            <button type="button" class="primary" onClick={() => void apply()}>
              {t(`restoreApply_${pending.mode}`)}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
