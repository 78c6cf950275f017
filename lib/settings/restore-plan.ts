import { dequal } from 'dequal';
import type { Favourite, ImportedSource } from './schema';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';

/**
 * 替换 (replace): afterwards everything is exactly the backup.
 * 合并 (merge): nothing the writer has now changes or goes; the backup only adds what is missing — sources
 * and favourites it has that are not here, and its value for every setting still at its default. Where
 * both hold the same source or favourite in different versions, the current one stays: it is the newer
 * work, and merging must never lose a favourite or a rename made after the export.
 */
export type RestoreMode = 'merge' | 'replace';

/** What the writer has now, or what a backup holds. */
export interface RestoreData {
  settings: Settings;
  favourites: readonly Favourite[];
  importedSources: readonly ImportedSource[];
}

/** One kind of item, by what the writer recognises: a source's title, a favourite's text. */
export interface ItemChanges {
  added: string[];
  /** The backup's version takes the place of a different current one (替换 only). */
  replaced: string[];
  removed: string[];
  /** Different in the backup, but the current version stays (合并 only). */
  kept: string[];
}

export interface SettingChange {
  field: keyof Settings;
  before: Settings[keyof Settings];
  after: Settings[keyof Settings];
}

export interface RestorePlan {
  mode: RestoreMode;
  sources: ItemChanges;
  favourites: ItemChanges;
  settings: SettingChange[];
  /** Favourites added by a merge whose abbreviation a current favourite already uses; added without it. */
  abbreviationsDropped: string[];
  /** What is stored once the restore is applied. */
  result: RestoreData;
}

const sourceKey = (entry: ImportedSource) => entry.source.id;
const sourceLabel = (entry: ImportedSource) => entry.source.title;
/** Favourite ids are random per device; the passage is what makes two favourites the same. */
const favouriteKey = (favourite: Favourite) => favourite.text;
const favouriteLabel = favouriteKey;

function compare<T>(current: readonly T[], backup: readonly T[], key: (item: T) => string, label: (item: T) => string, mode: RestoreMode): ItemChanges {
  const now = new Map(current.map((item) => [key(item), item]));
  const then = new Map(backup.map((item) => [key(item), item]));
  const changes: ItemChanges = { added: [], replaced: [], removed: [], kept: [] };
  for (const [k, item] of then) {
    const present = now.get(k);
    if (!present) changes.added.push(label(item));
    else if (!dequal(present, item)) changes[mode === 'replace' ? 'replaced' : 'kept'].push(label(present));
  }
  if (mode === 'replace') for (const [k, item] of now) if (!then.has(k)) changes.removed.push(label(item));
  return changes;
}

function mergeSettings(current: Settings, backup: Settings, addedSources: ReadonlySet<string>): Settings {
  const pick = <K extends keyof Settings>(field: K): Settings[K] => (dequal(current[field], DEFAULT_SETTINGS[field]) ? backup[field] : current[field]);
  const merged: Settings = {
    disabledSources: pick('disabledSources'),
    kinds: pick('kinds'),
    limit: pick('limit'),
    minChars: pick('minChars'),
    debounceMs: pick('debounceMs'),
    mode: pick('mode'),
    disabledSites: pick('disabledSites'),
  };
  // A source new to this device comes switched on or off as it was in the backup.
  const offInBackup = backup.disabledSources.filter((id) => addedSources.has(id) && !merged.disabledSources.includes(id));
  return offInBackup.length ? { ...merged, disabledSources: [...merged.disabledSources, ...offInBackup] } : merged;
}

function mergeFavourites(current: readonly Favourite[], backup: readonly Favourite[]): { favourites: Favourite[]; dropped: string[] } {
  const texts = new Set(current.map(favouriteKey));
  const ids = new Set(current.map((f) => f.id));
  const abbreviations = new Set(current.flatMap((f) => (f.abbreviation ? [f.abbreviation] : [])));
  const favourites = [...current];
  const dropped: string[] = [];
  for (const favourite of backup) {
    if (texts.has(favourite.text)) continue;
    let added = ids.has(favourite.id) ? { ...favourite, id: `${favourite.id}-${favourite.createdAt}` } : favourite;
    if (added.abbreviation && abbreviations.has(added.abbreviation)) {
      dropped.push(added.abbreviation);
      added = { ...added };
      delete added.abbreviation;
    }
    if (added.abbreviation) abbreviations.add(added.abbreviation);
    texts.add(added.text);
    ids.add(added.id);
    favourites.push(added);
  }
  return { favourites, dropped };
}

/** What restoring `backup` over `current` in `mode` changes, and the data it leaves. Pure. */
export function planRestore(current: RestoreData, backup: RestoreData, mode: RestoreMode): RestorePlan {
  const sources = compare(current.importedSources, backup.importedSources, sourceKey, sourceLabel, mode);
  const favourites = compare(current.favourites, backup.favourites, favouriteKey, favouriteLabel, mode);
  let result: RestoreData;
  let abbreviationsDropped: string[] = [];
  if (mode === 'replace') {
    result = { settings: backup.settings, favourites: [...backup.favourites], importedSources: [...backup.importedSources] };
  } else {
    const present = new Set(current.importedSources.map(sourceKey));
    const added = backup.importedSources.filter((entry) => !present.has(sourceKey(entry)));
    const merged = mergeFavourites(current.favourites, backup.favourites);
    abbreviationsDropped = merged.dropped;
    result = {
      settings: mergeSettings(current.settings, backup.settings, new Set(added.map(sourceKey))),
      favourites: merged.favourites,
      importedSources: [...current.importedSources, ...added],
    };
  }
  const settings = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[])
    .filter((field) => !dequal(current.settings[field], result.settings[field]))
    .map((field) => ({ field, before: current.settings[field], after: result.settings[field] }));
  return { mode, sources, favourites, settings, abbreviationsDropped, result };
}

/** Whether applying the plan would change nothing at all. */
export function changesNothing(plan: RestorePlan): boolean {
  const none = (c: ItemChanges) => c.added.length + c.replaced.length + c.removed.length === 0;
  return none(plan.sources) && none(plan.favourites) && plan.settings.length === 0;
}
