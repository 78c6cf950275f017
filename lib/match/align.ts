import { WILDCARD } from './fold';
import type { Phonetics } from './pinyin';

/** What was typed, folded, with the weight (rarity) of each character. */
export interface WeightedQuery {
  text: string;
  weights: readonly number[];
}

export interface Alignment {
  /** Folded query span `[queryStart, queryEnd)` that the alignment covers. */
  queryStart: number;
  queryEnd: number;
  /** Folded text span it lines up with. */
  textStart: number;
  textEnd: number;
  /** Weight of the query characters found: exact in full, homophones and placeholder fillers in part. */
  credit: number;
  /** Query characters found exactly or as homophones. */
  found: number;
  /** Folded text indices that matched, ascending, for highlighting. */
  matched: number[];
  /**
   * For each query position: the text position it lines up with (a placeholder it fills included),
   * or -1 for a typed character the text lacks or one outside the alignment. Insertion reads it to
   * keep the writer's values and to find same-sound corrections.
   */
  textOf: number[];
}

/** Longest query aligned: query positions are bits of one 32-bit mask. */
export const MAX_ALIGNED = 32;
/** Credit for a homophone, relative to an exact character: an IME confusion, probably meant. */
const HOMOPHONE = 0.8;
/** Credit for each typed character that fills a placeholder (`56` or `统计` for `X`). */
const FILLER = 0.4;
const MISMATCH = 0.6;
/** A character the writer typed that the text lacks (`的` in `党员干部的素质`). */
const EXTRA_TYPED = 0.4;
const EXTRA_TYPED_PER_WEIGHT = 0.2;
/** A character of the text the writer left out (`已` in `党费已足额`). */
const SKIPPED_TEXT = 0.6;
/**
 * Most typed characters one placeholder absorbs: a name or a number (`统计局`, `生产力促进中心`). Without
 * a bound a single `X` would take a whole long query at filler credit and outscore the true match.
 */
const MAX_FILL = 7;
/** Ending the alignment before the caret forfeits this share of the weight left unmatched. */
const TAIL = 0.5;

const START = 0;
const DIAGONAL = 1;
const UP = 2;
const LEFT = 3;

/** Buffers shared by every alignment (JavaScript runs one at a time): aligning allocates nothing once warm. */
const buffers = {
  score: new Float32Array(0),
  move: new Uint8Array(0),
  /** Typed characters the placeholder of a cell's path has absorbed so far. */
  run: new Uint8Array(0),
  exact: new Int32Array(0),
  sound: new Int32Array(0),
  wildText: new Uint8Array(0),
  textWeight: new Float64Array(0),
};

function grow(cells: number, n: number): void {
  if (buffers.score.length < cells) {
    buffers.score = new Float32Array(cells * 2);
    buffers.move = new Uint8Array(cells * 2);
    buffers.run = new Uint8Array(cells * 2);
  }
  if (buffers.exact.length < n) {
    buffers.exact = new Int32Array(n * 2);
    buffers.sound = new Int32Array(n * 2);
    buffers.wildText = new Uint8Array(n * 2);
    buffers.textWeight = new Float64Array(n * 2);
  }
}

/**
 * Weighted local alignment (Smith–Waterman) of one query against many texts. Unlike Bitap it weighs
 * characters by rarity (matching `我们` proves little), treats homophones as near matches and lets a
 * corpus WILDCARD absorb any run of typed characters. Among equally good alignments it prefers one
 * that reaches the caret, which is what makes a continuation. Query positions are bit masks, so a
 * cell costs a few integer operations.
 */
export class Aligner {
  private readonly text: string;
  private readonly weights: Float64Array;
  /** Query positions holding each character. */
  private readonly exactMasks = new Map<string, number>();
  /** Query positions that can sound like each syllable id. */
  private readonly soundMasks = new Map<number, number>();
  private readonly wildMask: number;
  private readonly soundCache = new Map<string, number>();
  /** Weight of the query from position i to the end. */
  private readonly tail: Float64Array;
  /** Query positions (after the first) where a clause starts. */
  private readonly clauseMask: number;

