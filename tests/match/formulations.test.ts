import { describe, expect, it } from 'vitest';
import { parseSource } from '../../lib/corpus';
import { mineFormulations } from '../../lib/match/formulations';
import { seedMatcher, seedPrepared } from './helpers';

/** The rule a writer applies to 规范提法, checked on the seeds and on small speeches written here. */
describe('mining formulations (规范提法)', () => {
  const mined = new Set(seedPrepared().formulations.map((f) => f.text));

  it('keeps quoted terms that recur, are numbered or are parallel clauses, and recurring formula series', () => {
    for (const text of [
      '“两学一做”',
      '“三会一课”',
      '“四个意识”',
      '“主题党日”',
      '“不忘初心、牢记使命”',
      '“网格连心、组团服务”',
      '增强“四个意识”、坚定“四个自信”、做到“两个维护”',
      '围绕中心、建设队伍、服务群众',
    ]) {
      expect(mined, text).toContain(text);
    }
  });

  it('leaves out phrases that merely recur, scare quotes, lists and quoted names with placeholders', () => {
    for (const text of ['组织建设', '治党', '疫情发生以来', '习近平总书记指出', '以政治建设为统领', '突出政治引领', '在全国文明城市创建工作中', '“渗透”', '“走出去”', '“党组织、党员”', '“XX义工•红色情怀”', '督促检查“主题党日”“三会一课”“组织生活会”']) {
      expect(mined, text).not.toContain(text);
    }
  });

  it('needs an unquoted parallel formula to recur, and no quoted sentence is a term', () => {
    const source = (name: string, body: string) => parseSource(`在${name}会议上的讲话\n同志们：\n一、总体要求\n${body}\n`, `${name}.txt`);
    const once = mineFormulations([source('甲', '我们要围绕中心、建设队伍、服务群众。他说“我们要努力工作。”')]);
    expect(once.map((f) => f.text)).toEqual([]);
    const twice = mineFormulations([source('甲', '我们要围绕中心、建设队伍、服务群众。'), source('乙', '始终围绕中心、建设队伍、服务群众。')]);
    expect(twice.map((f) => [f.text, f.sources.length])).toEqual([['围绕中心、建设队伍、服务群众', 2]]);
  });

  it('labels a word that pinyin spells as a word, and only a mined formulation as a formulation', () => {
    const matcher = seedMatcher();
    const top = (context: string) => matcher.suggest(context)[0];
    expect(top('zhengzhijianshe')).toMatchObject({ text: '政治建设', kind: 'term' });
    expect(top('qmcyzd')).toMatchObject({ text: '全面从严治党', kind: 'term' });
    expect(top('增强sgys')).toMatchObject({ text: '“四个意识”', kind: 'formulation' });
    expect(top('lxyz')).toMatchObject({ text: '“两学一做”', kind: 'formulation' });
    // Switching formulations off switches the words off too: they are offered together.
    expect(matcher.suggest('zhengzhijianshe', { kinds: ['sentence'] }).some((s) => s.kind === 'term')).toBe(false);
  });
});
