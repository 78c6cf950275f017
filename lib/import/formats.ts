import { CorpusError, docxToText, importDocument, parseChecked, type ImportedDocument } from '../corpus';
import { pdfToText, type PdfCMaps } from './pdf';
import { wordBinaryToText } from './word-binary';

const MB = 1024 * 1024;

/** The file kinds the options page imports, with the largest file of each it reads. */
export const IMPORT_FORMATS = {
  text: { extensions: ['txt', 'md', 'markdown'], maxBytes: 48 * MB },
  docx: { extensions: ['docx'], maxBytes: 32 * MB },
  doc: { extensions: ['doc', 'wps'], maxBytes: 64 * MB },
  pdf: { extensions: ['pdf'], maxBytes: 128 * MB },
} as const;

type FormatName = keyof typeof IMPORT_FORMATS;

/** For the file chooser's `accept`. */
export const IMPORT_EXTENSIONS: readonly string[] = Object.values(IMPORT_FORMATS).flatMap((f) => f.extensions.map((e) => `.${e}`));

function formatOf(fileName: string): FormatName | null {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  for (const [name, format] of Object.entries(IMPORT_FORMATS) as [FormatName, (typeof IMPORT_FORMATS)[FormatName]][]) {
    if ((format.extensions as readonly string[]).includes(extension)) return name;
  }
  return null;
}

/** Whether a file found in a chosen or dropped folder is one to import (others, such as images, are skipped). */
export function isImportable(fileName: string): boolean {
  return formatOf(fileName) !== null;
}

/** Refuses, before reading it, a file of an unknown kind or larger than its kind allows. */
export function checkFile(fileName: string, bytes: number): void {
  const format = formatOf(fileName);
  if (!format) throw new CorpusError(fileName, 1, 'this kind of file cannot be imported', { kind: 'unsupported', args: [IMPORT_EXTENSIONS.join(' ')] });
  const { maxBytes } = IMPORT_FORMATS[format];
  if (bytes > maxBytes) {
    throw new CorpusError(fileName, 1, `the file is larger than ${maxBytes / MB} MB`, { kind: 'file-too-large', args: [(bytes / MB).toFixed(1), String(maxBytes / MB)] });
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Reads one file the writer chose: text, Markdown, Word (`.docx`, `.doc`), WPS or PDF. Throws CorpusError. */
export async function importFile(bytes: Uint8Array, fileName: string, pdfCMaps?: PdfCMaps): Promise<ImportedDocument> {
  checkFile(fileName, bytes.length);
  const format = formatOf(fileName);
  if (format === 'pdf') return { source: parseChecked(await pdfToText(bytes, fileName, pdfCMaps), fileName), encoding: 'pdf' };
  if (format === 'doc') {
    // Newer WPS and Word often save a .docx under a .doc or .wps name.
    if (ZIP.every((byte, i) => bytes[i] === byte)) return { source: parseChecked(docxToText(bytes, fileName), fileName), encoding: 'docx' };
    return { source: parseChecked(wordBinaryToText(bytes, fileName), fileName), encoding: 'doc' };
  }
  return importDocument(bytes, fileName);
}
