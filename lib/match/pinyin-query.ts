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
const MAX_VARIANTS = 4;
/** Evidence, in syllables, that makes a pinyin query certain; initials count for less than syllables. */
const CERTAIN = 3.2;
const MIN_SCORE = 0.6;

/**
 * Pinyin lookup over the mined terms. Each term is keyed by the first letters of its characters'
 * readings (`四个意识` → `sgys`), in one sorted array, so a query's parse finds whole terms and terms it
 * begins with by binary search. Matching is against whole terms only: a pinyin query names a phrase,
 * and a phrase that starts mid-word (`治建`) is noise.
 */
export class PinyinLexicon {
  private readonly keys: string[] = [];
  private readonly owners: number[] = [];
  private readonly hans: string[];

  constructor(
    private readonly terms: readonly Term[],
    private readonly phonetics: Phonetics,
  ) {
    this.hans = terms.map(([text]) => text.replace(/[^\p{Script=Han}]/gu, ''));
    const entries: [string, number][] = [];
    this.hans.forEach((han, index) => {
      for (const key of this.initialKeys(han)) entries.push([key, index]);
    });
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    for (const [key, owner] of entries) {
      this.keys.push(key);
      this.owners.push(owner);
    }
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
      if (token.kind === 'syllable' && this.phonetics.readingsOf(char).some((id) => this.phonetics.syllables[id] === token.letters)) {
        evidence += 1;
      } else if (token.kind === 'syllable' && !INITIALS.has(token.letters)) {
        return 0;
      } else {
        if (!this.phonetics.readsWith(char, token.letters)) return 0;
        evidence += token.kind === 'partial' ? 0.5 + 0.1 * token.letters.length : 0.6;
      }
    }
    const whole = han.length === tokens.length;
    // A term only begun needs its beginning to be unambiguous: half the characters at least.
    if (!whole && tokens.length * 2 < han.length) return 0;
    const count = this.terms[term]?.[1] ?? 1;
    return Math.min(1, evidence / CERTAIN) * (whole ? 1 : 0.85) * (1 - 0.1 / Math.sqrt(count));
  }

  /** Ways to cut `letters` into syllables and initials, fewest pieces first. */
  private parse(letters: string): Token[][] {
    const parses: Token[][] = [];
    const walk = (at: number, tokens: Token[]) => {
      if (parses.length >= MAX_PARSES) return;
      if (at === letters.length) {
        parses.push([...tokens]);
        return;
      }
      for (let end = Math.min(letters.length, at + 6); end > at; end--) {
        const piece = letters.slice(at, end);
        const last = end === letters.length;
        let kind: Token['kind'] | undefined;
        if (this.phonetics.isSyllable(piece)) kind = 'syllable';
        else if (INITIALS.has(piece)) kind = 'initial';
        else if (last && this.phonetics.isSyllablePrefix(piece)) kind = 'partial';
        if (!kind) continue;
        tokens.push({ letters: piece, kind });
        walk(end, tokens);
        tokens.pop();
      }
    };
    walk(0, []);
    return parses.sort((a, b) => a.length - b.length);
  }

  private initialKeys(han: string): string[] {
    let keys = [''];
    for (const char of han) {
      const firsts = [...new Set(this.phonetics.readingsOf(char).map((id) => this.phonetics.syllables[id]?.[0] ?? ''))];
      if (firsts.length === 0) return [];
      keys = keys.flatMap((key) => firsts.map((f) => key + f)).slice(0, MAX_VARIANTS);
    }
    return keys;
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
