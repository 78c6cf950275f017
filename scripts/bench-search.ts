/**
 * `npm run bench:search [-- --scale N]`: the library search of the palette, popup and side panel
 * (lib/palette/find.ts) over the seeds, or the seeds plus synthetic speeches up to N× their size, in
 * Node. Prints the median and p95 of each query kind: Chinese, full pinyin, initials, keywords.
 */
import { matcherSnapshot, prepareCorpus } from '../lib/match';
import { PassageSearch } from '../lib/match/passage-search';
import { buildEntries, LibraryFinder, LibrarySearch } from '../lib/palette';
import { prepareFromDirs } from './prepared';
import { scaledLibrary } from './scale-library';

const QUERIES: Record<string, string[]> = {
  chinese: ['党费', '两学一做', '政治建设摆在首位', '主题党日', '党风廉政建设', '党非', '组织生活会', '文明城市'],
  pinyin: ['dangfei', 'liangxueyizuo', 'zhengzhijianshe', 'zhutidangri', 'dangfenglianzhengjianshe'],
  initials: ['zzjs', 'lxyz', 'sgys', 'jcbzzjsbzsw', 'shhyk'],
  keywords: ['党费 收缴', '疫情防控 捐款', '支部 标准化'],
};
const ROUNDS = 20;

const scaleAt = process.argv.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(process.argv[scaleAt + 1]) : 1;
const { prepared: seeds } = prepareFromDirs();
const prepared = scale > 1 ? prepareCorpus([...seeds.sources, ...scaledLibrary(scale).map((entry) => entry.source)], seeds.pinyin) : seeds;
let started = performance.now();
const snapshot = matcherSnapshot(prepared);
const entries = buildEntries(prepared);
const finder = new LibraryFinder(new LibrarySearch(entries), new PassageSearch(snapshot), entries, snapshot.corpus.sources);
console.log(`${prepared.sources.length} sources, ${snapshot.parts.units.length} units, ${entries.length} entries; built in ${Math.round(performance.now() - started)} ms`);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
for (const [kind, queries] of Object.entries(QUERIES)) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      started = performance.now();
      finder.find(query, { limit: 50 });
      if (round > 0) times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`${kind.padEnd(9)} median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms`);
}
