/**
 * Makes the committed import fixtures in tests/fixtures/import/ from the speeches below, once:
 * - `.doc`: a genuine Word 97–2003 binary, written by LibreOffice (`apt-get install libreoffice-writer-nogui`,
 *   needed only to run this script) from a `.txt`;
 * - `.pdf`: a PDF with a Chinese text layer, printed by headless Chromium with Noto CJK fonts;
 * - `.docx`: from LibreOffice too, for the folder import;
 * - a `.doc` with a hyperlink field and a table, from HTML;
 * - a PDF with no text layer, as a scan is: a page with only a drawing;
 * - a PDF whose Chinese font is not embedded but named with Adobe's predefined encoding (STSong-Light,
 *   UniGB-UCS2-H), as older tools write them, by ReportLab (`apt-get install python3-reportlab`).
 * Run `npx tsx scripts/import-fixtures.ts`; the e2e tests only read the results.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from '../tests/e2e/paths';

const OUT = resolve(ROOT, 'tests/fixtures/import');

/** Speeches written for these fixtures; each has a sentence found in no seed, which the tests search for. */
export const FIXTURE_SPEECHES = {
  doc: [
    '在全县农村人居环境整治推进会上的讲话',
    '同志们：',
    '今天召开这次会议，主要任务是部署今年的农村人居环境整治工作。',
    '一、提高认识，把整治工作摆上重要位置',
    '（一）厕所革命要坚持因地制宜。山区乡镇推广双瓮漏斗式厕所，平原乡镇推广三格化粪池式厕所，不搞一刀切。',
    '（二）生活垃圾要做到日产日清。每个行政村配齐保洁员，建立户分类、村收集、镇转运、县处理的体系。',
    '二、压实责任，确保各项任务落地见效',
    '各乡镇党委书记是第一责任人，要亲自研究、亲自部署、亲自督查。',
  ],
  pdf: [
    '在全市营商环境优化提升大会上的讲话',
    '同志们：',
    '一、聚焦企业所需，深化政务服务改革',
    '（一）一网通办事项要做到应上尽上。凡是能在网上办理的事项，一律不再要求企业到窗口办理。',
    '（二）推行涉企柔性执法。对首次轻微违法行为依法不予处罚，做到有温度的执法。',
    '二、强化要素保障，稳定市场主体预期',
    '要建立重点项目专员服务制度，一个项目一名专员，全程跟踪协调。',
  ],
  cid: ['在全县秋冬季森林防火工作会议上的讲话', '一、严格管控野外火源', '（一）进山路口要设卡登记。对进山人员逐一登记、逐一宣传。'],
  docx: [
    '在全区安全生产工作会议上的讲话',
    '同志们：',
    '一、牢固树立安全发展理念',
    '（一）隐患排查要做到横向到边纵向到底。对排查出的问题建立台账，逐项销号。',
  ],
} as const;

/** Converts `content`, saved as `<name>.<from>` (UTF-8 text or HTML), with LibreOffice's export `filter`. */
function sofficeConvert(content: string, name: string, from: 'txt' | 'html', filter: string, extension: string): void {
  const work = mkdtempSync(join(tmpdir(), 'gongwen-fixture-'));
  try {
    const input = join(work, `${name}.${from}`);
    writeFileSync(input, content);
    const read = from === 'txt' ? ['--infilter=Text (encoded):UTF8,,,'] : [];
    execFileSync('soffice', ['--headless', ...read, '--convert-to', `${extension}:${filter}`, '--outdir', work, input], { stdio: 'inherit' });
    writeFileSync(join(OUT, `${name}.${extension}`), readFileSync(join(work, `${name}.${extension}`)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function printPdf(body: string, name: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    await page.setContent(`<html lang="zh-CN"><body style="font-family:'Noto Serif CJK SC';font-size:16pt">${body}</body></html>`);
    writeFileSync(join(OUT, `${name}.pdf`), await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}

sofficeConvert(FIXTURE_SPEECHES.doc.join('\n'), '农村人居环境整治推进会讲话', 'txt', 'MS Word 97', 'doc');
sofficeConvert(FIXTURE_SPEECHES.docx.join('\n'), '安全生产工作会议讲话', 'txt', 'MS Word 2007 XML', 'docx');
// A hyperlink (a Word field: its code must not show) and a table (cells end in a control character).
sofficeConvert(
  '<html><body><p>在全县工作会议上的讲话</p><p>一、总体要求</p><p>详见<a href="https://example.org/notice">市政府网站</a>通知。</p><table><tr><td>单元格甲</td><td>单元格乙</td></tr></table></body></html>',
  '域与表格',
  'html',
  'MS Word 97',
  'doc',
);
await printPdf(FIXTURE_SPEECHES.pdf.map((line) => `<p>${line}</p>`).join(''), '营商环境优化提升大会讲话');
execFileSync(
  '/usr/bin/python3',
  [
    '-c',
    [
      'import sys',
      'from reportlab.pdfgen import canvas',
      'from reportlab.pdfbase import pdfmetrics',
      'from reportlab.pdfbase.cidfonts import UnicodeCIDFont',
      "pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))",
      'c = canvas.Canvas(sys.argv[1], invariant=1)',
      "c.setFont('STSong-Light', 14)",
      'for i, line in enumerate(sys.argv[2:]): c.drawString(72, 760 - 24 * i, line)',
      'c.save()',
    ].join('\n'),
    join(OUT, '森林防火会议讲话.pdf'),
    ...FIXTURE_SPEECHES.cid,
  ],
  { stdio: 'inherit' },
);
await printPdf('<svg width="400" height="300"><rect x="20" y="20" width="360" height="12" fill="#333"/><rect x="20" y="50" width="300" height="12" fill="#333"/></svg>', '扫描件');
console.log(`fixtures written to ${OUT}`);
