import { stableHash } from '../corpus';
import { Aligner, MAX_ALIGNED, type Alignment, type WeightedQuery } from './align';
import { fold, foldKey, rawRanges } from './fold';
import { BigramIndex } from './ngram-index';
import { Phonetics } from './pinyin';
import { PinyinLexicon } from './pinyin-query';
import type { PreparedCorpus } from './prepare';
import { extractQuery, type ActiveQuery } from './query';
import { judge, judgeKeywords, PARENT_FACTOR, prefixSums, type Judgement } from './rank';
import { UNIT_KINDS, type Range, type SuggestOptions, type Suggestion, type UnitKind } from './types';
import { buildUnits, type Unit } from './units';

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
/** Share of its score kept by a unit that is exactly what was typed. */
const SAME_FACTOR = 0.5;
/** Pinyin terms followed up with their passages. */
const PINYIN_TERMS = 3;

/** A match before it becomes a Suggestion: highlights and de-duplication keys are computed for the winners only. */
interface Hit {
  unit: Unit;
  /** The matched unit, when `unit` is a larger one reached from it. */
  from: Unit;
  source: number;
  score: number;
  replace: Range;
  /** Folded indices of `from` that matched. */
  matched: readonly number[];
}

/** Builds the in-memory index from a prepared corpus. Cost: see the README's benchmark table. */
export function createMatcher(prepared: PreparedCorpus): Matcher {
  const sources = prepared.sources.map((s) => ({ id: s.id, title: s.title }));
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const phonetics = new Phonetics(prepared.pinyin);
  const units: Unit[] = buildUnits(prepared.sources);
  for (const f of prepared.formulations) {
    const [first, ...rest] = f.sources.map((id) => sourceIndex.get(id) ?? -1).filter((i) => i >= 0);
    if (first === undefined) continue;
    units.push({ id: `f:${stableHash(foldKey(f.text))}`, source: first, kind: 'formulation', text: f.text, trail: f.trail, parent: -1, aligned: true, alsoIn: rest });
  }
  const folded = units.map((u) => (u.aligned ? fold(u.text).text : undefined));
  const index = new BigramIndex(folded, phonetics);
  /** Folded texts of units already shown, for de-duplication: computed once per unit, when first needed. */
  const keys = new Map<Unit, string>();
  const keyOf = (unit: Unit) => keys.get(unit) ?? keys.set(unit, foldKey(unit.text)).get(unit) ?? '';

  const df = new Map<string, number>();
  for (const text of folded) for (const ch of new Set(text ?? '')) df.set(ch, (df.get(ch) ?? 0) + 1);
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
  const lexicon = new PinyinLexicon(terms, phonetics);

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
    /**
     * Adds a match and the larger units it grows into. `same` when the unit is exactly what was typed:
     * inserting it adds nothing, so it goes below what does, but it stays, since it tells the writer
     * where the words come from (a whole heading typed, its section is what continues it).
     */
    const emit = (unit: Unit, judgement: Judgement, matched: readonly number[], replace: Range, same: boolean, factor = 1) => {
      const source = sourceOk(unit.source) ? unit.source : (unit.alsoIn.find(sourceOk) ?? unit.source);
      let score = judgement.score * factor;
      for (let current: Unit | undefined = unit; current; current = units[current.parent]) {
        const own = same && current === unit ? SAME_FACTOR : 1;
        if (kinds.has(current.kind)) hits.push({ unit: current, from: unit, source, score: score * own, replace, matched });
        score *= PARENT_FACTOR;
      }
    };

    const searchText = (q: WeightedQuery, clauseStarts: readonly number[], replaceAt: (a: Alignment) => number, factor = 1, count = CANDIDATES) => {
      const sums = prefixSums(q.weights);
      const aligner = new Aligner(q, phonetics, textWeightOf, clauseStarts);
      for (const u of index.candidates([q.text], count, reachable)) {
        const unit = units[u] as Unit;
        const text = folded[u] ?? '';
        const a = aligner.align(text);
        const judgement = a && judge(a, sums, clauseStarts, text.length);
        if (!a || !judgement) continue;
        const replace: Range = [replaceAt(a), context.length];
        emit(unit, judgement, a.matched, replace, context.slice(replace[0]).trim() === unit.text, factor);
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
        emit(units[u] as Unit, judgement, matched, [q.start, context.length], false);
      }
    };

    const searchPinyin = (q: Extract<ActiveQuery, { mode: 'pinyin' }>) => {
      // Spaced words are pinyin only if each is whole syllables: `zhuti dangri` is, `hello world` is not.
      if (q.spaced && !q.spaced.every((word) => phonetics.isSyllableRun(word))) return;
      const termOk = (t: number) => sourceOk(terms[t]?.[2] ?? -1);
      const replace: Range = [q.start, context.length];
      lexicon
        .lookup(q.letters, termOk)
        .slice(0, PINYIN_TERMS)
        .forEach(({ term: t, score }, rank) => {
          const [text, , source] = terms[t] ?? ['', 0, 0];
          const termScore = score * (1 - 0.05 * rank);
          const typed = foldKey(text);
          if (kinds.has('formulation')) {
            const unit: Unit = { id: `t:${stableHash(typed)}`, source, kind: 'formulation', text, trail: [], parent: -1, aligned: false, alsoIn: [] };
            hits.push({ unit, from: unit, source, score: termScore, replace, matched: Array.from(typed, (_, i) => i) });
          }
          // The passages that use the term, as if its characters had been typed.
          searchText(weighted(typed), [0], () => q.start, termScore * 0.95, TERM_CANDIDATES);
        });
    };

    if (query.mode === 'text') {
      if (query.folded.text.length < MIN_QUERY) return [];
      const starts = query.folded.starts;
      searchText(weighted(query.folded.text), query.clauseStarts, (a) => starts[a.queryStart] ?? query.start);
    } else if (query.mode === 'keywords') {
      searchKeywords(query);
    } else {
      searchPinyin(query);
    }
    return finish(hits, limit);
  }

  /** Best first (ties keep discovery order), one per folded text, highlights computed for the kept ones. */
  function finish(hits: Hit[], limit: number): Suggestion[] {
    const order = hits.map((hit, i) => ({ hit, i })).sort((a, b) => b.hit.score - a.hit.score || a.i - b.i);
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const { hit } of order) {
      const key = keyOf(hit.unit);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(toSuggestion(hit));
      if (out.length >= limit) break;
    }
    return out;
  }

  function toSuggestion({ unit, from, source, score, replace, matched }: Hit): Suggestion {
    const offset = unit === from ? 0 : unit.text.indexOf(from.text);
    const highlights: Range[] = offset < 0 ? [] : rawRanges(fold(from.text), matched).map(([s, e]) => [s + offset, e + offset] as const);
    return {
      id: unit.id,
      source: sources[source]?.id ?? '',
      sourceTitle: sources[source]?.title ?? '',
      trail: [...unit.trail],
      kind: unit.kind,
      text: unit.text,
      score: Math.round(score * 1000) / 1000,
      replace,
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
