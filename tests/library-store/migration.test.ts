import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEGACY_KEYS, libraryRevision, migrateLegacySources, openLibraryDb, readSources, renameSource, type LegacyArea, type LibraryDB } from '@/lib/library-store';

/** storage.local as the release before IndexedDB left it (schema version 1), one file per case. */
function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/storage', name), 'utf8')) as Record<string, unknown>;
}

/** A storage.local stand-in over a plain object; `failRemove` simulates a crash between copy and removal. */
function area(data: Record<string, unknown>, failRemove = false): LegacyArea {
  return {
    get: async (key) => data[key],
    remove: async (keys) => {
      if (failRemove) throw new Error('worker stopped');
      for (const key of keys) Reflect.deleteProperty(data, key);
    },
  };
}

let n = 0;
let db: LibraryDB;
const open = async () => (db = await openLibraryDb(`migration-test-${++n}`));
afterEach(() => db?.close());

describe('migration from the storage.local layout (v1)', () => {
  it('copies every valid source unchanged, keeps the corrupt one, removes only the old keys', async () => {
    const data = fixture('v1-library.json');
    const legacy = structuredClone(data.importedSources) as unknown[];
    await open();
    expect(await migrateLegacySources(db, area(data))).toEqual({ copied: 2, unreadable: 1, skipped: 0 });

    const { values, problems } = await readSources(db);
    expect(values).toEqual([legacy[0], legacy[2]]);
    // The corrupt entry is kept byte for byte and reported, not dropped.
    expect(await db.get('unreadable', 'legacy:1')).toEqual(legacy[1]);
    expect(problems.map((p) => p.message)).toEqual(['legacy:1: 迁移时无法读取，原样保留']);
    // Settings and favourites stay where they were; the old list and its version record are gone.
    const { importedSources, importedSources$, ...rest } = fixture('v1-library.json');
    expect(importedSources).toBeDefined();
    expect(importedSources$).toBeDefined();
    expect(data).toEqual(rest);
    expect(LEGACY_KEYS.every((key) => !(key in data))).toBe(true);
  });

  it('does nothing when there is no old library, and nothing the second time', async () => {
    const data = fixture('v1-no-library.json');
    await open();
    expect(await migrateLegacySources(db, area(data))).toBeNull();
    expect(data).toEqual(fixture('v1-no-library.json'));
    expect(await libraryRevision(db)).toBe(0);

    const full = fixture('v1-library.json');
    await migrateLegacySources(db, area(full));
    const revision = await libraryRevision(db);
    expect(await migrateLegacySources(db, area(full))).toBeNull();
    expect(await libraryRevision(db)).toBe(revision);
  });

  it('after an interrupted run, running again never overwrites an edit made in between', async () => {
    const data = fixture('v1-library.json');
    await open();
    await expect(migrateLegacySources(db, area(data, true))).rejects.toThrow('worker stopped');
    expect(data.importedSources).toBeDefined();
    const [first] = (await readSources(db)).values;
    if (!first) throw new Error('nothing copied');
    await renameSource(db, first.source.id, '改过的标题');

    expect(await migrateLegacySources(db, area(data))).toEqual({ copied: 0, unreadable: 1, skipped: 2 });
    const after = await readSources(db);
    expect(after.values).toHaveLength(2);
    expect(after.values[0]?.source.title).toBe('改过的标题');
    expect(after.problems).toHaveLength(1);
    expect(data.importedSources).toBeUndefined();
  });
});
