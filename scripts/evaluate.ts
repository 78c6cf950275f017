import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applySuggestion, type Suggestion } from '../lib/match';
import { foldKey, WILDCARD } from '../lib/match/fold';
import { SEEDS_DIR } from './prepared';

export interface EvalQuery {
  id: string;
  kind: string;
  query: string;
  /** Text a good suggestion contains; null for a query that must get no suggestion. */
  expect: string | null;
}

export const QUERIES_FILE = join(import.meta.dirname, '..', 'tests', 'fixtures', 'queries.jsonl');

export function loadQueries(file = QUERIES_FILE): EvalQuery[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalQuery);
}

/** Lines of the seed files: a suggestion longer than the line holding `expect` is a whole section, not a hit. */
export function seedLines(dir = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\r?\n/))
    .map((line) => line.trim());
}

/** The longest seed line that holds `expect`: the longest text a hit may have. */
export function hitLimit(expect: string, lines: readonly string[]): number {
  return Math.max(-1, ...lines.filter((line) => line.includes(expect)).map((line) => line.length));
}

/**
 * Rank (1-based) of the first hit among `suggestions`, or 0 when none is. A hit is judged on what
 * accepting it leaves in the editor (the insertion contract: `applySuggestion`): the result holds the
 * expected words (compared folded, so the writer's `56` stands for the corpus's `X`), and the passage
 * it comes from holds them too and is no longer than their line, unless the writer had typed them all
 * already (then what follows them, a heading's body say, is the suggestion).
 */
export function hitRank(context: string, suggestions: readonly Suggestion[], expect: string, limit: number): number {
  const want = foldKey(expect);
  const typed = foldKey(context);
  const typedAll = typed.includes(want);
  // A continuation keeps what was typed: the expected words before the writer's first ones (a fragment
  // typed from mid-sentence) are not re-inserted, so the result must hold the expected words from there.
  const from = want.indexOf(typed.slice(0, 3));
  // The writer's own words stand where the corpus has a placeholder (`强省会` for `XXXX`).
  const pattern = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(WILDCARD, '.{1,8}?'));
  const wanted = [want, want.slice(Math.max(0, from))].map(pattern);
  const index = suggestions.findIndex((s) => {
    const result = foldKey(applySuggestion(context, s));
    return wanted.some((w) => w.test(result)) && foldKey(s.passage).includes(want) && (s.passage.length <= limit || typedAll);
  });
  return index + 1;
}

export interface KindScore {
  kind: string;
  queries: number;
  hit1: number;
  hit5: number;
}

export interface EvalReport {
  kinds: KindScore[];
  total: KindScore;
  negatives: number;
  /** Negatives that got a suggestion. */
  falsePositives: string[];
  misses: { id: string; query: string; expect: string; got: string[] }[];
}

/** Scores `suggest` over `queries`: hit@1 and hit@5 by kind, and how many negatives got any suggestion. */
export function evaluate(queries: readonly EvalQuery[], suggest: (query: string) => Suggestion[], lines = seedLines()): EvalReport {
  const byKind = new Map<string, KindScore>();
  const total: KindScore = { kind: 'all', queries: 0, hit1: 0, hit5: 0 };
  const falsePositives: string[] = [];
  const misses: EvalReport['misses'] = [];
  let negatives = 0;
  for (const q of queries) {
    const got = suggest(q.query);
    if (q.expect === null) {
      negatives++;
      if (got.length > 0) falsePositives.push(q.id);
      continue;
    }
    const limit = hitLimit(q.expect, lines);
    if (limit < 0) throw new Error(`${q.id}: no seed line holds ${q.expect}`);
    const rank = hitRank(q.query, got.slice(0, 5), q.expect, limit);
    const score = byKind.get(q.kind) ?? { kind: q.kind, queries: 0, hit1: 0, hit5: 0 };
    byKind.set(q.kind, score);
    for (const s of [score, total]) {
      s.queries++;
      if (rank === 1) s.hit1++;
      if (rank >= 1) s.hit5++;
    }
    if (rank !== 1) misses.push({ id: q.id, query: q.query, expect: q.expect, got: got.map((s) => applySuggestion(q.query, s).slice(0, 60)) });
  }
  return { kinds: [...byKind.values()], total, negatives, falsePositives, misses };
}

const percent = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

export function formatReport(report: EvalReport): string {
  const rows = [...report.kinds, report.total].map(
    (k) => `| ${k.kind} | ${k.queries} | ${percent(k.hit1, k.queries)} | ${percent(k.hit5, k.queries)} |`,
  );
  return [
    '| kind | queries | hit@1 | hit@5 |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
    `negatives with a suggestion: ${report.falsePositives.length} of ${report.negatives}${report.falsePositives.length ? ` (${report.falsePositives.join(', ')})` : ''}`,
  ].join('\n');
}
