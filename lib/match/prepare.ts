import { walkSections, type Source } from '../corpus';
import { mineFormulations, type Formulation } from './formulations';
import { mineTerms, type Term } from './lexicon';
import type { PinyinTable } from './pinyin';

/**
 * Everything the matcher needs, as plain JSON: made once at build time (scripts/vite-seed-corpus.ts,
 * and the node CLIs through the same function) so that a tab only builds its in-memory index.
 */
export interface PreparedCorpus {
  version: 1;
  sources: Source[];
  pinyin: PinyinTable;
  formulations: Formulation[];
  terms: Term[];
}

/**
 * Mines formulations and pinyin terms from `sources`. The pinyin table comes in ready-made: build it
 * with `buildPinyinTable(corpusChars(sources), toPinyin)` where a pinyin provider is at hand, or pass
 * the seed corpus's table when importing a user's documents in a page that has no provider.
 */
export function prepareCorpus(sources: readonly Source[], pinyin: PinyinTable): PreparedCorpus {
  const formulations = mineFormulations(sources);
  return { version: 1, sources: [...sources], pinyin, formulations, terms: mineTerms(sources, formulations) };
}

/** Every character of the sources' text, for building the pinyin table. */
export function corpusChars(sources: readonly Source[]): Set<string> {
  const chars = new Set<string>();
  for (const source of sources) {
    for (const section of walkSections(source.sections)) {
      for (const text of [section.heading, ...section.paragraphs]) for (const ch of text) chars.add(ch);
    }
  }
  return chars;
}
