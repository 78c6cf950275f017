import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadSourcesFromDir } from './seeds';

export const SEED_CORPUS_ID = 'virtual:seed-corpus';
const RESOLVED_ID = `\0${SEED_CORPUS_ID}`;

/**
 * Parses `seeds/*.txt` while Vite builds and serves the outline as `virtual:seed-corpus`,
 * so no tab ever parses raw text. A malformed seed throws CorpusError and fails the build
 * with its `file:line: reason` message.
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
      return `export const sources = ${JSON.stringify(sources)};\nexport default { sources };\n`;
    },
  };
}
