import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../lib/corpus';
import { SEEDS_DIR } from './prepared';

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

/** The numbering that opens a heading line (`一、`, `（三）`, `2.`): kept as it is when the line is edited. */
const NUMBERING = /^(?:（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.、．])/;

/** The seed files' lines, without the reseller's advert block that opens some of them. */
export function seedTexts(dir = SEEDS_DIR): string[][] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const lines = readFileSync(join(dir, name), 'utf8').split(/\r?\n/);
      const advert = lines.findIndex((line) => line.includes('免费QQ群'));
      return lines.slice(advert + 1).map((line) => line.trim()).filter((line) => line !== '');
    });
}

/**
 * `count` speeches in the seed format, each a near-copy of one seed speech the way each year's report
 * reuses last year's: lines dropped, sentences dropped and reordered, clauses swapped, a word or ~2%
 * of characters replaced, placeholders filled and figures changed, mixed with unrelated filler
 * paragraphs (the seeds' words in random order). Every seed passage has many near-copies, the hard
 * case for ranking and what near-duplicate folding is for. Deterministic: the same arguments give the
 * same speeches.
 */
export function syntheticSpeeches(seeds: readonly string[][], count: number, seed = 1): { file: string; text: string }[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const han = seeds.flat().join('').replace(/[^\p{Script=Han}]/gu, '');
  const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(han)].map((w) => w.segment).filter((w) => w.length >= 2);
  /** Two adjacent clauses of a sentence swapped, its closing punctuation kept. */
  const swapClauses = (sentence: string): string => {
    const end = /[。！？；]$/.exec(sentence)?.[0] ?? '';
    const clauses = sentence.slice(0, sentence.length - end.length).split('，');
    if (clauses.length < 3) return sentence;
    const i = Math.floor(next() * (clauses.length - 1));
    [clauses[i], clauses[i + 1]] = [clauses[i + 1] as string, clauses[i] as string];
    return clauses.join('，') + end;
  };
  /** One two-character word of the sentence replaced by another of the seeds'. */
  const changeWord = (sentence: string): string => {
    const from = Math.floor(next() * Math.max(1, sentence.length - 2));
    if (!/^\p{Script=Han}{2}$/u.test(sentence.slice(from, from + 2))) return sentence;
    return sentence.slice(0, from) + pick(words).slice(0, 2) + sentence.slice(from + 2);
  };
  const perturb = (text: string): string => {
    let sentences = splitSentences(text).filter(() => next() > 0.15);
    if (sentences.length === 0) sentences = splitSentences(text).slice(0, 1);
    if (sentences.length > 2 && next() < 0.5) {
      const i = Math.floor(next() * (sentences.length - 1));
      [sentences[i], sentences[i + 1]] = [sentences[i + 1] as string, sentences[i] as string];
    }
    sentences = sentences.map((sentence) => (next() < 0.2 ? swapClauses(sentence) : sentence)).map((sentence) => (next() < 0.2 ? changeWord(sentence) : sentence));
    return Array.from(sentences.join('').replace(/\d+/g, (figure) => (next() < 0.5 ? String(Math.floor(next() * 10 ** figure.length)) : figure)), (ch) => {
      if (/\p{Script=Han}/u.test(ch) && next() < 0.02) return han[Math.floor(next() * han.length)] ?? ch;
      if ((ch === 'X' || ch === '×') && next() < 0.5) return String(1 + Math.floor(next() * 99));
      return ch;
    }).join('');
  };
  /** A paragraph of the seeds' words in random order: text that is a copy of nothing. */
  const filler = (): string => {
    const sentences = Array.from({ length: 2 + Math.floor(next() * 3) }, () => Array.from({ length: 6 + Math.floor(next() * 8) }, () => pick(words)).join(''));
    return `${sentences.join('。')}。`;
  };
  const speeches: { file: string; text: string }[] = [];
  for (let n = 0; n < count; n++) {
    // The seed's own title stays out: tests and the browser bench find these speeches by this one.
    const [, ...body] = seeds[n % seeds.length] ?? [];
    const lines = [`在${pick(['全市', '全区', '全县', '系统'])}机关党建工作会议上的讲话（${n + 1}）`];
    for (const line of body) {
      // Salutations (`同志们：`) stay; any other line may be left out this year.
      if (line.endsWith('：') && line.length < 12) lines.push(line);
      else if (next() >= 0.1) {
        const numbering = NUMBERING.exec(line)?.[0] ?? '';
        lines.push(numbering + perturb(line.slice(numbering.length)));
      }
      if (next() < 0.1) lines.push(filler());
    }
    speeches.push({ file: `bench_${String(n).padStart(4, '0')}.txt`, text: lines.join('\n') });
  }
  return speeches;
}
