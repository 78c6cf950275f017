import * as v from 'valibot';
import { libraryOverflow, sourceChars, uniqueSourceId, withSourceId, type ImportedDocument } from '../corpus';
import { ImportedSourceSchema, type ImportedSource } from '../settings/schema';
import type { Loaded, StoredProblem } from '../settings/items';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { LibraryDB, LibrarySchema } from './db';

/** A refused edit: the message is for the writer; nothing was written. */
export class LibraryLimitError extends Error {
  override readonly name = 'LibraryLimitError';
}

/** Every edit is one readwrite transaction over the sources and the revision, so concurrent edits (two options tabs) queue up instead of overwriting each other. */
function editTx(db: LibraryDB) {
  return db.transaction(['sources', 'meta'], 'readwrite');
}

/** Any readwrite transaction that includes `meta`. */
export async function bumpRevision(tx: IDBPTransaction<LibrarySchema, ['meta', ...StoreNames<LibrarySchema>[]], 'readwrite'>): Promise<void> {
  const meta = tx.objectStore('meta');
  await meta.put(((await meta.get('revision')) ?? 0) + 1, 'revision');
}

export async function libraryRevision(db: LibraryDB): Promise<number> {
  return (await db.get('meta', 'revision')) ?? 0;
}

/**
 * The stored sources, each validated on its own, plus the unreadable entries kept from the migration,
 * and the revision they are at (read in the same transaction).
 */
export async function readSources(db: LibraryDB): Promise<Loaded<ImportedSource> & { revision: number }> {
  const tx = db.transaction(['sources', 'unreadable', 'meta']);
  const [records, unreadableKeys, revision] = await Promise.all([
    tx.objectStore('sources').getAll(),
    tx.objectStore('unreadable').getAllKeys(),
    tx.objectStore('meta').get('revision'),
  ]);
  const values: ImportedSource[] = [];
  const problems: StoredProblem[] = [];
  records.forEach((record, index) => {
    const result = v.safeParse(ImportedSourceSchema, record);
    if (result.success) values.push(result.output);
    else problems.push({ key: 'importedSources', index, message: `importedSources[${index}]: ${result.issues[0]?.message ?? 'invalid'}` });
  });
  for (const key of unreadableKeys) problems.push({ key: 'importedSources', index: -1, message: `${key}: 迁移时无法读取，原样保留` });
  values.sort((a, b) => a.importedAt - b.importedAt);
  return { values, problems, revision: revision ?? 0 };
}

/**
 * Adds `documents` under ids that collide neither with the bundled seeds nor with what is stored at
 * the moment of writing. Refuses the whole batch, writing nothing, when it would exceed the library limit.
 */
export async function addSources(db: LibraryDB, documents: readonly ImportedDocument[], reserved: readonly string[], now = Date.now()): Promise<string[]> {
  const tx = editTx(db);
  const store = tx.objectStore('sources');
  const stored = await store.getAll();
  const overflow = libraryOverflow(
    stored.reduce((n, entry) => n + sourceChars(entry.source), 0),
    documents.reduce((n, doc) => n + sourceChars(doc.source), 0),
  );
  if (overflow) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new LibraryLimitError(overflow);
  }
  const taken = new Set([...reserved, ...stored.map((entry) => entry.source.id)]);
  const ids: string[] = [];
  for (const [i, doc] of documents.entries()) {
    const id = uniqueSourceId(doc.source.id, taken);
    taken.add(id);
    ids.push(id);
    await store.put({ source: withSourceId(doc.source, id), encoding: doc.encoding, importedAt: now + i });
  }
  await bumpRevision(tx);
  await tx.done;
  return ids;
}

export async function renameSource(db: LibraryDB, id: string, title: string): Promise<void> {
  const tx = editTx(db);
  const entry = await tx.objectStore('sources').get(id);
  if (entry) {
    await tx.objectStore('sources').put({ ...entry, source: { ...entry.source, title } });
    await bumpRevision(tx);
  }
  await tx.done;
}
