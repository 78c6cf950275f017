import { sources as bundled } from 'virtual:seed-corpus';
import type { OptionsActions, OptionsModel, Preview } from '@/components/options/model';
import { CorpusError, importDocument, importPastedText, type ImportedDocument } from '@/lib/corpus';
import { addSources, announceLibraryChange, deleteSource, LibraryLimitError, onLibraryChange, readSources, renameSource, replaceSources } from '@/lib/library-store';
import type { GongwenRequest } from '@/lib/messages';
import { BACKUP_LIMITS, backupTooLarge, createBackup, editFavourites, editSettings, favouritesItem, loadFavourites, loadSettings, parseBackup, settingsItem, type Favourite, type Settings } from '@/lib/settings';
import { openLibrary } from '@/lib/settings/library';
import { storage } from 'wxt/utils/storage';

export async function loadModel(): Promise<OptionsModel> {
  const [settings, imported, favourites] = await Promise.all([loadSettings(), openLibrary().then(readSources), loadFavourites()]);
  return { settings, bundled, imported: imported.values, favourites: favourites.values, problems: [...imported.problems, ...favourites.problems] };
}

/** Calls `onChange` whenever anything the page shows changes, here or in another tab. */
export function watchModel(onChange: () => void): () => void {
  const stops = [settingsItem.watch(onChange), onLibraryChange(onChange), favouritesItem.watch(onChange)];
  return () => stops.forEach((stop) => stop());
}

function describe(error: unknown): string {
  return error instanceof CorpusError ? error.message : error instanceof Error ? error.message : String(error);
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
    await deleteSource(await openLibrary(), id);
    libraryChanged();
    await editSettings((settings) => ({ ...settings, disabledSources: settings.disabledSources.filter((s) => s !== id) }));
  },

  async previewFiles(files) {
    return Promise.all(
      files.map(async (file): Promise<Preview> => {
        try {
          return { ok: true, name: file.name, document: importDocument(new Uint8Array(await file.arrayBuffer()), file.name) };
        } catch (error) {
          return { ok: false, name: file.name, message: describe(error) };
        }
      }),
    );
  },

  previewText(text, title) {
    const name = title.trim() || '粘贴的文本';
    try {
      const body = title.trim() ? `${title.trim()}\n${text}` : text;
      return { ok: true, name, document: importPastedText(body, `${name}.txt`) };
    } catch (error) {
      return { ok: false, name, message: describe(error) };
    }
  },

  async saveImports(documents: readonly ImportedDocument[]) {
    try {
      await addSources(
        await openLibrary(),
        documents,
        bundled.map((s) => s.id),
      );
    } catch (error) {
      if (error instanceof LibraryLimitError) return { ok: false, message: error.message };
      throw error;
    }
    libraryChanged();
    return { ok: true };
  },

  async exportBackup() {
    const [settings, favourites, imported] = await Promise.all([loadSettings(), loadFavourites(), openLibrary().then(readSources)]);
    const text = createBackup({ settings, favourites: favourites.values, importedSources: imported.values });
    download(`gongwen-assist-backup-${new Date().toISOString().slice(0, 10)}.json`, text);
  },

  async restoreBackup(file) {
    if (file.size > BACKUP_LIMITS.bytes) return { ok: false, error: backupTooLarge(file.size) };
    const result = parseBackup(await file.text());
    if (!result.ok) return result;
    const { settings, favourites, importedSources } = result.backup;
    // The sources first, in one IndexedDB transaction (refused whole by the library limit), then settings
    // and favourites in one storage write: a refusal leaves everything as it was.
    try {
      await replaceSources(await openLibrary(), importedSources);
    } catch (error) {
      if (error instanceof LibraryLimitError) return { ok: false, error: { code: 'too-large', detail: error.message } };
      throw error;
    }
    libraryChanged();
    await storage.setItems([
      { item: settingsItem, value: settings },
      { item: favouritesItem, value: favourites },
    ]);
    return { ok: true, favourites: favourites.length, importedSources: importedSources.length };
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
