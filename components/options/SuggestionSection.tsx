import { UNIT_KINDS } from '@/lib/match/types';
import type { Settings } from '@/lib/settings';
import { useT } from '../i18n';
import type { OptionsActions } from './model';

function NumberField({ label, value, min, max, step = 1, onChange }: { label: string; value: number; min: number; max: number; step?: number; onChange(value: number): void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(e) => {
          const next = e.currentTarget.valueAsNumber;
          if (Number.isInteger(next) && next >= min && next <= max) onChange(next);
        }}
      />
    </label>
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
      <NumberField label={t('limitLabel')} value={settings.limit} min={1} max={5} onChange={(limit) => void actions.updateSettings({ limit })} />
      <NumberField label={t('minCharsLabel')} value={settings.minChars} min={1} max={20} onChange={(minChars) => void actions.updateSettings({ minChars })} />
      <NumberField label={t('debounceLabel')} value={settings.debounceMs} min={0} max={2000} step={10} onChange={(debounceMs) => void actions.updateSettings({ debounceMs })} />
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
