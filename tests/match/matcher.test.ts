import { describe, expect, it } from 'vitest';
import { createMatcher, type Suggestion } from '../../lib/match';
import { matcherFor, seedMatcher, seedPrepared } from './helpers';

const matcher = seedMatcher();
const texts = (suggestions: readonly Suggestion[]) => suggestions.map((s) => s.text);
const top = (context: string) => matcher.suggest(context)[0];

describe('continuations', () => {
  it('shows the passage that continues what was typed first, replacing from where the match starts', () => {
    const context = '同志们，我们要坚持把政治建设摆在';
    const [first] = matcher.suggest(context);
    expect(first?.text).toBe('坚持把政治建设摆在首位。');
    expect(first?.kind).toBe('heading');
    expect(first?.replace).toEqual([context.indexOf('坚持'), context.length]);
    expect(first?.highlights).toEqual([[0, 9]]);
    expect(first?.trail).toEqual(['以政治建设为统领，筑牢思想根基']);
    expect(first?.sourceTitle).toBe('在机关党建工作交流会上的发言');
    // The heading with its body comes right after the heading.
    expect(matcher.suggest(context)[1]?.text.startsWith('坚持把政治建设摆在首位。引导党员干部')).toBe(true);
  });

  it('scores in (0, 1], best first, and honours the limit', () => {
    const all = matcher.suggest('不忘初心牢记使命', { limit: 10 });
    expect(all.length).toBeGreaterThan(5);
    for (const s of all) expect(s.score > 0 && s.score <= 1).toBe(true);
    expect(all.map((s) => s.score)).toEqual([...all.map((s) => s.score)].sort((a, b) => b - a));
    expect(matcher.suggest('不忘初心牢记使命', { limit: 2 })).toHaveLength(2);
  });

  it('highlights the characters that matched', () => {
    const s = top('全面提升党员干部的素质');
    expect(s?.text).toContain('全面提升党员干部素质');
    const marked = (s?.highlights ?? []).map(([a, b]) => s?.text.slice(a, b)).join('');
    expect(marked).toBe('全面提升党员干部素质');
  });
});

describe('tolerance', () => {
  it('forgives IME homophones and a wrong character', () => {
    expect(top('不断提升组织生活的吸引力和时效性')?.text).toContain('实效性');
    expect(top('党员干部作风问题，说到底是党姓问题')?.text).toContain('党性问题');
    expect(top('坚持用《中国共产党支部工作条列（试行）》')?.text).toContain('条例（试行）》规范支部工作');
  });

  it('finds the passage at the end of a long sentence whose earlier clauses are the writer’s own', () => {
    // A placeholder in the passage must not swallow the whole lead-in as "filler" and outscore the true match.
    expect(top('今年以来，在上级党组织的正确领导下，我们坚持围绕中心、服务大局，坚持靠制度规范、以教育引')?.text).toContain('坚持靠制度规范、以教育引导');
    // A number opening the passage stands for the writer's number, not for the clause before it.
    expect(texts(matcher.suggest('会议强调，2020年是决胜全'))[0]).toContain('2020年是决胜全面建成小康社会');
  });

  it('matches the writer’s names and numbers against X placeholders', () => {
    const s = top('市统计局现有干部职工56人，其中党员41人');
    expect(s?.text).toContain('现有干部职工X人，其中党员X人');
    expect(top('表彰宣传12个红旗党支布')?.text).toContain('表彰宣传X个“红旗党支部”');
  });

  it('finds keywords in any order with text between them', () => {
    expect(top('党费 足额收缴')?.text).toContain('党费已足额收缴');
    expect(top('疫情防控 党员自愿捐款')?.text).toContain('自愿捐款');
  });

  it('accepts pinyin initials and full pinyin, replacing the letters', () => {
    const context = '增强sgys';
    const s = matcher.suggest(context)[0];
    expect(s?.text).toContain('四个意识');
    expect(s?.replace).toEqual([2, context.length]);
    expect(top('bwcxljsm')?.text).toContain('不忘初心、牢记使命');
    expect(top('zhengzhijianshe')?.text).toBe('政治建设');
  });

  it('finds set phrases that the word segmenter cuts into single characters', () => {
    expect(top('qmcyzd')?.text).toBe('全面从严治党');
    expect(top('dangfenglianzhengjianshe')?.text).toBe('党风廉政建设');
  });

  it('accepts three initials of a three-character term, spaced syllables, long full pinyin and a syllable still being typed', () => {
    expect(top('dzb')?.text).toBe('党支部');
    expect(top('zhuti dangri')?.text).toContain('主题党日');
    expect(top('dangjiangongzuozhongdian')?.text).toContain('党建工作重点');
    expect(top('shizhijigu')?.text).toContain('市直机关');
  });
});

