import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource, type Source } from '@/lib/corpus';
import { openLibraryDb, readPreparedSources, readSnapshot, writePreparedSources, writeSnapshot, type LibraryDB } from '@/lib/library-store';
import { isPreparedSource, prepareCorpus, type PreparedSource, type SourceCache } from '@/lib/match';
import { seedTexts, syntheticSpeeches } from '../../scripts/bench-corpus';
import { pinyinTableFor } from '../../scripts/pinyin';

let n = 0;
let db: LibraryDB;
afterEach(() => db?.close());

/** A cache over a Map that counts the sources prepared afresh. */
function countingCache(store = new Map<string, PreparedSource>()): SourceCache & { prepared: string[] } {
  const prepared: string[] = [];
  return {
    prepared,
    get: (id) => store.get(id),
    set: (id, entry) => {
      prepared.push(id);
      store.set(id, entry);
    },
  };
}

describe('per-source preparation cache', () => {
  const sources = syntheticSpeeches(seedTexts(), 6, 4).map((speech) => parseSource(speech.text, speech.file));
  const pinyin = pinyinTableFor(sources);

  it('prepares again only the source whose text changed: not after a rename, and the result is the same as from scratch', () => {
    const store = new Map<string, PreparedSource>();
    const first = countingCache(store);
    prepareCorpus(sources, pinyin, first);
    expect(first.prepared).toHaveLength(sources.length);

    const renamed: Source[] = sources.map((source, i) => (i === 2 ? { ...source, title: '改名后的讲话' } : source));
    const afterRename = countingCache(store);
    expect(prepareCorpus(renamed, pinyin, afterRename)).toEqual(prepareCorpus(renamed, pinyin));
    expect(afterRename.prepared).toEqual([]);

    const [edited] = syntheticSpeeches(seedTexts(), 1, 99).map((speech) => parseSource(speech.text, speech.file));
    const changed: Source[] = renamed.map((source, i) => (i === 4 && edited ? { ...edited, id: source.id } : source));
    const afterEdit = countingCache(store);
    expect(prepareCorpus(changed, pinyin, afterEdit)).toEqual(prepareCorpus(changed, pinyin));
    expect(afterEdit.prepared).toEqual([sources[4]?.id]);
  });

  it('is kept in IndexedDB beside the snapshot: read back as written, entries of removed sources dropped', async () => {
    db = await openLibraryDb(`prepared-sources-test-${++n}`);
    const cache = countingCache();
    prepareCorpus(sources.slice(0, 3), pinyin, cache);
    const fresh = new Map(cache.prepared.map((id) => [id, cache.get(id)]));
    await writePreparedSources(db, fresh, new Set(cache.prepared));
    expect(await writeSnapshot(db, 0, { made: 'now' })).toBe(true);

    const stored = await readPreparedSources(db);
    expect([...stored.keys()].sort()).toEqual([...cache.prepared].sort());
    expect([...stored.values()].every(isPreparedSource)).toBe(true);
    expect(stored.get(cache.prepared[0] ?? '')).toEqual(cache.get(cache.prepared[0] ?? ''));

    await writePreparedSources(db, new Map(), new Set(cache.prepared.slice(1)));
    expect([...(await readPreparedSources(db)).keys()].sort()).toEqual(cache.prepared.slice(1).sort());
    // The matcher's snapshot in the same store is not theirs to touch.
    expect(await readSnapshot(db)).toEqual({ revision: 0, data: { made: 'now' }, current: true });
  });

  it('refuses entries of another preparation version or shape', () => {
    const entry = { hash: 'x', version: 2, words: new Uint8Array([130, 0]) };
    expect(isPreparedSource(entry)).toBe(true);
    expect(isPreparedSource({ ...entry, version: 1 })).toBe(false);
    expect(isPreparedSource({ ...entry, words: [130, 0] })).toBe(false);
    expect(isPreparedSource('x')).toBe(false);
  });
});
