import { describe, expect, it } from 'vitest';
import { extractQuery, MAX_QUERY } from '../../lib/match/query';

describe('extractQuery', () => {
  it('takes the sentence being typed, not the ones before it', () => {
    const context = '过去一年，我们克服了很多困难。下一步，我们要坚持问题导向';
    const q = extractQuery(context);
    expect(q?.mode).toBe('text');
    if (q?.mode !== 'text') return;
    expect(q.start).toBe(context.indexOf('下一步'));
    expect(q.folded.text).toBe('下一步我们要坚持问题导向');
    // Clauses start after the comma: lead-in words before a match count for little.
    expect(q.clauseStarts).toEqual([0, 3]);
  });

  it('drops a leading heading number or item marker', () => {
    for (const [context, rest] of [
      ['（二）严肃党内政治', '严肃党内政治'],
      ['一是狠抓学习教育', '狠抓学习教育'],
      ['首先，要坚持加强理论武装', '要坚持加强理论武装'],
      ['3. 加强支部规范化建设', '加强支部规范化建设'],
    ] as const) {
      const q = extractQuery(context);
      expect(q?.mode, context).toBe('text');
      if (q?.mode === 'text') {
        expect(q.folded.text).toBe(rest);
        expect(q.start).toBe(context.indexOf(rest.slice(0, 2)));
      }
    }
  });

  it('reads half-width punctuation like full-width', () => {
    const q = extractQuery('以政治建设为统领,筑牢思想根基');
    expect(q?.mode === 'text' && q.folded.text).toBe('以政治建设为统领筑牢思想根基');
  });

  it('reads words separated by spaces as keywords that must all be found', () => {
    const q = extractQuery('党费 足额收缴');
    expect(q?.mode).toBe('keywords');
    if (q?.mode === 'keywords') expect(q.keywords.map((k) => k.text)).toEqual(['党费', '足额收缴']);
  });

  it('reads a trailing run of letters as pinyin, after Chinese or alone', () => {
    expect(extractQuery('我们要bwcxljsm')).toEqual({ mode: 'pinyin', start: 3, sentence: 0, letters: 'bwcxljsm' });
    expect(extractQuery('ZhengZhi')).toEqual({ mode: 'pinyin', start: 0, sentence: 0, letters: 'zhengzhi' });
  });

  it('treats X as a placeholder and an upper-case run after Chinese as an acronym, not pinyin', () => {
    expect(extractQuery('市X局现有干部职工X')?.mode).toBe('text');
    const q = extractQuery('微信工作群 清理 QQ');
    expect(q?.mode).toBe('keywords');
    if (q?.mode === 'keywords') expect(q.keywords.map((k) => k.text)).toEqual(['微信工作群', '清理', 'qq']);
  });

  it('reads Latin words separated by spaces as spaced pinyin, leaving the matcher to reject English', () => {
    expect(extractQuery('zhuti dangri')).toEqual({ mode: 'pinyin', start: 0, sentence: 0, letters: 'zhutidangri', spaced: ['zhuti', 'dangri'] });
    expect(extractQuery('hello world')).toMatchObject({ mode: 'pinyin', spaced: ['hello', 'world'] });
    expect(extractQuery('2020 hello world')).toBeUndefined();
  });

  it('keeps only the end of a long sentence, and the sentence just closed when the caret follows 。', () => {
    const long = '通过学习宣传反面典型案例、组织观看忏悔录等方式，强化警示教育，引导党员从知行合一的角度审视自己、要求自己';
    const q = extractQuery(long);
    expect(q?.mode === 'text' && q.folded.text.length).toBe(MAX_QUERY);
    const closed = extractQuery('坚持把政治建设摆在首位。');
    expect(closed?.mode === 'text' && closed.folded.text).toBe('坚持把政治建设摆在首位');
  });
});
