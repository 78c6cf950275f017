export { DEFAULT_SETTINGS, FAVOURITES_KEY, repairSettings, SETTINGS_KEY, type Settings } from './settings-schema';
export { editSettings, loadSettings, settingsItem, watchSettings } from './settings';
export { type Favourite, type ImportedSource } from './schema';
export { editFavourites } from './favourites';
export { favouritesItem, loadFavourites, validateEntries, type Loaded, type StoredProblem } from './items';
export { BACKUP_FORMAT, BACKUP_LIMITS, BACKUP_VERSION, backupTooLarge, createBackup, parseBackup, type Backup, type BackupError, type BackupResult } from './backup';
export { hostOf, isSiteDisabled, withSiteDisabled } from './hosts';
export { changesNothing, planRestore, type ItemChanges, type RestoreData, type RestoreMode, type RestorePlan, type SettingChange } from './restore-plan';
