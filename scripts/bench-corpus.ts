import { walkSections, type Source } from '../lib/corpus';
import { splitSentences } from '../lib/corpus';

/** Mulberry32: a small seeded generator, so every run builds the same corpora. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * `count` speeches in the seed format made by recombining and perturbing the seeds' headings and
 * paragraphs: sentences dropped and reordered, ~3% of characters replaced, placeholders filled with
 * numbers. Near-duplicates of every seed passage abound, which is the hard case for ranking.
 */
export function syntheticSpeeches(seeds: readonly Source[], count: number, seed = 1): { file: string; text: string }[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const headings: string[] = [];
  const paragraphs: string[] = [];
  let chars = '';
  for (const source of seeds) {
    for (const section of walkSections(source.sections)) {
      if (section.role === 'heading' && section.heading) headings.push(section.heading);
      paragraphs.push(...section.paragraphs.filter((p) => p.length > 30));
      chars += section.paragraphs.join('');
    }
  }
  const han = chars.replace(/[^\p{Script=Han}]/gu, '');
  const perturb = (text: string): string => {
    let sentences = splitSentences(text).filter(() => next() > 0.15);
    if (sentences.length === 0) sentences = splitSentences(text).slice(0, 1);
    if (sentences.length > 2 && next() < 0.5) {
      const i = Math.floor(next() * (sentences.length - 1));
      [sentences[i], sentences[i + 1]] = [sentences[i + 1] as string, sentences[i] as string];
    }
    return Array.from(sentences.join(''), (ch) => {
      if (/\p{Script=Han}/u.test(ch) && next() < 0.03) return han[Math.floor(next() * han.length)] ?? ch;
      if ((ch === 'X' || ch === '×') && next() < 0.5) return String(1 + Math.floor(next() * 99));
      return ch;
    }).join('');
  };
  const speeches: { file: string; text: string }[] = [];
  for (let n = 0; n < count; n++) {
    const lines = [`在${pick(['全市', '全区', '全县', '系统'])}机关党建工作会议上的讲话（${n + 1}）`, '同志们：', perturb(pick(paragraphs))];
    const parts = 4 + Math.floor(next() * 3);
    for (let h = 0; h < parts; h++) {
      lines.push(`${CN[h]}、${perturb(pick(headings))}`);
      if (next() < 0.5) lines.push(perturb(pick(paragraphs)));
      const subs = 2 + Math.floor(next() * 4);
      for (let s = 0; s < subs; s++) lines.push(`（${CN[s]}）${perturb(pick(headings))}。${perturb(pick(paragraphs))}`);
    }
    lines.push(perturb(pick(paragraphs)));
    speeches.push({ file: `bench_${String(n).padStart(4, '0')}.txt`, text: lines.join('\n') });
  }
  return speeches;
}
