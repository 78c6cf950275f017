/**
 * Prints the parsed outline of the seeds: `npm run corpus` for people, `npm run corpus -- --json` for tools.
 * `--dir DIR` parses another folder of speeches in the seed format.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusError, countSource, type Section } from '../lib/corpus';
import { loadSourcesFromDir } from './seeds';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, dir: { type: 'string' } } });
const dir = resolve(values.dir ?? 'seeds');

try {
  const sources = loadSourcesFromDir(dir);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ sources }, null, 2)}\n`);
  } else {
    for (const source of sources) {
      const c = countSource(source);
      console.log(`\n■ ${source.title}  [${source.id}]`);
      if (source.salutation) console.log(`  ${source.salutation}`);
      console.log(`  ${c.sections} sections (${c.headings} headings, ${c.items} items), ${c.paragraphs} paragraphs, ${c.sentences} sentences, ${c.placeholders} placeholders, ${c.characters} characters`);
      printSections(source.sections, 1);
    }
  }
} catch (error) {
  if (!(error instanceof CorpusError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}

function printSections(sections: readonly Section[], depth: number): void {
  for (const s of sections) {
    const label = s.role === 'opening' ? '（开头）' : s.role === 'continuation' ? '（续）' : `${s.number ?? ''}${s.heading}`;
    const first = s.paragraphs[0] ?? '';
    const preview = first ? `  — ${first.slice(0, 24)}${first.length > 24 ? '…' : ''}` : '';
    console.log(`${'  '.repeat(depth)}${label}  [${s.paragraphs.length}¶]${preview}`);
    printSections(s.children, depth + 1);
  }
}
