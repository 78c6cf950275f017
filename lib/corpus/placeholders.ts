import type { PlaceholderSpan } from './types';

/**
 * `X`, `XX`, `XXXX`, `×`, `Ｘ` and a following `%` stand for names and numbers in the seeds.
 * A Latin word that merely contains X (`XML`) is not a placeholder.
 */
const PLACEHOLDER = /(?<![A-Za-z])[X×Ｘ]+%?(?![A-Za-z])/g;

export function findPlaceholders(text: string, where: PlaceholderSpan['where']): PlaceholderSpan[] {
  return Array.from(text.matchAll(PLACEHOLDER), (m) => ({
    where,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

const ANY_PLACEHOLDER = new RegExp(PLACEHOLDER.source);

export function hasPlaceholder(text: string): boolean {
  return ANY_PLACEHOLDER.test(text);
}
