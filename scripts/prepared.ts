import { resolve } from 'node:path';
import type { Source } from '../lib/corpus';
import { prepareCorpus, type PreparedCorpus } from '../lib/match';
import { pinyinTableFor } from './pinyin';
import { loadSourcesFromDir } from './seeds';

export const SEEDS_DIR = resolve(import.meta.dirname, '..', 'seeds');

/** The node CLIs' corpus: the seeds, then every `*.txt` of `extraDirs`, prepared like the extension's. */
export function prepareFromDirs(extraDirs: readonly string[] = []): { prepared: PreparedCorpus; extra: Source[] } {
  const seeds = loadSourcesFromDir(SEEDS_DIR);
  const extra = extraDirs.flatMap((dir) => loadSourcesFromDir(resolve(dir)));
  const sources = [...seeds, ...extra];
  return { prepared: prepareCorpus(sources, pinyinTableFor(sources)), extra };
}
