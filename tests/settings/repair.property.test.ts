import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_KINDS } from '@/lib/match/types';
import { DEFAULT_SETTINGS, repairSettings, SETTING_CHECKS, SETTING_RANGES, type Settings } from '@/lib/settings/settings-schema';

/** Settings the options page could have saved. */
const validSettings: fc.Arbitrary<Settings> = fc.record({
  disabledSources: fc.array(fc.string()),
  kinds: fc.subarray([...UNIT_KINDS]),
  limit: fc.integer(SETTING_RANGES.limit),
  minChars: fc.integer(SETTING_RANGES.minChars),
  debounceMs: fc.integer(SETTING_RANGES.debounceMs),
  mode: fc.constantFrom('auto' as const, 'shortcut' as const),
  disabledSites: fc.array(fc.domain()),
});

const FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

describe('repairing stored settings (the content script does this in every tab)', () => {
  it('keeps settings that could have been saved exactly', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        expect(repairSettings(structuredClone(settings))).toEqual(settings);
      }),
    );
  });

  it('replaces each corrupt field by its default, keeps every valid one, and never throws', () => {
    fc.assert(
      fc.property(validSettings, fc.dictionary(fc.constantFrom(...FIELDS), fc.anything()), (settings, corruption) => {
        const stored: Record<string, unknown> = { ...settings, ...corruption, unknownField: 1 };
        const repaired = repairSettings(stored);
        expect(Object.keys(repaired).sort()).toEqual([...FIELDS].sort());
        for (const field of FIELDS) {
          const expected = SETTING_CHECKS[field](stored[field]) ? stored[field] : DEFAULT_SETTINGS[field];
          expect(repaired[field]).toEqual(expected);
          expect(SETTING_CHECKS[field](repaired[field])).toBe(true);
        }
      }),
    );
  });

  it('survives values that are not settings at all', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(Object.keys(repairSettings(raw)).sort()).toEqual([...FIELDS].sort());
      }),
    );
  });

  it('never hands out the defaults themselves, so nobody can change them by accident', () => {
    const repaired = repairSettings(undefined);
    expect(repaired.kinds).not.toBe(DEFAULT_SETTINGS.kinds);
    expect(repaired.disabledSites).not.toBe(DEFAULT_SETTINGS.disabledSites);
  });
});
