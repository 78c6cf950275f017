import Fuse, { type Expression, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Range } from '../match/types';
import type { LibraryEntry } from './entries';

export interface PaletteHit {
  entry: LibraryEntry;
  /** 0 (perfect) … 1, Fuse's score. */
  score: number;
  /** Matched ranges of `entry.label`, for highlighting. */
  highlights: Range[];
}

/** Bitap patterns are at most 32 characters: beyond that Fuse stops being fuzzy. */
const MAX_PATTERN = 32;

/**
 * Fuse.js over short labels is its sweet spot: the palette's search box. Chinese text, full pinyin,
 * initials and a favourite's abbreviation are separate keys; `ignoreLocation` because a phrase can sit
 * anywhere in a heading, and a strict threshold because Chinese characters carry more meaning each
 * than Latin letters do. Pinyin must be found as typed (`'` is Fuse's include-match): fuzzy letters
 * match anything (`dangfei` found an unrelated heading).
 */
const OPTIONS: IFuseOptions<LibraryEntry> = {
  keys: [
    { name: 'label', weight: 3 },
    { name: 'abbreviation', weight: 3 },
    { name: 'initials', weight: 1 },
    { name: 'pinyin', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.3,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 2,
  useExtendedSearch: true,
};

export class LibrarySearch {
  private readonly fuse: Fuse<LibraryEntry>;

  constructor(private readonly entries: readonly LibraryEntry[]) {
    this.fuse = new Fuse([...entries], OPTIONS);
  }

  /** Best first; the whole library in its own order for an empty query. Only `sources` (when given) are searched. */
  search(query: string, { limit = 50, sources }: { limit?: number; sources?: ReadonlySet<string> } = {}): PaletteHit[] {
    const allowed = (entry: LibraryEntry) => entry.kind === 'favourite' || !sources || sources.has(entry.source);
    const pattern = normalise(query).slice(-MAX_PATTERN);
    if (pattern === '') return this.entries.filter(allowed).slice(0, limit).map((entry) => ({ entry, score: 0, highlights: [] }));
    const hits: PaletteHit[] = [];
    for (const result of this.fuse.search(expressionOf(pattern))) {
      if (!allowed(result.item)) continue;
      hits.push({ entry: result.item, score: result.score ?? 1, highlights: labelRanges(result.matches) });
      if (hits.length >= limit) break;
    }
    return hits;
  }
}

/** Full-width Latin and spaces typed through an IME become plain lower-case letters. */
function normalise(query: string): string {
  const ascii = query.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return /^[a-z\s']+$/i.test(ascii) ? ascii.replace(/[\s']+/g, '').toLowerCase() : ascii.trim();
}

/** Letters are pinyin or an abbreviation; anything else is matched against the labels. */
function expressionOf(pattern: string): Expression {
  // Chinese is matched against the label and the abbreviation only: its pinyin keys are letters.
  if (!/^[a-z]+$/.test(pattern)) return { $or: [{ label: pattern }, { abbreviation: pattern }] };
  return { $or: [{ abbreviation: pattern }, { initials: `'${pattern}` }, { pinyin: `'${pattern}` }] };
}

function labelRanges(matches: readonly FuseResultMatch[] | undefined): Range[] {
  const label = matches?.find((m) => m.key === 'label');
  return (label?.indices ?? []).map(([start, end]) => [start, end + 1] as const);
}
