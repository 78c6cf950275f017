import { describe, expect, it } from 'vitest';
import { missingTypedTail } from '@/lib/assistant/undo-repair';

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
