import type { Term } from './lexicon';
import type { Phonetics } from './pinyin';

/** One piece of a pinyin query: a whole syllable, an initial, or the syllable still being typed. */
interface Token {
  letters: string;
  kind: 'syllable' | 'initial' | 'partial';
}

export interface TermMatch {
  term: number;
  /** Confidence in (0, 1]. */
  score: number;
}

const INITIALS = new Set(['zh', 'ch', 'sh', ...'bpmfdtnlgkhjqxrzcsywaeo']);
const MAX_PARSES = 64;
const PARSE_SLACK = 2;
const MAX_VARIANTS = 4;
/** Evidence, in syllables, that makes a pinyin query certain; initials count for less than syllables. */
const CERTAIN = 3.2;
/**
 * Evidence of one initial. Three initials spelling a whole three-character term (`xjp`, `dzb`) are a
 * common abbreviation and just pass MIN_SCORE; three that only begin a longer term do not.
 */
const INITIAL = 0.7;
const RARE_READING = 0.2;
const MIN_SCORE = 0.6;

/**
 * Pinyin lookup over the mined terms. Each term is keyed by the first letters of its characters'
 * readings (`四个意识` → `sgys`), in one sorted array, so a query's parse finds whole terms and terms it
 * begins with by binary search. Matching is against whole terms only: a pinyin query names a phrase,
 * and a phrase that starts mid-word (`治建`) is noise.
 */
/** The lexicon's lookup table, sorted by key: what building it computes, and what a snapshot stores. */
export interface LexiconKeys {
  keys: string[];
  owners: Uint32Array;
  /** The Han characters of each term. */
  hans: string[];
}

/** Keys every term by the first letters of its readings (up to MAX_VARIANTS for characters of several readings). */
export function buildLexiconKeys(terms: readonly Term[], phonetics: Phonetics): LexiconKeys {
  const hans = terms.map(([text]) => text.replace(/[^\p{Script=Han}]/gu, ''));
  const entries: [string, number][] = [];
  hans.forEach((han, index) => {
    for (const key of initialKeys(han, phonetics)) entries.push([key, index]);
  });
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: entries.map(([key]) => key), owners: Uint32Array.from(entries, ([, owner]) => owner), hans };
}

function initialKeys(han: string, phonetics: Phonetics): string[] {
  let keys = [''];
  for (const char of han) {
    const firsts = [...new Set(phonetics.readingsOf(char).map((id) => phonetics.syllables[id]?.[0] ?? ''))];
    if (firsts.length === 0) return [];
    keys = keys.flatMap((key) => firsts.map((f) => key + f)).slice(0, MAX_VARIANTS);
  }
  return keys;
}

export class PinyinLexicon {
  private readonly keys: readonly string[];
  private readonly owners: Uint32Array;
  private readonly hans: readonly string[];

  constructor(
    private readonly terms: readonly Term[],
    private readonly phonetics: Phonetics,
    table: LexiconKeys = buildLexiconKeys(terms, phonetics),
  ) {
    this.keys = table.keys;
    this.owners = table.owners;
    this.hans = table.hans;
  }

  /** Terms whose pinyin `letters` spell, or begin to spell, best first. */
  lookup(letters: string, accept: (term: number) => boolean): TermMatch[] {
    const best = new Map<number, number>();
    for (const tokens of this.parse(letters)) {
      const key = tokens.map((t) => t.letters[0]).join('');
      for (let k = this.lowerBound(key); k < this.keys.length && (this.keys[k] ?? '').startsWith(key); k++) {
        const term = this.owners[k] ?? -1;
        if (best.has(term) || !accept(term)) continue;
        const score = this.score(tokens, term);
        if (score >= MIN_SCORE) best.set(term, score);
      }
    }
    return [...best]
      .map(([term, score]) => ({ term, score }))
      .sort((a, b) => b.score - a.score || (this.terms[b.term]?.[1] ?? 0) - (this.terms[a.term]?.[1] ?? 0));
  }

