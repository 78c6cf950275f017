import { strFromU8, unzipSync } from 'fflate';
import { CorpusError } from './errors';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] !== '#') return XML_ENTITIES[entity.toLowerCase()] ?? '';
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/**
 * The text of a Word `.docx`, one line per paragraph. Only `word/document.xml` is read: runs (`<w:t>`),
 * tabs and line breaks. That is all a speech needs; styles, tables of contents and images are ignored.
 */
export function docxToText(bytes: Uint8Array, file: string): string {
  let xml: string;
  try {
    const entry = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
    if (!entry) throw new Error('no word/document.xml');
    xml = strFromU8(entry);
  } catch (error) {
    throw new CorpusError(file, 1, `not a readable .docx file (${error instanceof Error ? error.message : String(error)})`);
  }
  const body = xml.slice(xml.indexOf('<w:body'));
  return Array.from(body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g), ([paragraph]) =>
    Array.from(paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g), ([, text, tag]) =>
      tag === 'tab' ? '\t' : tag ? '\n' : decodeXml(text ?? ''),
    ).join(''),
  ).join('\n');
}
