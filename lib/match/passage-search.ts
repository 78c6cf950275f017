import { Aligner, MAX_ALIGNED } from './align';
import { fold, foldKey, rawRanges } from './fold';
import { BigramIndex } from './ngram-index';
import { Phonetics } from './pinyin';
import { PinyinLexicon } from './pinyin-query';
import { MIN_COVERAGE } from './rank';
import type { MatcherSnapshot } from './snapshot';
import type { Range } from './types';
import type { Unit } from './units';

/**
 * Search by what a writer types into a search box (`党费`, `两学一做`, `dangfei`, `lxyz`), over every
 * unit the inline panel suggests, with the matcher's own machinery: the sound-bigram index finds
 * candidates (so an IME homophone still finds its passage), the weighted alignment judges near
 * matches, and the pinyin lexicon turns letters into the terms they spell. Unlike `suggest`, the
 * query is not the start of a passage to continue: it may sit anywhere in it, and two characters
 * are enough. Hits are merged by passage: a sentence is found as part of its paragraph, a heading as
 * the head of its section.
 */

/** One passage found: what a search row shows and inserts. */
export interface PassageMatch {
  /** The passage: a paragraph, a heading (or its section), or a formulation. */
  passage: Unit;
  /** The part that matched, when it is smaller than the passage: a sentence of the paragraph, the heading of the section. */
  part?: Unit;
  /** (0, 1]; higher is better. */
  score: number;
  /** Matched ranges of `part ?? passage`'s text. */
  highlights: Range[];
}

/** A match while searching: folded indices of the part that matched, made highlights for the winners. */
interface Found extends Omit<PassageMatch, 'highlights'> {
  matched: readonly number[];
}

export interface PassageSearchOptions {
  /** At most this many passages (default 50). */
  limit?: number;
  /** Only these source ids (default: all). */
  sources?: readonly string[];
}

/** Folded characters a search needs: one Chinese character says too little to rank passages by. */
const MIN_FOLDED = 2;
/** Candidates the bigram filter hands on per query piece; generous, since the query may sit anywhere. */
const CANDIDATES = 300;
/** Terms a pinyin query is read as. */
const PINYIN_TERMS = 3;
/** A near match (homophones, a skipped character) ranks below every exact one. */
const NEAR_FACTOR = 0.8;
/** Full pinyin read off the characters: as sure as typing them, less the homophones it may also spell. */
const SPELLED = 0.95;
const DEFAULT_LIMIT = 50;

export class PassageSearch {
  private readonly units: readonly Unit[];
  private readonly folded: readonly (string | undefined)[];
  private readonly phonetics: Phonetics;
  private readonly index: BigramIndex;
  private readonly lexicon: PinyinLexicon;
  private readonly sourceIds: readonly string[];
  private readonly weightOf: (ch: string) => number;
  private readonly terms: MatcherSnapshot['corpus']['terms'];
  private readonly syllableIds: ReadonlyMap<string, number>;
  /** A character whose commonest reading is each syllable (by id): it stands for the sound in an index query. */
  private readonly voices: readonly string[];

  constructor({ corpus, parts }: MatcherSnapshot) {
    this.units = parts.units;
    this.folded = parts.folded;
    this.phonetics = new Phonetics(corpus.pinyin);
    // A second view of the same postings: it owns its score buffers, so searches never disturb suggesting.
    this.index = BigramIndex.restore(parts.postings, this.phonetics);
    this.terms = corpus.terms;
    this.lexicon = new PinyinLexicon(corpus.terms, this.phonetics, parts.lexicon);
    this.syllableIds = new Map(this.phonetics.syllables.map((syllable, id) => [syllable, id]));
    this.voices = this.phonetics.syllables.map((syllable) => [...(corpus.pinyin[syllable] ?? '')].find((ch) => ch !== '|' && this.phonetics.readingsOf(ch)[0] === this.syllableIds.get(syllable)) ?? '');
    this.sourceIds = corpus.sources.map((s) => s.id);
    const n = this.index.size + 1;
    this.weightOf = (ch) => 0.2 + Math.min(6, Math.log(n / ((parts.df.get(ch) ?? 0) + 1)));
  }

