import { Unzip, UnzipInflate } from 'fflate';
import { CorpusError } from './errors';
import { docxTooLarge, LIMITS } from './limits';

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
  const xml = new TextDecoder().decode(documentXml(bytes, file));
  const body = xml.slice(xml.indexOf('<w:body'));
  return Array.from(body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g), ([paragraph]) =>
    Array.from(paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g), ([, text, tag]) =>
      tag === 'tab' ? '\t' : tag ? '\n' : decodeXml(text ?? ''),
    ).join(''),
  ).join('\n');
}

/** Compressed bytes handed to the inflater at a time: one step can unpack at most ~1,000× this. */
const SLICE = 4096;

/**
 * Unpacks `word/document.xml`, counting what comes out and stopping at the limit, so a zip bomb is
 * refused after a few megabytes rather than after filling the memory.
 */
function documentXml(bytes: Uint8Array, file: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  let tooLarge = false;
  const unzip = new Unzip((entry) => {
    if (entry.name !== 'word/document.xml') return;
    entry.ondata = (error, chunk, final) => {
      if (error) throw error;
      size += chunk.length;
      if (size > LIMITS.docxXmlBytes) {
        tooLarge = true;
        throw docxTooLarge(file);
      }
      chunks.push(chunk);
      if (final) done = true;
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !done; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
    if (!done) throw new Error('no word/document.xml');
  } catch (error) {
    if (tooLarge) throw docxTooLarge(file);
    throw new CorpusError(file, 1, `not a readable .docx file (${error instanceof Error ? error.message : String(error)})`, { kind: 'docx' });
  }
  const xml = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    xml.set(chunk, at);
    at += chunk.length;
  }
  return xml;
}
