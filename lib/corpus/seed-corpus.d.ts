/** The seed outline, parsed at build time by scripts/vite-seed-corpus.ts. */
declare module 'virtual:seed-corpus' {
  import type { Corpus, Source } from './types';
  export const sources: Source[];
  const corpus: Corpus;
  export default corpus;
}