  search(query: string, { limit = DEFAULT_LIMIT, sources }: PassageSearchOptions = {}): PassageMatch[] {
    const allowed = sources ? new Set(sources) : undefined;
    const sourceOk = (unit: Unit) => !allowed || [unit.source, ...unit.alsoIn].some((s) => allowed.has(this.sourceIds[s] ?? ''));
    const letters = pinyinLetters(query);
    const found = new Map<Unit, Found>();
    if (letters) {
      this.searchSyllables(letters, sourceOk, found);
      const termOk = (t: number) => !allowed || allowed.has(this.sourceIds[this.terms[t]?.[2] ?? -1] ?? '');
      this.lexicon
        .lookup(letters, termOk)
        .slice(0, PINYIN_TERMS)
        .forEach(({ term, score }) => this.searchText([foldKey(this.terms[term]?.[0] ?? '')], score, sourceOk, found));
    } else {
      const pieces = query.split(/\s+/).map(foldKey).filter((piece) => piece.length > 0);
      if (pieces.reduce((n, piece) => n + piece.length, 0) >= MIN_FOLDED) this.searchText(pieces, 1, sourceOk, found);
    }
    // Best first; among equals a heading, then a formulation, then the shorter passage. Keys and
    // highlights are worked out for the winners only: a common word finds thousands of passages.
    const seen = new Set<string>();
    const out: PassageMatch[] = [];
    const ranked = [...found.values()].sort((a, b) => b.score - a.score || kindRank(a) - kindRank(b) || a.passage.text.length - b.passage.text.length);
    for (const { matched, ...match } of ranked) {
      // The same passage in two speeches is shown once.
      const key = `${match.passage.kind}:${foldKey(match.passage.text.slice(0, 200))}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...match, highlights: rawRanges(fold((match.part ?? match.passage).text), matched) });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Adds the units holding every piece (exactly or nearly) to `found`, scaled by `weight`. */
  private searchText(pieces: readonly string[], weight: number, sourceOk: (unit: Unit) => boolean, found: Map<Unit, Found>): void {
    const kept = pieces.map((piece) => piece.slice(0, MAX_ALIGNED));
    const aligners = kept.map((piece) => new Aligner({ text: piece, weights: Array.from(piece, this.weightOf) }, this.phonetics, this.weightOf));
    const accept = (u: number) => this.units[u] !== undefined && sourceOk(this.units[u]);
    for (const u of this.index.candidates(kept, CANDIDATES, accept)) {
      const unit = this.units[u] as Unit;
      const text = this.folded[u] ?? '';
      let score = weight;
      const matched: number[] = [];
      for (const [k, piece] of kept.entries()) {
        const at = text.indexOf(piece);
        if (at >= 0) {
          for (let i = 0; i < piece.length; i++) matched.push(at + i);
          continue;
        }
        const a = aligners[k]?.align(text);
        const total = Array.from(piece, this.weightOf).reduce((x, y) => x + y, 0);
        if (!a || a.found < Math.min(piece.length, 2) || a.credit / total < MIN_COVERAGE) {
          score = 0;
          break;
        }
        score *= NEAR_FACTOR * Math.min(1, a.credit / total);
        matched.push(...a.matched);
      }
      if (score > 0) this.note(unit, score, [...new Set(matched)].sort((x, y) => x - y), found);
    }
  }

  /**
   * Full pinyin (`dangfei`) finds every passage whose characters read so, whether or not the lexicon
   * mined the phrase: the index is keyed by sounds, so one character per syllable asks it for them all.
   */
  private searchSyllables(letters: string, sourceOk: (unit: Unit) => boolean, found: Map<Unit, Found>): void {
    const syllables = this.syllablesOf(letters);
    if (!syllables || syllables.length < MIN_FOLDED) return;
    const voices = syllables.map((id) => this.voices[id] ?? '');
    if (voices.some((voice) => voice === '')) return;
    const reads = (ch: string, id: number) => this.phonetics.readingsOf(ch).includes(id);
    const accept = (u: number) => this.units[u] !== undefined && sourceOk(this.units[u]);
    for (const u of this.index.candidates([voices.join('')], CANDIDATES, accept)) {
      const text = this.folded[u] ?? '';
      for (let at = 0; at + syllables.length <= text.length; at++) {
        if (!syllables.every((id, k) => reads(text[at + k] ?? '', id))) continue;
        this.note(this.units[u] as Unit, SPELLED, Array.from(syllables, (_, k) => at + k), found);
        break;
      }
    }
  }

  /** `letters` cut into the fewest whole syllables, as ids; undefined when they do not cut so. */
  private syllablesOf(letters: string): number[] | undefined {
    const best: (number[] | undefined)[] = [[]];
    for (let end = 1; end <= letters.length; end++) {
      for (let start = Math.max(0, end - 6); start < end; start++) {
        const id = this.syllableIds.get(letters.slice(start, end));
        const before = best[start];
        if (id === undefined || !before) continue;
        if (!best[end] || (best[end]?.length ?? 0) > before.length + 1) best[end] = [...before, id];
      }
    }
    return best[letters.length];
  }

  /** Records a matched unit under its passage, keeping the best match of each passage. */
  private note(unit: Unit, score: number, matched: number[], found: Map<Unit, Found>): void {
    const parent = this.units[unit.parent];
    const passage = parent && (unit.kind === 'sentence' || unit.kind === 'heading') ? parent : unit;
    // Among equals, the shorter passage is the more precise one.
    const ranked = score * (1 - Math.min(0.1, passage.text.length / 4000));
    const previous = found.get(passage);
    if (previous && previous.score >= ranked) return;
    found.set(passage, { passage, ...(passage === unit ? {} : { part: unit }), score: ranked, matched });
  }
}

/** The letters of a query typed as pinyin (`dangfei`, `liang xue yi zuo`, full-width or not); undefined for anything else. */
export function pinyinLetters(query: string): string | undefined {
  const ascii = query.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).trim();
  if (!/^[a-z][a-z\s']*$/i.test(ascii)) return undefined;
  const letters = ascii.replace(/[\s']+/g, '').toLowerCase();
  return letters.length >= MIN_FOLDED ? letters : undefined;
}

function kindRank({ part, passage }: Pick<PassageMatch, 'part' | 'passage'>): number {
  const kind = part?.kind ?? passage.kind;
  return kind === 'heading' ? 0 : kind === 'formulation' ? 1 : 2;
}
