import { describe, expect, it } from 'vitest';
import type { PanelView, PlaceholderMark } from '@/lib/assistant';
import { panelViewSlot } from '@/lib/assistant/panel-view-slot';
import { createPlaceholderNavigation } from '@/lib/assistant/placeholder-navigation';
import type { EditorAdapter } from '@/lib/editor/types';

/** A text field in memory: its value and selection, read and set as the adapters do. */
function fakeField(value: string) {
  const field = { value, start: value.length, end: value.length };
  // Fill mode listens to the field's input events; an EventTarget is all it needs of the element.
  const element = new EventTarget() as HTMLElement;
  const adapter: EditorAdapter = {
    element,
    textBeforeCaret: (max) => (field.start === field.end ? field.value.slice(Math.max(0, field.end - max), field.end) : null),
    textAfterCaret: (max) => field.value.slice(field.end, field.end + max),
    replaceBeforeCaret: () => Promise.resolve(null),
    selectRelative: (from, to) => {
      const anchor = from < 0 ? field.start : field.end;
      if (anchor + from < 0 || anchor + to > field.value.length) return false;
      [field.start, field.end] = [anchor + from, anchor + to];
      return true;
    },
    caretBox: () => null,
    // A box's left is the span's offset in the value, so a test can read what it frames.
    boxesOfRelative: (from, to) => [{ left: field.end + from, top: 0, width: to - from, height: 1 }],
  };
  /** The writer types: the selection is replaced and the caret follows. */
  const type = (text: string) => {
    field.value = field.value.slice(0, field.start) + text + field.value.slice(field.end);
    field.start = field.end = field.start + text.length;
    element.dispatchEvent(new Event('input'));
  };
  return { field, adapter, type, selected: () => field.value.slice(field.start, field.end) };
}

function setUp(before: string, passage: string, after = '') {
  const marks: (readonly PlaceholderMark[])[] = [];
  const view = { markPlaceholders: (m: readonly PlaceholderMark[]) => marks.push(m) } as unknown as PanelView;
  const fill = createPlaceholderNavigation(panelViewSlot(() => view));
  const editor = fakeField(before + passage + after);
  editor.field.start = editor.field.end = before.length + passage.length;
  fill.start(editor.adapter, passage);
  const key = (k: string, shiftKey = false) => fill.handleKey(editor.adapter, { key: k, shiftKey, altKey: false, ctrlKey: false, metaKey: false } as KeyboardEvent);
  return { fill, editor, marks, key };
}

describe('placeholder fill mode', () => {
  const passage = '市X局现有干部职工X人，其中党员X人。';

  it('marks every placeholder after inserting and selects none until Tab', () => {
    const { fill, editor, marks } = setUp('截至目前，', passage);
    expect(fill.waiting).toBe(true);
    expect(marks.at(-1)).toHaveLength(3);
    expect(editor.selected()).toBe('');
  });

  it('Tab selects each placeholder in turn, typing fills it, Shift+Tab goes back, Tab after the last ends without leaving the field', () => {
    const { fill, editor, key, marks } = setUp('截至目前，', passage, '下一段');
    expect(key('Tab')).toBe(true);
    expect(editor.selected()).toBe('X');
    // Typed key by key: fill mode sees each keydown before its character lands.
    expect(key('财')).toBe(false);
    editor.type('财');
    expect(key('政')).toBe(false);
    editor.type('政');
    // The marks follow the typing: the next placeholder's mark sits where its X now is.
    expect(marks.at(-1)?.map((m) => editor.field.value[m.left])).toEqual(['X', 'X']);
    expect(key('Tab')).toBe(true);
    expect(editor.field.value).toBe('截至目前，市财政局现有干部职工X人，其中党员X人。下一段');
    expect(editor.selected()).toBe('X');
    expect(editor.field.value.slice(0, editor.field.start)).toBe('截至目前，市财政局现有干部职工');
    editor.type('56');
    expect(key('Tab')).toBe(true);
    expect(editor.field.value.slice(editor.field.start)).toBe('X人。下一段');
    expect(marks.at(-1)?.filter((m) => m.active)).toHaveLength(1);
    // Back to the one before (filled ones are no longer placeholders: the first is left).
    expect(key('Tab', true)).toBe(true);
    expect(editor.selected()).toBe('X');
    expect(editor.field.value.slice(0, editor.field.start)).toBe('截至目前，市财政局现有干部职工56人，其中党员');
    expect(key('Tab')).toBe(true);
    expect(fill.waiting).toBe(false);
    expect(marks.at(-1)).toEqual([]);
    expect(editor.field.value).toBe('截至目前，市财政局现有干部职工56人，其中党员X人。下一段');
  });

  it('Enter with a placeholder selected ends fill mode and changes nothing', () => {
    const { fill, editor, key } = setUp('', passage);
    key('Tab');
    expect(key('Enter')).toBe(true);
    expect(fill.waiting).toBe(false);
    expect(editor.field.value).toBe(passage);
    expect(editor.selected()).toBe('');
  });

  it('Enter at the end of the passage is an ordinary Enter; moving the caret or typing elsewhere ends fill mode', () => {
    const first = setUp('', passage);
    expect(first.key('Enter')).toBe(false);
    expect(first.fill.waiting).toBe(false);
    const second = setUp('', passage);
    expect(second.key('ArrowLeft')).toBe(false);
    expect(second.fill.waiting).toBe(false);
    const third = setUp('', passage);
    third.editor.type('然后');
    expect(third.key('Tab')).toBe(false);
    expect(third.fill.waiting).toBe(false);
  });

  it('does nothing for a passage without placeholders', () => {
    const { fill, key } = setUp('', '坚持把政治建设摆在首位。');
    expect(fill.waiting).toBe(false);
    expect(key('Tab')).toBe(false);
  });
});
