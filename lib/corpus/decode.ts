import { CorpusError } from './errors';

/**
 * Decodes a seed file's bytes as UTF-8, refusing anything else.
 * The error names the line of the first byte that is not UTF-8, so a GBK file is easy to find.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const { line, offset } = firstInvalidByte(bytes);
    throw new CorpusError(file, line, `bytes are not UTF-8 (byte 0x${hex(bytes[offset])} at offset ${offset}); save the file as UTF-8`);
  }
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes a document the writer imports. Many Chinese office files are GBK, so UTF-8 is tried first
 * and GB18030 (a superset of GBK and GB2312) second; UTF-16 is recognised by its byte-order mark.
 */
export function decodeDocument(bytes: Uint8Array, file: string): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: try GB18030 below.
  }
  const { line } = firstInvalidByte(bytes);
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusError(file, line, 'the file is neither UTF-8 nor GBK/GB18030 text', { kind: 'encoding' });
  }
  // GB18030 maps almost any bytes to some character; real Chinese text is mostly common ideographs and punctuation.
  if (plausibleTextShare(text) < 0.9) throw new CorpusError(file, line, 'the file is neither UTF-8 nor GBK/GB18030 text (is it a binary file?)', { kind: 'encoding' });
  return { text, encoding: 'gb18030' };
}

/** Common ideographs, CJK and full-width punctuation, general punctuation, `·`, `×`, printable ASCII and white space. */
function plausible(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x20 && code <= 0x7e) ||
    code === 0xb7 ||
    code === 0xd7 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d
  );
}

/** Share of plausible UTF-16 units; compared by code rather than a regular expression, as a 20 MB file has ten million. */
function plausibleTextShare(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (plausible(text.charCodeAt(i))) count++;
  return text.length === 0 ? 1 : count / text.length;
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).padStart(2, '0');
}

/** Walks UTF-8 sequences by hand to find where decoding fails; only called on the error path. */
function firstInvalidByte(bytes: Uint8Array): { line: number; offset: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return { line, offset: i };
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return { line, offset: i };
    }
    if (lead === 0x0a) line++;
    i += length;
  }
  return { line, offset: Math.max(0, bytes.length - 1) };
}
