import type { BinItem } from '@/lib/library-store';
import { useT, type Translate } from '../i18n';
import type { BinOutcome, OptionsActions } from './model';
import { useNotify } from './toast';

/** What putting `title` back from the bin came to. */
export function binRestoredText(t: Translate, title: string, outcome: BinOutcome): string {
  return outcome.ok ? t('binRestored', title) : t('binRestoreTooLarge', title, outcome.limit.toLocaleString());
}

/** The bin (回收站): deleted sources, restorable until it is emptied; none of them is suggested. */
export function BinList({ bin, actions }: { bin: readonly BinItem[]; actions: OptionsActions }) {
  const t = useT();
  const notify = useNotify();
  const restore = async (item: BinItem) => {
    const outcome = await actions.restoreFromBin(item.key);
    notify({ text: binRestoredText(t, item.title, outcome) });
  };
  return (
    <details class="bin" id="bin">
      <summary>{t('binTitle', bin.length)}</summary>
      <p class="hint">{t('binHint')}</p>
      {bin.length === 0 ? (
        <p class="empty">{t('binEmpty')}</p>
      ) : (
        <>
          <ul class="bin-list">
            {bin.map((item) => (
              <li key={item.key} data-bin-key={item.key}>
                <span class="source-title">{item.title}</span>
                <span class="counts">{t('binDeletedAt', new Date(item.deletedAt).toLocaleString())}</span>
                <button type="button" onClick={() => void restore(item)}>
                  {t('binRestore')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="danger"
            onClick={() => {
              if (confirm(t('binEmptyConfirm', bin.length))) void actions.emptyBin().then(() => notify({ text: t('binEmptied') }));
            }}
          >
            {t('binEmptyAction')}
          </button>
        </>
      )}
    </details>
  );
}
