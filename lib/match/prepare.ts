import { stableHash, walkSections, type Source } from '../corpus';
import { mineFormulations, type Formulation } from './formulations';
import { mineTerms, sourceWords, type SourceWords, type Term } from './lexicon';
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
export function prepareCorpus(sources: readonly Source[], pinyin: PinyinTable, cache?: SourceCache): PreparedCorpus {
  const formulations = mineFormulations(sources);
  return { version: 1, sources: [...sources], pinyin, formulations, terms: mineTerms(sources, formulations, cache ? cachedWords(cache) : sourceWords) };
}

/** Bumped whenever what is prepared per source changes: older cached entries are prepared again. */
export const SOURCE_PREPARE_VERSION = 2;

/** A source's prepared share, as cached: valid for the text it was made from (`hash`) and the version. */
export interface PreparedSource {
  hash: string;
  version: number;
  words: SourceWords;
}

/**
 * Where each source's prepared share is kept between preparations (the background keeps it in
 * IndexedDB): an edit, a rename or an import then prepares only the sources whose text changed.
 */
export interface SourceCache {
  get(id: string): PreparedSource | undefined;
  set(id: string, prepared: PreparedSource): void;
}

/** Whether a stored value is a cached preparation of this version (we wrote it: a structural check). */
export function isPreparedSource(value: unknown): value is PreparedSource {
  if (typeof value !== 'object' || value === null) return false;
  const { hash, version, words } = value as Partial<PreparedSource>;
  return typeof hash === 'string' && version === SOURCE_PREPARE_VERSION && words instanceof Uint8Array;
}

/** A hash of what a source's preparation depends on: its headings and paragraphs, not its title or id (a rename keeps it). */
export function sourceTextHash(source: Source): string {
  const parts: string[] = [];
  for (const section of walkSections(source.sections)) parts.push(section.heading, ...section.paragraphs);
  return `${stableHash(parts.join('\u0000'))}:${parts.length}`;
}

function cachedWords(cache: SourceCache): (source: Source) => SourceWords {
  return (source) => {
    const hash = sourceTextHash(source);
    const cached = cache.get(source.id);
    if (cached && cached.hash === hash && cached.version === SOURCE_PREPARE_VERSION) return cached.words;
    const words = sourceWords(source);
    cache.set(source.id, { hash, version: SOURCE_PREPARE_VERSION, words });
    return words;
  };
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
