import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importPastedText, LIMITS } from '@/lib/corpus';
import {
  addSources,
  deleteSource,
  libraryRevision,
  LibraryLimitError,
  openLibraryDb,
  readSnapshot,
  readSources,
  renameSource,
  restoreSources,
  writeSnapshot,
  type LibraryDB,
} from '@/lib/library-store';

const speech = (title: string, body = '要把纸质档案扫描入库，建立全文检索的电子档案馆。') => importPastedText(`${title}\n一、夯实基础\n${body}`, '讲话.txt');

let n = 0;
let db: LibraryDB;
const open = async () => (db = await openLibraryDb(`sources-test-${++n}`));
afterEach(() => db?.close());

describe('library store (IndexedDB)', () => {
  it('keeps both of two imports made at the same moment, under different ids', async () => {
    await open();
    // Two options tabs: two connections, two transactions racing.
    const other = await openLibraryDb(`sources-test-${n}`);
    const [a, b] = await Promise.all([addSources(db, [speech('甲')], []), addSources(other, [speech('乙')], [])]);
    other.close();
    expect(new Set([...a, ...b]).size).toBe(2);
    expect((await readSources(db)).values.map((e) => e.source.title).sort()).toEqual(['乙', '甲']);
    expect(await libraryRevision(db)).toBe(2);
  });

  it('avoids the ids of the bundled seeds', async () => {
    await open();
    const doc = speech('甲');
    const [id] = await addSources(db, [doc], [doc.source.id]);
    expect(id).toBe(`${doc.source.id}-2`);
    expect((await readSources(db)).values[0]?.source.sections[0]?.id.startsWith(`${id}:`)).toBe(true);
  });

  it('renames and deletes one record, each edit a new revision', async () => {
    await open();
    const [first, second] = await addSources(db, [speech('甲'), speech('乙')], []);
    await renameSource(db, first ?? '', '丙');
    await deleteSource(db, second ?? '');
    const { values, revision } = await readSources(db);
    expect(values.map((e) => e.source.title)).toEqual(['丙']);
    expect(revision).toBe(3);
  });

  it('refuses a batch that would exceed the library limit and leaves the stored library untouched', async () => {
    await open();
    await addSources(db, [speech('甲')], []);
    const before = await readSources(db);
    // Built directly: the parser would refuse it earlier, by the per-source limit.
    const small = speech('巨');
    const section = small.source.sections[0];
    if (!section) throw new Error('no section');
    const huge = { ...small, source: { ...small.source, sections: [{ ...section, paragraphs: ['字'.repeat(LIMITS.libraryChars)] }] } };
    await expect(addSources(db, [speech('乙'), huge], [])).rejects.toThrow(LibraryLimitError);
    await expect(addSources(db, [huge], [])).rejects.toThrow(/超过总上限/);
    expect(await readSources(db)).toEqual(before);
    const restore = restoreSources(db, () => ({ sources: [{ source: huge.source, encoding: 'utf-8', importedAt: 1 }], result: null }), { settings: null, favourites: [] });
    await expect(restore).rejects.toThrow(LibraryLimitError);
    expect(await readSources(db)).toEqual(before);
  });

  it('serves a snapshot only for the revision it was made from', async () => {
    await open();
    await addSources(db, [speech('甲')], []);
    const revision = await libraryRevision(db);
    expect(await writeSnapshot(db, revision, { made: 'now' })).toBe(true);
    expect(await readSnapshot(db)).toEqual({ revision, data: { made: 'now' }, current: true });
    await addSources(db, [speech('乙')], []);
    expect(await readSnapshot(db)).toBeNull();
    // Asked for, the earlier one is still there to answer with while the new library is prepared.
    expect(await readSnapshot(db, { evenStale: true })).toEqual({ revision, data: { made: 'now' }, current: false });
    // A snapshot built from the old library while the edit happened is not stored.
    expect(await writeSnapshot(db, revision, { made: 'stale' })).toBe(false);
    expect(await readSnapshot(db)).toBeNull();
  });
});
