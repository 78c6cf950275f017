import { describe, expect, it } from 'vitest';
import { evaluate, loadQueries } from '../../scripts/evaluate';
import { seedMatcher } from './helpers';

describe('evaluation set (tests/fixtures/queries.jsonl)', () => {
  const matcher = seedMatcher();
  const report = evaluate(loadQueries(), (query) => matcher.suggest(query));

  it('finds the expected passage in the top 5 for at least 95% of the queries', () => {
    expect(report.total.queries).toBeGreaterThan(40);
    expect(report.total.hit5 / report.total.queries).toBeGreaterThanOrEqual(0.95);
  });

  it('suggests nothing for any negative query', () => {
    expect(report.negatives).toBeGreaterThan(0);
    expect(report.falsePositives).toEqual([]);
  });
});
