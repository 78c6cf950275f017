import { describe, expect, it } from 'vitest';
import { applySuggestion, createMatcher, type Suggestion } from '../../lib/match';
import { foldKey } from '../../lib/match/fold';
import { matcherFor, seedMatcher, seedPrepared } from './helpers';

const matcher = seedMatcher();
const texts = (suggestions: readonly Suggestion[]) => suggestions.map((s) => s.text);
const top = (context: string) => matcher.suggest(context)[0];
/** What the editor holds after accepting the top suggestion. */
const accepted = (context: string) => {
  const s = top(context);
  return s ? applySuggestion(context, s) : undefined;
};

describe('continuations', () => {
  it('appends what continues the typed words, keeping all of them', () => {
    const context = '同志们，我们要坚持把政治建设摆在';
    const [first] = matcher.suggest(context);
    expect(first?.mode).toBe('continue');
    expect(first?.reason).toBe('continue');
    expect(first?.text).toBe('首位。');
    expect(first?.replace).toEqual([context.length, context.length]);
    expect(first?.passage).toBe('坚持把政治建设摆在首位。');
    expect(first?.kind).toBe('heading');
    expect(first?.highlights).toEqual([[0, 9]]);
    expect(first?.trail).toEqual(['以政治建设为统领，筑牢思想根基']);
    expect(first?.sourceTitle).toBe('在机关党建工作交流会上的发言');
    // The heading with its body comes right after the heading.
    expect(matcher.suggest(context)[1]?.text.startsWith('首位。引导党员干部')).toBe(true);
  });

  it('after a finished heading or sentence suggests what follows it, appended', () => {
    const heading = '以政治建设为统领，筑牢思想根基';
    const s = top(heading);
    expect(s?.mode).toBe('continue');
    expect(s?.text.startsWith('\n（一）坚持把政治建设摆在首位。')).toBe(true);
    const sentence = '我们要加强作风建设，建设风清气正的政治机关';
    expect(top(sentence)?.text.startsWith('。要扎实做好党风廉政建设宣传教育各项活动')).toBe(true);
    expect(top(sentence)?.replace).toEqual([sentence.length, sentence.length]);
  });

  it('scores in (0, 1], best first, and honours the limit', () => {
    const all = matcher.suggest('不忘初心牢记使命', { limit: 10 });
    expect(all.length).toBeGreaterThan(5);
    for (const s of all) expect(s.score > 0 && s.score <= 1).toBe(true);
    expect(all.map((s) => s.score)).toEqual([...all.map((s) => s.score)].sort((a, b) => b - a));
    expect(matcher.suggest('不忘初心牢记使命', { limit: 2 })).toHaveLength(2);
  });

  it('highlights the characters of the passage that matched', () => {
    const s = top('全面提升党员干部的素质');
    const marked = (s?.highlights ?? []).map(([a, b]) => s?.passage.slice(a, b)).join('');
    expect(marked).toBe('全面提升党员干部素质');
  });
});

describe('the writer’s words are kept', () => {
  it('keeps the writer’s numbers and names where the corpus has placeholders', () => {
    expect(accepted('去年我们表彰宣传了15个“红旗')).toBe('去年我们表彰宣传了15个“红旗党支部”。');
    expect(accepted('截至目前，全局共有党员48人，占全体人数的')).toBe('截至目前，全局共有党员48人，占全体人数的X%。');
    expect(accepted('市统计局现有干部职工56人，其中党员41人')).toMatch(/^市统计局现有干部职工56人，其中党员41人/);
  });

  it('never cuts a word or re-inserts the clause before the caret', () => {
    expect(accepted('今年市直机关210余名党员干部下沉社区一线，')).toBe('今年市直机关210余名党员干部下沉社区一线，涌现一大批先进典型，党旗高高飘扬在抗击疫情的最前线。');
    const law = '各支部要认真学习贯彻《中国共产党支部工作条例（试行）》';
    expect(accepted(law)).toBe(`${law}规范支部工作，深入开展“学条例、用条例、守条例”活动，做到学深、学透、学全面。`);
  });

  it('offers the corpus wording of the current clause as a replace, below the continuation, never touching earlier clauses', () => {
    const context = '在全市文明城市创建工作中，我局积极响应';
    const [first, ...rest] = matcher.suggest(context);
    expect(first?.mode).toBe('continue');
    expect(first?.text).toBe('、主动作为，联系帮扶主城区X个社区X个网格。');
    const near = rest.find((s) => s.mode === 'replace');
    expect(near?.reason).toBe('near');
    expect(near?.replace).toEqual([context.indexOf('我局'), context.length]);
    expect(near && applySuggestion(context, near)).toBe('在全市文明城市创建工作中，市直机关积极响应、主动作为，联系帮扶主城区X个社区X个网格。');
  });

  it('corrects same-sound IME errors in the matched clause and says so', () => {
    const context = '不断提升组织生活的吸引力和时效性';
    const s = top(context);
    expect(s?.reason).toBe('homophone');
    expect(s?.corrections).toEqual([{ at: 12, from: '和时', to: '和实' }]);
    expect(s && applySuggestion(context, s)).toBe('不断提升组织生活的吸引力和实效性，增强基层党组织生机活力。');
    expect(accepted('党员干部作风问题，说到底是党姓问题')).toContain('说到底是党性问题');
    expect(accepted('表彰宣传12个红旗党支布')).toBe('表彰宣传12个红旗党支部。');
  });
});

