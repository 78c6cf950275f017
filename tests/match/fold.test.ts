import { describe, expect, it } from 'vitest';
import { fold, rawRanges, WILDCARD } from '../../lib/match/fold';

describe('fold', () => {
  it('drops punctuation and spaces, keeping offsets into the raw text', () => {
    const f = fold('以政治建设为统领, 筑牢“思想”根基。');
    expect(f.text).toBe('以政治建设为统领筑牢思想根基');
    expect(f.starts[8]).toBe(10); // 筑 after `, `
    expect(f.starts[10]).toBe(13); // 思 after `“`
  });

  it('makes full-width Latin and digits ASCII and lower case', () => {
    expect(fold('ＡＢｃ').text).toBe('abc');
  });

  it('turns every number or placeholder run into one wildcard', () => {
    const f = fold('干部职工56人，党员X人，占XX%，市×局，2020年');
    expect(f.text).toBe(`干部职工${WILDCARD}人党员${WILDCARD}人占${WILDCARD}市${WILDCARD}局${WILDCARD}年`);
    expect([f.starts[4], f.ends[4]]).toEqual([4, 6]);
  });

  it('does not read X inside a Latin word as a placeholder', () => {
    expect(fold('XML文件').text).toBe('xml文件');
  });

  it('joins consecutive matched characters into one highlight across punctuation', () => {
    const f = fold('学党章、强基础');
    expect(rawRanges(f, [0, 1, 2, 3, 5])).toEqual([
      [0, 5],
      [6, 7],
    ]);
  });
});
