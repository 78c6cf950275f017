import { walkSections, type Source } from '../corpus';
import { foldKey } from './fold';
import type { Formulation } from './formulations';

/**
 * A phrase a pinyin query can stand for (`sgys` → `“四个意识”`): what is inserted, how often it occurs,
 * and the index of the first source using it. A tuple, because thousands ship with every tab.
 */
export type Term = [text: string, count: number, source: number];

const HAN_RUN = /^\p{Script=Han}+$/u;
const MIN_CHARS = 2;
const MAX_CHARS = 8;

/**
 * Phrases that pinyin may abbreviate, cut at word boundaries so that `zzjs` finds `政治建设` and not
 * the middle of two words: runs of dictionary words (Intl.Segmenter) of up to MAX_CHARS characters
 * that recur, every quoted term (`“两学一做”` is a deliberate term even once), and the mined
 * formulations. The run is bounded by characters, not words: ICU's dictionary cuts many set phrases
 * into single characters (`全面/从/严/治/党`, `党/风/廉/政/建设`), so a word bound would lose them.
 */
export function mineTerms(sources: readonly Source[], formulations: readonly Formulation[]): Term[] {
  /** By folded text: `“不忘初心、牢记使命”` and `不忘初心牢记使命` are one term, shown in its commonest form. */
  const terms = new Map<string, { text: string; count: number; source: number; best: number }>();
  const note = (text: string, source: number, count = 1) => {
    const key = foldKey(text);
    const term = terms.get(key);
    if (!term) terms.set(key, { text, count, source, best: count });
    else {
      term.count += count;
      if (count > term.best) Object.assign(term, { text, best: count });
    }
  };
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const quoted = new Map<string, { source: number; count: number }>();
  for (const [index, source] of sources.entries()) {
    for (const section of walkSections(source.sections)) {
      for (const text of [section.heading, ...section.paragraphs]) {
        for (const m of text.matchAll(/“([^“”]{2,16})”/g)) {
          const seen = quoted.get(m[0]);
          if (seen) seen.count++;
          else quoted.set(m[0], { source: index, count: 1 });
        }
        let words: string[] = [];
        for (const { segment, isWordLike } of segmenter.segment(text)) {
          if (!isWordLike || !HAN_RUN.test(segment)) {
            words = [];
            continue;
          }
          words.push(segment);
          let phrase = '';
          for (let n = words.length - 1; n >= 0; n--) {
            phrase = (words[n] ?? '') + phrase;
            if (phrase.length > MAX_CHARS) {
              words = words.slice(n + 1);
              break;
            }
            if (phrase.length >= MIN_CHARS) note(phrase, index);
          }
        }
      }
    }
  }
  for (const [key, term] of terms) if (term.count < 2) terms.delete(key);
  for (const [text, { source, count }] of quoted) note(text, source, count);
  for (const f of formulations) note(f.text, sourceIndex.get(f.sources[0] ?? '') ?? 0, f.count);
  return [...terms.values()].map(({ text, count, source }): Term => [text, count, source]);
}
