import { describe, expect, it } from 'vitest';
import { buildEntries, LibrarySearch } from '@/lib/palette';
import { prepareFromDirs } from '@/scripts/prepared';

const { prepared } = prepareFromDirs();
const favourites = [{ id: 'f1', text: '不忘初心、牢记使命，勇于担当作为', abbreviation: ';bwcx' }];
const entries = buildEntries(prepared, favourites);
const search = new LibrarySearch(entries);
const labels = (query: string, limit = 5) => search.search(query, { limit }).map((h) => h.entry.label);

describe('the palette library', () => {
  it('lists favourites, each heading once and formulations with their pinyin', () => {
    expect(entries[0]).toMatchObject({ kind: 'favourite', label: favourites[0]?.text, abbreviation: ';bwcx' });
    const heading = entries.find((e) => e.kind === 'heading' && e.label === '坚持把政治建设摆在首位');
    expect(heading).toMatchObject({ pinyin: 'jianchibazhengzhijianshebaizaishouwei', initials: 'jcbzzjsbzsw', trail: ['以政治建设为统领，筑牢思想根基'] });
    expect(entries.some((e) => e.kind === 'formulation' && e.text.includes('四个意识'))).toBe(true);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(entries.filter((e) => e.label === '坚持把政治建设摆在首位')).toHaveLength(1);
  });

  it('inserts a heading with its numbered sub-sections, one paragraph per line, or the heading alone', () => {
    const section = entries.find((e) => e.kind === 'heading' && e.label === '以政治建设为统领，筑牢思想根基');
    expect(section?.short).toBe('以政治建设为统领，筑牢思想根基');
    const lines = section?.text.split('\n') ?? [];
    expect(lines[0]).toBe('以政治建设为统领，筑牢思想根基');
    expect(lines[1]).toMatch(/^（一）坚持把政治建设摆在首位。引导党员干部/);
    expect(lines).toHaveLength(4);
  });

  it('finds by Chinese, tolerating a wrong character', () => {
    expect(labels('政治建设摆在首位')[0]).toBe('坚持把政治建设摆在首位');
    expect(labels('强化思想理论武庄')).toContain('持续强化思想理论武装');
  });

  it('finds by full pinyin and by initials', () => {
    expect(labels('zhengzhijianshe').some((l) => l.includes('政治建设'))).toBe(true);
    expect(labels('jcbzzjsbzsw')[0]).toBe('坚持把政治建设摆在首位');
    expect(labels('ｓｇｙｓ').some((l) => l.includes('四个意识'))).toBe(true);
  });

  it('takes pinyin as typed, not fuzzily: letters that spell no label find none', () => {
    expect(labels('dangfei')).toEqual([]);
    expect(labels('qwerty')).toEqual([]);
  });

  it('finds a favourite by its abbreviation', () => {
    expect(labels(';bwcx')[0]).toBe(favourites[0]?.text);
  });

  it('highlights the matched part of the label', () => {
    const [hit] = search.search('主题党日');
    const [range] = hit?.highlights ?? [];
    expect(range && hit?.entry.label.slice(range[0], range[1])).toContain('主题党日');
  });

  it('searches only the enabled sources, but always the favourites', () => {
    const only = new Set(['004_3ff844c2eef9ded4']);
    const hits = search.search('建设', { sources: only, limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.entry.kind === 'favourite' || h.entry.source === '004_3ff844c2eef9ded4')).toBe(true);
  });

  it('stays quiet on unrelated text', () => {
    expect(labels('今天中午去食堂吃饭')).toEqual([]);
  });
});
