/** What a suggestion inserts. */
export type UnitKind =
  /** One sentence of a paragraph. */
  | 'sentence'
  /** A whole paragraph. */
  | 'paragraph'
  /** A section heading alone (`坚持把政治建设摆在首位`). */
  | 'heading'
  /** A heading with its body, as one passage. */
  | 'section'
  /** A recurring formulation (规范提法) mined from the corpus, e.g. `增强“四个意识”、坚定“四个自信”、做到“两个维护”`. */
  | 'formulation';

export const UNIT_KINDS: readonly UnitKind[] = ['sentence', 'paragraph', 'heading', 'section', 'formulation'];

/** A half-open range `[start, end)` of UTF-16 offsets. */
export type Range = readonly [start: number, end: number];

export interface Suggestion {
  /** Stable id of the unit: the same passage keeps its id across builds. */
  id: string;
  /** Source id (see lib/corpus `Source.id`). */
  source: string;
  sourceTitle: string;
  /** Headings of the sections that hold the unit, outermost first. */
  trail: string[];
  kind: UnitKind;
  /** Exactly what would be inserted. */
  text: string;
  /** Confidence in (0, 1]; higher is better. Suggestions are sorted by it. */
  score: number;
  /**
   * The span of the query context that inserting `text` replaces, as offsets into the `context`
   * string given to `suggest`. `replace[1]` is always `context.length` (the caret).
   */
  replace: Range;
  /** Ranges of `text` that matched what was typed, for highlighting. */
  highlights: Range[];
}

export interface SuggestOptions {
  /** How many suggestions at most (default 5). */
  limit?: number;
  /** Only these source ids (default: all). */
  sources?: readonly string[];
  /** Only these kinds (default: all). */
  kinds?: readonly UnitKind[];
}
