export { assembleMatcher, createMatcher, type Matcher, type MatcherStats } from './matcher';
export { isStoredMatcher, matcherSnapshot, packSnapshot, unpackSnapshot, type MatcherSnapshot, type StoredMatcher } from './snapshot';
export { prepareCorpus, corpusChars, isPreparedSource, sourceTextHash, SOURCE_PREPARE_VERSION, type PreparedCorpus, type PreparedSource, type SourceCache } from './prepare';
export { buildPinyinTable, type PinyinTable, type ToPinyin } from './pinyin';
export { extractQuery, type ActiveQuery } from './query';
export type { Formulation } from './formulations';
export type { Term } from './lexicon';
export * from './types';
export { previewParts, type PreviewPart } from './preview';
