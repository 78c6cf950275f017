import { describe, expect, it } from 'vitest';
import { assembleMatcher, createMatcher, isStoredMatcher, matcherSnapshot, packSnapshot, unpackSnapshot } from '@/lib/match';
import { loadQueries } from '../../scripts/evaluate';
import { seedPrepared } from './helpers';

describe('matcher snapshot', () => {
  it('survives structured cloning (IndexedDB) and then suggests exactly what a freshly built matcher does', () => {
    const prepared = seedPrepared();
    const fresh = createMatcher(prepared);
    const stored: unknown = structuredClone(packSnapshot(matcherSnapshot(prepared)));
    expect(isStoredMatcher(stored)).toBe(true);
    if (!isStoredMatcher(stored)) return;
    const restored = assembleMatcher(unpackSnapshot(stored));
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThan(40);
    for (const { query } of queries) expect(restored.suggest(query)).toEqual(fresh.suggest(query));
    expect(restored.stats()).toEqual(fresh.stats());
  });

  it('recognises neither another version nor a snapshot without its typed arrays', () => {
    const stored = packSnapshot(matcherSnapshot(seedPrepared()));
    expect(isStoredMatcher(stored)).toBe(true);
    // A snapshot stored before near-duplicate groups existed is rebuilt, not read without them.
    const withoutGroups: Partial<typeof stored.parts> = { ...stored.parts };
    delete withoutGroups.variants;
    expect(isStoredMatcher({ ...stored, version: 1, parts: withoutGroups })).toBe(false);
    expect(isStoredMatcher({ ...stored, version: 1 })).toBe(false);
    expect(isStoredMatcher({ ...stored, version: 3 })).toBe(false);
    expect(isStoredMatcher({ ...stored, parts: withoutGroups })).toBe(false);
    expect(isStoredMatcher({ ...stored, parts: { ...stored.parts, postings: { ...stored.parts.postings, keys: [] } } })).toBe(false);
    expect(isStoredMatcher(matcherSnapshot(seedPrepared()))).toBe(false);
  });
});
