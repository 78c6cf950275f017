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

  it('finds body passages by Chinese and by pinyin, with their source and heading trail', async () => {
    for (const query of ['党费', 'dangfei']) {
      const items = await queryLibrary(query, { type: 'all' }, 20);
      const dues = items.find((item) => item.text.includes('党员党费已足额收缴'));
      expect(dues, query).toMatchObject({ kind: 'paragraph', short: '上半年全体党员党费已足额收缴并按期存入市直机关党工委指定账户。' });
      expect(dues?.sourceTitle).not.toBe('');
      expect(dues?.trail.length).toBeGreaterThan(0);
    }
    for (const query of ['两学一做', 'liangxueyizuo']) {
      const items = await queryLibrary(query, { type: 'all' }, 20);
      expect(items.map((item) => item.kind), query).toEqual(['formulation', 'paragraph']);
      expect(items[1]?.text).toContain('推进“两学一做”学习教育常态化制度化');
    }
  });

  it('shows each heading once, to insert alone or with its body; a favourite passage is its own row', async () => {
    const items = await queryLibrary('政治建设摆在首位', { type: 'all' }, 50);
    const headings = items.filter((item) => item.label === '坚持把政治建设摆在首位');
    expect(headings).toHaveLength(1);
    expect(headings[0]).toMatchObject({ kind: 'heading', short: '坚持把政治建设摆在首位' });
    expect(headings[0]?.text).toMatch(/^坚持把政治建设摆在首位。引导/);
    await toggleFavourite({ text: headings[0]?.text ?? '' });
    const again = await queryLibrary('政治建设摆在首位', { type: 'all' }, 50);
    expect(again.filter((item) => item.text === headings[0]?.text).map((item) => [item.kind, item.favourite])).toEqual([['heading', true]]);
    expect(new Set(again.map((item) => item.id)).size).toBe(again.length);
  });

  it('labels only mined formulations as such: plain words are not 规范提法', async () => {
    for (const query of ['组织建设', '治党', 'zzjs']) {
      const items = await queryLibrary(query, { type: 'all' }, 50);
      expect(items.filter((item) => item.kind === 'formulation').map((item) => item.label), query).toEqual([]);
    }
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
    // As the pages ask (100 rows): all the seeds' 70 formulations, though the library lists its headings first.
    const formulations = await queryLibrary('', { type: 'formulations' }, 100);
    expect(formulations.length).toBeGreaterThan(60);
    expect(formulations.every((f) => f.kind === 'formulation')).toBe(true);
    expect(formulations.map((f) => f.label)).toEqual(expect.arrayContaining(['“两学一做”', '增强“四个意识”、坚定“四个自信”、做到“两个维护”']));
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
