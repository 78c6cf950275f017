import { parseSource, type Source } from '../../lib/corpus';
import { createMatcher, prepareCorpus, type Matcher, type PreparedCorpus } from '../../lib/match';
import { pinyinTableFor } from '../../scripts/pinyin';
import { prepareFromDirs } from '../../scripts/prepared';

let seeds: PreparedCorpus | undefined;

/** The seeds, prepared as the extension's build prepares them. */
export function seedPrepared(): PreparedCorpus {
  seeds ??= prepareFromDirs().prepared;
  return seeds;
}

export function seedMatcher(): Matcher {
  return createMatcher(seedPrepared());
}

/** A matcher over small speeches written in the test, in the seed format. */
export function matcherFor(files: Record<string, string>): { matcher: Matcher; sources: Source[] } {
  const sources = Object.entries(files).map(([file, text]) => parseSource(text, file));
  return { matcher: createMatcher(prepareCorpus(sources, pinyinTableFor(sources))), sources };
}
