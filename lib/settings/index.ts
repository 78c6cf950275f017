export { DEFAULT_SETTINGS, type Favourite, type ImportedSource, type Settings } from './schema';
export { favouritesItem, importedSourcesItem, loadFavourites, loadImportedSources, loadSettings, settingsItem, type Loaded, type StoredProblem } from './items';
export { BACKUP_FORMAT, BACKUP_VERSION, createBackup, parseBackup, type Backup, type BackupError, type BackupResult } from './backup';
