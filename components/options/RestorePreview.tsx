import type { ItemChanges, RestorePlan, SettingChange } from '@/lib/settings';
import { useT, type Translate } from '../i18n';

/** At most this many titles or passages are named per line; the rest are counted. */
const NAMED = 5;

const SETTING_LABELS: Record<SettingChange['field'], string> = {
  disabledSources: 'settingDisabledSources',
  kinds: 'kindsLabel',
  limit: 'limitLabel',
  minChars: 'minCharsLabel',
  debounceMs: 'debounceLabel',
  mode: 'modeLabel',
  disabledSites: 'settingDisabledSites',
};

function settingValue(t: Translate, field: SettingChange['field'], value: SettingChange['before']): string {
  if (field === 'mode') return t(value === 'auto' ? 'modeAuto' : 'modeShortcut');
  if (field === 'kinds' && Array.isArray(value)) return value.map((kind) => t(`kind_${kind}`)).join(t('listSeparator')) || t('restoreNone');
  if (field === 'disabledSources' && Array.isArray(value)) return t('restoreSourcesOff', value.length);
  if (Array.isArray(value)) return value.join(t('listSeparator')) || t('restoreNone');
  return String(value);
}

function names(t: Translate, list: readonly string[]): string {
  const shown = list.slice(0, NAMED).map((name) => `“${name.length > 40 ? `${name.slice(0, 40)}…` : name}”`);
  return list.length > NAMED ? t('restoreAndMore', shown.join(t('listSeparator')), list.length - NAMED) : shown.join(t('listSeparator'));
}

function Changes({ label, changes }: { label: string; changes: ItemChanges }) {
  const t = useT();
  const rows = (['added', 'replaced', 'removed', 'kept'] as const).filter((kind) => changes[kind].length > 0);
  return (
    <li>
      <strong>{label}</strong>
      {rows.length === 0 ? (
        <span class="empty"> {t('restoreUnchanged')}</span>
      ) : (
        <ul>
          {rows.map((kind) => (
            <li key={kind} class={`change-${kind}`} data-change={kind}>
              {t(`restoreChange_${kind}`, changes[kind].length, names(t, changes[kind]))}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What a restore will change, before anything is written. */
export function RestorePreview({ plan }: { plan: RestorePlan }) {
  const t = useT();
  return (
    <ul class="restore-changes">
      <Changes label={t('navSources')} changes={plan.sources} />
      <Changes label={t('navFavourites')} changes={plan.favourites} />
      <li>
        <strong>{t('navSuggestions')}</strong>
        {plan.settings.length === 0 ? (
          <span class="empty"> {t('restoreUnchanged')}</span>
        ) : (
          <ul>
            {plan.settings.map((change) => (
              <li key={change.field} data-change="setting">
                {t('restoreSettingChange', t(SETTING_LABELS[change.field]), settingValue(t, change.field, change.before), settingValue(t, change.field, change.after))}
              </li>
            ))}
          </ul>
        )}
      </li>
      {plan.abbreviationsDropped.length > 0 && <li class="hint">{t('restoreAbbreviationsDropped', plan.abbreviationsDropped.join(t('listSeparator')))}</li>}
    </ul>
  );
}
