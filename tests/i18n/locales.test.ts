import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every surface looks its strings up in `_locales`: both languages must hold every key, with the same `{n}` slots. */
const ROOT = join(__dirname, '../..');
type Messages = Record<string, { message: string }>;
const load = (locale: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
const zh = load('zh_CN');
const en = load('en');
const slots = (text: string) => [...new Set(text.match(/\{\d\}/g) ?? [])].sort();
/** CJK ideographs, CJK punctuation and fullwidth forms. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

describe('UI strings', () => {
  it('both languages have the same keys and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) expect(slots(en[key]?.message ?? ''), key).toEqual(slots(zh[key]?.message ?? ''));
  });

  it('every key the code names exists', () => {
    const code = [...sources('components'), ...sources('entrypoints')].join('\n');
    const named = new Set([...code.matchAll(/\bt\('([A-Za-z_]+)'/g)].map((match) => match[1] ?? ''));
    expect(named.size).toBeGreaterThan(100);
    expect([...named].filter((key) => !(key in zh))).toEqual([]);
  });

  it('the English messages hold no Chinese (examples from the library come in as arguments)', () => {
    const chinese = Object.entries(en).filter(([, { message }]) => CJK.test(message));
    expect(chinese).toEqual([]);
  });
});
