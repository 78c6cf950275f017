export { LIBRARY_DB, openLibraryDb, type LibraryDB } from './db';
export { addSources, deleteSource, libraryRevision, LibraryLimitError, readSources, renameSource, replaceSources } from './sources';
export { LEGACY_KEYS, migrateLegacySources, type LegacyArea, type MigrationReport } from './migrate';
export { announceLibraryChange, onLibraryChange } from './changes';
export { readSnapshot, writeSnapshot } from './snapshots';
