import { describe, expect, it } from 'vitest';
import { parseSource } from '@/lib/corpus';
import { changesNothing, DEFAULT_SETTINGS, planRestore, type Favourite, type ImportedSource, type RestoreData } from '@/lib/settings';

const source = (title: string, body = '要把纸质档案扫描入库。'): ImportedSource => ({ source: parseSource(`${title}\n一、总结\n${body}`, `${title}.txt`), encoding: 'utf-8', importedAt: 1 });
const favourite = (id: string, text: string, abbreviation?: string): Favourite => ({ id, text, createdAt: 1, ...(abbreviation ? { abbreviation } : {}) });

const a = source('甲');
const b = source('乙');
const c = source('丙');
const aRenamed: ImportedSource = { ...a, source: { ...a.source, title: '甲（改名）' } };

/** The backup: 甲 and 乙, one favourite, two settings changed. */
const backup: RestoreData = {
  settings: { ...DEFAULT_SETTINGS, limit: 3, disabledSources: [b.source.id] },
  favourites: [favourite('f1', '不忘初心、牢记使命', ';bwcx')],
  importedSources: [a, b],
};
/** Since the export: 甲 renamed, 乙 deleted, 丙 imported, a favourite pinned, the debounce changed. */
const current: RestoreData = {
  settings: { ...DEFAULT_SETTINGS, debounceMs: 200 },
  favourites: [favourite('f2', '全面从严治党')],
  importedSources: [aRenamed, c],
};

describe('restore plan', () => {
  it('替换 makes everything the backup and lists each change', () => {
    const plan = planRestore(current, backup, 'replace');
    expect(plan.result).toEqual(backup);
    expect(plan.sources).toEqual({ added: ['乙'], replaced: ['甲（改名）'], removed: ['丙'], kept: [] });
    expect(plan.favourites).toEqual({ added: ['不忘初心、牢记使命'], replaced: [], removed: ['全面从严治党'], kept: [] });
    expect(plan.settings.map((s) => s.field).sort()).toEqual(['debounceMs', 'disabledSources', 'limit']);
    expect(plan.settings.find((s) => s.field === 'debounceMs')).toEqual({ field: 'debounceMs', before: 200, after: DEFAULT_SETTINGS.debounceMs });
  });

  it('合并 keeps everything there is now, adds what is missing, and lets the current version win', () => {
    const plan = planRestore(current, backup, 'merge');
    // The favourite pinned after the export survives (the surprise of issue 13).
    expect(plan.result.favourites.map((f) => f.text)).toEqual(['全面从严治党', '不忘初心、牢记使命']);
    expect(plan.result.importedSources).toEqual([aRenamed, c, b]);
    expect(plan.sources).toEqual({ added: ['乙'], replaced: [], removed: [], kept: ['甲（改名）'] });
    // A changed setting stays; one still at its default takes the backup's value; a source new here comes off as it was.
    expect(plan.result.settings).toEqual({ ...DEFAULT_SETTINGS, debounceMs: 200, limit: 3, disabledSources: [b.source.id] });
  });

  it('合并 does not switch off a source that is here already', () => {
    const plan = planRestore({ ...current, settings: { ...DEFAULT_SETTINGS, disabledSources: ['000_seed'] } }, { ...backup, settings: { ...DEFAULT_SETTINGS, disabledSources: [a.source.id] } }, 'merge');
    expect(plan.result.settings.disabledSources).toEqual(['000_seed']);
  });

  it('合并 adds a favourite without an abbreviation that is taken, and says so', () => {
    const plan = planRestore({ ...current, favourites: [favourite('f2', '全面从严治党', ';bwcx')] }, backup, 'merge');
    expect(plan.result.favourites).toEqual([favourite('f2', '全面从严治党', ';bwcx'), favourite('f1', '不忘初心、牢记使命')]);
    expect(plan.abbreviationsDropped).toEqual([';bwcx']);
  });

  it('matches favourites by their passage, not by the per-device id', () => {
    const plan = planRestore({ ...current, favourites: [favourite('other-id', '不忘初心、牢记使命', ';bwcx')] }, backup, 'replace');
    expect(plan.favourites).toEqual({ added: [], replaced: ['不忘初心、牢记使命'], removed: [], kept: [] });
  });

  it('a backup of the current state changes nothing, in either mode', () => {
    for (const mode of ['merge', 'replace'] as const) {
      const plan = planRestore(backup, backup, mode);
      expect(changesNothing(plan)).toBe(true);
      expect(plan.result).toEqual(backup);
    }
    expect(changesNothing(planRestore(current, backup, 'merge'))).toBe(false);
  });
});
