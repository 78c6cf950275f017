import { sources as bundled } from 'virtual:seed-corpus';
import type { OptionsActions, OptionsModel, Preview } from '@/components/options/model';
import { CorpusError, importDocument, importPastedText, uniqueSourceId, withSourceId, type ImportedDocument } from '@/lib/corpus';
import {
  createBackup,
  favouritesItem,
  importedSourcesItem,
  loadFavourites,
  loadImportedSources,
  loadSettings,
  parseBackup,
  settingsItem,
  type Favourite,
  type ImportedSource,
  type Settings,
} from '@/lib/settings';
import { storage } from 'wxt/utils/storage';

export async function loadModel(): Promise<OptionsModel> {
  const [settings, imported, favourites] = await Promise.all([loadSettings(), loadImportedSources(), loadFavourites()]);
  return { settings, bundled, imported: imported.values, favourites: favourites.values, problems: [...imported.problems, ...favourites.problems] };
}

/** Calls `onChange` whenever anything the page shows changes, here or in another tab. */
export function watchModel(onChange: () => void): () => void {
  const stops = [settingsItem.watch(onChange), importedSourcesItem.watch(onChange), favouritesItem.watch(onChange)];
  return () => stops.forEach((stop) => stop());
}

function describe(error: unknown): string {
  return error instanceof CorpusError ? error.message : error instanceof Error ? error.message : String(error);
}

/** Changes the stored list of imported sources; entries that failed validation are kept untouched. */
async function editImported(edit: (valid: ImportedSource[]) => ImportedSource[]): Promise<void> {
  const raw = await importedSourcesItem.getValue();
  const { values, problems } = await loadImportedSources();
  const corrupt = problems.filter((p) => p.index >= 0).map((p) => raw[p.index]);
  await importedSourcesItem.setValue([...edit(values), ...corrupt]);
}

/** Changes the stored favourites; entries that failed validation are kept untouched (and still reported). */
async function editFavourites(edit: (valid: Favourite[]) => Favourite[]): Promise<void> {
  const raw = await favouritesItem.getValue();
  const { values, problems } = await loadFavourites();
  const corrupt = problems.filter((p) => p.index >= 0).map((p) => raw[p.index]);
  await favouritesItem.setValue([...edit(values), ...corrupt]);
}

const SHORTCUTS_PAGE = import.meta.env.BROWSER === 'firefox' ? null : 'chrome://extensions/shortcuts';

async function updateSettings(patch: Partial<Settings>): Promise<void> {
  await settingsItem.setValue({ ...(await loadSettings()), ...patch });
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
    await editImported((list) => list.map((entry) => (entry.source.id === id ? { ...entry, source: { ...entry.source, title } } : entry)));
  },

  async deleteSource(id) {
    await editImported((list) => list.filter((entry) => entry.source.id !== id));
    const settings = await loadSettings();
    await updateSettings({ disabledSources: settings.disabledSources.filter((s) => s !== id) });
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
    await editImported((list) => {
      const taken = new Set([...bundled.map((s) => s.id), ...list.map((e) => e.source.id)]);
      const added = documents.map((doc) => {
        const id = uniqueSourceId(doc.source.id, taken);
        taken.add(id);
        return { source: withSourceId(doc.source, id), encoding: doc.encoding, importedAt: Date.now() };
      });
      return [...list, ...added];
    });
  },

  async exportBackup() {
    const [settings, favourites, imported] = await Promise.all([loadSettings(), loadFavourites(), loadImportedSources()]);
    const text = createBackup({ settings, favourites: favourites.values, importedSources: imported.values });
    download(`gongwen-assist-backup-${new Date().toISOString().slice(0, 10)}.json`, text);
  },

  async restoreBackup(file) {
    const result = parseBackup(await file.text());
    if (!result.ok) return result;
    const { settings, favourites, importedSources } = result.backup;
    // One storage write for all three, so a restore is never half applied.
    await storage.setItems([
      { item: settingsItem, value: settings },
      { item: favouritesItem, value: favourites },
      { item: importedSourcesItem, value: importedSources },
    ]);
    return { ok: true, favourites: favourites.length, importedSources: importedSources.length };
  },

  async updateFavourite(id, abbreviation) {
    await editFavourites((list) =>
      list.map((favourite) => {
        if (favourite.id !== id) return favourite;
        const rest = { ...favourite };
        delete rest.abbreviation;
        return abbreviation ? { ...rest, abbreviation } : rest;
      }),
    );
  },

  async deleteFavourite(id) {
    await editFavourites((list) => list.filter((favourite) => favourite.id !== id));
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
