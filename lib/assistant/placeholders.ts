import { findPlaceholders } from '../corpus/placeholders';

export interface PlaceholderMatch {
  start: number;
  end: number;
}

/** The first placeholder (`X`, `XX`, `×`, `X%`…) in `text`, as the corpus defines them. */
export function firstPlaceholder(text: string): PlaceholderMatch | null {
  const [first] = findPlaceholders(text, 'heading');
  return first ? { start: first.start, end: first.end } : null;
}
