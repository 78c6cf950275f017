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
 * How Intl.Segmenter cut one source's headings and paragraphs, in walk order: per segment one byte,
 * its length (1–127) plus 128 when it is a run of Han characters that is a word; 0 ends a text.
 * Segmenting is most of the cost of preparing a library and depends on the source's text alone, so
 * this is what is cached per source (keyed by the text's hash), at about a byte per character.
 */
export type SourceWords = Uint8Array;

const HAN_WORD = 128;
const MAX_SEGMENT = 127;

export function sourceWords(source: Source): SourceWords {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const out: number[] = [];
  for (const section of walkSections(source.sections)) {
    for (const text of [section.heading, ...section.paragraphs]) {
      for (const { segment, isWordLike } of segmenter.segment(text)) {
        // A word longer than a phrase may be never forms one: like a non-word, it only ends a run.
        const word = isWordLike && segment.length <= MAX_SEGMENT && HAN_RUN.test(segment);
        if (word) out.push(HAN_WORD + segment.length);
        else for (let left = segment.length; left > 0; left -= MAX_SEGMENT) out.push(Math.min(left, MAX_SEGMENT));
      }
      out.push(0);
    }
  }
  return Uint8Array.from(out);
}

/**
 * Phrases that pinyin may abbreviate, cut at word boundaries so that `zzjs` finds `政治建设` and not
 * the middle of two words: runs of dictionary words (Intl.Segmenter) of up to MAX_CHARS characters
 * that recur, every quoted term (`“两学一做”` is a deliberate term even once), and the mined
 * formulations. The run is bounded by characters, not words: ICU's dictionary cuts many set phrases
 * into single characters (`全面/从/严/治/党`, `党/风/廉/政/建设`), so a word bound would lose them.
 * `wordsOf` gives each source's segmentation (a cache may answer for sourceWords).
 */
export function mineTerms(sources: readonly Source[], formulations: readonly Formulation[], wordsOf: (source: Source) => SourceWords = sourceWords): Term[] {
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
  const quoted = new Map<string, { source: number; count: number }>();
  for (const [index, source] of sources.entries()) {
    const segments = wordsOf(source);
    let at = 0;
    for (const section of walkSections(source.sections)) {
      for (const text of [section.heading, ...section.paragraphs]) {
        for (const m of text.matchAll(/“([^“”]{2,16})”/g)) {
          const seen = quoted.get(m[0]);
          if (seen) seen.count++;
          else quoted.set(m[0], { source: index, count: 1 });
        }
        let words: string[] = [];
        let offset = 0;
        for (let code = segments[at++] ?? 0; code !== 0; code = segments[at++] ?? 0) {
          const length = code & MAX_SEGMENT;
          const segment = text.slice(offset, (offset += length));
          if (code < HAN_WORD) {
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
