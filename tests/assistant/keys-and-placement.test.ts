import { describe, expect, it } from 'vitest';
import { fillKeyFor, panelCommandFor } from '@/lib/assistant/keys';
import { firstPlaceholder } from '@/lib/assistant/placeholders';
import { hostOf, isSiteDisabled, withSiteDisabled } from '@/lib/settings/hosts';

function key(init: Partial<KeyboardEvent>): KeyboardEvent {
  return { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, key: '', code: '', ...init } as KeyboardEvent;
}

describe('panel keys', () => {
  it('maps Alt+1…5 by physical key, so macOS Option characters do not matter', () => {
    expect(panelCommandFor(key({ altKey: true, code: 'Digit3', key: '£' }))).toEqual({ type: 'insert', index: 2 });
    expect(panelCommandFor(key({ altKey: true, code: 'Digit6' }))).toBeNull();
  });

  it('takes Alt+↑/↓, Alt+Enter and Esc, and nothing with Ctrl, Meta or Shift', () => {
    expect(panelCommandFor(key({ altKey: true, key: 'ArrowDown' }))).toEqual({ type: 'move', delta: 1 });
    expect(panelCommandFor(key({ altKey: true, key: 'ArrowUp' }))).toEqual({ type: 'move', delta: -1 });
    expect(panelCommandFor(key({ altKey: true, key: 'Enter' }))).toEqual({ type: 'insert-active' });
    expect(panelCommandFor(key({ key: 'Escape' }))).toEqual({ type: 'hide' });
    expect(panelCommandFor(key({ key: 'Enter' }))).toBeNull();
    expect(panelCommandFor(key({ altKey: true, ctrlKey: true, code: 'Digit1' }))).toBeNull();
    expect(panelCommandFor(key({ altKey: true, shiftKey: true, key: 'ArrowDown' }))).toBeNull();
  });

  it('in fill mode, Tab and Shift+Tab move, Enter, Esc and caret keys end, typing stays typing', () => {
    expect(fillKeyFor(key({ key: 'Tab' }))).toBe('next');
    expect(fillKeyFor(key({ key: 'Tab', shiftKey: true }))).toBe('previous');
    expect(fillKeyFor(key({ key: 'Enter' }))).toBe('enter');
    expect(fillKeyFor(key({ key: 'ArrowLeft' }))).toBe('leave');
    expect(fillKeyFor(key({ key: 'Escape' }))).toBe('leave');
    expect(fillKeyFor(key({ key: 'a' }))).toBe(null);
    expect(fillKeyFor(key({ key: 'Tab', altKey: true }))).toBe(null);
  });
});

describe('placeholders', () => {
  it('finds X, ×, XX and X% but not Latin words', () => {
    expect(firstPlaceholder('发展党员X名')).toEqual({ start: 4, end: 5 });
    expect(firstPlaceholder('增长XX%以上')).toEqual({ start: 2, end: 5 });
    expect(firstPlaceholder('市×党支部')).toEqual({ start: 1, end: 2 });
    expect(firstPlaceholder('XML 文件')).toBeNull();
  });
});

describe('sites switched off', () => {
  it('matches hosts case-insensitively and adds each once', () => {
    const sites = withSiteDisabled(withSiteDisabled([], 'OA.example.gov.cn'), 'oa.example.gov.cn');
    expect(sites).toEqual(['oa.example.gov.cn']);
    expect(isSiteDisabled(sites, 'OA.example.gov.cn')).toBe(true);
    expect(isSiteDisabled(sites, 'example.gov.cn')).toBe(false);
    expect(isSiteDisabled(sites, '')).toBe(false);
  });

  it('takes a host from what the writer types on the options page', () => {
    expect(hostOf('https://OA.example.cn/path?q=1')).toBe('oa.example.cn');
    expect(hostOf('oa.example.cn')).toBe('oa.example.cn');
    expect(hostOf('not a host')).toBe('');
  });
});
