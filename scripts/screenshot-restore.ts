/**
 * Saves docs/restore.png: the options page about to restore a backup, listing what will change
 * (合并 or 替换). Run `npm run build` first.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseSource } from '../lib/corpus';
import { createBackup } from '../lib/settings/backup';
import { DEFAULT_SETTINGS } from '../lib/settings/settings-schema';
import { ROOT } from '../tests/e2e/paths';
import { storeLibrary } from './scale-library';
import { runWithExtension } from './with-extension';

const speech = (title: string, heading: string, body: string, importedAt: number) => ({
  source: parseSource(`${title}\n同志们：\n一、${heading}\n${body}`, `${title}.txt`),
  encoding: 'gb18030',
  importedAt,
});
const archive = speech('在全局数字档案工作推进会上的讲话', '夯实档案基础', '要把纸质档案扫描入库，建立全文检索的电子档案馆。', 1);
const report = speech('2025年机关党建工作总结', '主要成绩', '全年开展主题党日活动12次，党员参与率达到98%。', 2);
const plan = speech('2026年机关党建工作要点', '总体要求', '坚持以党的政治建设为统领，全面提升机关党建质量。', 3);

runWithExtension(async (browser) => {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await page.locator('.source-row').first().waitFor();
  // Now: the archive speech renamed since the export, this year's plan imported, a favourite pinned.
  await storeLibrary(page, [{ ...archive, source: { ...archive.source, title: '档案工作推进会讲话（定稿）' } }, plan]);
  await worker.evaluate(`chrome.storage.local.set({ favourites: [{ id: 'n', text: '全面从严治党永远在路上', createdAt: 5 }], settings: ${JSON.stringify({ ...DEFAULT_SETTINGS, limit: 3 })} })`);
  const file = join(mkdtempSync(join(tmpdir(), 'gongwen-shot-')), 'gongwen-assist-backup-2026-06-30.json');
  writeFileSync(
    file,
    createBackup(
      {
        settings: { ...DEFAULT_SETTINGS, disabledSites: ['oa.example.gov.cn'] },
        favourites: [{ id: 'f', text: '不忘初心、牢记使命', abbreviation: ';bwcx', createdAt: 1 }],
        importedSources: [archive, report],
      },
      new Date('2026-06-30T09:00:00Z'),
    ),
  );
  await page.reload();
  await page.locator('.source-row').first().waitFor();
  await page.locator('#backup input[type="file"]').setInputFiles(file);
  const confirm = page.locator('.restore-confirm');
  await confirm.waitFor();
  await confirm.getByRole('radio').nth(1).check();
  await page.locator('[data-change="removed"]').first().waitFor();
  await page.locator('#backup').scrollIntoViewIfNeeded();
  mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
  await page.locator('#backup').screenshot({ path: resolve(ROOT, 'docs/restore.png') });
  console.log('saved docs/restore.png');
});
