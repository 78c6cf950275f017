import { stableHash } from '../corpus';
import { Aligner, MAX_ALIGNED, type Alignment, type WeightedQuery } from './align';
import { fold, foldKey, rawRanges, type Folded } from './fold';
import { continueAfter, inPlaceOfQuery, keepsRules, replaceClause, type Insertion, type MatchedPassage, type Typed } from './insertion';
import { BigramIndex } from './ngram-index';
import { Phonetics } from './pinyin';
import { PinyinLexicon } from './pinyin-query';
import type { PreparedCorpus } from './prepare';
import { extractQuery, type ActiveQuery } from './query';
import { judge, judgeKeywords, PARENT_FACTOR, prefixSums } from './rank';
import { UNIT_KINDS, type Range, type SuggestOptions, type Suggestion, type UnitKind } from './types';
import { matcherSnapshot, type MatcherSnapshot } from './snapshot';
import type { Unit } from './units';

export interface Matcher {
  /** Suggestions for the text before the caret, best first; empty when nothing is good enough. */
  suggest(context: string, options?: SuggestOptions): Suggestion[];
  /** The sources the matcher knows, in order. */
  readonly sources: readonly { id: string; title: string }[];
  /** Sizes, for the benchmark and the options page. */
  stats(): MatcherStats;
}

export interface MatcherStats {
  units: number;
  alignedUnits: number;
  formulations: number;
  terms: number;
  postingBytes: number;
}

/** Folded characters a text query needs before anything is suggested. */
const MIN_QUERY = 4;
/** Units the bigram filter hands to the alignment; a pinyin term is an exact phrase and needs fewer. */
const CANDIDATES = 24;
const TERM_CANDIDATES = 12;
const DEFAULT_LIMIT = 5;
/** Rarity weights: `ln(N/df)`, floored so common characters still count a little, capped so one rare character cannot carry a match. */
const WEIGHT_FLOOR = 0.2;
const WEIGHT_CAP = 6;
/** A near match that replaces the writer's clause ranks below continuations of the same strength. */
const REPLACE_FACTOR = 0.9;
/** Pinyin terms followed up with their passages. */
const PINYIN_TERMS = 3;

/** A match before it becomes a Suggestion: the insertion, highlights and de-duplication keys are computed for the winners only. */
interface Hit {
  unit: Unit;
  /** The matched unit, when `unit` is a larger one reached from it. */
  from: Unit;
  source: number;
  score: number;
  /** Folded indices of `from` that matched. */
  matched: readonly number[];
  /** What accepting it does; undefined when it cannot be applied under the insertion rules. */
  plan(passage: MatchedPassage): Insertion | undefined;
  /** The active sentence's start, for the rules check. */
  sentence: number;
  /** The unit `from` ends, when `unit` is what follows it in reading order (the passage is both, one per line). */
  before?: Unit;
}

/** Builds the in-memory index from a prepared corpus. Cost: see the README's benchmark table. */
export function createMatcher(prepared: PreparedCorpus): Matcher {
  return assembleMatcher(matcherSnapshot(prepared));
}

