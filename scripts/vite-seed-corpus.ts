import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { prepareCorpus } from '../lib/match/prepare';
import { pinyinTableFor } from './pinyin';
import { loadSourcesFromDir } from './seeds';

export const SEED_CORPUS_ID = 'virtual:seed-corpus';
const RESOLVED_ID = `\0${SEED_CORPUS_ID}`;

/**
 * Parses `seeds/*.txt` while Vite builds and serves the outline as `virtual:seed-corpus`,
 * so no tab ever parses raw text. A malformed seed throws CorpusError and fails the build
 * with its `file:line: reason` message.
 *
 * The module also exports `prepared`: the matcher's input (formulations, pinyin terms, the pinyin
 * table), made here with pinyin-pro so that no page ships it. It shares the `sources` array.
 */
export function seedCorpusPlugin(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? 'seeds');
  return {
    name: 'gongwen-seed-corpus',
    resolveId(id) {
      return id === SEED_CORPUS_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(dir);
      const sources = loadSourcesFromDir(dir);
      if (sources.length === 0) this.error(`no seed files (*.txt) in ${dir}`);
      const prepared = prepareCorpus(sources, pinyinTableFor(sources));
      // The outline is emitted once and shared: `prepared.sources` is the exported `sources`.
      const rest = JSON.stringify({ ...prepared, sources: undefined });
      return [
        `export const sources = ${JSON.stringify(sources)};`,
        `export const prepared = { ...${rest}, sources };`,
        'export default { sources };',
        '',
      ].join('\n');
    },
  };
}
