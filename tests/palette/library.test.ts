import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { queryLibrary, toggleFavourite, watchFavourites } from '@/entrypoints/background/library';
import { watchLibrary } from '@/entrypoints/background/matcher';
import { isGongwenRequest, isTabRequest } from '@/lib/messages';
import { favouritesItem, loadFavourites, settingsItem, DEFAULT_SETTINGS } from '@/lib/settings';

// The build plugin's virtual module, prepared from the same seeds the build bundles.
vi.mock('virtual:seed-corpus', async () => {
  const { prepareFromDirs } = await import('@/scripts/prepared');
  const { prepared } = prepareFromDirs();
  return { prepared, sources: prepared.sources };
});

beforeEach(() => {
  fakeBrowser.reset();
  // As the background does when it starts (the reset dropped the storage listeners).
  watchLibrary();
  watchFavourites();
});

describe('the library search in the background', () => {
  it('finds by Chinese and by pinyin initials', async () => {
    const chinese = await queryLibrary('政治建设摆在首位', { type: 'all' }, 5);
    expect(chinese[0]?.label).toBe('坚持把政治建设摆在首位');
    const initials = await queryLibrary('jcbzzjsbzsw', { type: 'all' }, 5);
    expect(initials[0]?.label).toBe('坚持把政治建设摆在首位');
  });

  it('lists the sources, then one source’s outline in order with depths', async () => {
    const sources = await queryLibrary('', { type: 'sources' }, 50);
    expect(sources.length).toBe(5);
    expect(sources.every((s) => s.kind === 'source' && s.text === '')).toBe(true);
    const first = sources[0];
    const outline = await queryLibrary('', { type: 'source', source: first?.source ?? '' }, 200);
    expect(outline.length).toBeGreaterThan(3);
    expect(outline.every((row) => row.source === first?.source && typeof row.depth === 'number')).toBe(true);
    expect(outline.some((row) => row.depth === 0) && outline.some((row) => (row.depth ?? 0) > 0)).toBe(true);
  });

  it('lists formulations, and skips switched-off sources', async () => {
    const formulations = await queryLibrary('', { type: 'formulations' }, 200);
    expect(formulations.length).toBeGreaterThan(0);
    expect(formulations.every((f) => f.kind === 'formulation')).toBe(true);
    const [first] = await queryLibrary('', { type: 'sources' }, 50);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSources: [first?.source ?? ''] });
    const sources = await queryLibrary('', { type: 'sources' }, 50);
    expect(sources.map((s) => s.source)).not.toContain(first?.source);
  });

  it('pins and unpins a favourite, keeping a corrupt stored entry untouched', async () => {
    const corrupt = { id: 'bad', text: '' };
    await favouritesItem.setValue([corrupt]);
    expect(await toggleFavourite({ text: '两个维护', source: 's', sourceTitle: '讲话' })).toBe(true);
    const stored = await loadFavourites();
    expect(stored.values.map((f) => f.text)).toEqual(['两个维护']);
    expect(stored.problems).toHaveLength(1);
    expect(await favouritesItem.getValue()).toContainEqual(corrupt);
    const favourites = await queryLibrary('', { type: 'favourites' }, 50);
    expect(favourites.map((f) => f.text)).toEqual(['两个维护']);
    expect(await toggleFavourite({ text: '两个维护' })).toBe(false);
    expect((await loadFavourites()).values).toEqual([]);
    expect(await favouritesItem.getValue()).toEqual([corrupt]);
  });
});

describe('message guards', () => {
  it('accepts the library and favourite requests and refuses malformed ones', () => {
    expect(isGongwenRequest({ type: 'gongwen/library', query: 'zzjs', scope: { type: 'all' }, limit: 10 })).toBe(true);
    expect(isGongwenRequest({ type: 'gongwen/library', query: 'zzjs', scope: { type: 'source' }, limit: 10 })).toBe(false);
    expect(isGongwenRequest({ type: 'gongwen/library', query: 'x'.repeat(101), scope: { type: 'all' }, limit: 10 })).toBe(false);
    expect(isGongwenRequest({ type: 'gongwen/favourite', item: { text: '两个维护' } })).toBe(true);
    expect(isGongwenRequest({ type: 'gongwen/favourite', item: { text: '' } })).toBe(false);
    expect(isGongwenRequest({ type: 'gongwen/set-site', host: 'a.cn', enabled: 'yes' })).toBe(false);
  });

  it('accepts tab requests the content script handles, and nothing else', () => {
    expect(isTabRequest({ type: 'gongwen/command', command: 'open-palette' })).toBe(true);
    expect(isTabRequest({ type: 'gongwen/command', command: 'format-disk' })).toBe(false);
    expect(isTabRequest({ type: 'gongwen/insert', text: '两个维护' })).toBe(true);
    expect(isTabRequest({ type: 'gongwen/insert', text: 42 })).toBe(false);
    expect(isTabRequest({ type: 'gongwen/site', enabled: false })).toBe(true);
    expect(isTabRequest({ type: 'gongwen/suggest', context: '', limit: 1 })).toBe(false);
  });
});
