import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, openPage, type ExtensionBrowser } from './browser';
import { chromiumAvailable, NO_CHROMIUM_BANNER, ROOT } from './paths';
import { suggestionSources } from './suggestions';

/** Made by scripts/import-fixtures.ts: a Word 97 .doc from LibreOffice, PDFs printed by Chromium. */
const FIXTURES = resolve(ROOT, 'tests/fixtures/import');
const DOC = { file: '农村人居环境整治推进会讲话.doc', title: '在全县农村人居环境整治推进会上的讲话', query: '厕所革命要坚持因地' };
const PDF = { file: '营商环境优化提升大会讲话.pdf', title: '在全市营商环境优化提升大会上的讲话', query: '一网通办事项要做到' };
/** Its font is not embedded but named with Adobe's predefined Chinese encoding, so it needs pdf.js's character maps. */
const CID_PDF = { file: '森林防火会议讲话.pdf', title: '在全县秋冬季森林防火工作会议上的讲话', query: '进山路口要设卡登记' };
const DOCX = { file: '安全生产工作会议讲话.docx', title: '在全区安全生产工作会议上的讲话', query: '隐患排查要做到横向到边' };
const SCAN = '扫描件.pdf';

const available = chromiumAvailable();
if (!available) console.warn(NO_CHROMIUM_BANNER);

