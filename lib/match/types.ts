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
  | 'formulation'
  /**
   * A word or set phrase that a pinyin query spells (`zzjs` → `政治建设`) and that is no mined
   * formulation (词语). Suggested with the formulations (same kinds switch); never a unit of the index.
   */
  | 'term';

/** The kinds a writer can switch on and off (a pinyin term goes with the formulations). */
export const UNIT_KINDS: readonly UnitKind[] = ['sentence', 'paragraph', 'heading', 'section', 'formulation'];

/** A half-open range `[start, end)` of UTF-16 offsets. */
export type Range = readonly [start: number, end: number];

/**
 * What accepting a suggestion does to what was typed.
 * - `continue`: every typed character stays; the text is appended at the caret. Only same-sound IME
 *   errors inside the matched clause are corrected (listed in `corrections`), and pinyin letters typed
 *   as the query are replaced.
 * - `replace`: the current clause is replaced by a near match from the corpus (a paraphrase, or the
 *   writer's variant of a passage). Never anything before the current sentence.
 */
export type InsertMode = 'continue' | 'replace';

/** Why a suggestion was chosen, for the panel to say in a word. */
export type SuggestionReason =
  /** What was typed starts the passage (or a finished clause ends a unit): the rest is appended. */
  | 'continue'
  /** As `continue`, and same-sound characters typed by the IME are corrected. */
  | 'homophone'
  /** A near match that replaces the current clause. */
  | 'near'
  /** Pinyin letters (full or initials) replaced by the passage. */
  | 'pinyin'
  /** Space-separated keywords replaced by the passage that holds them all. */
  | 'keywords';

/** A same-sound correction of typed text (`理伦` → `理论`). */
export interface Correction {
  /** Offset in the context where `from` starts. */
  at: number;
  from: string;
  to: string;
}

export interface Suggestion {
  /** Stable id of the unit: the same passage keeps its id across builds. */
  id: string;
  /** Source id (see lib/corpus `Source.id`). */
  source: string;
  sourceTitle: string;
  /** Headings of the sections that hold the unit, outermost first. */
  trail: string[];
  kind: UnitKind;
  mode: InsertMode;
  reason: SuggestionReason;
  /**
   * The span of the query context that accepting replaces, as offsets into the `context` string given
   * to `suggest`. `replace[1]` is always `context.length` (the caret); in `continue` mode without
   * corrections the span is empty (`[context.length, context.length]`).
   */
  replace: Range;
  /**
   * What goes in place of `replace`: `context.slice(0, replace[0]) + text` is exactly what the editor
   * holds before the caret afterwards (see `applySuggestion`).
   */
  text: string;
  /** Same-sound corrections inside `replace` (continue mode only). */
  corrections: Correction[];
  /** The whole corpus passage the suggestion comes from, as the corpus has it (placeholders included). */
  passage: string;
  /** Confidence in (0, 1]; higher is better. Suggestions are sorted by it. */
  score: number;
  /** Ranges of `passage` that matched what was typed, for highlighting. */
  highlights: Range[];
  /** Other near-identical versions of the passage in the library, folded into this one (lib/match/near-duplicates.ts); absent when none. */
  variants?: number;
}

/** What the editor holds before the caret after accepting `suggestion` for `context`. */
export function applySuggestion(context: string, suggestion: Pick<Suggestion, 'replace' | 'text'>): string {
  const [start, end] = suggestion.replace;
  return context.slice(0, start) + suggestion.text + context.slice(end);
}

export interface SuggestOptions {
  /** How many suggestions at most (default 5). */
  limit?: number;
  /** Only these source ids (default: all). */
  sources?: readonly string[];
  /** Only these kinds (default: all). */
  kinds?: readonly UnitKind[];
}
