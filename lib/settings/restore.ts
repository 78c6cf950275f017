import { storage } from 'wxt/utils/storage';
import { restoreSources, undoRestore } from '../library-store';
import type { Backup } from './backup';
import { favouritesItem, validateEntries } from './items';
import { openLibrary } from './library';
import { planRestore, type RestoreMode, type RestorePlan } from './restore-plan';
import { FavouriteSchema } from './schema';
import { settingsItem } from './settings';
import { repairSettings } from './settings-schema';

/**
 * Runs `run` holding both storage locks (the same ones editSettings and editFavourites take, always in
 * this order), so no edit from another tab lands between a restore's read and its write.
 */
async function withStorageLocks<T>(run: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? await locks.request('gongwen-settings', () => locks.request('gongwen-favourites', run)) : run();
}

/**
 * Restores `backup`: the plan is made again from what is stored at this moment (a favourite pinned in
 * another tab since the preview is kept by a merge), everything it replaces is kept as the restore
 * point, then the sources change in one transaction and the settings and favourites in one write.
 */
export async function applyRestore(backup: Backup, mode: RestoreMode): Promise<RestorePlan> {
  return withStorageLocks(async () => {
    const [rawSettings, rawFavourites] = await Promise.all([settingsItem.getValue(), favouritesItem.getValue()]);
    const settings = repairSettings(rawSettings);
    const favourites = validateEntries('favourites', rawFavourites, FavouriteSchema);
    const plan = await restoreSources(
      await openLibrary(),
      (importedSources) => {
        const made = planRestore({ settings, favourites: favourites.values, importedSources }, backup, mode);
        return { sources: made.result.importedSources, result: made };
      },
      { settings, favourites: rawFavourites },
    );
    // A merge keeps stored entries that failed validation; a replace drops them (the restore point keeps them).
    const corrupt = mode === 'merge' && Array.isArray(rawFavourites) ? favourites.problems.filter((p) => p.index >= 0).map((p) => rawFavourites[p.index]) : [];
    await storage.setItems([
      { item: settingsItem, value: plan.result.settings },
      { item: favouritesItem, value: [...plan.result.favourites, ...corrupt] },
    ]);
    return plan;
  });
}

/** Brings back the sources, settings and favourites exactly as they were before the last restore; false when there is none. */
export async function undoLastRestore(): Promise<boolean> {
  return withStorageLocks(async () => {
    const stored = await undoRestore(await openLibrary());
    if (!stored) return false;
    await storage.setItems([
      { item: settingsItem, value: repairSettings(stored.settings) },
      { item: favouritesItem, value: Array.isArray(stored.favourites) ? stored.favourites : [] },
    ]);
    return true;
  });
}
