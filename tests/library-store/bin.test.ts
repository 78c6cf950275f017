import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importPastedText, LIMITS } from '@/lib/corpus';
import {
  addSources,
  BIN_LIMITS,
  deleteSource,
  emptyBin,
  libraryRevision,
  LibraryLimitError,
  openLibraryDb,
  readBin,
  readSources,
  restoreFromBin,
  restorePointTakenAt,
  restoreSources,
  undoRestore,
  type LibraryDB,
} from '@/lib/library-store';

const speech = (title: string) => importPastedText(`${title}\n一、夯实基础\n要把纸质档案扫描入库，建立全文检索的电子档案馆。`, '讲话.txt');

let n = 0;
let db: LibraryDB;
const open = async () => (db = await openLibraryDb(`bin-test-${++n}`));
afterEach(() => db?.close());
const titles = async () => (await readSources(db)).values.map((e) => e.source.title);

describe('bin (回收站)', () => {
  it('a deleted source leaves the library for the bin and comes back exactly', async () => {
    await open();
    const [id] = await addSources(db, [speech('甲'), speech('乙')], []);
    const before = (await readSources(db)).values.find((e) => e.source.id === id);
    const revision = await libraryRevision(db);
    const key = await deleteSource(db, id ?? '', 1000);
    expect(await titles()).toEqual(['乙']);
    expect(await libraryRevision(db)).toBe(revision + 1);
    expect(await readBin(db)).toEqual([{ key, id, title: '甲', deletedAt: 1000 }]);
    expect(await restoreFromBin(db, key ?? -1, [])).toBe(id);
    expect((await readSources(db)).values.find((e) => e.source.id === id)).toEqual(before);
    expect(await readBin(db)).toEqual([]);
  });

  it('gives a restored source a new id when its own was taken meanwhile', async () => {
    await open();
    const [id] = await addSources(db, [speech('甲')], []);
    const key = await deleteSource(db, id ?? '');
    await addSources(db, [speech('甲')], []);
    const back = await restoreFromBin(db, key ?? -1, []);
    expect(back).not.toBe(id);
    expect(await titles()).toEqual(['甲', '甲']);
  });

  it('keeps at most its limit, dropping the longest-deleted first', async () => {
    await open();
    const ids = await addSources(db, Array.from({ length: BIN_LIMITS.entries + 2 }, (_, i) => speech(`第${i}篇`)), []);
    for (const id of ids) await deleteSource(db, id);
    const bin = await readBin(db);
    expect(bin).toHaveLength(BIN_LIMITS.entries);
    expect(bin.at(-1)?.title).toBe('第2篇');
    expect(bin[0]?.title).toBe(`第${BIN_LIMITS.entries + 1}篇`);
  });

  it('is emptied for good; what is gone cannot be restored', async () => {
    await open();
    const [id] = await addSources(db, [speech('甲')], []);
    const key = await deleteSource(db, id ?? '');
    await emptyBin(db);
    expect(await readBin(db)).toEqual([]);
    expect(await restoreFromBin(db, key ?? -1, [])).toBeNull();
  });

  it('refuses to restore past the library limit, writing nothing', async () => {
    await open();
    const [id] = await addSources(db, [speech('甲')], []);
    const key = await deleteSource(db, id ?? '');
    const small = speech('巨');
    const section = small.source.sections[0];
    if (!section) throw new Error('no section');
    const huge = { ...small, source: { ...small.source, sections: [{ ...section, paragraphs: ['字'.repeat(LIMITS.libraryChars - 20)] }] } };
    await addSources(db, [huge], []);
    await expect(restoreFromBin(db, key ?? -1, [])).rejects.toThrow(LibraryLimitError);
    expect(await readBin(db)).toHaveLength(1);
    expect(await titles()).toEqual(['巨']);
  });
});

describe('restore point', () => {
  it('keeps what a restore replaced and brings it back exactly', async () => {
    await open();
    await addSources(db, [speech('甲')], []);
    const before = await readSources(db);
    const stored = { settings: { limit: 2 }, favourites: [{ id: 'f', text: '全面从严治党', createdAt: 1 }, 'corrupt'] };
    const restored = speech('乙');
    const result = await restoreSources(db, (current) => ({ sources: [{ source: restored.source, encoding: 'utf-8', importedAt: 5 }], result: current.length }), stored, 42);
    expect(result).toBe(1);
    expect(await titles()).toEqual(['乙']);
    expect(await restorePointTakenAt(db)).toBe(42);
    expect(await undoRestore(db)).toEqual(stored);
    expect((await readSources(db)).values).toEqual(before.values);
    expect(await restorePointTakenAt(db)).toBeNull();
    expect(await undoRestore(db)).toBeNull();
  });
});
