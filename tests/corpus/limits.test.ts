import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CorpusError, importDocument, importPastedText, LIMITS } from '@/lib/corpus';

describe('import limits', () => {
  it('refuses a .docx that unpacks beyond the limit (a zip bomb), after unpacking only a little of it', () => {
    // 1,000× compression: the archive is ~70 KB, the document 70 MB.
    const xml = new Uint8Array(LIMITS.docxXmlBytes + 6 * 1024 * 1024).fill(0x20);
    const bomb = zipSync({ 'word/document.xml': xml }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    let error: unknown;
    try {
      importDocument(bomb, '炸弹.docx');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).message).toBe('炸弹.docx:1: .docx 解压后正文超过 64 MB，可能是“压缩炸弹”，已拒绝导入');
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(LIMITS.docxXmlBytes);
  });

  it('still reads a .docx just under the limit', () => {
    const xml = `<w:document><w:body><w:p><w:r><w:t>在全局工作会议上的讲话</w:t></w:r></w:p><w:p><w:r><w:t>一、抓学习</w:t></w:r></w:p><w:p><w:r><w:t>要把学习摆在首位。</w:t></w:r></w:p></w:body></w:document>`;
    const padded = strToU8(xml + ' '.repeat(LIMITS.docxXmlBytes - strToU8(xml).length));
    expect(padded.length).toBe(LIMITS.docxXmlBytes);
    expect(importDocument(zipSync({ 'word/document.xml': padded }), '讲话.docx').source.title).toBe('在全局工作会议上的讲话');
  });

  it('refuses one source longer than the per-source limit, with the size in the message', () => {
    const text = `标题\n${'字'.repeat(LIMITS.sourceChars)}`;
    expect(() => importPastedText(text, '长文.txt')).toThrow(/^长文\.txt:1: 文件有 12\.0 百万字，超过单篇上限 12\.0 百万字，已拒绝导入$/);
  });
});
