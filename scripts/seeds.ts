import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8, parseSource, type Source } from '../lib/corpus';

/** Reads and parses every `*.txt` in `dir`, in file-name order. Throws CorpusError on the first bad file. */
export function loadSourcesFromDir(dir: string): Source[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return parseSource(decodeUtf8(readFileSync(path), path), path.startsWith(dir) ? name : path);
    });
}