describe('tolerance', () => {
  it('finds the passage at the end of a long sentence whose earlier clauses are the writer’s own', () => {
    // A placeholder in the passage must not swallow the whole lead-in as "filler" and outscore the true match.
    expect(accepted('今年以来，在上级党组织的正确领导下，我们坚持围绕中心、服务大局，坚持靠制度规范、以教育引')).toContain('坚持靠制度规范、以教育引导');
    // A number opening the passage stands for the writer's number, not for the clause before it.
    expect(accepted('会议强调，2020年是决胜全')).toContain('会议强调，2020年是决胜全面建成小康社会');
  });

  it('finds keywords in any order with text between them, replacing them', () => {
    const s = top('党费 足额收缴');
    expect(s?.mode).toBe('replace');
    expect(s?.reason).toBe('keywords');
    expect(s?.text).toContain('党费已足额收缴');
    expect(accepted('疫情防控 党员自愿捐款')).toContain('自愿捐款');
  });

  it('accepts pinyin initials and full pinyin, replacing only the letters', () => {
    const context = '增强sgys';
    const s = matcher.suggest(context)[0];
    expect(s?.reason).toBe('pinyin');
    expect(s?.replace).toEqual([2, context.length]);
    expect(s && applySuggestion(context, s)).toBe('增强“四个意识”');
    // The writer's 增强 is not doubled by a passage that starts with it.
    for (const suggestion of matcher.suggest(context)) expect(applySuggestion(context, suggestion)).not.toMatch(/^增强增强/);
    expect(accepted('bwcxljsm')).toContain('不忘初心、牢记使命');
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
    expect(s?.text).toBe('“四个自信”、做到“两个维护”');
    expect(s?.passage).toBe('增强“四个意识”、坚定“四个自信”、做到“两个维护”');
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
    // The shared sentence's continuation (`规范化建设。`) shows once, whichever source or kind brings it.
    expect(texts(found).filter((t) => foldKey(t) === foldKey('规范化建设'))).toHaveLength(1);
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
    expect(paragraphs[0]?.text.startsWith('学习')).toBe(true);
    expect(paragraphs.every((s) => s.kind === 'paragraph')).toBe(true);
    const sections = matcher.suggest('坚持把政治建设摆在', { kinds: ['section'] });
    expect(sections[0]?.text.startsWith('首位。引导')).toBe(true);
    expect(matcher.suggest('坚持把政治建设摆在', { kinds: ['heading'] }).every((s) => s.kind === 'heading')).toBe(true);
    // The highlight moves with the sentence into its paragraph.
    const p = paragraphs[0];
    const [a, b] = p?.highlights[0] ?? [0, 0];
    expect(p?.passage.slice(a, b)).toBe('实行线上线下一体化');
  });
});

describe('prepared data', () => {
  it('is plain JSON: a matcher from its round trip answers the same, with the same stable ids', () => {
    const copy = createMatcher(JSON.parse(JSON.stringify(seedPrepared())));
    for (const context of ['坚持把政治建设摆在', 'sgys', '党费 足额收缴']) expect(copy.suggest(context)).toEqual(matcher.suggest(context));
  });
});
