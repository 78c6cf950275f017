/** The seed outline, parsed at build time by scripts/vite-seed-corpus.ts. */
declare module 'virtual:seed-corpus' {
  import type { Corpus, Source } from './types';
  import type { PreparedCorpus } from '../match/prepare';
  export const sources: Source[];
  /** The matcher's input for the seeds: `createMatcher(prepared)`. Its `sources` is the array above. */
  export const prepared: PreparedCorpus;
  const corpus: Corpus;
  export default corpus;
}
