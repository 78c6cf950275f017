import type { ImportedDocument, Source } from '@/lib/corpus';
import type { BackupError, ImportedSource, Settings, StoredProblem } from '@/lib/settings';

/** Everything the options page shows. */
export interface OptionsModel {
  settings: Settings;
  bundled: readonly Source[];
  imported: readonly ImportedSource[];
  problems: readonly StoredProblem[];
}

export type Preview = { ok: true; name: string; document: ImportedDocument } | { ok: false; name: string; message: string };

export type RestoreOutcome = { ok: true; favourites: number; importedSources: number } | { ok: false; error: BackupError };

/** What the page can do; the entrypoint implements it with storage and the parser. */
export interface OptionsActions {
  updateSettings(patch: Partial<Settings>): Promise<void>;
  renameSource(id: string, title: string): Promise<void>;
  deleteSource(id: string): Promise<void>;
  previewFiles(files: readonly File[]): Promise<Preview[]>;
  previewText(text: string, title: string): Preview;
  saveImports(documents: readonly ImportedDocument[]): Promise<void>;
  exportBackup(): Promise<void>;
  restoreBackup(file: File): Promise<RestoreOutcome>;
}
