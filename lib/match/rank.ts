import type { Alignment } from './align';

/** Weight of the writer's own words before the matched part of a clause (`我们要` before `坚持…`). */
const LEAD_IN = 0.5;
/** Below these a match is not worth showing: an empty panel beats a wrong one. */
export const MIN_COVERAGE = 0.7;
export const MIN_FOUND = 4;
/**
 * Found characters needed when the match leaves earlier typed words of the sentence unexplained
 * (`祝大家工作顺利，身体健康` finding only `身体健康`): a four-character phrase alone is common ground
 * between any two texts, not evidence that the writer is quoting.
 */
export const MIN_FOUND_AFTER_LEAD = 5;
export const MIN_CREDIT = 5;
/** A larger unit reached from a match (a sentence's paragraph, a heading's section) ranks just below it. */
export const PARENT_FACTOR = 0.9;

export interface Judgement {
  score: number;
  /** The match reaches the caret and the text goes on: inserting it continues what was typed. */
  continuation: boolean;
}

/** Prefix sums of query weights, so that any span's weight is one subtraction. */
export function prefixSums(weights: readonly number[]): number[] {
  const sums = [0];
  for (const w of weights) sums.push((sums[sums.length - 1] ?? 0) + w);
  return sums;
}

/**
 * Confidence of a text-mode alignment. Coverage is the share of the typed weight that was found,
 * counted from where the match starts (lead-in words of the same clause count a little), so that
 * `今天中午我们去食堂吃饭吧` finding `我们` scores near zero while `……我们要坚持把政治建设摆在` finding
 * `坚持把政治建设摆在` scores near one. A continuation outranks a near match of equal coverage.
 */
export function judge(alignment: Alignment, sums: readonly number[], clauseStarts: readonly number[], textLength: number): Judgement | undefined {
  const m = sums.length - 1;
  const { queryStart, queryEnd, textStart, textEnd, credit, found } = alignment;
  let clause = 0;
  for (const start of clauseStarts) if (start <= queryStart) clause = start;
  const weight = (from: number, to: number) => (sums[to] ?? 0) - (sums[from] ?? 0);
  const coverage = credit / (weight(queryStart, m) + LEAD_IN * weight(clause, queryStart));
  if (found < Math.min(queryStart > 0 ? MIN_FOUND_AFTER_LEAD : MIN_FOUND, m) || credit < MIN_CREDIT || coverage < MIN_COVERAGE) return undefined;
  const reachesCaret = queryEnd === m;
  const continuation = reachesCaret && textEnd < textLength;
  const shape = (continuation ? 1 : reachesCaret ? 0.9 : 0.8) * (textStart === 0 ? 1 : 0.95);
  // Among equals, the shorter passage is the more precise suggestion.
  const brevity = 1 - Math.min(0.1, textLength / 4000);
  return { score: Math.min(1, coverage) * shape * brevity, continuation };
}

/** Confidence of a keywords match: every keyword must be mostly found; order does not matter. */
export function judgeKeywords(alignments: readonly Alignment[], totals: readonly number[]): Judgement | undefined {
  let credit = 0;
  let total = 0;
  let found = 0;
  for (const [k, a] of alignments.entries()) {
    const weight = totals[k] ?? 0;
    if (a.credit < MIN_COVERAGE * weight) return undefined;
    credit += a.credit;
    total += weight;
    found += a.found;
  }
  const coverage = credit / total;
  if (found < MIN_FOUND || credit < MIN_CREDIT || coverage < MIN_COVERAGE) return undefined;
  return { score: Math.min(1, coverage) * 0.9, continuation: false };
}
