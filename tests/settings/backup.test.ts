import { describe, expect, it } from 'vitest';
import { parseSource } from '@/lib/corpus';
import { BACKUP_LIMITS, BACKUP_VERSION, createBackup, DEFAULT_SETTINGS, parseBackup } from '@/lib/settings';
import { FAVOURITE_MAX_CHARS } from '@/lib/settings/schema';

const data = {
  settings: { ...DEFAULT_SETTINGS, disabledSources: ['003_d1599044f2970676'], disabledSites: ['example.com'] },
  favourites: [{ id: 'f1', text: '不忘初心、牢记使命', abbreviation: ';bwcx', createdAt: 1700000000000 }],
  importedSources: [{ source: parseSource('我的报告\n一、总结\n（一）成绩。今年工作X项。', 'mine.txt'), encoding: 'gb18030', importedAt: 1700000000000 }],
};

function refused(text: string) {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

describe('backup files', () => {
  it('round-trips settings, favourites and imported sources', () => {
    const text = createBackup(data, new Date('2026-01-02T03:04:05Z'));
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.version).toBe(BACKUP_VERSION);
    expect(result.backup.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(result.backup.settings).toEqual(data.settings);
    expect(result.backup.favourites).toEqual(data.favourites);
    expect(result.backup.importedSources[0]?.source.sections[0]?.children[0]?.placeholders[0]?.text).toBe('X');
  });

  it('refuses a truncated file', () => {
    const text = createBackup(data);
    const half = text.slice(0, text.length / 2);
    expect(refused(half)).toEqual({ code: 'truncated', line: half.split('\n').length });
    expect(refused('')).toEqual({ code: 'truncated', line: 1 });
  });

  it('refuses text that is not JSON, or JSON that is not a backup', () => {
    expect(refused('hello')).toEqual({ code: 'not-json' });
    // Where V8 names a position, the message names its line.
    expect(refused('{\n"format": 1\n"version": 1\n}')).toEqual({ code: 'not-json', line: 3 });
    expect(refused('{"sources":[]}').code).toBe('not-backup');
    expect(refused('[1,2]').code).toBe('not-backup');
  });

  it('refuses a version it does not know', () => {
    const newer = JSON.parse(createBackup(data)) as Record<string, unknown>;
    newer.version = BACKUP_VERSION + 1;
    const error = refused(JSON.stringify(newer));
    expect(error).toEqual({ code: 'newer-version', version: String(BACKUP_VERSION + 1) });
  });

  it('refuses the wrong shape and says where', () => {
    const wrong = JSON.parse(createBackup(data)) as { favourites: { text: unknown }[]; settings: Record<string, unknown> };
    const favourite = wrong.favourites[0];
    if (favourite) favourite.text = 42;
    expect(refused(JSON.stringify(wrong))).toEqual({ code: 'shape', path: 'favourites.0.text' });
    const badSettings = JSON.parse(createBackup(data)) as { settings: Record<string, unknown> };
    badSettings.settings.limit = 99;
    expect(refused(JSON.stringify(badSettings))).toEqual({ code: 'shape', path: 'settings.limit' });
  });

  it('refuses a 20,000-level nested file with a message instead of overflowing the stack', () => {
    const nested = `{"format":"gongwen-assist-backup","version":1,"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    expect(refused(nested)).toEqual({ code: 'too-deep' });
  });

  it('refuses a favourite longer than a passage, saying where', () => {
    const text = createBackup({ ...data, favourites: [{ id: 'f', text: '字'.repeat(FAVOURITE_MAX_CHARS + 1), createdAt: 1 }] });
    expect(refused(text)).toEqual({ code: 'too-long', path: 'favourites.0.text', limit: FAVOURITE_MAX_CHARS });
  });

  it('refuses text beyond the backup size limit before parsing it', () => {
    expect(refused(' '.repeat(BACKUP_LIMITS.bytes + 1))).toEqual({ code: 'too-large', megabytes: 128 });
  });
});
