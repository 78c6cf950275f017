import type { Source } from '@/lib/corpus';
import type { FileOutcome, ImportEvent, ImportInput } from '@/lib/import/batch';
import type { BinItem } from '@/lib/library-store';
import type { Backup, BackupError, Favourite, ImportedSource, RestoreMode, RestorePlan, Settings, StoredProblem } from '@/lib/settings';

/** Everything the options page shows. */
export interface OptionsModel {
  settings: Settings;
  bundled: readonly Source[];
  imported: readonly ImportedSource[];
  favourites: readonly Favourite[];
  problems: readonly StoredProblem[];
  /** Deleted sources, most recent first. */
  bin: readonly BinItem[];
  /** When the backup restore that 撤销恢复 would undo was made, or null. */
  restorePoint: number | null;
}

/** A manifest command and its binding in this browser (`commands.getAll()`); `shortcut` is empty when unset. */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** One file read for import (or the pasted text), before it is saved. */
export interface Preview {
  path: string;
  outcome: FileOutcome;
}

/** What the page hears while files are read: the worker's events, or `crashed` when the worker itself failed. */
export type ImportStreamEvent = ImportEvent | { type: 'crashed'; reason: string };

/** Saved under these ids, or refused by a limit (nothing stored; `message` says why). */
export type ImportSaveOutcome = { ok: true; ids: string[] } | { ok: false; message: string };

/** Files being read, or read, in the import worker, which holds them until they are saved or discarded. */
export interface ImportSession {
  /** Reads no further file; those read stay. */
  stop(): void;
  /** Adds every file read to the library, in one edit. */
  save(): Promise<ImportSaveOutcome>;
  discard(): void;
}

/** A save refused by a limit leaves the library as it was; `message` says why, in Chinese. */
export type SaveOutcome = { ok: true } | { ok: false; message: string };

export type BackupRead = { ok: true; backup: Backup } | { ok: false; error: BackupError };

export type RestoreOutcome = { ok: true; plan: RestorePlan } | { ok: false; error: BackupError };

/** Putting a source back from the bin; refused (nothing written) when the library is full. */
export type BinOutcome = { ok: true } | { ok: false; limit: number };

/** What the page can do; the entrypoint implements it with storage and the parser. */
export interface OptionsActions {
  updateSettings(patch: Partial<Settings>): Promise<void>;
  renameSource(id: string, title: string): Promise<void>;
  /** Moves a source to the bin; resolves to its key there (null when it was already gone). */
  deleteSource(id: string): Promise<number | null>;
  /** Reads `inputs` (files, or pasted text as a file) in a worker, calling `onEvent` for each file and at the end. */
  readFiles(inputs: readonly ImportInput[], onEvent: (event: ImportStreamEvent) => void): ImportSession;
  /** Downloads a backup; resolves to its file name. */
  exportBackup(): Promise<string>;
  /** Reads and checks a backup file; nothing is written. */
  readBackup(file: File): Promise<BackupRead>;
  /** What restoring `backup` in `mode` would change now; nothing is written. */
  planRestore(backup: Backup, mode: RestoreMode): Promise<RestorePlan>;
  /** Restores `backup`, first keeping what it replaces as the restore point. */
  restoreBackup(backup: Backup, mode: RestoreMode): Promise<RestoreOutcome>;
  /** Brings back what the last restore replaced; false when there was nothing to undo. */
  undoRestore(): Promise<boolean>;
  restoreFromBin(key: number): Promise<BinOutcome>;
  emptyBin(): Promise<void>;
  /** Sets (or, with null, removes) a favourite's abbreviation. */
  updateFavourite(id: string, abbreviation: string | null): Promise<void>;
  deleteFavourite(id: string): Promise<void>;
  loadShortcuts(): Promise<Shortcut[]>;
  /** Where the browser lets the writer rebind shortcuts, or null where a page cannot open it (Firefox's about:addons). */
  readonly shortcutsPage: string | null;
  openShortcutsPage(): Promise<void>;
}
