import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packColumns, unpackColumns } from '@/lib/match/columns';

const text = fc.string({ unit: fc.constantFrom('党', '建', '工', '作', '。', 'a', '/', '1'), maxLength: 12 });
const record = fc.record(
  {
    id: text,
    text,
    source: fc.integer({ min: -5, max: 500 }),
    aligned: fc.boolean(),
    trail: fc.array(text, { maxLength: 3 }),
    alsoIn: fc.array(fc.nat(9), { maxLength: 2 }),
    marker: text,
    next: fc.nat(),
  },
  { requiredKeys: ['id', 'text', 'source', 'aligned', 'trail', 'alsoIn'] },
);

describe('column packing (stored matcher units)', () => {
  it('gives back exactly the records it was given, through structured cloning', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (generated) => {
        const records = generated.map((r) => ({ ...r }));
        const back = unpackColumns(structuredClone(packColumns(records)));
        expect(back).toStrictEqual(records);
      }),
    );
  });

  it('stores a string that is part of a recent one, or shares its start with the last, only once', () => {
    const paragraph = '要认真学习贯彻党章。严格执行党内政治生活准则。';
    const rows = [
      { id: 'src:s1/body', text: `一、加强学习\n${paragraph}` },
      { id: 'src:s1/p0', text: paragraph },
      { id: 'src:s1/p0.0', text: '要认真学习贯彻党章。' },
      { id: 'src:s1/p0.1', text: '严格执行党内政治生活准则。' },
    ];
    const packed = packColumns(rows);
    const texts = packed.columns.text;
    const ids = packed.columns.id;
    if (texts?.type !== 'string' || ids?.type !== 'string') throw new Error('not string columns');
    expect(texts.text).toBe(rows[0]?.text);
    expect(ids.text).toBe('src:s1/bodyp0.01');
    expect(unpackColumns(packed)).toStrictEqual(rows);
  });

  it('refuses a field it could not give back, instead of storing it wrong', () => {
    expect(() => packColumns([{ id: 'a', where: { line: 1 } }])).toThrow(TypeError);
  });
});
