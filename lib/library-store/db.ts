import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportedSource } from '../settings/schema';

/**
 * The writer's imported speeches live in the extension's own IndexedDB: one record per source, each
 * edit one transaction. Content scripts run in the page's origin, so they can neither read it nor
 * receive its changes (unlike storage.local, whose change events reach every tab). The background keeps
 * its prepared matcher here too, so a woken service worker loads it instead of preparing again.
 */
export const LIBRARY_DB = 'gongwen-library';
/** 2: the bin (回收站) and the restore point (undo of the last restore). */
const LIBRARY_DB_VERSION = 2;

/** Meta keys: `revision` grows with every edit of `sources`; `snapshot` is the revision the stored snapshot was made from. */
export type MetaKey = 'revision' | 'snapshot';

export interface LibrarySchema extends DBSchema {
  /** Keyed by `source.id`. */
  sources: { key: string; value: ImportedSource };
  /** Entries that failed validation when migrated from storage.local, kept as they were (`legacy:<index>`). */
  unreadable: { key: string; value: unknown };
  meta: { key: MetaKey; value: number };
  /** The background's prepared matcher, under the key `matcher` (see lib/match/snapshot.ts). */
  snapshots: { key: string; value: { revision: number; data: unknown } };
  /** Deleted sources, restorable until the bin is emptied; keyed by a growing number (deletion order). Never suggested. */
  bin: { key: number; value: BinEntry };
  /** What the last backup restore replaced, under the key `restore`, until it is undone or another restore replaces it. */
  undo: { key: string; value: RestorePoint };
}

export interface BinEntry {
  entry: ImportedSource;
  deletedAt: number;
}

/** Everything a restore changes, as it was just before: the sources, the stored settings and favourites (raw, corrupt entries too). */
export interface RestorePoint {
  takenAt: number;
  sources: ImportedSource[];
  settings: unknown;
  favourites: unknown;
}

export type LibraryDB = IDBPDatabase<LibrarySchema>;

export function openLibraryDb(name = LIBRARY_DB): Promise<LibraryDB> {
  return openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('sources', { keyPath: 'source.id' });
        db.createObjectStore('unreadable');
        db.createObjectStore('meta');
        db.createObjectStore('snapshots');
      }
      if (oldVersion < 2) {
        db.createObjectStore('bin', { autoIncrement: true });
        db.createObjectStore('undo');
      }
    },
  });
}