describe.skipIf(!available)('importing files on the options page (Chromium + built extension)', () => {
  let browser: ExtensionBrowser;
  let editorPage: Page;
  let optionsPage: Page;
  const baseUrl = inject('e2eBaseUrl');
  const work = mkdtempSync(join(tmpdir(), 'gongwen-import-'));

  beforeAll(async () => {
    browser = await launchWithExtension();
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no background service worker');
    editorPage = await browser.context.newPage();
    await openPage(editorPage, `${baseUrl}/textarea.html`);
    optionsPage = await browser.context.newPage();
    await optionsPage.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await optionsPage.locator('.source-row').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * The first suggestion's source for `query`, once the background has indexed the new import: it
   * rebuilds after every save, and until then answers from the library as it was (on a loaded machine
   * that can take longer than one wait), so the query is typed again until the import is found.
   */
  async function topSourceOnceIndexed(query: string, title: string): Promise<string> {
    let top = '';
    for (let attempt = 0; attempt < 4 && !top.includes(title); attempt++) top = (await suggestionSources(editorPage, query).catch(() => []))[0] ?? '';
    return top;
  }

  const report = () => optionsPage.locator('#import .import-report > li');

  async function save(): Promise<string> {
    await optionsPage.locator('#import button.primary').click();
    const status = optionsPage.locator('#import p.status');
    await expect.poll(() => status.textContent()).toMatch(/^已导入/);
    return (await status.textContent()) ?? '';
  }

  it('imports a Word 97 .doc and text-layer PDFs, names each with its count, and suggests from them', async () => {
    await optionsPage.bringToFront();
    await optionsPage.locator('#import input[name="files"]').setInputFiles([join(FIXTURES, DOC.file), join(FIXTURES, PDF.file), join(FIXTURES, CID_PDF.file)]);
    await expect.poll(() => optionsPage.locator('#import .preview').count(), { timeout: 20_000 }).toBe(3);
    const lines = await report().allTextContents();
    expect(lines[0]).toContain(DOC.title);
    expect(lines[0]).toContain(DOC.file);
    expect(lines[1]).toContain(PDF.title);
    expect(lines[2]).toContain(CID_PDF.title);
    // The outline of a few files is shown open.
    expect(lines[0]).toContain('厕所革命要坚持因地制宜');
    expect(await save()).toBe(`已导入 3 篇：《${DOC.title}》、《${PDF.title}》、《${CID_PDF.title}》。`);

    expect(await topSourceOnceIndexed(DOC.query, DOC.title)).toContain(DOC.title);
    expect(await topSourceOnceIndexed(PDF.query, PDF.title)).toContain(PDF.title);
    expect(await topSourceOnceIndexed(CID_PDF.query, CID_PDF.title)).toContain(CID_PDF.title);
  });

  it('imports a folder: every file on its own line, a scanned PDF refused with what to do, other kinds skipped', async () => {
    const folder = join(work, '2024年讲话');
    mkdirSync(join(folder, '下半年'), { recursive: true });
    copyFileSync(join(FIXTURES, DOCX.file), join(folder, DOCX.file));
    copyFileSync(join(FIXTURES, SCAN), join(folder, SCAN));
    writeFileSync(join(folder, '下半年', '表彰会讲话.txt'), iconv.encode('在全镇先进集体表彰会上的讲话\r\n一、表彰先进\r\n（一）树立典型。让先进典型成为群众身边看得见的榜样。', 'gbk'));
    writeFileSync(join(folder, '照片.png'), readFileSync(join(ROOT, 'docs/welcome.png')));

    await optionsPage.bringToFront();
    await optionsPage.locator('#import input[name="folder"]').setInputFiles(folder);
    await expect.poll(() => report().count(), { timeout: 20_000 }).toBe(3);
    const refused = optionsPage.locator('#import .import-report > li.error');
    expect(await refused.count()).toBe(1);
    expect(await refused.textContent()).toContain(`2024年讲话/${SCAN}：PDF 没有文字层（可能是扫描件）。请先 OCR`);
    expect(await optionsPage.locator('#import .notice').textContent()).toContain('已跳过 1 个');
    expect(await save()).toBe(`已导入 2 篇：《${DOCX.title}》、《在全镇先进集体表彰会上的讲话》。`);
    // The refusal stays in view after saving, so the writer knows what is left to fix.
    expect(await refused.count()).toBe(1);

    expect(await topSourceOnceIndexed(DOCX.query, DOCX.title)).toContain(DOCX.title);
  });

  it('imports files dropped on the page, and undoes the import from its toast', async () => {
    await optionsPage.bringToFront();
    await optionsPage.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['在全乡防汛工作会议上的讲话\n一、压紧压实防汛责任\n（一）落实包保责任。每座水库都要明确行政、技术、巡查三个责任人。'], '防汛讲话.txt', { type: 'text/plain' }));
      document.querySelector('h1')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => optionsPage.locator('#import .preview').textContent()).toContain('在全乡防汛工作会议上的讲话');
    expect(await save()).toBe('已导入 1 篇：《在全乡防汛工作会议上的讲话》。');
    const row = optionsPage.locator('.source-row', { hasText: '在全乡防汛工作会议上的讲话' });
    await row.waitFor();
    // The file it came from is shown, so two imports with one title can be told apart.
    expect(await row.textContent()).toContain('防汛讲话.txt');

    // The toast's 撤销 takes the import back (into the bin).
    await optionsPage.locator('.toast', { hasText: '已导入 1 篇' }).locator('button.toast-action').click();
    await expect.poll(() => row.count()).toBe(0);
  });

  it('draws only the outline rows in view, however long the outline', async () => {
    const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const numeral = (n: number) => (n < 10 ? digits[n] : `${n >= 20 ? digits[Math.floor(n / 10)] : ''}十${digits[n % 10]}`);
    // 40 chapters of 99 numbered items: 4,000 outline rows.
    const headings = Array.from({ length: 40 }, (_, c) => [`${numeral(c + 1)}、第${c + 1}章`, ...Array.from({ length: 99 }, (_, i) => `${i + 1}. 第${c + 1}章第${i + 1}项要求。具体内容。`)]).flat();
    const file = join(work, '长文.txt');
    writeFileSync(file, ['一份很长的工作要点', ...headings].join('\n'));
    await optionsPage.bringToFront();
    await optionsPage.locator('#import input[name="files"]').setInputFiles(file);
    const outline = optionsPage.locator('#import .preview .outline');
    await outline.waitFor();
    expect(await optionsPage.locator('#import .preview').textContent()).toContain('4000 节');
    expect(await outline.locator('.outline-row').count()).toBeLessThan(40);
    await outline.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect.poll(() => outline.locator('.outline-row').last().textContent()).toContain('第40章第99项要求');
    await optionsPage.locator('#import button', { hasText: '取消' }).click();
  });
});
