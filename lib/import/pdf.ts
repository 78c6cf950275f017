import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { CorpusError, LIMITS } from '../corpus';

/** Pages read from one PDF: a speech is tens of pages; beyond this it is a book or a scan archive. */
export const PDF_MAX_PAGES = 2000;

/**
 * The text layer of a PDF, one line per paragraph. pdf.js (and its 1.2 MB parser) is loaded only when a
 * PDF is imported, inside the import worker. Its legacy build runs in every browser the extension
 * supports (Firefox 115; the modern build needs Promise.try) and in Node for the tests. The parser runs
 * on the import worker's own thread (pdf.js's "fake worker"): that thread is already off the page's,
 * and a second worker would only copy the file again. pdf.js gets the bytes and no document URL; the
 * only files it may request are the character maps in `cMaps`, the extension's own.
 */
/**
 * Where pdf.js finds its character maps (for fonts that are not embedded and use Adobe's predefined
 * Chinese encodings), and whether its parser fetches them itself, as in a browser, or has them read
 * from disk, as in Node.
 */
export interface PdfCMaps {
  url: string;
  fetchedByParser: boolean;
}

export async function pdfToText(bytes: Uint8Array, file: string, cMaps?: PdfCMaps): Promise<string> {
  const [pdfjs, parser] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.min.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')]);
  Object.assign(globalThis, { pdfjsWorker: parser });
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    cMapUrl: cMaps?.url,
    cMapPacked: true,
    // Set either way: left to itself, pdf.js decides by looking at `document`, which a worker has not.
    useWorkerFetch: cMaps?.fetchedByParser ?? false,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    // pdf.js does not export PasswordException; its name is part of its API.
    if (error instanceof Error && error.name === 'PasswordException') throw new CorpusError(file, 1, 'the PDF is password-protected', { kind: 'encrypted' });
    throw new CorpusError(file, 1, `not a readable PDF (${error instanceof Error ? error.message : String(error)})`, { kind: 'pdf' });
  }
  try {
    const pages: string[] = [];
    let chars = 0;
    for (let n = 1; n <= Math.min(pdf.numPages, PDF_MAX_PAGES); n++) {
      const page = await pdf.getPage(n);
      const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item);
      const text = pageText(items);
      chars += text.length;
      // Stop reading once the text is already too long to import; the caller's check then refuses it.
      if (chars > LIMITS.sourceChars) return pages.join('\n') + text;
      pages.push(text);
      page.cleanup();
    }
    const text = withUnifiedIdeographs(pages.join('\n'));
    if (text.replace(/\s/g, '').length === 0) throw new CorpusError(file, 1, 'the PDF has no text layer (scanned?)', { kind: 'pdf-no-text' });
    return text;
  } finally {
    await task.destroy();
  }
}

interface Line {
  text: string;
  left: number;
  right: number;
  /** Font size, as the height of a character. */
  size: number;
}

/**
 * A page's text as paragraphs. A PDF knows only lines; a line that runs to the right margin and is
 * followed by one that is not indented continues the same paragraph, so they are joined without a break.
 * Lines that are only a page number (`- 3 -`) are dropped.
 */
export function pageText(items: readonly Pick<TextItem, 'str' | 'transform' | 'width' | 'height' | 'hasEOL'>[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const size = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0);
    if (!current) current = { text: '', left: x, right: x, size };
    if (item.str) {
      current.text += item.str;
      current.right = Math.max(current.right, x + item.width);
      current.size = Math.max(current.size, size);
    }
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  const kept = lines.filter((line) => line.text.trim() !== '' && !/^[\s\-—–·第页]*\d+[\s\-—–·页]*$/.test(line.text));
  const margin = Math.max(...kept.map((line) => line.right));
  const indent = Math.min(...kept.map((line) => line.left));
  let text = '';
  kept.forEach((line, i) => {
    text += line.text;
    const next = kept[i + 1];
    if (!next) return;
    const full = margin - line.right < 1.5 * line.size;
    const nextIndented = next.left - indent > 0.5 * next.size;
    text += full && !nextIndented ? '' : '\n';
  });
  return text;
}

/**
 * Fonts often map common characters to their Kangxi radical look-alikes (⼤ U+2F24 for 大), which would
 * never match what the writer types; NFKC turns them back, and only them (it would also change
 * full-width punctuation).
 */
function withUnifiedIdeographs(text: string): string {
  return text.replace(/[\u2e80-\u2fdf]/g, (radical) => radical.normalize('NFKC'));
}
