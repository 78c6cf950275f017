import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportedSource } from '../settings/schema';

/**
 * The writer's imported speeches live in the extension's own IndexedDB: one record per source, each
 * edit one transaction. Content scripts run in the page's origin, so they can neither read it nor
 * receive its changes (unlike storage.local, whose change events reach every tab). The background keeps
 * its prepared matcher here too, so a woken service worker loads it instead of preparing again.
 */
export const LIBRARY_DB = 'gongwen-library';
const LIBRARY_DB_VERSION = 1;

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
}

export type LibraryDB = IDBPDatabase<LibrarySchema>;

export function openLibraryDb(name = LIBRARY_DB): Promise<LibraryDB> {
  return openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('sources', { keyPath: 'source.id' });
      db.createObjectStore('unreadable');
      db.createObjectStore('meta');
      db.createObjectStore('snapshots');
    },
  });
}
