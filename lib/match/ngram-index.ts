import type { Phonetics } from './pinyin';

/** Sound code of a character without a reading: its code point, above every syllable id. */
const OTHER = 4096;
const KEY_BASE = 0x10000 + OTHER;
/** Share of the units above which a bigram is common, and how many of the rarest bigrams count anyway. */
const COMMON = 0.04;
const MIN_COMMON = 500;
const ALWAYS = 4;

/**
 * Candidate filter: an inverted index from bigrams of *sounds* (toneless syllables) to the units that
 * contain them. Indexing sounds, not characters, lets an IME homophone (`党姓` for `党性`) reach its
 * passage; the alignment afterwards tells exact characters from homophones. Postings are sorted
 * Uint32Arrays; a query adds each bigram's IDF to the units holding it and keeps the best few.
 */
/** The postings as three typed arrays, for storing: sorted keys, where each key's list starts in `units`, and the lists. */
export interface Postings {
  keys: Float64Array;
  starts: Uint32Array;
  units: Uint32Array;
  /** Units the index was built over (indexed or not). */
  unitCount: number;
  /** Units that had text. */
  size: number;
}

export class BigramIndex {
  private readonly scores: Float32Array;
  /** Scores of the units kept, read while the accumulator is being cleared. */
  private readonly final: Float32Array;
  private readonly touched: number[] = [];
  /** Number of indexed units. */
  readonly size: number;

  private constructor(
    private readonly postings: Postings,
    private readonly phonetics: Phonetics,
  ) {
    this.scores = new Float32Array(postings.unitCount);
    this.final = new Float32Array(postings.unitCount);
    this.size = postings.size;
  }

  static build(texts: readonly (string | undefined)[], phonetics: Phonetics): BigramIndex {
    const lists = new Map<number, number[]>();
    const code = (ch: string) => soundCode(phonetics, ch);
    texts.forEach((text, unit) => {
      if (!text) return;
      for (let i = 0; i + 1 < text.length; i++) {
        const key = code(text[i] ?? '') * KEY_BASE + code(text[i + 1] ?? '');
        const list = lists.get(key);
        if (!list) lists.set(key, [unit]);
        else if (list[list.length - 1] !== unit) list.push(unit);
      }
    });
    const keys = Float64Array.from(lists.keys()).sort();
    const starts = new Uint32Array(keys.length + 1);
    const units = new Uint32Array([...lists.values()].reduce((n, list) => n + list.length, 0));
    keys.forEach((key, k) => {
      const list = lists.get(key) ?? [];
      units.set(list, starts[k] ?? 0);
      starts[k + 1] = (starts[k] ?? 0) + list.length;
    });
    return new BigramIndex({ keys, starts, units, unitCount: texts.length, size: texts.filter(Boolean).length }, phonetics);
  }

  /** An index from stored postings: no text is read again. */
  static restore(postings: Postings, phonetics: Phonetics): BigramIndex {
    return new BigramIndex(postings, phonetics);
  }

  /** The postings, for storing. */
  export(): Postings {
    return this.postings;
  }

  /** Bytes held by the postings (the index's own memory, apart from the texts). */
  get postingBytes(): number {
    return this.postings.units.byteLength + this.postings.keys.byteLength + this.postings.starts.byteLength;
  }

  /** The units holding the bigram `key`, found by binary search over the sorted keys. */
  private list(key: number): Uint32Array | undefined {
    const { keys, starts, units } = this.postings;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = keys[mid] ?? 0;
      if (at === key) return units.subarray(starts[mid] ?? 0, starts[mid + 1] ?? 0);
      if (at < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private key(a: string, b: string): number {
    return soundCode(this.phonetics, a) * KEY_BASE + soundCode(this.phonetics, b);
  }

  /**
   * The units sharing the most informative sound bigrams with the folded `pieces` (keywords are
   * separate pieces: no bigram spans two of them), at most `limit`, best first, among those `accept`s.
   */
  candidates(pieces: readonly string[], limit: number, accept: (unit: number) => boolean): number[] {
    const n = Math.max(1, this.size);
    const lists: Uint32Array[] = [];
    for (const piece of pieces) {
      for (let i = 0; i + 1 < piece.length; i++) {
        const list = this.list(this.key(piece[i] ?? '', piece[i + 1] ?? ''));
        if (list) lists.push(list);
      }
    }
    // Common bigrams (`机关`, `工作`) weigh little and cost the most to walk: beyond the rarest few,
    // a bigram held by more than COMMON of the units is left to the alignment to judge.
    lists.sort((a, b) => a.length - b.length);
    const common = Math.max(MIN_COMMON, n * COMMON);
    let best = 0;
    lists.forEach((list, rank) => {
      if (rank >= ALWAYS && list.length > common) return;
      const idf = Math.log(1 + n / list.length);
      for (const unit of list) {
        const score = this.scores[unit] ?? 0;
        if (score === 0) this.touched.push(unit);
        const next = score + idf;
        this.scores[unit] = next;
        if (next > best) best = next;
      }
    });
    // Keep the best `limit` in a small sorted list; `accept` (source and kind filters) runs only on
    // units good enough to enter it, not on the thousands a common bigram touches.
    const top: number[] = [];
    const floor = best * 0.3;
    for (const unit of this.touched) {
      const score = this.scores[unit] ?? 0;
      this.scores[unit] = 0;
      if (score < floor) continue;
      const last = top[top.length - 1];
      if (top.length >= limit && last !== undefined && score <= (this.final[last] ?? 0)) continue;
      if (!accept(unit)) continue;
      this.final[unit] = score;
      let at = top.length;
      while (at > 0 && score > (this.final[top[at - 1] ?? 0] ?? 0)) at--;
      top.splice(at, 0, unit);
      if (top.length > limit) top.pop();
    }
    this.touched.length = 0;
    return top;
  }
}

/**
 * A character's sound: its commonest reading, so that one bigram is one key; a homophone through a
 * rarer reading (`率` as shuai) is left to the alignment, which knows every reading.
 */
function soundCode(phonetics: Phonetics, ch: string): number {
  return phonetics.readingsOf(ch)[0] ?? OTHER + ch.charCodeAt(0);
}
