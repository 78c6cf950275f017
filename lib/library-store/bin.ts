import { libraryOverflow, LIMITS, sourceChars, uniqueSourceId, withSourceId } from '../corpus';
import type { LibraryDB } from './db';
import { bumpRevision, LibraryLimitError } from './sources';

/**
 * The bin (回收站) is bounded like the library: at most this many sources and characters. Past either,
 * the longest-deleted sources go first, when the next one is deleted.
 */
export const BIN_LIMITS = { entries: 50, chars: LIMITS.libraryChars };

/** A deleted source as the options page lists it. */
export interface BinItem {
  key: number;
  id: string;
  title: string;
  deletedAt: number;
}

/**
 * Moves a source into the bin, in one transaction with its removal; the matcher never reads the bin.
 * Resolves to its key in the bin, or null when no such source is stored.
 */
export async function deleteSource(db: LibraryDB, id: string, now = Date.now()): Promise<number | null> {
  const tx = db.transaction(['sources', 'bin', 'meta'], 'readwrite');
  const entry = await tx.objectStore('sources').get(id);
  let key: number | null = null;
  if (entry) {
    await tx.objectStore('sources').delete(id);
    const bin = tx.objectStore('bin');
    key = await bin.add({ entry, deletedAt: now });
    // Oldest first (keys grow), dropped until the bin fits again.
    let chars = 0;
    let kept = 0;
    for (let cursor = await bin.openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
      chars += sourceChars(cursor.value.entry.source);
      if (kept < BIN_LIMITS.entries && chars <= BIN_LIMITS.chars) kept++;
      else await cursor.delete();
    }
    await bumpRevision(tx);
  }
  await tx.done;
  return key;
}

/** The bin, most recently deleted first. */
export async function readBin(db: LibraryDB): Promise<BinItem[]> {
  const items: BinItem[] = [];
  for (let cursor = await db.transaction('bin').store.openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
    items.push({ key: cursor.key, id: cursor.value.entry.source.id, title: cursor.value.entry.source.title, deletedAt: cursor.value.deletedAt });
  }
  return items;
}

/**
 * Puts a deleted source back into the library, under a new id if its own was taken meanwhile (a
 * re-import, a restore). Refused, with nothing written, when the library would exceed its limit.
 * Resolves to the id it has now, or null when it is no longer in the bin.
 */
export async function restoreFromBin(db: LibraryDB, key: number, reserved: readonly string[]): Promise<string | null> {
  const tx = db.transaction(['sources', 'bin', 'meta'], 'readwrite');
  const item = await tx.objectStore('bin').get(key);
  if (!item) {
    await tx.done;
    return null;
  }
  const stored = await tx.objectStore('sources').getAll();
  const overflow = libraryOverflow(
    stored.reduce((n, entry) => n + sourceChars(entry.source), 0),
    sourceChars(item.entry.source),
  );
  if (overflow) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new LibraryLimitError(overflow);
  }
  const id = uniqueSourceId(item.entry.source.id, new Set([...reserved, ...stored.map((entry) => entry.source.id)]));
  await tx.objectStore('sources').put({ ...item.entry, source: withSourceId(item.entry.source, id) });
  await tx.objectStore('bin').delete(key);
  await bumpRevision(tx);
  await tx.done;
  return id;
}

export async function emptyBin(db: LibraryDB): Promise<void> {
  await db.clear('bin');
}
