import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings, favouritesItem, loadFavourites, loadSettings, settingsItem } from '@/lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.kinds).toEqual(['sentence', 'paragraph', 'heading', 'section', 'formulation']);
  });

  it('round-trips through storage.local', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSources: ['002_d6b92f23921d179d'], limit: 3 });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ limit: 3, disabledSources: ['002_d6b92f23921d179d'] });
    expect((await loadSettings()).limit).toBe(3);
  });

  it('repairs a corrupt field from its default and keeps the others', async () => {
    await fakeBrowser.storage.local.set({ settings: { limit: 'many', disabledSources: ['a'], mode: 'shortcut', kinds: ['sentence', 'poem'] } });
    const settings = await loadSettings();
    expect(settings.limit).toBe(DEFAULT_SETTINGS.limit);
    expect(settings.disabledSources).toEqual(['a']);
    expect(settings.mode).toBe('shortcut');
    expect(settings.kinds).toEqual(DEFAULT_SETTINGS.kinds);
  });

  it('survives a settings value that is not an object at all', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('is versioned: a later release migrates what this one stored', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, limit: 2 });
    const nextRelease = storage.defineItem<Settings & { theme: string }>('local:settings', {
      fallback: { ...DEFAULT_SETTINGS, theme: 'auto' },
      version: 2,
      migrations: { 2: (old: Settings) => ({ ...old, theme: 'dark' }) },
    });
    await nextRelease.migrate();
    expect(await nextRelease.getValue()).toMatchObject({ limit: 2, theme: 'dark' });
    expect(await nextRelease.getMeta()).toEqual({ v: 2 });
  });
});

describe('favourites', () => {
  it('skips and reports a corrupt entry without losing the others', async () => {
    await favouritesItem.setValue([
      { id: 'a', text: '增强“四个意识”', abbreviation: ';sgys', createdAt: 1 },
      { id: 'b', text: '', createdAt: 2 },
      'not a favourite',
      { id: 'd', text: '坚定“四个自信”', createdAt: 4 },
    ]);
    const { values, problems } = await loadFavourites();
    expect(values.map((f) => f.id)).toEqual(['a', 'd']);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
    expect(problems[0]?.message).toMatch(/^favourites\[1\]\.text:/);
    // Reading never rewrites storage: the corrupt entries are still there for the writer to see.
    expect(await favouritesItem.getValue()).toHaveLength(4);
  });

  it('refuses an abbreviation with spaces', async () => {
    await favouritesItem.setValue([{ id: 'a', text: '文字', abbreviation: 'a b', createdAt: 1 }]);
    expect((await loadFavourites()).problems[0]?.message).toMatch(/abbreviation/);
  });
});
