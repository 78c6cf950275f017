import type { LibraryDB } from './db';

const MATCHER = 'matcher';

/**
 * The stored snapshot if it was made from the library as it is now (same revision), else null. The
 * meta record `snapshot` says which revision is stored, so a stale snapshot is not even read.
 */
export async function readSnapshot(db: LibraryDB): Promise<{ revision: number; data: unknown } | null> {
  const tx = db.transaction(['meta', 'snapshots']);
  const meta = tx.objectStore('meta');
  const [revision, stored] = await Promise.all([meta.get('revision'), meta.get('snapshot')]);
  if (stored === undefined || stored !== (revision ?? 0)) return null;
  const snapshot = await tx.objectStore('snapshots').get(MATCHER);
  return snapshot && snapshot.revision === stored ? snapshot : null;
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
