import { describe, expect, it } from 'vitest';
import { CorpusError, decodeUtf8, parseSource, type Section, splitSentences, walkSections } from '@/lib/corpus';
import { chineseNumeral, headingMarker, itemMarker } from '@/lib/corpus/markers';

const parse = (text: string) => parseSource(text, 'test.txt');
const outline = (sections: readonly Section[]): string[] =>
  [...walkSections(sections)].map((s) => `${'  '.repeat(s.level - 1)}${s.role}:${s.number ?? ''}${s.heading}`);

function parseError(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected a CorpusError');
}

describe('heading levels', () => {
  it('ranks 一、 above （一） above 1. above （1）', () => {
    const source = parse(['标题', '一、甲', '（一）乙', '1.丙', '（1）丁。正文', '2、戊', '二、己'].join('\n'));
    expect(outline(source.sections)).toEqual([
      'heading:一、甲',
      '  heading:（一）乙',
      '    heading:1.丙',
      '      heading:（1）丁',
      '    heading:2、戊',
      'heading:二、己',
    ]);
  });

  it('does not take a year, a decimal or a bare numeral for a heading', () => {
    expect(headingMarker('2019年，在市委的坚强领导下')).toBeUndefined();
    expect(headingMarker('1.5万名党员参加')).toBeUndefined();
    expect(headingMarker('一、')).toBeUndefined();
    expect(headingMarker('一、2019年主要工作')?.rest).toBe('2019年主要工作');
    expect(headingMarker('(二)半角括号')?.level).toBe(2);
  });

  it('reads Chinese numerals up to the twenties', () => {
    expect([chineseNumeral('一'), chineseNumeral('十'), chineseNumeral('十二'), chineseNumeral('二十三'), chineseNumeral('一一')]).toEqual([1, 10, 12, 23, NaN]);
  });
});

describe('heading lines that carry their body', () => {
  it('splits at the first full stop, not inside the heading', () => {
    const [section] = parse('标题\n（一）坚持把政治建设摆在首位。引导党员干部作表率。确保落实。').sections;
    expect(section?.heading).toBe('坚持把政治建设摆在首位');
    expect(section?.headingEnd).toBe('。');
    expect(section?.paragraphs).toEqual(['引导党员干部作表率。确保落实。']);
  });

  it('keeps a heading that ends with a full stop and has no body', () => {
    const [section] = parse('标题\n一、要不负重托，在牢记初心使命上践行新作为。').sections;
    expect(section?.heading).toBe('要不负重托，在牢记初心使命上践行新作为');
    expect(section?.paragraphs).toEqual([]);
  });
});

describe('enumerations', () => {
  it('needs at least two items in order before it splits a paragraph', () => {
    const single = parse('标题\n一、甲\n我们统一是关键。一是只有一项。');
    expect(single.sections[0]?.children).toEqual([]);
    const twice = parse('标题\n一、甲\n引言。一是学习。学好。二是实践。做好。');
    expect(outline(twice.sections)).toEqual(['heading:一、甲', '  item:一是学习', '  item:二是实践']);
    expect(twice.sections[0]?.paragraphs).toEqual(['引言。']);
    expect(twice.sections[0]?.children[1]?.paragraphs).toEqual(['做好。']);
  });

  it('ignores a marker in the middle of a sentence', () => {
    const source = parse('标题\n一、甲\n工作中首先，要看到一是关键，二是方法。');
    expect(source.sections[0]?.children).toEqual([]);
  });

  it('collects paragraph-level 首先/其次/最后 with the plain paragraphs between them', () => {
    const source = parse(['标题', '一、甲', '首先，要学习。多学。', '补充说明。', '其次，要实践。', '最后，要总结。', '结束语。'].join('\n'));
    expect(outline(source.sections)).toEqual(['heading:一、甲', '  item:首先，要学习', '  item:其次，要实践', '  item:最后，要总结', '  continuation:']);
    expect(source.sections[0]?.children[0]?.paragraphs).toEqual(['多学。', '补充说明。']);
  });

  it('recognises 第一，第二， lists and a lone 首先 as plain prose', () => {
    expect(itemMarker('第二，要实践')?.value).toBe(2);
    const lone = parse('标题\n首先，感谢大家。\n今天开会。');
    expect(lone.sections[0]?.role).toBe('opening');
    expect(lone.sections[0]?.children).toEqual([]);
  });
});

