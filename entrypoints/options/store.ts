import { sources as bundled } from 'virtual:seed-corpus';
import type { OptionsActions, OptionsModel } from '@/components/options/model';
import { readInWorker } from './import-client';
import { announceLibraryChange, deleteSource, emptyBin, LibraryLimitError, onLibraryChange, readBin, readSources, renameSource, restoreFromBin, restorePointTakenAt } from '@/lib/library-store';
import type { GongwenRequest } from '@/lib/messages';
import { LIMITS } from '@/lib/corpus';
import { BACKUP_LIMITS, backupTooLarge, createBackup, editFavourites, editSettings, favouritesItem, loadFavourites, loadSettings, parseBackup, planRestore, settingsItem, type Favourite, type Settings } from '@/lib/settings';
import { applyRestore, undoLastRestore } from '@/lib/settings/restore';
import { openLibrary } from '@/lib/settings/library';

export async function loadModel(): Promise<OptionsModel> {
  const db = await openLibrary();
  const [settings, imported, favourites, bin, restorePoint] = await Promise.all([loadSettings(), readSources(db), loadFavourites(), readBin(db), restorePointTakenAt(db)]);
  return { settings, bundled, imported: imported.values, favourites: favourites.values, problems: [...imported.problems, ...favourites.problems], bin, restorePoint };
}

/** Calls `onChange` whenever anything the page shows changes, here or in another tab. */
export function watchModel(onChange: () => void): () => void {
  const stops = [settingsItem.watch(onChange), onLibraryChange(onChange), favouritesItem.watch(onChange)];
  return () => stops.forEach((stop) => stop());
}

/**
 * After an edit of the library: other options pages and a running background hear it on the channel;
 * the warm-up message wakes a stopped background, which then rebuilds its stored index at once rather
 * than on the writer's next keystroke.
 */
function libraryChanged(): void {
  announceLibraryChange();
  const wake: GongwenRequest = { type: 'gongwen/warm-up' };
  browser.runtime.sendMessage(wake).catch(() => undefined);
}

/** Changes the stored favourites (atomically; corrupt entries are kept untouched). */
async function changeFavourites(edit: (valid: Favourite[]) => Favourite[]): Promise<void> {
  await editFavourites((values) => ({ next: edit(values), result: undefined }));
}

const SHORTCUTS_PAGE = import.meta.env.BROWSER === 'firefox' ? null : 'chrome://extensions/shortcuts';

async function updateSettings(patch: Partial<Settings>): Promise<void> {
  await editSettings((settings) => ({ ...settings, ...patch }));
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const optionsActions: OptionsActions = {
  updateSettings,

  async renameSource(id, title) {
    await renameSource(await openLibrary(), id, title);
    libraryChanged();
  },

  async deleteSource(id) {
    const key = await deleteSource(await openLibrary(), id);
    libraryChanged();
    await editSettings((settings) => ({ ...settings, disabledSources: settings.disabledSources.filter((s) => s !== id) }));
    return key;
  },

  readFiles(inputs, onEvent) {
    const session = readInWorker(
      inputs,
      bundled.map((s) => s.id),
      onEvent,
    );
    return {
      ...session,
      async save() {
        const outcome = await session.save();
        if (outcome.ok) libraryChanged();
        return outcome;
      },
    };
  },

  async exportBackup() {
    const [settings, favourites, imported] = await Promise.all([loadSettings(), loadFavourites(), openLibrary().then(readSources)]);
    const text = createBackup({ settings, favourites: favourites.values, importedSources: imported.values });
    const name = `gongwen-assist-backup-${new Date().toISOString().slice(0, 10)}.json`;
    download(name, text);
    return name;
  },

  async readBackup(file) {
    if (file.size > BACKUP_LIMITS.bytes) return { ok: false, error: backupTooLarge(file.size) };
    return parseBackup(await file.text());
  },

  async planRestore(backup, mode) {
    const [settings, favourites, imported] = await Promise.all([loadSettings(), loadFavourites(), openLibrary().then(readSources)]);
    return planRestore({ settings, favourites: favourites.values, importedSources: imported.values }, backup, mode);
  },

  async restoreBackup(backup, mode) {
    try {
      const plan = await applyRestore(backup, mode);
      libraryChanged();
      return { ok: true, plan };
    } catch (error) {
      // Refused whole by the library limit: nothing was written.
      if (error instanceof LibraryLimitError) return { ok: false, error: { code: 'library-limit', chars: LIMITS.libraryChars } };
      throw error;
    }
  },

  async undoRestore() {
    const undone = await undoLastRestore();
    if (undone) libraryChanged();
    return undone;
  },

  async restoreFromBin(key) {
    try {
      await restoreFromBin(
        await openLibrary(),
        key,
        bundled.map((s) => s.id),
      );
    } catch (error) {
      if (error instanceof LibraryLimitError) return { ok: false, limit: LIMITS.libraryChars };
      throw error;
    }
    libraryChanged();
    return { ok: true };
  },

  async emptyBin() {
    await emptyBin(await openLibrary());
    // The bin is not part of the library the matcher reads; only other options pages need to hear it.
    announceLibraryChange();
  },

  async updateFavourite(id, abbreviation) {
    await changeFavourites((list) =>
      list.map((favourite) => {
        if (favourite.id !== id) return favourite;
        const rest = { ...favourite };
        delete rest.abbreviation;
        return abbreviation ? { ...rest, abbreviation } : rest;
      }),
    );
  },

  async deleteFavourite(id) {
    await changeFavourites((list) => list.filter((favourite) => favourite.id !== id));
  },

  async loadShortcuts() {
    const commands = await browser.commands.getAll();
    return commands.map((command) => ({ name: command.name ?? '', description: command.description ?? '', shortcut: command.shortcut ?? '' }));
  },

  shortcutsPage: SHORTCUTS_PAGE,

  async openShortcutsPage() {
    if (SHORTCUTS_PAGE) await browser.tabs.create({ url: SHORTCUTS_PAGE });
  },
};
