import { describe, expect, it } from 'vitest';
import { matcherSnapshot } from '../../lib/match';
import { PassageSearch, pinyinLetters } from '../../lib/match/passage-search';
import { seedPrepared } from './helpers';

const search = new PassageSearch(matcherSnapshot(seedPrepared()));
/** The text of the part that matched (a sentence, a heading) of each passage found. */
const found = (query: string, options = {}) => search.search(query, options).map((m) => (m.part ?? m.passage).text);
const DUES = '上半年全体党员党费已足额收缴并按期存入市直机关党工委指定账户。';
const TWO_STUDIES = '持续开展“不忘初心牢记使命”主题教育，推进“两学一做”学习教育常态化制度化。';

describe('the passage search (palette, popup, side panel)', () => {
  it('finds body text by a two- or four-character phrase anywhere in it', () => {
    expect(found('党费')).toContain(DUES);
    expect(found('党费')).toHaveLength(2);
    // The quoted term is a formulation of its own, ranked before the passage that uses it.
    expect(found('两学一做')).toEqual(['“两学一做”', TWO_STUDIES]);
  });

  it('finds it by full pinyin, spaced or not, and by initials', () => {
    expect(found('dangfei')).toContain(DUES);
    expect(found('liangxueyizuo')).toEqual(['“两学一做”', TWO_STUDIES]);
    expect(found('liang xue yi zuo')).toEqual(['“两学一做”', TWO_STUDIES]);
    expect(found('lxyz')).toEqual(['“两学一做”', TWO_STUDIES]);
  });

  it('tolerates an IME homophone, below the exact matches', () => {
    const [first] = search.search('党非');
    expect(first?.part?.text).toBe(DUES);
    expect(first?.score).toBeLessThan(search.search('党费')[0]?.score ?? 0);
  });

  it('merges by passage: a sentence is part of its paragraph, a heading the head of its section', () => {
    const [heading] = search.search('政治建设摆在首位');
    expect(heading?.part?.kind).toBe('heading');
    expect(heading?.passage.kind).toBe('section');
    expect(heading?.part?.text).toBe('坚持把政治建设摆在首位。');
    const [dues] = search.search('党费');
    expect(dues?.passage.kind).toBe('paragraph');
    expect(dues?.passage.text).toContain(DUES);
    const ids = search.search('建设', { limit: 200 }).map((m) => m.passage.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('highlights the query inside the part that matched', () => {
    const [dues] = search.search('党费');
    const [range] = dues?.highlights ?? [];
    expect(range && dues?.part?.text.slice(range[0], range[1])).toBe('党费');
  });

  it('needs every space-separated keyword', () => {
    expect(found('党费 收缴')).toEqual([DUES]);
    expect(found('党费 食堂')).toEqual([]);
  });

  it('keeps to the enabled sources and to the limit', () => {
    expect(found('党费', { sources: ['001_8c04731dbe95e318'] })).toEqual(['依规返还X个离退休党支部党费X万元。']);
    expect(found('建设', { limit: 3 })).toHaveLength(3);
  });

  it('stays quiet on one character, unrelated text and English', () => {
    for (const query of ['党', '今天中午去食堂吃饭', 'hello world', 'qwerty', '', '   ']) expect(found(query), query).toEqual([]);
  });

  it('reads only letters as pinyin', () => {
    expect(pinyinLetters('Liang Xue')).toBe('liangxue');
    expect(pinyinLetters('ｄａｎｇｆｅｉ')).toBe('dangfei');
    expect(pinyinLetters('党费')).toBeUndefined();
    expect(pinyinLetters('x')).toBeUndefined();
  });
});