describe('sentences', () => {
  it('keeps every character and closing quotes with their sentence', () => {
    const text = '习近平总书记指出：“要牵住‘牛鼻子’。”当前，要深化。好吗？!最后一句没有句号';
    const sentences = splitSentences(text);
    expect(sentences.join('')).toBe(text);
    expect(sentences).toEqual(['习近平总书记指出：“要牵住‘牛鼻子’。”', '当前，要深化。', '好吗？!', '最后一句没有句号']);
  });
});

describe('file handling', () => {
  it('handles CRLF line ends and a BOM', () => {
    const source = parse('\uFEFF标题\r\n同志们：\r\n一、甲\r\n正文。\r\n');
    expect(source.title).toBe('标题');
    expect(source.salutation).toBe('同志们：');
    expect(source.sections[0]?.paragraphs).toEqual(['正文。']);
    expect(source.sections[0]?.paragraphLines).toEqual([4]);
  });

  it('uses the file name as the title when the first line is already text', () => {
    const source = parseSource('一、甲\n正文。', 'reports/我的报告.txt');
    expect(source.title).toBe('我的报告');
    expect(source.id).toMatch(/^src-[0-9a-z]+$/);
    expect(parseSource('一、甲', 'other/我的报告.txt').id).toBe(source.id);
  });

  it('parses 10,000 lines without quadratic blow-up, with or without headings', () => {
    const withHeadings = ['长文'];
    const without = ['长文'];
    for (let i = 0; i < 10_000; i++) {
      withHeadings.push(i % 50 === 0 ? `（${'一二三四五六七八九'[i % 9]}）小标题${i}。正文${i}。` : `第${i}段。一是学习${i}。二是实践${i}。`);
      without.push(i % 3 === 0 ? `一是学习${i}。` : `正文${i}，没有标题。`);
    }
    const started = performance.now();
    const source = parse(withHeadings.join('\n'));
    const flat = parse(without.join('\n'));
    const elapsed = performance.now() - started;
    expect([...walkSections(source.sections)].length).toBeGreaterThan(10_000);
    expect(flat.sections[0]?.paragraphs.length).toBe(10_000);
    // Not a speed target (npm run bench measures speed): it takes tens of milliseconds, and a bound this
    // generous only catches quadratic behaviour, whatever else a busy two-core machine is doing.
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('bad input', () => {
  it('refuses an empty file', () => {
    const error = parseError(() => parse(''));
    expect(error.message).toBe('test.txt:1: the file is empty');
  });

  it('refuses a file of white space', () => {
    expect(parseError(() => parse(' \n\u3000\n')).reason).toMatch(/no text/);
  });

  it('refuses a file with nothing after the advert', () => {
    const error = parseError(() => parse('仅供学习 禁止外传\n酷乐文行\n会员群：   免费QQ群：\n\n'));
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/no text after the advert/);
  });

  it('refuses bytes that are not UTF-8 and names the line', () => {
    const gbk = Uint8Array.from([...new TextEncoder().encode('标题\n第二行\n'), 0xd5, 0xfe, 0xd6, 0xce]);
    const error = parseError(() => decodeUtf8(gbk, 'gbk.txt'));
    expect(error.file).toBe('gbk.txt');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^gbk\.txt:3: bytes are not UTF-8/);
  });

  it('accepts UTF-8 with a BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('标题\n正文。')]);
    expect(parse(decodeUtf8(bytes, 'bom.txt')).title).toBe('标题');
  });
});
