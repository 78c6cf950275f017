import { describe, expect, it } from 'vitest';
import { buildPinyinTable, Phonetics } from '../../lib/match/pinyin';
import { PinyinLexicon } from '../../lib/match/pinyin-query';

const READINGS: Record<string, string[]> = { 率: ['lv', 'shuai'], 帅: ['shuai'], 四: ['si'], 个: ['ge'], 意: ['yi'], 识: ['shi', 'zhi'], 事: ['shi'] };
const fake = (char: string) => READINGS[char] ?? [];

describe('pinyin table', () => {
  it('is built through one provider call per new character, commonest reading first', () => {
    const calls: string[] = [];
    const table = buildPinyinTable(['率', '帅', '率', 'a', '，'], (c) => (calls.push(c), fake(c)));
    expect(calls).toEqual(['率', '帅']);
    expect(table).toEqual({ lv: '率', shuai: '帅|率' });
    const phonetics = new Phonetics(table);
    expect(phonetics.readingsOf('率').map((id) => phonetics.syllables[id])).toEqual(['lv', 'shuai']);
  });

  it('extends a table without asking again for characters it has', () => {
    const base = buildPinyinTable(['率'], fake);
    const calls: string[] = [];
    const table = buildPinyinTable(['率', '帅'], (c) => (calls.push(c), fake(c)), base);
    expect(calls).toEqual(['帅']);
    expect(table.shuai).toBe('帅|率');
  });

  it('knows every reading of a character, and none of punctuation or Latin', () => {
    const phonetics = new Phonetics(buildPinyinTable(Object.keys(READINGS), fake));
    const read = (c: string) => phonetics.readingsOf(c).map((id) => phonetics.syllables[id]);
    expect(read('识')).toEqual(['shi', 'zhi']);
    expect(read('X')).toEqual([]);
    expect(phonetics.readsWith('识', 'zh')).toBe(true);
    expect(phonetics.isSyllable('shuai') && phonetics.isSyllablePrefix('shu') && !phonetics.isSyllable('shu')).toBe(true);
  });

  it('finds whole terms from initials, full syllables or a mix, and nothing from an unrelated spelling', () => {
    const phonetics = new Phonetics(buildPinyinTable(Object.keys(READINGS), fake));
    const lexicon = new PinyinLexicon([['“四个意识”', 3, 0]], phonetics);
    for (const letters of ['sgys', 'sigeyishi', 'sgyishi', 'sigeyis']) {
      expect(lexicon.lookup(letters, () => true).map((m) => m.term), letters).toEqual([0]);
    }
    expect(lexicon.lookup('sgy', () => true)).toEqual([]); // three initials say too little
    expect(lexicon.lookup('sgyz', () => true).length).toBe(1); // 识 also reads zhi
    expect(lexicon.lookup('hello', () => true)).toEqual([]);
    expect(lexicon.lookup('sgys', () => false)).toEqual([]);
  });
});
