import * as v from 'valibot';
import { ImportedSourceSchema } from '../settings/schema';
import type { LibraryDB } from './db';

/** The storage.local keys of the layout before IndexedDB: the list and WXT's version record. */
export const LEGACY_KEYS = ['importedSources', 'importedSources$'] as const;

/** Where the legacy list is read and, once copied, removed (storage.local in the extension; a plain object in tests). */
export interface LegacyArea {
  get(key: string): Promise<unknown>;
  remove(keys: readonly string[]): Promise<void>;
}

export interface MigrationReport {
  /** Valid sources copied into IndexedDB. */
  copied: number;
  /** Entries that failed validation, kept as they were in the `unreadable` store. */
  unreadable: number;
  /** Entries already in IndexedDB (an interrupted earlier run), left as they are there. */
  skipped: number;
}

/**
 * Moves imported sources from storage.local (schema version 1: one list under `importedSources`)
 * into IndexedDB. Copy first, in one transaction, and only then remove the old key: a crash in
 * between leaves both, and the next run skips what is already there, so a later edit in IndexedDB
 * is never overwritten by the old copy. Corrupt entries are kept, not dropped.
 */
export async function migrateLegacySources(db: LibraryDB, legacy: LegacyArea): Promise<MigrationReport | null> {
  const raw = await legacy.get(LEGACY_KEYS[0]);
  if (raw === undefined) return null;
  const entries: unknown[] = Array.isArray(raw) ? raw : [raw];
  const report: MigrationReport = { copied: 0, unreadable: 0, skipped: 0 };
  const tx = db.transaction(['sources', 'unreadable', 'meta'], 'readwrite');
  const sources = tx.objectStore('sources');
  for (const [index, entry] of entries.entries()) {
    const result = v.safeParse(ImportedSourceSchema, entry);
    if (!result.success) {
      await tx.objectStore('unreadable').put(entry, `legacy:${index}`);
      report.unreadable++;
    } else if (await sources.getKey(result.output.source.id)) {
      report.skipped++;
    } else {
      await sources.add(result.output);
      report.copied++;
    }
  }
  const meta = tx.objectStore('meta');
  await meta.put(((await meta.get('revision')) ?? 0) + 1, 'revision');
  await tx.done;
  await legacy.remove(LEGACY_KEYS);
  return report;
}
