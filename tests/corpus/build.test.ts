import { OUTPUT_DIR } from '../e2e/paths';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corpus } from '@/lib/corpus';
import { SEED_CORPUS_ID, seedCorpusPlugin } from '@/scripts/vite-seed-corpus';

const ROOT = join(__dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function seedDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-seeds-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Bundles a one-line module that imports the virtual corpus, the way the extension does. */
async function bundleCorpus(dir: string): Promise<string> {
  const entry = seedDir({ 'entry.js': `export { sources } from '${SEED_CORPUS_ID}';` });
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [seedCorpusPlugin({ dir })],
    build: { write: false, lib: { entry: join(entry, 'entry.js'), formats: ['es'] }, minify: false },
  });
  const [result] = Array.isArray(output) ? output : [output];
  if (!result || !('output' in result)) throw new Error('no build output');
  return result.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

/** WXT writes non-ASCII as \u escapes; read it back as text. */
const unescape = (code: string) => code.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('build-time corpus', () => {
  it('bundles the parsed outline, not the raw text', async () => {
    const code = await bundleCorpus(seedDir({ 'a.txt': '标题\n同志们：\n一、甲\n（一）乙。正文。' }));
    expect(code).toMatch(/"heading":\s*"乙"/);
    expect(code).toMatch(/"paragraphs":\s*\[\s*"正文。"\s*\]/);
    expect(code).not.toContain('（一）乙。正文。');
  });

  it('fails the build with file, line and reason for a malformed seed', async () => {
    const dir = seedDir({ 'good.txt': '标题\n正文。', 'empty.txt': '' });
    await expect(bundleCorpus(dir)).rejects.toThrow(/empty\.txt:1: the file is empty/);
    const gbk = seedDir({ 'gbk.txt': Uint8Array.from([0xb1, 0xea, 0xcc, 0xe2]) });
    await expect(bundleCorpus(gbk)).rejects.toThrow(/gbk\.txt:1: bytes are not UTF-8/);
  });
});

describe('the built extension (npm test builds it first)', () => {
  const chrome = join(OUTPUT_DIR, 'chrome-mv3');

  it('is an MV3 extension carrying the parsed sections and none of the advert', () => {
    expect(existsSync(join(chrome, 'manifest.json')), 'run `npm run build` first').toBe(true);
    const manifest = JSON.parse(readFileSync(join(chrome, 'manifest.json'), 'utf8')) as { manifest_version: number; name: string };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('__MSG_extName__');
    const zh = JSON.parse(readFileSync(join(chrome, '_locales/zh_CN/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(zh.extName?.message).toBe('公文素材助手');
    const files = readdirSync(chrome, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const code = unescape(files.map((f) => readFileSync(join(chrome, f), 'utf8')).join('\n'));
    expect(code).toContain('heading:"坚持把政治建设摆在首位"');
    expect(code).toContain('heading:"紧扣标准要求，务求党建达标"');
    // Whole advert lines: the parser's own advert pattern (bundled for imports) names single words only.
    for (const advert of ['仅供学习 禁止外传', '自建平台、实时分享', '现在订阅立享前3年的所有权益和资料', '举报倒卖会员资料的人']) {
      expect(code).not.toContain(advert);
    }
  });

  it('also builds for Firefox', () => {
    const manifest = join(OUTPUT_DIR, 'firefox-mv2/manifest.json');
    expect(existsSync(manifest), 'run `npm run build:firefox` first').toBe(true);
    expect((JSON.parse(readFileSync(manifest, 'utf8')) as { manifest_version: number }).manifest_version).toBe(2);
  });
});

describe('npm run corpus', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');

  it('prints {"sources":[…]} with --json', () => {
    const json = execFileSync(tsx, ['scripts/corpus.ts', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const corpus = JSON.parse(json) as Corpus;
    expect(corpus.sources).toHaveLength(5);
    expect(corpus.sources[0]?.sections[1]?.children.map((c) => c.heading)).toEqual(['坚持把政治建设摆在首位', '持续强化思想理论武装', '发挥主题党日载体作用']);
  });

  it('prints a readable outline with counts', () => {
    const text = execFileSync(tsx, ['scripts/corpus.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(text).toContain('■ 在机关党员大会上的讲话');
    expect(text).toMatch(/\d+ paragraphs, \d+ sentences/);
    expect(text).toContain('一是主动学标');
  });

  it('exits 1 with file:line: reason on a bad folder', () => {
    const dir = seedDir({ 'bad.txt': '   \n' });
    const run = spawnSync(tsx, ['scripts/corpus.ts', '--dir', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad.txt:1: the file has no text');
  });
});
