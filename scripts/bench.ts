/**
 * `npm run bench`: builds corpora at 1×, 10× and 100× the seeds (the seeds plus near-copies of them
 * with filler, scripts/bench-corpus.ts) and measures the matcher beside the plain Fuse.js scan on the
 * same queries, in one run, with hit@1 and hit@5 of the public and the held-out-style sets.
 * A benchmark, not a test: numbers depend on the machine.
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { parseSource, splitSentences, walkSections, type Source } from '../lib/corpus';
import { createMatcher, matcherSnapshot, prepareCorpus, type PreparedSource, type Suggestion } from '../lib/match';
import { seedTexts, syntheticSpeeches } from './bench-corpus';
import { evaluate, loadQueries, seedLines, type EvalQuery } from './evaluate';
import { pinyinTableFor } from './pinyin';
import { loadSourcesFromDir } from './seeds';
import { SEEDS_DIR } from './prepared';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const SCALES = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
const queries = loadQueries();
const heldout = loadQueries(join(import.meta.dirname, '..', 'tests', 'fixtures', 'heldout-style.jsonl'));
const lines = seedLines();

interface Row {
  scale: number;
  sources: number;
  megabytes: number;
  sentences: number;
  prepareMs: number;
  buildMs: number;
  heapMb: number;
  mean: number;
  p95: number;
  hit1: number;
  hit5: number;
  heldoutHit1: number;
  heldoutHit5: number;
  negatives: number;
  fuseBuildMs: number;
  fuseMean: number;
  fuseP95: number;
  fuseHit5: number;
  fuseNegatives: number;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/** Mean and 95th percentile of the time `suggest` takes, over `rounds` passes of every query after a warm-up pass. */
function measure(suggest: (query: string) => unknown, rounds: number): { mean: number; p95: number } {
  for (const q of queries) suggest(q.query);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) samples.push(time(() => suggest(q.query))[1]);
  }
  samples.sort((a, b) => a - b);
  return { mean: samples.reduce((a, b) => a + b, 0) / samples.length, p95: samples[Math.floor(samples.length * 0.95)] ?? 0 };
}

function hitRate(suggest: (query: string) => Suggestion[], set: readonly EvalQuery[] = queries): { hit1: number; hit5: number; negatives: number } {
  const report = evaluate(set, suggest, lines);
  return { hit1: report.total.hit1 / report.total.queries, hit5: report.total.hit5 / report.total.queries, negatives: report.falsePositives.length };
}

