import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySuggestion, type Suggestion } from '../../lib/match';

const root = join(import.meta.dirname, '..', '..');

function run(args: string[], input = ''): { stdout: string; status: number | null } {
  const result = spawnSync('npx', ['tsx', 'scripts/suggest.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { stdout: result.stdout, status: result.status };
}

describe('npm run suggest', () => {
  it('answers each stdin line with one JSON array, in order', () => {
    const { stdout, status } = run(['--limit', '2'], '坚持把政治建设摆在\n今天中午我们去食堂吃饭吧\nsgys\n');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Suggestion[]);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.[0]?.text).toBe('首位。');
    expect(lines[0]).toHaveLength(2);
    expect(lines[1]).toEqual([]);
    expect(lines[2]?.[0]?.text).toContain('四个意识');
  });

  it('prints one JSON array for a query with --json, and a readable list without', () => {
    const query = '实行党建重点工作月提醒';
    const json = run(['--json', '--sources', '002_d6b92f23921d179d', query]);
    const suggestions = JSON.parse(json.stdout) as Suggestion[];
    expect(suggestions[0] && applySuggestion(query, suggestions[0])).toContain('实行党建重点工作月提醒制度');
    expect(suggestions.every((s) => s.source === '002_d6b92f23921d179d')).toBe(true);
    const readable = run(['坚持把政治建设摆在']);
    expect(readable.stdout).toContain('1. [heading] continue (continue)');
    expect(readable.stdout).toContain('坚持把政治建设摆在{+首位。+}');
    expect(readable.stdout).toContain('【坚持把政治建设摆在】首位。');
  });

  it('says with --json what accepting each suggestion does: mode, replace, text, corrections, reason', () => {
    const query = '在全市文明城市创建工作中，我局积极响应';
    const suggestions = JSON.parse(run(['--json', query]).stdout) as Suggestion[];
    const [first] = suggestions;
    expect(first).toMatchObject({ mode: 'continue', reason: 'continue', replace: [query.length, query.length], corrections: [] });
    expect(first?.text).toBe('、主动作为，联系帮扶主城区X个社区X个网格。');
    const near = suggestions.find((s) => s.mode === 'replace');
    expect(near).toMatchObject({ reason: 'near', replace: [query.indexOf('我局'), query.length] });
    expect(near && applySuggestion(query, near)).toBe('在全市文明城市创建工作中，市直机关积极响应、主动作为，联系帮扶主城区X个社区X个网格。');
    const typo = '不断提升组织生活的吸引力和时效性';
    const fixed = (JSON.parse(run(['--json', typo]).stdout) as Suggestion[])[0];
    expect(fixed).toMatchObject({ mode: 'continue', reason: 'homophone', corrections: [{ at: 12, from: '和时', to: '和实' }] });
    expect(run([typo]).stdout).toContain('corrections 和时→和实');
  });

  it('adds the speeches of --corpus DIR as enabled sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-corpus-'));
    writeFileSync(join(dir, 'mine.txt'), '在本局务虚会上的讲话\n同志们：\n一、抓好数字机关建设\n要以数据共享打通部门壁垒，全面建成一体化办公平台。\n');
    const { stdout } = run(['--json', '--corpus', dir, '--sources', '000_4a7ae90688f375f7', '以数据共享打通部门']);
    const suggestions = JSON.parse(stdout) as Suggestion[];
    expect(suggestions[0]?.source).toBe('mine');
    expect(suggestions[0]?.text).toContain('全面建成一体化办公平台');
    expect(suggestions[0]?.passage).toBe('要以数据共享打通部门壁垒，全面建成一体化办公平台。');
  });
});
