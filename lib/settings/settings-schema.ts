import * as v from 'valibot';
import { UNIT_KINDS } from '../match/types';

/*
 * The shape of the writer's settings, without any storage code: the content script (which runs in
 * every tab) reads the stored value itself and repairs it with this, and bundles nothing more.
 */

/** The `storage.local` key of the settings. */
export const SETTINGS_KEY = 'settings';
/** The `storage.local` key of the favourites (validated entry by entry; see items.ts). */
export const FAVOURITES_KEY = 'favourites';

const settingsFields = {
  /** Ids of sources switched off. Kept as "off" rather than "on" so newly added sources start enabled. */
  disabledSources: v.array(v.string()),
  /** Which unit kinds to suggest. */
  kinds: v.array(v.picklist(UNIT_KINDS)),
  /** How many suggestions the panel shows. */
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  /** How many characters must be typed before anything is suggested. */
  minChars: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  /** Pause after the last keystroke before suggesting, in milliseconds. */
  debounceMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  /** `auto`: suggest while typing; `shortcut`: only when the writer asks. */
  mode: v.picklist(['auto', 'shortcut']),
  /** Host names where the extension stays silent. */
  disabledSites: v.array(v.string()),
};

/** What the writer chose on the options page, exactly: a backup file must match it. */
export const StrictSettingsSchema = v.object(settingsFields);
export type Settings = v.InferOutput<typeof StrictSettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  disabledSources: [],
  kinds: [...UNIT_KINDS],
  limit: 5,
  minChars: 4,
  debounceMs: 120,
  mode: 'auto',
  disabledSites: [],
};

/** Settings as read from storage: a corrupt or missing field falls back to its default; the other fields are kept. */
export const SettingsSchema = v.object({
  disabledSources: v.fallback(settingsFields.disabledSources, () => [...DEFAULT_SETTINGS.disabledSources]),
  kinds: v.fallback(settingsFields.kinds, () => [...DEFAULT_SETTINGS.kinds]),
  limit: v.fallback(settingsFields.limit, DEFAULT_SETTINGS.limit),
  minChars: v.fallback(settingsFields.minChars, DEFAULT_SETTINGS.minChars),
  debounceMs: v.fallback(settingsFields.debounceMs, DEFAULT_SETTINGS.debounceMs),
  mode: v.fallback(settingsFields.mode, DEFAULT_SETTINGS.mode),
  disabledSites: v.fallback(settingsFields.disabledSites, () => [...DEFAULT_SETTINGS.disabledSites]),
});

/** Settings repaired field by field: a corrupt field falls back to its default, the rest is kept. */
export function repairSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, typeof raw === 'object' && raw !== null ? raw : {});
}
