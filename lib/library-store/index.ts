export { LIBRARY_DB, openLibraryDb, type BinEntry, type LibraryDB, type RestorePoint } from './db';
export { addSources, libraryRevision, LibraryLimitError, readSources, renameSource } from './sources';
export { BIN_LIMITS, deleteSource, emptyBin, readBin, restoreFromBin, type BinItem } from './bin';
export { restorePointTakenAt, restoreSources, undoRestore } from './restore-point';
export { LEGACY_KEYS, migrateLegacySources, type LegacyArea, type MigrationReport } from './migrate';
export { announceLibraryChange, onLibraryChange } from './changes';
export { readPreparedSources, readSnapshot, writePreparedSources, writeSnapshot } from './snapshots';
