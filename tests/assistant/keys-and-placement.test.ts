import { describe, expect, it } from 'vitest';
import { placePanel } from '@/components/panel/position';
import { isPlaceholderJump, panelCommandFor } from '@/lib/assistant/keys';
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

  it('jumps placeholders with a plain Tab only', () => {
    expect(isPlaceholderJump(key({ key: 'Tab' }))).toBe(true);
    expect(isPlaceholderJump(key({ key: 'Tab', shiftKey: true }))).toBe(false);
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

describe('panel placement', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 400, height: 300 };

  it('sits below the caret line, never over it', () => {
    expect(placePanel({ left: 100, top: 200, bottom: 220 }, size, viewport)).toEqual({ left: 100, top: 226 });
  });

  it('goes above the line when there is no room below, and stays inside the viewport', () => {
    const placement = placePanel({ left: 900, top: 700, bottom: 720 }, size, viewport);
    expect(placement.top + size.height).toBeLessThanOrEqual(700);
    expect(placement.left + size.width).toBeLessThanOrEqual(viewport.width);
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
