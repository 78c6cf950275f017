import { useId, useState } from 'preact/hooks';
import { UNIT_KINDS } from '@/lib/match/types';
import type { Settings } from '@/lib/settings';
import { SETTING_RANGES } from '@/lib/settings/settings-schema';
import { useT } from '../i18n';
import type { OptionsActions } from './model';

/**
 * A number setting, saved when committed (Enter or leaving the field). A value outside its range is
 * refused with an inline message naming the range, and the field goes back to the saved value.
 */
function NumberField({ label, value, min, max, step = 1, onChange }: { label: string; value: number; min: number; max: number; step?: number; onChange(value: number): void }) {
  const t = useT();
  const [refused, setRefused] = useState<string | null>(null);
  const id = useId();
  return (
    <div class="field-row">
      <label class="field">
        <span>{label}</span>
        <input
          type="number"
          value={value}
          min={min}
          max={max}
          step={step}
          aria-invalid={refused !== null}
          aria-describedby={refused !== null ? id : undefined}
          onChange={(e) => {
            const next = e.currentTarget.valueAsNumber;
            if (Number.isInteger(next) && next >= min && next <= max) {
              // Only on commit: any re-render puts the saved value back into the field (Preact sets `value`).
              setRefused(null);
              if (next !== value) onChange(next);
              return;
            }
            setRefused(e.currentTarget.value.trim() || '—');
            e.currentTarget.value = String(value);
          }}
        />
      </label>
      {refused !== null && (
        <p class="error field-error" id={id} role="alert">
          {t('settingOutOfRange', refused, min, max, value)}
        </p>
      )}
    </div>
  );
}

export function SuggestionSection({ settings, actions }: { settings: Settings; actions: OptionsActions }) {
  const t = useT();
  const kinds = new Set(settings.kinds);
  return (
    <section id="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('navSuggestions')}</h2>
      <fieldset>
        <legend>{t('kindsLabel')}</legend>
        {UNIT_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              checked={kinds.has(kind)}
              onChange={(e) => void actions.updateSettings({ kinds: UNIT_KINDS.filter((k) => (k === kind ? e.currentTarget.checked : kinds.has(k))) })}
            />
            {t(`kind_${kind}`)}
          </label>
        ))}
      </fieldset>
      <NumberField label={t('limitLabel')} value={settings.limit} {...SETTING_RANGES.limit} onChange={(limit) => void actions.updateSettings({ limit })} />
      <NumberField label={t('minCharsLabel')} value={settings.minChars} {...SETTING_RANGES.minChars} onChange={(minChars) => void actions.updateSettings({ minChars })} />
      <NumberField label={t('debounceLabel')} value={settings.debounceMs} {...SETTING_RANGES.debounceMs} step={10} onChange={(debounceMs) => void actions.updateSettings({ debounceMs })} />
      <fieldset>
        <legend>{t('modeLabel')}</legend>
        {(['auto', 'shortcut'] as const).map((mode) => (
          <label key={mode} class="check">
            <input type="radio" name="mode" checked={settings.mode === mode} onChange={() => void actions.updateSettings({ mode })} />
            {t(mode === 'auto' ? 'modeAuto' : 'modeShortcut')}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