const seeds = loadSourcesFromDir(SEEDS_DIR);
const seedBytes = seeds.reduce((n, s) => n + Buffer.byteLength(JSON.stringify(s)), 0);
const rows: Row[] = [];
/** After one source is edited: preparing everything again, and with each source's preparation cached. */
const edits: { scale: number; fullMs: number; cachedMs: number; indexMs: number }[] = [];
for (const scale of SCALES) {
  const synthetic = syntheticSpeeches(seedTexts(), (scale - 1) * seeds.length, scale);
  const sources: Source[] = [...seeds, ...synthetic.map((s) => parseSource(s.text, s.file))];
  const megabytes = (seedBytes * 0 + [...sources].reduce((n, s) => n + textBytes(s), 0)) / 1e6;

  // Build time: what scripts/vite-seed-corpus.ts does once per build (pinyin table, mining).
  const [prepared, prepareMs] = time(() => prepareCorpus(sources, pinyinTableFor(sources)));
  gc();
  const before = process.memoryUsage().heapUsed;
  const [matcher, buildMs] = time(() => createMatcher(prepared));
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  const speed = measure((q) => matcher.suggest(q), scale >= 100 ? 5 : 20);
  const quality = hitRate((q) => matcher.suggest(q));
  const heldoutQuality = hitRate((q) => matcher.suggest(q), heldout);

  // The first attempt from the issue, on the same corpus and queries.
  const sentences = allSentences(sources).map((text) => ({ text }));
  const [fuse, fuseBuildMs] = time(() => new Fuse(sentences, { keys: ['text'] }));
  const fuseSuggest = (query: string): Suggestion[] =>
    fuse.search(query.slice(-32), { limit: 5 }).map((r, i) => ({
      id: String(r.refIndex),
      source: '',
      sourceTitle: '',
      trail: [],
      kind: 'sentence',
      // The naive attempt puts the sentence in place of the whole query.
      mode: 'replace',
      reason: 'near',
      replace: [0, query.length],
      text: r.item.text,
      corrections: [],
      passage: r.item.text,
      score: 1 - (r.score ?? 0) - i * 1e-6,
      highlights: [],
    }));
  const fuseSpeed = measure(fuseSuggest, 1);
  const fuseQuality = hitRate(fuseSuggest);
  rows.push({
    scale,
    sources: sources.length,
    megabytes,
    sentences: sentences.length,
    prepareMs,
    buildMs,
    heapMb,
    ...speed,
    ...quality,
    heldoutHit1: heldoutQuality.hit1,
    heldoutHit5: heldoutQuality.hit5,
    fuseBuildMs,
    fuseMean: fuseSpeed.mean,
    fuseP95: fuseSpeed.p95,
    fuseHit5: fuseQuality.hit5,
    fuseNegatives: fuseQuality.negatives,
  });
  if (scale > 1) {
    // What the background does after one edit: prepare (from scratch, or from the per-source cache) and index.
    const pinyin = prepared.pinyin;
    const store = new Map<string, PreparedSource>();
    const cache = { get: (id: string) => store.get(id), set: (id: string, entry: PreparedSource) => void store.set(id, entry) };
    prepareCorpus(sources, pinyin, cache);
    const [replacement] = syntheticSpeeches(seedTexts(), 1, scale + 1000);
    const last = sources[sources.length - 1];
    const edited = replacement && last ? [...sources.slice(0, -1), { ...parseSource(replacement.text, replacement.file), id: last.id }] : sources;
    const fullMs = time(() => prepareCorpus(edited, pinyin))[1];
    const [again, cachedMs] = time(() => prepareCorpus(edited, pinyin, cache));
    const indexMs = time(() => matcherSnapshot(again))[1];
    edits.push({ scale, fullMs, cachedMs, indexMs });
  }
  console.error(`${scale}× done: ${JSON.stringify(matcher.stats())}`);
}

const ms = (n: number) => (n < 10 ? n.toFixed(3) : n.toFixed(0));
const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
const negatives = queries.filter((q) => q.expect === null).length;
console.log(`${queries.length} queries (${negatives} negative), node ${process.version}, ${process.platform}/${process.arch}\n`);
console.log(
  '| corpus | sources | text | sentences | prepare (build time) | index build | index heap | mean ms | p95 ms | Fuse.js mean ms | Fuse.js p95 ms | speed-up (mean) | public hit@1 | public hit@5 | held-out hit@1 | held-out hit@5 | Fuse.js hit@5 | negatives answered | Fuse.js negatives answered |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.scale}× | ${r.sources} | ${r.megabytes.toFixed(1)} MB | ${r.sentences} | ${ms(r.prepareMs)} ms | ${ms(r.buildMs)} ms | ${r.heapMb.toFixed(1)} MB | ${ms(r.mean)} | ${ms(r.p95)} | ${ms(r.fuseMean)} | ${ms(r.fuseP95)} | ${(r.fuseMean / r.mean).toFixed(0)}× | ${pct(r.hit1)} | ${pct(r.hit5)} | ${pct(r.heldoutHit1)} | ${pct(r.heldoutHit5)} | ${pct(r.fuseHit5)} | ${r.negatives}/${negatives} | ${r.fuseNegatives}/${negatives} |`,
  );
}

if (edits.length > 0) {
  console.log('\nAfter editing one source (what the background prepares again before the new index is stored):\n');
  console.log('| corpus | prepare everything | prepare with the per-source cache | index (snapshot) |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const e of edits) console.log(`| ${e.scale}× | ${ms(e.fullMs)} ms | ${ms(e.cachedMs)} ms | ${ms(e.indexMs)} ms |`);
}

function textBytes(source: Source): number {
  let bytes = Buffer.byteLength(source.title);
  for (const section of walkSections(source.sections)) bytes += Buffer.byteLength(section.heading + section.paragraphs.join('\n'));
  return bytes;
}

function allSentences(sources: readonly Source[]): string[] {
  const out: string[] = [];
  for (const source of sources) {
    for (const section of walkSections(source.sections)) {
      if (section.heading) out.push(section.heading);
      for (const p of section.paragraphs) out.push(...splitSentences(p).map((s) => s.trim()).filter(Boolean));
    }
  }
  return out;
}