describe('silence', () => {
  it('suggests nothing for unrelated text, English or too little', () => {
    for (const context of ['今天中午我们去食堂吃饭吧', '这款手机的电池续航时间很长', '股票市场今天大幅上涨', '周末我们一起去爬山吧', 'hello world', 'machine learning model', 'sad', 'ppt', '高铁票已经买好了，下午三点出发', '祝大家工作顺利，身体健康', '我们的工作', '党建', 'xiexie', '']) {
      expect(matcher.suggest(context), context).toEqual([]);
    }
  });
});

describe('formulations', () => {
  it('mines recurring formulations and suggests them', () => {
    const mined = seedPrepared().formulations.map((f) => f.text);
    expect(mined).toContain('增强“四个意识”、坚定“四个自信”、做到“两个维护”');
    expect(mined).toContain('“三会一课”');
    const s = matcher.suggest('增强“四个意识”、坚定', { kinds: ['formulation'] })[0];
    expect(s?.text).toBe('增强“四个意识”、坚定“四个自信”、做到“两个维护”');
    expect(s?.kind).toBe('formulation');
  });
});

describe('filters and de-duplication', () => {
  const shared = '要坚持问题导向，扎实推进基层党组织标准化规范化建设。';
  const { matcher: two } = matcherFor({
    'alpha.txt': `在甲单位会议上的讲话\n同志们：\n一、加强组织建设\n${shared}深化模范机关创建活动。\n`,
    'beta.txt': `在乙单位会议上的讲话\n同志们：\n一、推进支部建设\n${shared}全面落实组织生活制度。\n`,
  });

  it('shows a passage found in two sources once', () => {
    const found = two.suggest('扎实推进基层党组织标准化', { limit: 10 });
    expect(texts(found).filter((t) => t === shared)).toHaveLength(1);
    expect(found.filter((s) => s.kind === 'paragraph')).toHaveLength(2);
  });

  it('keeps to the enabled sources', () => {
    const found = two.suggest('扎实推进基层党组织标准化', { limit: 10, sources: ['beta'] });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s.source === 'beta')).toBe(true);
    expect(two.suggest('扎实推进基层党组织标准化', { sources: [] })).toEqual([]);
  });

  it('keeps to the enabled kinds, reaching paragraphs and sections through their sentences and headings', () => {
    const paragraphs = matcher.suggest('实行线上线下一体化', { kinds: ['paragraph'] });
    expect(paragraphs[0]?.text).toContain('实行线上线下一体化学习');
    expect(paragraphs.every((s) => s.kind === 'paragraph')).toBe(true);
    const sections = matcher.suggest('坚持把政治建设摆在', { kinds: ['section'] });
    expect(sections[0]?.text.startsWith('坚持把政治建设摆在首位。引导')).toBe(true);
    expect(matcher.suggest('坚持把政治建设摆在', { kinds: ['heading'] }).every((s) => s.kind === 'heading')).toBe(true);
    // The highlight moves with the sentence into its paragraph.
    const p = paragraphs[0];
    const [a, b] = p?.highlights[0] ?? [0, 0];
    expect(p?.text.slice(a, b)).toBe('实行线上线下一体化');
  });
});

describe('prepared data', () => {
  it('is plain JSON: a matcher from its round trip answers the same, with the same stable ids', () => {
    const copy = createMatcher(JSON.parse(JSON.stringify(seedPrepared())));
    for (const context of ['坚持把政治建设摆在', 'sgys', '党费 足额收缴']) expect(copy.suggest(context)).toEqual(matcher.suggest(context));
  });
});
