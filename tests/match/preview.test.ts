import { describe, expect, it } from 'vitest';
import { previewParts } from '../../lib/match';
import { seedMatcher } from './helpers';

const matcher = seedMatcher();
const parts = (context: string, pick = (s: { mode: string }) => s.mode === 'continue') => {
  const s = matcher.suggest(context).find(pick);
  return s ? previewParts(context, s) : [];
};

describe('preview of an insertion', () => {
  it('shows a continuation as the typed words kept and the rest added', () => {
    expect(parts('去年我们表彰宣传了15个“红旗')).toEqual([
      { kind: 'kept', text: '…们表彰宣传了15个“红旗' },
      { kind: 'added', text: '党支部”。' },
    ]);
  });

  it('shows a same-sound correction as the typed character struck and the corpus one put in', () => {
    expect(parts('不断提升组织生活的吸引力和时效性')).toEqual([
      { kind: 'kept', text: '不断提升组织生活的吸引力和' },
      { kind: 'removed', text: '时' },
      { kind: 'corrected', text: '实' },
      { kind: 'kept', text: '效性' },
      { kind: 'added', text: '，增强基层党组织生机活力。' },
    ]);
  });

  it('shows a replace as the clause struck through and the corpus wording added', () => {
    expect(parts('在全市文明城市创建工作中，我局积极响应', (s) => s.mode === 'replace')).toEqual([
      { kind: 'kept', text: '…全市文明城市创建工作中，' },
      { kind: 'removed', text: '我局积极响应' },
      { kind: 'added', text: '市直机关积极响应、主动作为，联系帮扶主城区X个社区X个网格。' },
    ]);
  });

  it('shows pinyin letters as replaced', () => {
    expect(parts('增强sgys', () => true)).toEqual([
      { kind: 'kept', text: '增强' },
      { kind: 'removed', text: 'sgys' },
      { kind: 'added', text: '“四个意识”' },
    ]);
  });
});