  /**
   * How surely `tokens` spell the term: every token must fit its character; syllables weigh most.
   * A piece that is both a syllable and an initial (`m`, `e`) may stand for either.
   */
  private score(tokens: readonly Token[], term: number): number {
    const han = this.hans[term] ?? '';
    if (han.length < tokens.length) return 0;
    let evidence = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const char = han[i] ?? '';
      if (!token) return 0;
      // The last piece may be a syllable still being typed even when it is a syllable itself (`gu` of `guan`).
      const typing = token.kind === 'partial' || (token.kind === 'syllable' && i === tokens.length - 1);
      if (token.kind === 'syllable' && this.phonetics.readingsOf(char).some((id) => this.phonetics.syllables[id] === token.letters)) {
        evidence += 1;
      } else if (token.kind === 'syllable' && !typing && !INITIALS.has(token.letters)) {
        return 0;
      } else {
        if (!this.phonetics.readsWith(char, token.letters)) return 0;
        const common = this.phonetics.syllables[this.phonetics.readingsOf(char)[0] ?? -1]?.startsWith(token.letters) === true;
        // A rarer reading (`广` as an) is seldom what a writer abbreviates: it counts for less.
        evidence += (typing && !INITIALS.has(token.letters) ? 0.5 + 0.1 * token.letters.length : INITIAL) - (common ? 0 : RARE_READING);
      }
    }
    const whole = han.length === tokens.length;
    // A term only begun needs its beginning to be unambiguous: half the characters at least.
    if (!whole && tokens.length * 2 < han.length) return 0;
    const count = this.terms[term]?.[1] ?? 1;
    return Math.min(1, evidence / CERTAIN) * (whole ? 1 : 0.85) * (1 - 0.1 / Math.sqrt(count));
  }

  /**
   * Ways to cut `letters` into syllables and initials, fewest pieces first. Only cuts within
   * PARSE_SLACK pieces of the fewest possible are walked: a long full-pinyin query
   * (`dangjiangongzuozhongdian`) has thousands of cuts into stray initials, and walking them in order
   * would fill MAX_PARSES before reaching `dang jian gong zuo zhong dian`.
   */
  private parse(letters: string): Token[][] {
    const n = letters.length;
    const kindAt = (at: number, end: number): Token['kind'] | undefined => {
      const piece = letters.slice(at, end);
      if (this.phonetics.isSyllable(piece)) return 'syllable';
      if (INITIALS.has(piece)) return 'initial';
      if (end === n && this.phonetics.isSyllablePrefix(piece)) return 'partial';
      return undefined;
    };
    /** Fewest pieces that cut `letters` from each position to the end. */
    const fewest = new Array<number>(n + 1).fill(Infinity);
    fewest[n] = 0;
    for (let at = n - 1; at >= 0; at--) {
      for (let end = at + 1; end <= Math.min(n, at + 6); end++) {
        if (kindAt(at, end)) fewest[at] = Math.min(fewest[at] ?? Infinity, 1 + (fewest[end] ?? Infinity));
      }
    }
    const budget = (fewest[0] ?? Infinity) + PARSE_SLACK;
    const parses: Token[][] = [];
    const walk = (at: number, tokens: Token[]) => {
      if (parses.length >= MAX_PARSES) return;
      if (at === n) {
        parses.push([...tokens]);
        return;
      }
      for (let end = Math.min(n, at + 6); end > at; end--) {
        const kind = kindAt(at, end);
        if (!kind || tokens.length + 1 + (fewest[end] ?? Infinity) > budget) continue;
        tokens.push({ letters: letters.slice(at, end), kind });
        walk(end, tokens);
        tokens.pop();
      }
    };
    walk(0, []);
    return parses.sort((a, b) => a.length - b.length);
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.keys[mid] ?? '') < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