/** A matcher from a snapshot (made by `matcherSnapshot`, possibly stored and read back): nothing is prepared or indexed again. */
export function assembleMatcher({ corpus: prepared, parts }: MatcherSnapshot): Matcher {
  const sources = prepared.sources;
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const phonetics = new Phonetics(prepared.pinyin);
  const { units, folded, df } = parts;
  const index = BigramIndex.restore(parts.postings, phonetics);
  /** Units folded with their offsets, for turning the winners' alignments into insertions: computed once per unit, when first needed. */
  const foldedUnits = new Map<Unit, Folded>();
  const foldedOf = (unit: Unit) => foldedUnits.get(unit) ?? foldedUnits.set(unit, fold(unit.text)).get(unit) ?? fold(unit.text);

  const unseen = Math.log(index.size + 1);
  const weightOf = (ch: string) => WEIGHT_FLOOR + Math.min(WEIGHT_CAP, df.has(ch) ? Math.log((index.size + 1) / ((df.get(ch) ?? 0) + 1)) : unseen);
  /** Weights of corpus characters, computed once: the alignment reads them for every homophone it meets. */
  const textWeights = new Map<string, number>();
  const textWeightOf = (ch: string) => textWeights.get(ch) ?? textWeights.set(ch, weightOf(ch)).get(ch) ?? 0;
  const weighted = (text: string): WeightedQuery => {
    const kept = text.slice(-MAX_ALIGNED);
    return { text: kept, weights: Array.from(kept, weightOf) };
  };

  const terms = prepared.terms;
  const lexicon = new PinyinLexicon(terms, phonetics, parts.lexicon);

  function suggest(context: string, options: SuggestOptions = {}): Suggestion[] {
    const query = extractQuery(context);
    if (!query) return [];
    const limit = options.limit ?? DEFAULT_LIMIT;
    const enabled = options.sources ? new Set(options.sources.map((id) => sourceIndex.get(id) ?? -1)) : undefined;
    const kinds = new Set<UnitKind>(options.kinds ?? UNIT_KINDS);
    const sourceOk = (source: number) => !enabled || enabled.has(source);
    const reachable = (u: number): boolean => {
      const unit = units[u];
      if (!unit || (!sourceOk(unit.source) && !unit.alsoIn.some(sourceOk))) return false;
      return kinds.has(unit.kind) || kinds.has(units[unit.parent]?.kind ?? unit.kind);
    };
    const hits: Hit[] = [];
    /** Adds a match and the larger units it grows into (a sentence's paragraph, a heading's section). */
    const emit = (unit: Unit, score: number, matched: readonly number[], sentence: number, plan: Hit['plan'], reachesEnd = false) => {
      const source = sourceOk(unit.source) ? unit.source : (unit.alsoIn.find(sourceOk) ?? unit.source);
      let top = unit;
      for (let current: Unit | undefined = unit; current; current = units[current.parent]) {
        if (kinds.has(current.kind)) hits.push({ unit: current, from: unit, source, score, matched, plan, sentence });
        score *= PARENT_FACTOR;
        top = current;
      }
      // Typed to the end of a paragraph or of a heading without a body: what follows is the next one.
      const next = units[top.next ?? -1];
      if (reachesEnd && next && kinds.has(next.kind) && top.text.trimEnd().endsWith(unit.text)) {
        hits.push({ unit: next, from: unit, source, score, matched, plan, sentence, before: top });
      }
    };

    const searchText = (q: WeightedQuery, clauseStarts: readonly number[], plans: (a: Alignment) => [Hit['plan'], number][], sentence: number, count = CANDIDATES) => {
      const sums = prefixSums(q.weights);
      const aligner = new Aligner(q, phonetics, textWeightOf, clauseStarts);
      for (const u of index.candidates([q.text], count, reachable)) {
        const unit = units[u] as Unit;
        const text = folded[u] ?? '';
        const a = aligner.align(text);
        const judgement = a && judge(a, sums, clauseStarts, text.length);
        if (!a || !judgement) continue;
        const reachesEnd = Math.max(...a.textOf) >= text.replace(/＊+$/, '').length - 1;
        for (const [plan, factor] of plans(a)) emit(unit, judgement.score * factor, a.matched, sentence, plan, reachesEnd);
      }
    };

    const searchKeywords = (q: Extract<ActiveQuery, { mode: 'keywords' }>) => {
      const keywords = q.keywords.map((k) => weighted(k.text));
      if (keywords.reduce((n, k) => n + k.text.length, 0) < MIN_QUERY) return;
      const totals = keywords.map((k) => k.weights.reduce((a, b) => a + b, 0));
      const aligners = keywords.map((k) => new Aligner(k, phonetics, textWeightOf));
      for (const u of index.candidates(keywords.map((k) => k.text), CANDIDATES, reachable)) {
        const text = folded[u] ?? '';
        const alignments: Alignment[] = [];
        for (const aligner of aligners) {
          const a = aligner.align(text);
          if (!a) break;
          alignments.push(a);
        }
        const judgement = alignments.length === keywords.length && judgeKeywords(alignments, totals);
        if (!judgement) continue;
        const matched = [...new Set(alignments.flatMap((a) => a.matched))].sort((x, y) => x - y);
        const first = Math.min(...alignments.map((a) => a.textStart));
        emit(units[u] as Unit, judgement.score, matched, q.sentence, (match) => inPlaceOfQuery(match, first, q.start, context, 'keywords'));
      }
    };

    const searchPinyin = (q: Extract<ActiveQuery, { mode: 'pinyin' }>) => {
      // Spaced words are pinyin only if each is whole syllables: `zhuti dangri` is, `hello world` is not.
      if (q.spaced && !q.spaced.every((word) => phonetics.isSyllableRun(word))) return;
      const termOk = (t: number) => sourceOk(terms[t]?.[2] ?? -1);
      const letters: Insertion = { mode: 'continue', reason: 'pinyin', replace: [q.start, context.length], text: '', corrections: [] };
      lexicon
        .lookup(q.letters, termOk)
        .slice(0, PINYIN_TERMS)
        .forEach(({ term: t, score }, rank) => {
          const [text, , source] = terms[t] ?? ['', 0, 0];
          const termScore = score * (1 - 0.05 * rank);
          const typed = foldKey(text);
          if (kinds.has('formulation')) {
            const unit: Unit = { id: `t:${stableHash(typed)}`, source, kind: 'formulation', text, trail: [], parent: -1, aligned: false, alsoIn: [] };
            const plan = () => ({ ...letters, text });
            hits.push({ unit, from: unit, source, score: termScore, matched: Array.from(typed, (_, i) => i), plan, sentence: q.sentence });
          }
          // The passages that use the term, as if its characters had been typed.
          const fromTerm = (a: Alignment): [Hit['plan'], number][] => [[(match) => inPlaceOfQuery(match, a.textStart, q.start, context, 'pinyin'), termScore * 0.95]];
          searchText(weighted(typed), [0], fromTerm, q.sentence, TERM_CANDIDATES);
        });
    };

    if (query.mode === 'text') {
      if (query.folded.text.length < MIN_QUERY) return [];
      const typed: Typed = { context, folded: query.folded, sentence: query.sentence };
      // The aligned query is at most MAX_ALIGNED characters: the tail of the folded query.
      const shift = query.folded.text.length - Math.min(query.folded.text.length, MAX_ALIGNED);
      const aligned: Typed = shift === 0 ? typed : { ...typed, folded: tail(query.folded, shift) };
      const plans = (a: Alignment): [Hit['plan'], number][] => [
        [(match) => continueAfter(aligned, a, match, phonetics), 1],
        [(match) => replaceClause(aligned, a, match, phonetics), REPLACE_FACTOR],
      ];
      searchText(weighted(query.folded.text), query.clauseStarts, plans, query.sentence);
    } else if (query.mode === 'keywords') {
      searchKeywords(query);
    } else {
      searchPinyin(query);
    }
    return finish(hits, context, limit);
  }

  /**
   * Best first (ties keep discovery order). Each hit is turned into an insertion here, for the winners
   * only; one that breaks the insertion rules is dropped, and the same insertion is shown once.
   */
  function finish(hits: Hit[], context: string, limit: number): Suggestion[] {
    const order = hits.map((hit, i) => ({ hit, i })).sort((a, b) => b.hit.score - a.hit.score || a.i - b.i);
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const { hit } of order) {
      const passage = hit.before ? `${hit.before.text}\n${hit.unit.marker ?? ''}${hit.unit.text}` : hit.unit.text;
      const offset = hit.unit === hit.from ? 0 : passage.indexOf(hit.from.text);
      if (offset < 0) continue;
      const insertion = hit.plan({ unit: hit.from.text, folded: foldedOf(hit.from), passage, offset });
      if (!insertion || !keepsRules(context, hit.sentence, insertion)) continue;
      // Long passages differ early: their opening is key enough.
      const key = `${insertion.replace[0]}:${foldKey(insertion.text.slice(0, 200))}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(toSuggestion(hit, insertion, passage, offset));
      if (out.length >= limit) break;
    }
    return out;
  }

  function toSuggestion({ unit, from, source, score, matched, before }: Hit, insertion: Insertion, passage: string, offset: number): Suggestion {
    const highlights: Range[] = rawRanges(foldedOf(from), matched).map(([s, e]) => [s + offset, e + offset] as const);
    // One unit can be offered as a continuation and as a replace, or as what follows another: one id each.
    const id = `${unit.id}${before ? '/after' : ''}${insertion.mode === 'replace' ? '/replace' : ''}`;
    return {
      id,
      source: sources[source]?.id ?? '',
      sourceTitle: sources[source]?.title ?? '',
      trail: [...unit.trail],
      kind: unit.kind,
      ...insertion,
      passage,
      score: Math.round(score * 1000) / 1000,
      highlights,
    };
  }

  return {
    suggest,
    sources,
    stats: () => ({
      units: units.length,
      alignedUnits: index.size,
      formulations: prepared.formulations.length,
      terms: terms.length,
      postingBytes: index.postingBytes,
    }),
  };
}

/** `folded` without its first `count` characters. */
function tail(folded: Folded, count: number): Folded {
  return { text: folded.text.slice(count), starts: folded.starts.slice(count), ends: folded.ends.slice(count) };
}
