import { describe, expect, it } from 'vitest';
import { abbreviationsOf, foldWidth, isExpansionKey, matchAbbreviation, readFavourites } from '@/lib/assistant/abbreviations';

const PASSAGE = '两个维护';
const list = abbreviationsOf([
  { text: PASSAGE, abbreviation: ';lgwh' },
  { text: '不忘初心、牢记使命', abbreviation: 'bwcx' },
  { text: '不忘初心、牢记使命，勇于担当作为', abbreviation: 'bwcxdd' },
  { text: '没有缩写的收藏' },
]);

describe('abbreviations of favourites', () => {
  it('reads the stored favourites, skipping malformed entries and keeping the rest', () => {
    const raw = [
      { id: '1', text: PASSAGE, abbreviation: ';lgwh', createdAt: 1 },
      { id: '2', text: '', abbreviation: ';empty' },
      { id: '3', text: '有空格的缩写', abbreviation: 'a b' },
      'not an object',
      null,
      { id: '4', text: '没有缩写', createdAt: 2 },
      { id: '5', text: 42 },
    ];
    expect(readFavourites(raw)).toEqual([{ text: PASSAGE, abbreviation: ';lgwh' }, { text: '没有缩写' }]);
    expect(readFavourites({ not: 'a list' })).toEqual([]);
    expect(readFavourites(undefined)).toEqual([]);
  });

  it('matches only when the characters right before the caret are an abbreviation', () => {
    expect(matchAbbreviation('我们要做到;lgwh', list)?.text).toBe(PASSAGE);
    expect(matchAbbreviation(';lgwh', list)?.text).toBe(PASSAGE);
    expect(matchAbbreviation(';lgw', list)).toBeNull();
    expect(matchAbbreviation(';lgwh ', list)).toBeNull();
    expect(matchAbbreviation('', list)).toBeNull();
  });

  it('prefers the longest abbreviation that ends at the caret', () => {
    expect(matchAbbreviation('要 bwcxdd', list)?.abbreviation).toBe('bwcxdd');
    expect(matchAbbreviation('要 bwcx', list)?.abbreviation).toBe('bwcx');
  });

  it('does not expand the tail of a longer Latin word, but does after Chinese or punctuation', () => {
    expect(matchAbbreviation('xbwcx', list)).toBeNull();
    expect(matchAbbreviation('1bwcx', list)).toBeNull();
    expect(matchAbbreviation('坚持bwcx', list)?.abbreviation).toBe('bwcx');
    expect(matchAbbreviation('（bwcx', list)?.abbreviation).toBe('bwcx');
    // One that starts with punctuation may follow anything.
    expect(matchAbbreviation('abc;lgwh', list)?.text).toBe(PASSAGE);
  });

  it('treats full-width punctuation and letters typed through an IME as their ASCII forms', () => {
    expect(foldWidth('；ｌｇｗｈ')).toBe(';lgwh');
    expect(matchAbbreviation('做到；lgwh', list)?.text).toBe(PASSAGE);
    expect(matchAbbreviation('做到；ｌｇｗｈ', list)?.abbreviation).toBe(';lgwh');
    // Lengths are kept, so the span to replace is the one typed.
    expect(foldWidth('做到；ｌｇｗｈ').length).toBe('做到；ｌｇｗｈ'.length);
  });

  it('expands with Tab alone; a modified Tab is someone else’s shortcut', () => {
    const key = (init: Partial<KeyboardEvent>) => ({ key: 'Tab', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...init });
    expect(isExpansionKey(key({}))).toBe(true);
    expect(isExpansionKey(key({ shiftKey: true }))).toBe(false);
    expect(isExpansionKey(key({ ctrlKey: true }))).toBe(false);
    expect(isExpansionKey(key({ key: ' ' }))).toBe(false);
  });
});
