import { UNIT_KINDS, type UnitKind } from '../match/types';

/*
 * The shape of the writer's settings, without any storage code or schema library: the content script
 * (which runs in every tab) reads the stored value itself and repairs it with this, so these checks
 * are plain functions. Backups validate with the same checks (backup.ts wraps them for valibot).
 */

/** The `storage.local` key of the settings. */
export const SETTINGS_KEY = 'settings';
/** The `storage.local` key of the favourites (validated entry by entry; see items.ts). */
export const FAVOURITES_KEY = 'favourites';

export interface Settings {
  /** Ids of sources switched off. Kept as "off" rather than "on" so newly added sources start enabled. */
  disabledSources: string[];
  /** Which unit kinds to suggest. */
  kinds: UnitKind[];
  /** How many suggestions the panel shows. */
  limit: number;
  /** How many characters must be typed before anything is suggested. */
  minChars: number;
  /** Pause after the last keystroke before suggesting, in milliseconds. */
  debounceMs: number;
  /** `auto`: suggest while typing; `shortcut`: only when the writer asks. */
  mode: 'auto' | 'shortcut';
  /** Host names where the extension stays silent. */
  disabledSites: string[];
}

/** The allowed range of each number setting (the options page names it when refusing a value). */
export const SETTING_RANGES = {
  limit: { min: 1, max: 5 },
  minChars: { min: 1, max: 20 },
  debounceMs: { min: 0, max: 2000 },
} as const;

export const DEFAULT_SETTINGS: Settings = {
  disabledSources: [],
  kinds: [...UNIT_KINDS],
  limit: 5,
  minChars: 4,
  debounceMs: 120,
  mode: 'auto',
  disabledSites: [],
};

const isStringList = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');
const inRange =
  ({ min, max }: { min: number; max: number }) =>
  (value: unknown): boolean =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Whether each field's stored value is one the options page could have saved. */
export const SETTING_CHECKS: { readonly [K in keyof Settings]: (value: unknown) => boolean } = {
  disabledSources: isStringList,
  kinds: (value) => Array.isArray(value) && value.every((kind) => (UNIT_KINDS as readonly unknown[]).includes(kind)),
  limit: inRange(SETTING_RANGES.limit),
  minChars: inRange(SETTING_RANGES.minChars),
  debounceMs: inRange(SETTING_RANGES.debounceMs),
  mode: (value) => value === 'auto' || value === 'shortcut',
  disabledSites: isStringList,
};

const FIELDS = Object.keys(SETTING_CHECKS) as (keyof Settings)[];

/** Settings repaired field by field: a corrupt field falls back to its default, the rest is kept; unknown fields are dropped. */
export function repairSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const repaired: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = stored[field];
    const fallback = DEFAULT_SETTINGS[field];
    // Copies, so that nobody shares (and mutates) the defaults' arrays.
    repaired[field] = SETTING_CHECKS[field](value) ? value : Array.isArray(fallback) ? [...fallback] : fallback;
  }
  return repaired as unknown as Settings;
}
