import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { CorpusError, walkSections } from '@/lib/corpus';
import { IMPORT_FORMATS, importFile } from '@/lib/import/formats';
import { pageText } from '@/lib/import/pdf';
import { wordBinaryToText } from '@/lib/import/word-binary';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

async function refusal(bytes: Uint8Array, name: string): Promise<CorpusError> {
  const error: unknown = await importFile(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CorpusError)) throw new Error(`expected a CorpusError, got ${String(error)}`);
  return error;
}

describe('importing Word 97–2003 and WPS binaries', () => {
  it('reads the text of a .doc written by LibreOffice, through the piece table', async () => {
    const { source, encoding } = await importFile(fixture('农村人居环境整治推进会讲话.doc'), '农村人居环境整治推进会讲话.doc');
    expect(encoding).toBe('doc');
    expect(source.title).toBe('在全县农村人居环境整治推进会上的讲话');
    const sections = [...walkSections(source.sections)];
    expect(sections.map((s) => s.heading)).toContain('厕所革命要坚持因地制宜');
    expect(sections.flatMap((s) => s.paragraphs)).toContain('各乡镇党委书记是第一责任人，要亲自研究、亲自部署、亲自督查。');
  });

  it('shows a field’s result but not its code, and puts table cells on lines of their own', () => {
    const text = wordBinaryToText(fixture('域与表格.doc'), '域与表格.doc');
    expect(text).toContain('详见市政府网站通知。');
    expect(text).not.toMatch(/HYPERLINK|example\.org/);
    expect(text).toContain('单元格甲\n单元格乙');
  });

  it('reads a .wps, which WPS Office saves in the same binary format', () => {
    expect(wordBinaryToText(fixture('农村人居环境整治推进会讲话.doc'), 'a.wps')).toContain('生活垃圾要做到日产日清');
  });

  it('reads a .docx saved under a .doc name', async () => {
    const { encoding, source } = await importFile(fixture('安全生产工作会议讲话.docx'), '安全生产.doc');
    expect(encoding).toBe('docx');
    expect(source.title).toBe('在全区安全生产工作会议上的讲话');
  });

  it('refuses a file that is not a Word binary, naming it', async () => {
    const error = await refusal(new TextEncoder().encode('这不是 Word 文件'), '旧版.wps');
    expect(error.problem?.kind).toBe('not-word97');
    expect(error.file).toBe('旧版.wps');
  });
});

describe('importing PDF', () => {
  it('reads the text layer of a PDF printed by Chromium, without any request', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const { source, encoding } = await importFile(fixture('营商环境优化提升大会讲话.pdf'), '营商环境.pdf');
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
    expect(encoding).toBe('pdf');
    expect(source.title).toBe('在全市营商环境优化提升大会上的讲话');
    expect([...walkSections(source.sections)].map((s) => s.heading)).toContain('一网通办事项要做到应上尽上');
  });

  it('reads a PDF whose Chinese font is not embedded, through pdf.js’s character maps', async () => {
    const cMaps = { url: `${resolve(import.meta.dirname, '../../node_modules/pdfjs-dist/cmaps')}/`, fetchedByParser: false };
    const { source } = await importFile(fixture('森林防火会议讲话.pdf'), '森林防火.pdf', cMaps);
    expect(source.title).toBe('在全县秋冬季森林防火工作会议上的讲话');
    expect([...walkSections(source.sections)].map((s) => s.heading)).toContain('进山路口要设卡登记');
    // Without them the text cannot be read, and the file is taken for a scan.
    expect((await refusal(fixture('森林防火会议讲话.pdf'), '森林防火.pdf')).problem?.kind).toBe('pdf-no-text');
  });

  it('refuses a PDF without a text layer (a scan), saying so', async () => {
    expect((await refusal(fixture('扫描件.pdf'), '扫描件.pdf')).problem?.kind).toBe('pdf-no-text');
  });

  it('refuses a damaged PDF with its own reason', async () => {
    expect((await refusal(strToU8('%PDF-1.4\nbroken'), '坏.pdf')).problem?.kind).toBe('pdf');
  });

  it('joins lines that wrap at the margin and keeps paragraph breaks and indented starts', () => {
    const item = (str: string, x: number, width: number) => ({ str, transform: [12, 0, 0, 12, x, 0], width, height: 12, hasEOL: true });
    const text = pageText([item('标题', 200, 24), item('　　第一段前半', 50, 400), item('后半。', 50, 36), item('　　第二段。', 62, 72), item('- 2 -', 200, 30)]);
    expect(text).toBe('标题\n　　第一段前半后半。\n　　第二段。');
  });
});

describe('file limits', () => {
  it('refuses an unknown kind and an oversized file before reading them', async () => {
    expect((await refusal(new Uint8Array(4), '表格.xls')).problem?.kind).toBe('unsupported');
    const big = new Uint8Array(IMPORT_FORMATS.docx.maxBytes + 1);
    expect((await refusal(big, '大.docx')).problem).toEqual({ kind: 'file-too-large', args: ['32.0', '32'] });
  });

  it('still refuses a .docx zip bomb', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(70 * 1024 * 1024) }, { level: 9 });
    expect((await refusal(bomb, 'bomb.doc')).problem?.kind).toBe('docx-too-large');
  });
});
