import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_KEY, type Settings } from './settings-schema';

/**
 * Typed, versioned storage item. When the shape changes, bump `version` and add a migration
 * `{ [newVersion]: (old) => new }`; WXT runs them in order the first time the item is read.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

/** Calls `onChange` with the repaired settings whenever they change, in any tab or page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(repairSettings(raw)));
}

/** Changes the settings atomically across the extension's contexts (one Web Lock), so two edits at once both apply. */
export async function editSettings(edit: (current: Settings) => Settings): Promise<void> {
  const run = async () => settingsItem.setValue(edit(await loadSettings()));
  const locks = globalThis.navigator?.locks;
  await (locks ? locks.request('gongwen-settings', run) : run());
}
