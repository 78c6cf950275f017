import { CorpusError } from './errors';
import type { Source } from './types';
import { walkSections } from './walk';

/**
 * Size limits of the library, so that one file can neither exhaust the browser's memory nor stall the
 * matcher for minutes. Generous for real speeches: the whole 100× benchmark library (500 speeches) is
 * 4.9 million characters.
 */
export const LIMITS = {
  /** Uncompressed `word/document.xml` of one `.docx`: beyond this it is a zip bomb, not a speech. */
  docxXmlBytes: 64 * 1024 * 1024,
  /** Characters of one source (a 20 MB GBK `.txt` is 10 million). */
  sourceChars: 12_000_000,
  /** Characters of all imported sources together. */
  libraryChars: 40_000_000,
};

const MB = 1024 * 1024;

function millions(chars: number): string {
  return `${(chars / 1e6).toFixed(chars < 1e6 ? 2 : 1)} 百万`;
}

/** The zip-bomb refusal: `bytes` unpacked so far already exceed the limit. */
export function docxTooLarge(file: string): CorpusError {
  return new CorpusError(file, 1, `.docx 解压后正文超过 ${LIMITS.docxXmlBytes / MB} MB，可能是“压缩炸弹”，已拒绝导入`, {
    kind: 'docx-too-large',
    args: [String(LIMITS.docxXmlBytes / MB)],
  });
}

/** Throws when one source is longer than the limit. */
export function checkSourceChars(file: string, chars: number): void {
  if (chars > LIMITS.sourceChars) {
    throw new CorpusError(file, 1, `文件有 ${millions(chars)}字，超过单篇上限 ${millions(LIMITS.sourceChars)}字，已拒绝导入`, {
      kind: 'too-long',
      args: [chars.toLocaleString('en'), LIMITS.sourceChars.toLocaleString('en')],
    });
  }
}

/** Why adding `added` characters to a library of `stored` is refused, or null when it fits. */
export function libraryOverflow(stored: number, added: number): string | null {
  if (stored + added <= LIMITS.libraryChars) return null;
  return `素材库已有 ${millions(stored)}字，再导入 ${millions(added)}字将超过总上限 ${millions(LIMITS.libraryChars)}字；未保存任何内容`;
}

/** Characters of a source's headings and paragraphs: what the limits count. */
export function sourceChars(source: Source): number {
  let chars = (source.salutation ?? '').length + source.title.length;
  for (const section of walkSections(source.sections)) {
    chars += section.heading.length;
    for (const paragraph of section.paragraphs) chars += paragraph.length;
  }
  return chars;
}