  /**
   * `textWeight` is the rarity of a text character. A homophone earns the rarity of the character it
   * lands on, not of the one typed: a character the corpus lacks (`午`) is as rare as can be, and would
   * otherwise turn any common same-sounding character (`务`) into strong evidence.
   */
  constructor(
    query: WeightedQuery,
    private readonly phonetics: Phonetics,
    private readonly textWeight: (char: string) => number = () => Infinity,
    clauseStarts: readonly number[] = [],
  ) {
    if (query.text.length > MAX_ALIGNED) throw new RangeError(`query longer than ${MAX_ALIGNED} characters`);
    this.text = query.text;
    this.weights = Float64Array.from(query.weights);
    let wild = 0;
    for (let i = 0; i < this.text.length; i++) {
      const ch = this.text[i] ?? '';
      const bit = 1 << i;
      this.exactMasks.set(ch, (this.exactMasks.get(ch) ?? 0) | bit);
      if (ch === WILDCARD) wild |= bit;
      for (const id of phonetics.readingsOf(ch)) this.soundMasks.set(id, (this.soundMasks.get(id) ?? 0) | bit);
    }
    this.wildMask = wild;
    this.clauseMask = clauseStarts.reduce((mask, start) => (start > 0 && start < MAX_ALIGNED ? mask | (1 << start) : mask), 0);
    const m = this.text.length;
    this.tail = new Float64Array(m + 1);
    for (let i = m - 1; i >= 0; i--) this.tail[i] = (this.tail[i + 1] ?? 0) + (this.weights[i] ?? 0);
  }

  /** Query positions that `char` can sound like; cached, since a few hundred characters make most texts. */
  private soundMaskOf(char: string): number {
    let mask = this.soundCache.get(char);
    if (mask === undefined) {
      mask = 0;
      for (const id of this.phonetics.readingsOf(char)) mask |= this.soundMasks.get(id) ?? 0;
      this.soundCache.set(char, mask);
    }
    return mask;
  }

