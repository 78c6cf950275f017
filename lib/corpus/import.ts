import { decodeDocument, type TextEncodingName } from './decode';
import { docxToText } from './docx';
import { checkSourceChars } from './limits';
import { parseSource } from './parse';
import type { Source } from './types';

export interface ImportedDocument {
  source: Source;
  /** How the text was read: a detected encoding, the binary format (`docx`, `doc`, `pdf`), or `pasted` for text from the clipboard. */
  encoding: TextEncodingName | 'docx' | 'doc' | 'pdf' | 'pasted';
}

/** Markdown syntax that is not part of the speech: heading hashes, quotes, bullets, emphasis, links. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```\s*$/gm, '')
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s*[-*+]\s+/, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2'),
    )
    .join('\n');
}

/** Reads a `.txt`, `.md` or `.docx` file the writer chose. Throws CorpusError (file, line, reason) on bad input. */
export function importDocument(bytes: Uint8Array, fileName: string): ImportedDocument {
  if (/\.docx$/i.test(fileName)) return { source: parseChecked(docxToText(bytes, fileName), fileName), encoding: 'docx' };
  const { text, encoding } = decodeDocument(bytes, fileName);
  const body = /\.(md|markdown)$/i.test(fileName) ? markdownToText(text) : text;
  return { source: parseChecked(body, fileName), encoding };
}

/** Parses text taken out of a document, refusing it when longer than a source may be. */
export function parseChecked(text: string, fileName: string): Source {
  checkSourceChars(fileName, text.length);
  return parseSource(text, fileName);
}

/** Text pasted into the options page; `name` stands in for a file name in ids and messages. */
export function importPastedText(text: string, name: string): ImportedDocument {
  return { source: parseChecked(text, name), encoding: 'pasted' };
}

/** A source id that does not collide with `taken`: `name`, `name-2`, `name-3`… */
export function uniqueSourceId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** Renames a source and every section id under it. */
export function withSourceId(source: Source, id: string): Source {
  const prefix = `${source.id}:`;
  const rename = (sections: Source['sections']): Source['sections'] =>
    sections.map((s) => ({ ...s, id: s.id.startsWith(prefix) ? `${id}:${s.id.slice(prefix.length)}` : s.id, children: rename(s.children) }));
  return { ...source, id, sections: rename(source.sections) };
}
