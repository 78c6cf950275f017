import * as CFB from 'cfb';
import { CorpusError } from '../corpus';

/**
 * The main text of a Word 97–2003 `.doc` or a WPS `.wps` (WPS Office writes the same binary format), as
 * lines. The file is an OLE compound file (read with `cfb`); its text is found through the piece table
 * ([MS-DOC] 2.8.35 Clx), which lists where each run of characters sits in the `WordDocument` stream.
 */
export function wordBinaryToText(bytes: Uint8Array, file: string): string {
  const container = compoundFile(bytes, file);
  const word = stream(container, 'WordDocument', file);
  const fib = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (word.length < 0x1aa || fib.getUint16(0, true) !== 0xa5ec) throw notWord97(file);
  // Word 6/95 files (nFib below 193) have no piece table of this shape.
  if (fib.getUint16(2, true) < 0xc1) throw notWord97(file);
  const flags = fib.getUint16(0x0a, true);
  if (flags & 0x0100) throw new CorpusError(file, 1, 'the document is password-protected', { kind: 'encrypted' });
  const table = stream(container, flags & 0x0200 ? '1Table' : '0Table', file);
  // ccpText: characters of the main document; footnotes, headers and comments follow them and are left out.
  const mainChars = fib.getInt32(0x4c, true);
  const clxAt = fib.getUint32(0x1a2, true);
  const clxLength = fib.getUint32(0x1a6, true);
  if (clxAt + clxLength > table.length || mainChars < 0) throw notWord97(file);
  const pieces = pieceTable(table.subarray(clxAt, clxAt + clxLength), file);
  let text = '';
  for (const piece of pieces) {
    const end = Math.min(piece.cpEnd, mainChars);
    if (piece.cpStart >= end) continue;
    const count = end - piece.cpStart;
    const slice = piece.compressed ? word.subarray(piece.fc, piece.fc + count) : word.subarray(piece.fc, piece.fc + 2 * count);
    text += piece.compressed ? CP1252.decode(slice) : UTF16.decode(slice);
  }
  return visibleText(text);
}

const CP1252 = new TextDecoder('windows-1252');
const UTF16 = new TextDecoder('utf-16le');

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  /** One byte per character (Windows-1252) instead of UTF-16. */
  compressed: boolean;
}

function pieceTable(clx: Uint8Array, file: string): Piece[] {
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength);
  let at = 0;
  // Prc entries (property modifiers, type 1) come first; the Pcdt (type 2) holds the piece table.
  while (at < clx.length && clx[at] === 0x01) at += 3 + view.getUint16(at + 1, true);
  if (clx[at] !== 0x02 || at + 5 > clx.length) throw notWord97(file);
  const length = view.getUint32(at + 1, true);
  const start = at + 5;
  if (start + length > clx.length || length < 4) throw notWord97(file);
  // PlcPcd: n + 1 character positions, then n piece descriptors of 8 bytes.
  const count = (length - 4) / 12;
  if (!Number.isInteger(count)) throw notWord97(file);
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const descriptor = start + 4 * (count + 1) + 8 * i;
    const fcCompressed = view.getUint32(descriptor + 2, true);
    const compressed = (fcCompressed & 0x40000000) !== 0;
    const fc = fcCompressed & 0x3fffffff;
    pieces.push({ cpStart: view.getUint32(start + 4 * i, true), cpEnd: view.getUint32(start + 4 * (i + 1), true), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

/**
 * Word's control characters as plain text: paragraph and cell ends become line breaks, a field keeps
 * its shown result but not its code (`HYPERLINK "…"`), and anchors of pictures and notes are dropped.
 */
function visibleText(text: string): string {
  let out = '';
  // Nesting of fields whose code (before the separator) is being skipped.
  const fields: boolean[] = [];
  for (const ch of text) {
    if (ch === '\x13') fields.push(true);
    else if (ch === '\x14') fields[fields.length - 1] = false;
    else if (ch === '\x15') fields.pop();
    else if (fields.includes(true)) continue;
    else if (ch === '\r' || ch === '\x07' || ch === '\x0b' || ch === '\x0c') out += '\n';
    else if (ch === '\x1e') out += '-';
    else if (ch === '\xa0') out += ' ';
    else if (ch >= ' ' || ch === '\t') out += ch;
  }
  return out;
}

function compoundFile(bytes: Uint8Array, file: string): CFB.CFB$Container {
  try {
    return CFB.read(bytes, { type: 'array' });
  } catch {
    throw notWord97(file);
  }
}

function stream(container: CFB.CFB$Container, name: string, file: string): Uint8Array {
  const entry = CFB.find(container, name);
  if (!entry?.content) throw notWord97(file);
  return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content);
}

function notWord97(file: string): CorpusError {
  return new CorpusError(file, 1, 'not a Word 97–2003 document', { kind: 'not-word97' });
}
