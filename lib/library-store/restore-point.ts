import { libraryOverflow, sourceChars } from '../corpus';
import type { ImportedSource } from '../settings/schema';
import type { LibraryDB, RestorePoint } from './db';
import { bumpRevision, LibraryLimitError } from './sources';

const KEY = 'restore';

/**
 * A backup restore: in one transaction, the sources become what `plan` makes of the current ones, and
 * the current ones — with `stored`, the settings and favourites as they are now — become the restore
 * point that `undoRestore` brings back. Refused whole, writing nothing, beyond the library limit.
 */
export async function restoreSources<T>(
  db: LibraryDB,
  plan: (current: ImportedSource[]) => { sources: readonly ImportedSource[]; result: T },
  stored: Pick<RestorePoint, 'settings' | 'favourites'>,
  now = Date.now(),
): Promise<T> {
  const tx = db.transaction(['sources', 'meta', 'undo'], 'readwrite');
  const current = await tx.objectStore('sources').getAll();
  const { sources, result } = plan(current);
  const overflow = libraryOverflow(0, sources.reduce((n, entry) => n + sourceChars(entry.source), 0));
  if (overflow) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new LibraryLimitError(overflow);
  }
  await tx.objectStore('undo').put({ takenAt: now, sources: current, ...stored }, KEY);
  await tx.objectStore('sources').clear();
  for (const entry of sources) await tx.objectStore('sources').put(entry);
  await bumpRevision(tx);
  await tx.done;
  return result;
}

/** When the restore that can be undone was made, or null when there is none. */
export async function restorePointTakenAt(db: LibraryDB): Promise<number | null> {
  return (await db.get('undo', KEY))?.takenAt ?? null;
}

/**
 * Puts the sources back exactly as they were before the last restore, in one transaction, and drops the
 * restore point. Resolves to the settings and favourites to write back, or null when there is nothing to undo.
 */
export async function undoRestore(db: LibraryDB): Promise<Pick<RestorePoint, 'settings' | 'favourites'> | null> {
  const tx = db.transaction(['sources', 'meta', 'undo'], 'readwrite');
  const point = await tx.objectStore('undo').get(KEY);
  if (!point) {
    await tx.done;
    return null;
  }
  await tx.objectStore('sources').clear();
  for (const entry of point.sources) await tx.objectStore('sources').put(entry);
  await tx.objectStore('undo').delete(KEY);
  await bumpRevision(tx);
  await tx.done;
  return { settings: point.settings, favourites: point.favourites };
}
