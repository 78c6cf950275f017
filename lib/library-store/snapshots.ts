import type { LibraryDB } from './db';

const MATCHER = 'matcher';

export interface StoredSnapshot {
  revision: number;
  data: unknown;
  /** Made from the library as it is now (same revision). */
  current: boolean;
}

/**
 * The stored snapshot if it was made from the library as it is now (same revision), else null. The
 * meta record `snapshot` says which revision is stored, so a stale snapshot is not even read, unless
 * asked for with `evenStale` (something to answer with while the current library is prepared).
 */
export async function readSnapshot(db: LibraryDB, { evenStale = false } = {}): Promise<StoredSnapshot | null> {
  const tx = db.transaction(['meta', 'snapshots']);
  const meta = tx.objectStore('meta');
  const [revision, stored] = await Promise.all([meta.get('revision'), meta.get('snapshot')]);
  const current = stored !== undefined && stored === (revision ?? 0);
  if (stored === undefined || (!current && !evenStale)) return null;
  const snapshot = await tx.objectStore('snapshots').get(MATCHER);
  return snapshot && snapshot.revision === stored ? { ...snapshot, current } : null;
}

/** Stores `data` as the snapshot of `revision`, unless the library changed meanwhile; resolves whether it was stored. */
export async function writeSnapshot(db: LibraryDB, revision: number, data: unknown): Promise<boolean> {
  const tx = db.transaction(['meta', 'snapshots'], 'readwrite');
  const current = (await tx.objectStore('meta').get('revision')) ?? 0;
  if (current !== revision) {
    await tx.done;
    return false;
  }
  await tx.objectStore('snapshots').put({ revision, data }, MATCHER);
  await tx.objectStore('meta').put(revision, 'snapshot');
  await tx.done;
  return true;
}

/**
 * Each source's cached preparation (lib/match/prepare.ts `PreparedSource`) lives in the same store
 * under `source:<id>`, so that preparing after an edit redoes only the sources whose text changed.
 */
const SOURCE = 'source:';
const sourceKeys = () => IDBKeyRange.bound(SOURCE, `${SOURCE}\uffff`);

/** The cached preparations by source id, as stored (the caller checks their shape). */
export async function readPreparedSources(db: LibraryDB): Promise<Map<string, unknown>> {
  const tx = db.transaction('snapshots');
  const range = sourceKeys();
  const [keys, values] = await Promise.all([tx.store.getAllKeys(range), tx.store.getAll(range)]);
  return new Map(keys.map((key, i) => [key.slice(SOURCE.length), values[i]?.data]));
}

/** Stores the `fresh` preparations and drops those of sources no longer in `keep`, in one transaction. */
export async function writePreparedSources(db: LibraryDB, fresh: ReadonlyMap<string, unknown>, keep: ReadonlySet<string>): Promise<void> {
  const tx = db.transaction('snapshots', 'readwrite');
  for (const key of await tx.store.getAllKeys(sourceKeys())) if (!keep.has(key.slice(SOURCE.length))) await tx.store.delete(key);
  // `revision` is not theirs to check: a preparation is valid for its text's hash, whatever the revision.
  for (const [id, data] of fresh) await tx.store.put({ revision: -1, data }, `${SOURCE}${id}`);
  await tx.done;
}
