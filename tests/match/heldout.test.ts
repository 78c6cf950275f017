import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadQueries } from '../../scripts/evaluate';
import { seedMatcher } from './helpers';

/**
 * A second query set in the style of the public one, written from the seeds without looking at the
 * matcher: it guards against tuning the matcher to tests/fixtures/queries.jsonl alone.
 */
const HELDOUT_FILE = join(import.meta.dirname, '..', 'fixtures', 'heldout-style.jsonl');

describe('held-out-style set (tests/fixtures/heldout-style.jsonl)', () => {
  const matcher = seedMatcher();
  const report = evaluate(loadQueries(HELDOUT_FILE), (query) => matcher.suggest(query));

  it('finds the expected passage in the top 5 for at least 95% of the queries', () => {
    expect(report.total.queries).toBeGreaterThan(100);
    expect(report.total.hit5 / report.total.queries).toBeGreaterThanOrEqual(0.95);
  });

  it('covers every kind of the public set', () => {
    const kinds = new Set(loadQueries().map((q) => q.kind));
    const covered = new Set([...report.kinds.map((k) => k.kind), ...(report.negatives > 0 ? ['negative'] : [])]);
    expect([...kinds].filter((k) => !covered.has(k))).toEqual([]);
  });

  it('suggests nothing for any negative query', () => {
    expect(report.negatives).toBeGreaterThanOrEqual(10);
    expect(report.falsePositives).toEqual([]);
  });
});