  align(text: string): Alignment | undefined {
    const m = this.text.length;
    const n = text.length;
    if (m === 0 || n === 0) return undefined;
    const width = n + 1;
    const cells = (m + 1) * width;
    if (buffers.score.length < cells || buffers.exact.length < n) grow(cells, n);
    const { exact, sound, wildText, textWeight, score, move, run } = buffers;
    let any = 0;
    for (let j = 0; j < n; j++) {
      const t = text[j] ?? '';
      const e = this.exactMasks.get(t) ?? 0;
      const s = this.soundMaskOf(t);
      const w = t === WILDCARD ? 1 : 0;
      exact[j] = e;
      sound[j] = s;
      wildText[j] = w;
      textWeight[j] = s ? this.textWeight(t) : 0;
      any |= e | s | w;
    }
    if (any === 0) return undefined;
    score.fill(0, 0, width);
    move.fill(START, 0, width);
    run.fill(0, 0, width);
    const weights = this.weights;
    const wildMask = this.wildMask;
    /** Score of lining up query position i-1 with text position j-1. */
    const gain = (i: number, j: number): number => {
      const bit = 1 << (i - 1);
      const w = weights[i - 1] ?? 0;
      if ((exact[j - 1] ?? 0) & bit) return w;
      if (wildText[j - 1]) return wildMask & bit ? -MISMATCH : FILLER * w;
      if ((sound[j - 1] ?? 0) & bit) return HOMOPHONE * Math.sqrt(w * Math.min(w, textWeight[j - 1] ?? 0));
      return -MISMATCH;
    };

    let bestValue = 0;
    let bestI = 0;
    let bestJ = 0;
    for (let i = 1; i <= m; i++) {
      const w = this.weights[i - 1] ?? 0;
      const bit = 1 << (i - 1);
      const extraTyped = -(EXTRA_TYPED + EXTRA_TYPED_PER_WEIGHT * w);
      const filler = wildMask & bit ? extraTyped : FILLER * w;
      const row = i * width;
      const above = row - width;
      score[row] = 0;
      move[row] = START;
      run[row] = 0;
      const tailPenalty = TAIL * (this.tail[i] ?? 0);
      for (let j = 1; j <= n; j++) {
        const wild = wildText[j - 1] === 1;
        let value = 0;
        let how = START;
        const diagonal = (score[above + j - 1] ?? 0) + gain(i, j);
        if (diagonal > value) {
          value = diagonal;
          how = DIAGONAL;
        }
        const absorbed = wild ? (run[above + j] ?? 0) : 0;
        const up = (score[above + j] ?? 0) + (wild && absorbed < MAX_FILL ? filler : extraTyped);
        if (up > value) {
          value = up;
          how = UP;
        }
        const left = (score[row + j - 1] ?? 0) - (wild ? 0 : SKIPPED_TEXT);
        if (left > value) {
          value = left;
          how = LEFT;
        }
        score[row + j] = value;
        move[row + j] = how;
        run[row + j] = !wild || wildMask & bit ? 0 : how === UP ? absorbed + 1 : how === DIAGONAL ? 1 : 0;
        if (value - tailPenalty > bestValue) {
          bestValue = value - tailPenalty;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestValue <= 0) return undefined;

    let i = bestI;
    let j = bestJ;
    let credit = 0;
    let found = 0;
    const matched: number[] = [];
    const textOf: number[] = new Array<number>(m).fill(-1);
    /** Query positions from which on, up to the end of the alignment, only placeholder fillers were met; and their credit. */
    let fillFrom = bestI;
    let fillCredit = 0;
    while (i > 0 && j > 0 && (score[i * width + j] ?? 0) > 0) {
      const how = move[i * width + j];
      const wildBit = wildMask & (1 << (i - 1));
      if (how === DIAGONAL) {
        const g = gain(i, j);
        const filler = wildText[j - 1] === 1 && !wildBit;
        if (g > 0) {
          credit += g;
          matched.push(j - 1);
          if (!filler) found++;
        }
        if (filler) fillCredit += g;
        else [fillFrom, fillCredit] = [i - 1, 0];
        textOf[i - 1] = j - 1;
        i--;
        j--;
      } else if (how === UP) {
        if (wildText[j - 1] && !wildBit && (run[(i - 1) * width + j] ?? 0) < MAX_FILL) {
          credit += FILLER * (weights[i - 1] ?? 0);
          fillCredit += FILLER * (weights[i - 1] ?? 0);
          textOf[i - 1] = j - 1;
        } else {
          [fillFrom, fillCredit] = [i - 1, 0];
        }
        i--;
      } else if (how === LEFT) {
        j--;
      } else {
        break;
      }
    }
    matched.reverse();
    return this.trimLeadingFill({ queryStart: i, queryEnd: bestI, textStart: j, textEnd: bestJ, credit, found, matched, textOf }, fillFrom, fillCredit);
  }

  /**
   * A placeholder that opens the alignment absorbs every typed character before it, since each earns
   * filler credit: `会议强调，2020年是…` would have `会议强调` stand for the `2020` of `2020年是…`. A name
   * filling a placeholder does not run across a clause break, so what a leading filler run took from an
   * earlier clause is given back as unmatched lead-in.
   */
  private trimLeadingFill(a: Alignment, fillFrom: number, fillCredit: number): Alignment {
    if (fillFrom <= a.queryStart || !this.clauseMask) return a;
    let cut = -1;
    for (let k = fillFrom; k > a.queryStart; k--) {
      if (this.clauseMask & (1 << k)) {
        cut = k;
        break;
      }
    }
    if (cut < 0) return a;
    // The filler credit of positions before the cut: the run is [queryStart, fillFrom), credit spread by weight.
    let before = 0;
    for (let k = a.queryStart; k < cut; k++) before += FILLER * (this.weights[k] ?? 0);
    const textOf = a.textOf.map((t, k) => (k < cut ? -1 : t));
    return { ...a, queryStart: cut, credit: a.credit - Math.min(before, fillCredit), textOf };
  }
}
