import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Section, type Source, sectionText, splitSentences, walkSections } from '@/lib/corpus';
import { advertLineCount } from '@/lib/corpus/advert';
import { loadSourcesFromDir } from '@/scripts/seeds';

const SEEDS = join(__dirname, '../../seeds');
const sources = loadSourcesFromDir(SEEDS);

function byTitle(title: string): Source {
  const source = sources.find((s) => s.title === title);
  if (!source) throw new Error(`no source titled ${title}`);
  return source;
}

function sectionByHeading(heading: string): Section {
  for (const source of sources) {
    for (const section of walkSections(source.sections)) if (section.heading === heading) return section;
  }
  throw new Error(`no section headed ${heading}`);
}

const headings = (sections: readonly Section[]) => sections.map((s) => s.heading);

/** The body of a seed file: what follows the advert, without white space. */
function bodyOf(file: string): string {
  const lines = readFileSync(join(SEEDS, file), 'utf8').split(/\r?\n/);
  return lines.slice(advertLineCount(lines)).join('').replace(/[\s\u3000]+/g, '');
}

describe('the five seeds', () => {
  it('parses every seed with its title and a stable id from its file name', () => {
    expect(sources.map((s) => s.title)).toEqual([
      '在机关党建工作交流会上的发言',
      '在2020年全市机关党建工作会议上的报告',
      '在X系统党建工作座谈会上的讲话',
      '在市直机关工委庆“七·一”表彰大会上的讲话',
      '在机关党员大会上的讲话',
    ]);
    expect(sources.map((s) => s.id)).toEqual(readdirSync(SEEDS).sort().map((f) => f.replace(/\.txt$/, '')));
    expect(sources[0]?.salutation).toBe('各位领导、同志们：');
    expect(sources[1]?.salutation).toBe('同志们：');
  });

  it('splits （一） heading lines into heading and body', () => {
    const politics = sectionByHeading('以政治建设为统领，筑牢思想根基');
    expect(politics.number).toBe('一、');
    expect(politics.level).toBe(1);
    expect(headings(politics.children)).toEqual(['坚持把政治建设摆在首位', '持续强化思想理论武装', '发挥主题党日载体作用']);
    const first = politics.children[0];
    expect(first?.number).toBe('（一）');
    expect(first?.level).toBe(2);
    expect(first?.headingEnd).toBe('。');
    expect(first?.paragraphs[0]).toMatch(/^引导党员干部在深入学习贯彻/);
    expect(first?.trail).toEqual(['以政治建设为统领，筑牢思想根基']);
  });

  it('turns an inline 一是…四是 enumeration into child items', () => {
    const standard = sectionByHeading('紧扣标准要求，务求党建达标');
    expect(standard.paragraphs).toEqual(['我们深刻认识到标准化建设是提高党建水平的革命性举措，全力抓好支部标准化建设工作。']);
    expect(standard.children.map((c) => c.number)).toEqual(['一是', '二是', '三是', '四是']);
    expect(headings(standard.children)).toEqual(['主动学标', '流程对标', '阵地达标', '严细抓标']);
    expect(standard.children.every((c) => c.role === 'item')).toBe(true);
    expect(standard.children[0]?.paragraphs[0]).toMatch(/^把《X省党和国家机关党支部建设标准化手册》/);
  });

  it('turns paragraphs opening with 首先，其次，第三， into child items', () => {
    const study = sectionByHeading('狠抓学习教育，不断提高机关党员干部的能力素质');
    expect(study.children.map((c) => c.number)).toEqual(['首先，', '其次，', '第三，']);
    expect(headings(study.children)).toEqual([
      '要坚持加强理论武装，提高机关党员干部政治思想素质',
      '要不断加强业务知识学习，提高机关党员干部的业务能力',
      '要不断提高机关党务工作者的综合素质',
    ]);
  });

  it('keeps paragraph-level 一是 items under their heading and ends them at a plain paragraph', () => {
    const duty = sectionByHeading('要明确职责，在党建工作创新上取得新发展');
    expect(headings(duty.children)).toEqual(['要创新工作制度', '要创新工作内容', '要创新工作形式']);
    const last = sectionByHeading('强基固本，在落实党建任务上取得新突破');
    expect(last.children.map((c) => c.role)).toEqual(['item', 'item', 'item', 'continuation']);
    expect(last.children[3]?.paragraphs[0]).toMatch(/^机关党委成立后/);
  });

  it('copes with numbering that repeats: （二） twice in one list', () => {
    const care = sectionByHeading('以严管厚爱为保障，激励干事创业');
    expect(care.children.filter((c) => c.role === 'heading').map((c) => c.number)).toEqual(['（一）', '（二）', '（二）', '（三）']);
    expect(new Set([...walkSections(care.children)].map((s) => s.id)).size).toBe(5);
  });

  it('starts a second 一、二、三 list after a 下一步 paragraph', () => {
    const first = byTitle('在机关党建工作交流会上的发言');
    const top = first.sections.filter((s) => s.role === 'heading');
    expect(top.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '一、', '二、', '三、']);
    const care = top[3];
    const nextStep = care?.children.at(-1);
    expect(nextStep?.role).toBe('continuation');
    expect(nextStep?.paragraphs[0]).toMatch(/^下一步，/);
    expect(headings(top[4]?.children ?? [])).toEqual(['狠抓学习教育', '筑牢廉政防控']);
  });

  it('moves a paragraph after a list of one-line headings up to the enclosing section', () => {
    const work = sectionByHeading('2019年主要工作');
    expect(work.number).toBe('一、');
    expect(work.paragraphs[0]).toMatch(/^2019年，在市委的坚强领导下/);
    expect(work.children.at(-1)?.role).toBe('continuation');
    expect(work.children.at(-1)?.paragraphs[0]).toMatch(/^疫情发生以来/);
    // The closing paragraphs of 002 form their own section whose 一是…三是 are its items.
    const third = byTitle('在X系统党建工作座谈会上的讲话');
    const closing = third.sections.at(-1);
    expect(closing?.role).toBe('continuation');
    expect(closing?.paragraphs[0]).toMatch(/^我局党建工作虽然取得了一些成效/);
    expect(closing?.children.map((c) => c.number)).toEqual(['一是', '二是', '三是']);
  });

  it('keeps the elision line and the stray closing quote', () => {
    const celebration = byTitle('在市直机关工委庆“七·一”表彰大会上的讲话');
    const opening = celebration.sections[0];
    expect(opening?.role).toBe('opening');
    expect(opening?.paragraphs).toContain('······');
    const lastParagraph = [...walkSections(celebration.sections)].at(-1)?.paragraphs.at(-1);
    expect(lastParagraph).toMatch(/更美好的明天！”$/);
  });

  it('marks placeholders and keeps them verbatim', () => {
    const third = byTitle('在X系统党建工作座谈会上的讲话');
    const opening = third.sections[0];
    expect(opening?.paragraphs[0]).toMatch(/^市X局现有干部职工X人，其中党员X人，占全体人数的X%/);
    expect(opening?.placeholders.slice(0, 4).map((p) => p.text)).toEqual(['X', 'X', 'X', 'X%']);
    const first = opening?.placeholders[0];
    expect(first && opening?.paragraphs[0]?.slice(first.start, first.end)).toBe('X');
    const all = sources.flatMap((s) => [...walkSections(s.sections)].flatMap((x) => x.placeholders.map((p) => p.text)));
    expect(all).toEqual(expect.arrayContaining(['×', 'XX', 'XXXX', 'X%']));
  });

  it('keeps mixed half-width punctuation as written', () => {
    const third = byTitle('在X系统党建工作座谈会上的讲话');
    expect(third.sections[0]?.paragraphs[0]).toMatch(/主要做了五方面工作:$/);
  });

  it('strips the advert block and nothing else', () => {
    const text = JSON.stringify(sources);
    for (const advert of ['仅供学习', '禁止外传', '酷乐文行', '自建平台', '免费QQ群', '打击倒卖活动']) expect(text).not.toContain(advert);
    // 003 has no advert block: its first line is its title.
    expect(advertLineCount(readFileSync(join(SEEDS, '003_d1599044f2970676.txt'), 'utf8').split('\n'))).toBe(0);
  });

  it('is lossless: every character of every body is in the parse, in order', () => {
    for (const source of sources) {
      const parsed = [source.title, source.salutation ?? '', ...[...walkSections(source.sections)].map(sectionText)].join('');
      expect(parsed.replace(/[\s\u3000]+/g, '')).toBe(bodyOf(source.file));
    }
  });

  it('is lossless sentence by sentence: each sentence of the body appears in one section', () => {
    for (const source of sources) {
      const texts = [...walkSections(source.sections)].map(sectionText);
      const lines = readFileSync(join(SEEDS, source.file), 'utf8').split(/\r?\n/);
      const body = lines.slice(advertLineCount(lines)).map((l) => l.trim()).filter(Boolean).slice(2);
      for (const sentence of body.flatMap(splitSentences)) {
        // An enumeration marker moves into `number`; the rest of the sentence stays whole.
        const core = sentence.replace(/^(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）|首先，|其次，|第[一二三四五六七八九十]+，)/, '');
        expect(texts.some((t) => t.includes(core.trim())), `${source.file}: ${sentence}`).toBe(true);
      }
    }
  });
});
