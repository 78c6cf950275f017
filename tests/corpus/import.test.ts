import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CorpusError, importDocument, importPastedText, markdownToText, uniqueSourceId, walkSections, withSourceId } from '@/lib/corpus';

describe('importing the writer’s own documents', () => {
  it('reads a GBK .txt through the same parser as the seeds', () => {
    const bytes = iconv.encode('我局2021年工作总结\r\n同志们：\r\n一、主要工作\r\n（一）抓学习。组织学习X次。\r\n', 'gbk');
    const { source, encoding } = importDocument(bytes, '总结.txt');
    expect(encoding).toBe('gb18030');
    expect(source.title).toBe('我局2021年工作总结');
    expect(source.sections[0]?.children[0]?.heading).toBe('抓学习');
    expect(source.sections[0]?.children[0]?.placeholders.map((p) => p.text)).toEqual(['X']);
  });

  it('strips Markdown syntax from .md files but keeps the numbering', () => {
    expect(markdownToText('# 标题\n\n## 一、**重点**工作\n- 要[学习](http://x)。\n> 1. 引用')).toBe('标题\n\n一、重点工作\n要学习。\n1. 引用');
    const { source } = importDocument(new TextEncoder().encode('# 讲话\n## 一、学习\n正文。'), 'a.md');
    expect(source.title).toBe('讲话');
    expect(source.sections[0]?.heading).toBe('学习');
  });

  it('reports an unreadable file with its name and line, and pasted text too', () => {
    expect(() => importDocument(new Uint8Array(), 'empty.txt')).toThrow(/^empty\.txt:1: the file is empty/);
    expect(() => importPastedText('  \n', '粘贴.txt')).toThrow(CorpusError);
  });

  it('gives each import an id that no other source has', () => {
    expect(uniqueSourceId('a', new Set(['b']))).toBe('a');
    expect(uniqueSourceId('a', new Set(['a', 'a-2']))).toBe('a-3');
    const { source } = importPastedText('讲话\n一、甲\n（一）乙。', 'mine.txt');
    const renamed = withSourceId(source, 'mine-2');
    expect([...walkSections(renamed.sections)].map((s) => s.id)).toEqual(['mine-2:1', 'mine-2:1.1']);
    expect([...walkSections(source.sections)].map((s) => s.id)).toEqual(['mine:1', 'mine:1.1']);
  });
});

describe('importing .docx', () => {
  const documentXml = (paragraphs: string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
      .map((p) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${p}</w:p>`)
      .join('')}<w:sectPr/></w:body></w:document>`;
  const docx = (xml: string) =>
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(xml),
    });

  it('reads paragraphs split into runs, with entities, and parses them', () => {
    const xml = documentXml([
      '<w:r><w:t>在全局工作会议上的讲话</w:t></w:r>',
      '<w:r><w:t>一、</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">抓学习 &amp; 强作风</w:t></w:r>',
      '<w:r><w:t>（一）学“理论”。</w:t></w:r><w:r><w:t>组织学习X次。</w:t></w:r>',
    ]);
    const { source, encoding } = importDocument(docx(xml), '讲话.docx');
    expect(encoding).toBe('docx');
    expect(source.title).toBe('在全局工作会议上的讲话');
    expect(source.sections[0]?.heading).toBe('抓学习 & 强作风');
    expect(source.sections[0]?.children[0]?.paragraphs).toEqual(['组织学习X次。']);
  });

  it('refuses a file that is not a Word document', () => {
    expect(() => importDocument(new TextEncoder().encode('not a zip'), 'fake.docx')).toThrow(/^fake\.docx:1: not a readable \.docx file/);
  });
});
