import { describe, expect, it } from 'vitest';
import type { LibraryItem } from '@/lib/messages';
import { choiceAt, INITIAL_STATE, shortPart, paletteKey, reducePalette, scopeOf, type KeyLike, type PaletteAction, type PaletteState } from '@/lib/palette/state';

const item = (id: string, patch: Partial<LibraryItem> = {}): LibraryItem => ({
  id,
  kind: 'heading',
  label: id,
  text: id,
  source: 's1',
  sourceTitle: '讲话一',
  trail: [],
  highlights: [],
  favourite: false,
  ...patch,
});

const run = (...actions: PaletteAction[]) => actions.reduce(reducePalette, INITIAL_STATE);
const withItems = (items: LibraryItem[], state: PaletteState = INITIAL_STATE) => reducePalette(state, { type: 'results', request: state.request, items });
const key = (k: string, patch: Partial<KeyLike> = {}): KeyLike => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, isComposing: false, keyCode: 0, ...patch });

describe('palette state', () => {
  it('selects the first result and moves with wrap-around', () => {
    let state = withItems([item('a'), item('b'), item('c')]);
    expect(state.active).toBe(0);
    state = reducePalette(state, { type: 'move', delta: 1 });
    expect(state.active).toBe(1);
    state = reducePalette(state, { type: 'move', delta: -2 });
    expect(state.active).toBe(2);
    state = reducePalette(state, { type: 'move', delta: 1 });
    expect(state.active).toBe(0);
    expect(reducePalette(withItems([]), { type: 'move', delta: 1 }).active).toBe(-1);
  });

  it('drops answers to outdated requests', () => {
    const typed = run({ type: 'query', query: 'zz' }, { type: 'query', query: 'zzjs' });
    const stale = reducePalette(typed, { type: 'results', request: typed.request - 1, items: [item('old')] });
    expect(stale.items).toEqual([]);
    const fresh = reducePalette(typed, { type: 'results', request: typed.request, items: [item('new')] });
    expect(fresh.items.map((i) => i.id)).toEqual(['new']);
  });

  it('keeps the list while a new query is on its way, so it does not flicker', () => {
    const state = withItems([item('a')]);
    const typed = reducePalette(state, { type: 'query', query: '政治' });
    expect(typed.items).toHaveLength(1);
    expect(typed.request).toBe(state.request + 1);
    expect(reducePalette(typed, { type: 'query', query: '政治' })).toBe(typed);
  });

  it('browses by source, then by outline, and back', () => {
    let state = run({ type: 'tab', tab: 'sources' });
    expect(scopeOf(state)).toEqual({ type: 'sources' });
    state = withItems([item('source:s1', { kind: 'source', label: '讲话一', text: '' })], state);
    const choice = choiceAt(state);
    expect(choice).toEqual({ type: 'open', id: 's1', title: '讲话一' });
    state = reducePalette(state, { type: 'open-source', id: 's1', title: '讲话一' });
    expect(scopeOf(state)).toEqual({ type: 'source', source: 's1' });
    expect(state.items).toEqual([]);
    expect(paletteKey(key('Backspace'), state)).toEqual({ type: 'back' });
    state = reducePalette(state, { type: 'back' });
    expect(state.source).toBeNull();
    expect(scopeOf(state)).toEqual({ type: 'sources' });
    // Typing in the list of sources searches the whole library.
    expect(scopeOf({ ...state, query: '政治' })).toEqual({ type: 'all' });
  });

  it('cycles through the views with Tab and Shift+Tab', () => {
    expect(paletteKey(key('Tab'), INITIAL_STATE)).toEqual({ type: 'cycle', delta: 1 });
    expect(paletteKey(key('Tab', { shiftKey: true }), INITIAL_STATE)).toEqual({ type: 'cycle', delta: -1 });
    const tabs = [1, 2, 3, 4].map((n) => run(...Array.from({ length: n }, () => ({ type: 'cycle', delta: 1 }) as const)).tab);
    expect(tabs).toEqual(['sources', 'formulations', 'favourites', 'all']);
    expect(run({ type: 'cycle', delta: -1 }).tab).toBe('favourites');
    expect(scopeOf(run({ type: 'tab', tab: 'formulations' }))).toEqual({ type: 'formulations' });
    expect(scopeOf(run({ type: 'tab', tab: 'favourites' }))).toEqual({ type: 'favourites' });
  });

  it('chooses the selected row: a passage inserts, Shift+Enter takes the heading alone', () => {
    const section = item('sec', { kind: 'heading', label: '坚持把政治建设摆在首位', text: '坚持把政治建设摆在首位。引导党员干部……', short: '坚持把政治建设摆在首位' });
    const state = withItems([section]);
    expect(choiceAt(state)).toMatchObject({ type: 'insert', text: section.text });
    expect(shortPart(section)).toBe('坚持把政治建设摆在首位');
    expect(paletteKey(key('Enter'), state)).toEqual({ type: 'choose', short: false });
    expect(paletteKey(key('Enter', { shiftKey: true }), state)).toEqual({ type: 'choose', short: true });
    expect(choiceAt(withItems([]))).toBeNull();
  });

  it('leaves keys of an IME composition alone (Enter picks a candidate there)', () => {
    expect(paletteKey(key('Enter', { isComposing: true }), INITIAL_STATE)).toBeNull();
    expect(paletteKey(key('Process', { keyCode: 229 }), INITIAL_STATE)).toBeNull();
    expect(paletteKey(key('ArrowDown', { keyCode: 229 }), INITIAL_STATE)).toBeNull();
  });

  it('maps the other keys: arrows, Esc, Ctrl+D; typing stays in the box', () => {
    expect(paletteKey(key('ArrowDown'), INITIAL_STATE)).toEqual({ type: 'move', delta: 1 });
    expect(paletteKey(key('ArrowUp'), INITIAL_STATE)).toEqual({ type: 'move', delta: -1 });
    expect(paletteKey(key('Escape'), INITIAL_STATE)).toEqual({ type: 'close' });
    expect(paletteKey(key('d', { ctrlKey: true }), INITIAL_STATE)).toEqual({ type: 'favourite' });
    expect(paletteKey(key('d', { metaKey: true }), INITIAL_STATE)).toEqual({ type: 'favourite' });
    expect(paletteKey(key('d'), INITIAL_STATE)).toBeNull();
    expect(paletteKey(key('Backspace'), INITIAL_STATE)).toBeNull();
    expect(paletteKey(key('ArrowLeft'), INITIAL_STATE)).toBeNull();
    expect(paletteKey(key('ArrowDown', { altKey: true }), INITIAL_STATE)).toBeNull();
  });
});
