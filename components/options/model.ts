import type { ImportedDocument, Source } from '@/lib/corpus';
import type { BackupError, Favourite, ImportedSource, Settings, StoredProblem } from '@/lib/settings';

/** Everything the options page shows. */
export interface OptionsModel {
  settings: Settings;
  bundled: readonly Source[];
  imported: readonly ImportedSource[];
  favourites: readonly Favourite[];
  problems: readonly StoredProblem[];
}

/** A manifest command and its binding in this browser (`commands.getAll()`); `shortcut` is empty when unset. */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

export type Preview = { ok: true; name: string; document: ImportedDocument } | { ok: false; name: string; message: string };

/** A save refused by a limit leaves the library as it was; `message` says why, in Chinese. */
export type SaveOutcome = { ok: true } | { ok: false; message: string };

export type RestoreOutcome = { ok: true; favourites: number; importedSources: number } | { ok: false; error: BackupError };

/** What the page can do; the entrypoint implements it with storage and the parser. */
export interface OptionsActions {
  updateSettings(patch: Partial<Settings>): Promise<void>;
  renameSource(id: string, title: string): Promise<void>;
  deleteSource(id: string): Promise<void>;
  previewFiles(files: readonly File[]): Promise<Preview[]>;
  previewText(text: string, title: string): Preview;
  saveImports(documents: readonly ImportedDocument[]): Promise<SaveOutcome>;
  exportBackup(): Promise<void>;
  restoreBackup(file: File): Promise<RestoreOutcome>;
  /** Sets (or, with null, removes) a favourite's abbreviation. */
  updateFavourite(id: string, abbreviation: string | null): Promise<void>;
  deleteFavourite(id: string): Promise<void>;
  loadShortcuts(): Promise<Shortcut[]>;
  /** Where the browser lets the writer rebind shortcuts, or null where a page cannot open it (Firefox's about:addons). */
  readonly shortcutsPage: string | null;
  openShortcutsPage(): Promise<void>;
}
