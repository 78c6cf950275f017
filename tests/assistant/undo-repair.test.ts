import { describe, expect, it } from 'vitest';
import { missingTypedTail, typedRepair } from '@/lib/assistant/undo-repair';

describe('missingTypedTail: what an undo took beyond the insertion', () => {
  it('is nothing when the undo gave back exactly what was typed', () => {
    expect(missingTypedTail('我们要坚持把政治建设摆在', '我们要坚持把政治建设摆在')).toBeNull();
  });

  it('is the whole typing when the undo emptied a fresh document', () => {
    expect(missingTypedTail('我们要坚持', '')).toBe('我们要坚持');
  });

  it('is the cut-off tail when the undo took part of the typing (Quill groups by time from its first edit)', () => {
    expect(missingTypedTail('我们要坚持把政治建设摆在', '我们要坚持把')).toBe('政治建设摆在');
  });

  it('lines the two windows up at the caret when text stands before the typing', () => {
    // Both are the last characters before the caret: the one after the undo starts earlier in the page.
    expect(missingTypedTail('一二三四五我们要', '零一二三四五')).toBe('我们要');
  });

  it('is nothing when the text is not the typing cut short (the undo did something else)', () => {
    expect(missingTypedTail('我们要坚持把', '我们要坚持把zhengzhi')).toBeNull();
    expect(missingTypedTail('我们要坚持', '他们')).toBeNull();
  });

  it('never puts back more than one typing group', () => {
    const long = '字'.repeat(300);
    expect(missingTypedTail(long, '')).toBeNull();
  });
});

describe('typedRepair: from what an undo left back to what was typed', () => {
  it('is nothing when the undo gave back exactly what was typed', () => {
    expect(typedRepair('我们要坚持把', '我们要坚持把')).toBeNull();
  });

  it('types the cut-off tail back when the undo took part of the typing', () => {
    expect(typedRepair('我们要坚持把政治建设摆在', '我们要坚持把')).toEqual({ extra: 0, missing: '政治建设摆在' });
  });

  it('replaces the letters of a composition the editor recorded midway (Quill 1, Jodit)', () => {
    expect(typedRepair('我们要坚持把政治建设摆在', '我们要坚持把zheng')).toEqual({ extra: 5, missing: '政治建设摆在' });
    expect(typedRepair('我们要坚持', "我们要jian'chi")).toEqual({ extra: 8, missing: '坚持' });
  });

  it('never takes away anything but composition letters', () => {
    expect(typedRepair('我们要坚持把', '我们要坚持把你')).toBeNull();
    expect(typedRepair('我们要坚持', '他们zheng')).toBeNull();
    expect(typedRepair('我们要坚持', `我们${'a'.repeat(41)}`)).toBeNull();
  });
});
