import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GongwenRequest } from '@/lib/messages';
import { authorize, callerOf, PAGE_LIMITS, RequestBudget, ShownTexts, type Caller } from '@/lib/sender-policy';

const self = { id: 'ext', origin: 'chrome-extension://ext' };
const page: Caller = { kind: 'page', tabId: 3, frameId: 0, site: 'oa.example.cn' };
const nothingShown = () => false;

describe('who sent a message', () => {
  it('tells our own pages from content scripts, and refuses everyone else', () => {
    expect(callerOf({ id: 'ext', url: 'chrome-extension://ext/popup.html', origin: 'chrome-extension://ext' }, self)).toEqual({ kind: 'extension' });
    expect(callerOf({ id: 'ext', url: 'https://OA.example.cn/form', origin: 'https://oa.example.cn', tab: { id: 3 }, frameId: 2 }, self)).toEqual({
      kind: 'page',
      tabId: 3,
      frameId: 2,
      site: 'oa.example.cn',
    });
    expect(callerOf({ id: 'other', url: 'chrome-extension://other/x.html' }, self)).toBeNull();
    expect(callerOf({ id: 'ext', url: 'https://a.cn/' }, self)).toBeNull();
  });

  it('takes the site of an about:blank frame from the origin it inherited, never from the message', () => {
    const caller = callerOf({ id: 'ext', url: 'about:blank', origin: 'http://127.0.0.1:8080', tab: { id: 1 } }, self);
    expect(caller).toMatchObject({ kind: 'page', site: '127.0.0.1' });
  });

  it('does not take a page that merely names our origin in its URL for one of ours', () => {
    expect(callerOf({ id: 'ext', url: 'https://evil.cn/?chrome-extension://ext', origin: 'https://evil.cn', tab: { id: 1 } }, self)).toMatchObject({ kind: 'page' });
  });
});

describe('what a content script may ask', () => {
  it('gets limits clamped to what a writer sees at once (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (limit) => {
        const suggest = authorize({ type: 'gongwen/suggest', context: '坚持', limit }, page, nothingShown);
        const library = authorize({ type: 'gongwen/library', query: 'a', scope: { type: 'all' }, limit }, page, nothingShown);
        const s = suggest?.type === 'gongwen/suggest' ? suggest.limit : -1;
        const l = library?.type === 'gongwen/library' ? library.limit : -1;
        return s >= 1 && s <= PAGE_LIMITS.suggestions && l >= 1 && l <= PAGE_LIMITS.libraryItems;
      }),
    );
  });

  it('may pin only a passage it was shown, and never ask for the editor tab', () => {
    const favourite: GongwenRequest = { type: 'gongwen/favourite', item: { text: 'x'.repeat(16_000) } };
    expect(authorize(favourite, page, nothingShown)).toBeNull();
    expect(authorize(favourite, page, () => true)).toEqual(favourite);
    expect(authorize({ type: 'gongwen/editor-tab' }, page, nothingShown)).toBeNull();
    expect(authorize({ type: 'gongwen/editor-tab' }, { kind: 'extension' }, nothingShown)).toEqual({ type: 'gongwen/editor-tab' });
  });

  it('cannot switch a site without one', () => {
    expect(authorize({ type: 'gongwen/set-site', enabled: false }, { ...page, site: '' }, nothingShown)).toBeNull();
    expect(authorize({ type: 'gongwen/set-site', enabled: false }, page, nothingShown)).not.toBeNull();
  });
});

describe('bounds', () => {
  it('a frame that asks too fast is refused until its budget refills', () => {
    const budget = new RequestBudget(5, 10);
    const granted = Array.from({ length: 8 }, () => budget.take('3:0', 1000)).filter(Boolean).length;
    expect(granted).toBe(5);
    expect(budget.take('3:1', 1000)).toBe(true);
    expect(budget.take('3:0', 1200)).toBe(true);
  });

  it('remembers at most so many shown passages per tab, newest kept', () => {
    const shown = new ShownTexts(3);
    shown.add(1, ['a', 'b', 'c', 'd']);
    expect(shown.has(1, 'a')).toBe(false);
    expect(shown.has(1, 'd')).toBe(true);
    expect(shown.has(2, 'd')).toBe(false);
  });
});
