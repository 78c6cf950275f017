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
