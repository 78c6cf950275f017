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
  /**
   * The versions of a folded suggestion (its `variants`), as suggestions for the same `context`: the
   * one shown first, then the best matching, at most 10; versions that cannot be inserted there under
   * the insertion rules are left out.
   */
  variants(context: string, id: string, options?: Omit<SuggestOptions, 'limit'>): Suggestion[];
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
/**
 * Variants whose scores are this close to their group's best match what was typed equally well: the
 * group's own order (consensus first) chooses among them, not the length-driven last digits.
 */
const TIE = 0.02;
/** Most versions listed when a folded suggestion is expanded, best matching first (a page may ask for 10 suggestions). */
const MAX_VARIANTS = 10;

/** A match before it becomes a Suggestion: the insertion, highlights and de-duplication keys are computed for the winners only. */
interface Hit {
  unit: Unit;
  /** Index of `unit` in the matcher's units; -1 for a pinyin term, which has no variants. */
  index: number;
  /** Which of a match's insertion plans this is (continue, replace): variants fold within the same one. */
  shape: number;
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
  const { group, rank } = parts.variants;
  /** The units of each group with variants, representative first; built on first use. */
  let groups: Map<number, number[]> | undefined;
  const membersOf = (u: number): number[] => {
    groups ??= groupMembers(group, rank);
    return groups.get(group[u] ?? u) ?? [u];
  };
  /** Unit index by id, for expanding a suggestion; built on first use. */
  let byId: Map<string, number> | undefined;
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
  /** A pinyin term is a 规范提法 only if it was mined as one; any other is a plain word (`组织建设`, `治党`). */
  const formulationKeys = new Set(prepared.formulations.map((f) => foldKey(f.text)));
  const lexicon = new PinyinLexicon(terms, phonetics, parts.lexicon);

  /** `within`: only these units (the versions of one passage), `first` of them first; nothing is folded. */
  function suggest(context: string, options: SuggestOptions = {}, within?: ReadonlySet<number>, first = -1): Suggestion[] {
    const query = extractQuery(context);
    if (!query) return [];
    const limit = options.limit ?? DEFAULT_LIMIT;
    const enabled = options.sources ? new Set(options.sources.map((id) => sourceIndex.get(id) ?? -1)) : undefined;
    const kinds = new Set<UnitKind>(options.kinds ?? UNIT_KINDS);
    const sourceOk = (source: number) => !enabled || enabled.has(source);
    const reachable = (u: number): boolean => {
      const unit = units[u];
      if (!unit || (!sourceOk(unit.source) && !unit.alsoIn.some(sourceOk))) return false;
      if (within && !leadsInto(u, within)) return false;
      return kinds.has(unit.kind) || kinds.has(units[unit.parent]?.kind ?? unit.kind);
    };
    const hits: Hit[] = [];
    /** Adds a match and the larger units it grows into (a sentence's paragraph, a heading's section). */
    const emit = (u: number, score: number, matched: readonly number[], sentence: number, plan: Hit['plan'], shape: number, reachesEnd = false) => {
      const unit = units[u] as Unit;
      const source = sourceOk(unit.source) ? unit.source : (unit.alsoIn.find(sourceOk) ?? unit.source);
      const wanted = (index: number) => !within || within.has(index);
      let top = unit;
      for (let index = u, current: Unit | undefined = unit; current; index = current.parent, current = units[index]) {
        if (kinds.has(current.kind) && wanted(index)) hits.push({ unit: current, index, shape, from: unit, source, score, matched, plan, sentence });
        score *= PARENT_FACTOR;
        top = current;
      }
      // Typed to the end of a paragraph or of a heading without a body: what follows is the next one.
      const index = top.next ?? -1;
      const next = units[index];
      if (reachesEnd && next && kinds.has(next.kind) && wanted(index) && top.text.trimEnd().endsWith(unit.text)) {
        hits.push({ unit: next, index, shape, from: unit, source, score, matched, plan, sentence, before: top });
      }
    };

    const searchText = (q: WeightedQuery, clauseStarts: readonly number[], plans: (a: Alignment) => [Hit['plan'], number][], sentence: number, count = CANDIDATES) => {
      const sums = prefixSums(q.weights);
      const aligner = new Aligner(q, phonetics, textWeightOf, clauseStarts);
      for (const u of index.candidates([q.text], within ? count + within.size : count, reachable)) {
        const text = folded[u] ?? '';
        const a = aligner.align(text);
        const judgement = a && judge(a, sums, clauseStarts, text.length);
        if (!a || !judgement) continue;
        const reachesEnd = Math.max(...a.textOf) >= text.replace(/＊+$/, '').length - 1;
        plans(a).forEach(([plan, factor], shape) => emit(u, judgement.score * factor, a.matched, sentence, plan, shape, reachesEnd));
      }
    };

    const searchKeywords = (q: Extract<ActiveQuery, { mode: 'keywords' }>) => {
      const keywords = q.keywords.map((k) => weighted(k.text));
      if (keywords.reduce((n, k) => n + k.text.length, 0) < MIN_QUERY) return;
      const totals = keywords.map((k) => k.weights.reduce((a, b) => a + b, 0));
      const aligners = keywords.map((k) => new Aligner(k, phonetics, textWeightOf));
      for (const u of index.candidates(keywords.map((k) => k.text), within ? CANDIDATES + within.size : CANDIDATES, reachable)) {
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
        emit(u, judgement.score, matched, q.sentence, (match) => inPlaceOfQuery(match, first, q.start, context, 'keywords'), 0);
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
          if (kinds.has('formulation') && !within) {
            const kind = formulationKeys.has(typed) ? 'formulation' : 'term';
            const unit: Unit = { id: `t:${stableHash(typed)}`, source, kind, text, trail: [], parent: -1, aligned: false, alsoIn: [] };
            const plan = () => ({ ...letters, text });
            hits.push({ unit, index: -1, shape: 0, from: unit, source, score: termScore, matched: Array.from(typed, (_, i) => i), plan, sentence: q.sentence });
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
    return finish(hits, context, limit, !within, (unit) => sourceOk((units[unit] as Unit).source), first);
  }

  /** Whether unit `u`, a larger unit it grows into, or what follows them is in `set`. */
  function leadsInto(u: number, set: ReadonlySet<number>): boolean {
    for (let index = u, current = units[u]; current; index = current.parent, current = units[index]) {
      if (set.has(index) || set.has(current.next ?? -1)) return true;
    }
    return false;
  }

  function variants(context: string, id: string, options: Omit<SuggestOptions, 'limit'> = {}): Suggestion[] {
    byId ??= new Map(units.map((unit, i) => [unit.id, i]));
    const shape = /(\/after)?(\/replace)?$/;
    const suffix = shape.exec(id)?.[0] ?? '';
    const u = byId.get(id.slice(0, id.length - suffix.length));
    if (u === undefined) return [];
    const members = membersOf(u);
    if (members.length < 2) return [];
    // The version that was shown first, as the writer saw it; then the others as the row offered its
    // own: continuing, replacing, or as what follows.
    const found = suggest(context, { ...options, limit: members.length * 2 }, new Set(members), u);
    return found.filter((s) => shape.exec(s.id)?.[0] === suffix).slice(0, MAX_VARIANTS);
  }

  /**
   * Best first. Each hit is turned into an insertion here, for the winners only; one that breaks the
   * insertion rules is dropped, and the same insertion is shown once. Folding, a group of versions
   * takes one row, where its best version ranks (see tiedVariants for which version it shows).
   */
  function finish(hits: Hit[], context: string, limit: number, folding: boolean, available: (unit: number) => boolean, first: number): Suggestion[] {
    // Among passages that match equally well, the one the library repeats most (its group's size)
    // first; among versions of one passage, the group's own order.
    const support = (hit: Hit) => (folding && hit.index >= 0 ? membersOf(hit.index).length : 1);
    const place = (hit: Hit) => (hit.index >= 0 ? (rank[hit.index] ?? 0) : 0);
    const order = hits
      .map((hit, i) => ({ hit, i, support: support(hit), place: place(hit), first: Number(hit.index === first) }))
      .sort((a, b) => b.first - a.first || b.hit.score - a.hit.score || b.support - a.support || a.place - b.place || a.i - b.i);
    const seen = new Set<string>();
    /** Groups of near-identical passages already shown: the rest of each is folded into that row. */
    const shown = new Set<string>();
    const tried = new Set<Hit>();
    const out: Suggestion[] = [];
    for (const { hit: best } of order) {
      // Folding: one row per group of versions; listing the versions: one row per version.
      const fold = folding ? foldingKey(best) : `${best.index}:${best.shape}:${best.before ? 1 : 0}`;
      if (tried.has(best) || shown.has(fold)) continue;
      for (const hit of folding ? tiedVariants(order, best, fold, tried) : [best]) {
        tried.add(hit);
        const passage = hit.before ? `${hit.before.text}\n${hit.unit.marker ?? ''}${hit.unit.text}` : hit.unit.text;
        const offset = hit.unit === hit.from ? 0 : passage.indexOf(hit.from.text);
        if (offset < 0) continue;
        const insertion = hit.plan({ unit: hit.from.text, folded: foldedOf(hit.from), passage, offset });
        if (!insertion || !keepsRules(context, hit.sentence, insertion)) continue;
        // Long passages differ early: their opening is key enough.
        const key = `${insertion.replace[0]}:${foldKey(insertion.text.slice(0, 200))}`;
        if (seen.has(key)) continue;
        seen.add(key);
        shown.add(fold);
        out.push(toSuggestion(hit, insertion, passage, offset, folding ? variantCount(hit, available) : 0));
        break;
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  /** A hit's group of variants, apart for each plan and for what follows a unit. */
  function foldingKey(hit: Hit): string {
    return hit.index < 0 ? `t:${hit.unit.id}` : `${group[hit.index] ?? hit.index}:${hit.shape}:${hit.before ? 1 : 0}`;
  }

  /**
   * The versions in `best`'s group that match what was typed within TIE of it, in the group's own
   * order: consensus first, then the writer's own and newest. Between them the last digits of the
   * score only reflect length, not what was typed.
   */
  function tiedVariants(order: readonly { hit: Hit }[], best: Hit, fold: string, tried: ReadonlySet<Hit>): Hit[] {
    const floor = best.score * (1 - TIE);
    const tied: Hit[] = [];
    for (const { hit } of order) {
      if (hit.score < floor) break;
      if (!tried.has(hit) && foldingKey(hit) === fold) tied.push(hit);
    }
    return tied.sort((a, b) => (rank[a.index] ?? 0) - (rank[b.index] ?? 0) || b.score - a.score);
  }

  /** How many other versions of a hit's passage the library holds, in the sources switched on. */
  function variantCount(hit: Hit, available: (unit: number) => boolean): number {
    if (hit.index < 0) return 0;
    const members = membersOf(hit.index);
    return members.length < 2 ? 0 : members.filter((u) => u !== hit.index && available(u)).length;
  }

  function toSuggestion({ unit, from, source, score, matched, before }: Hit, insertion: Insertion, passage: string, offset: number, variantsCount: number): Suggestion {
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
      ...(variantsCount > 0 ? { variants: variantsCount } : {}),
    };
  }

  return {
    suggest: (context, options) => suggest(context, options),
    variants,
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

/** The units of every group of two or more, ordered by their rank in it. */
function groupMembers(group: Int32Array, rank: Int32Array): Map<number, number[]> {
  const members = new Map<number, number[]>();
  group.forEach((g, u) => {
    if (g === u && (rank[u] ?? 0) === 0) return;
    const list = members.get(g) ?? [g];
    members.set(g, list);
    list.push(u);
  });
  for (const list of members.values()) list.sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
  return members;
}

/** `folded` without its first `count` characters. */
function tail(folded: Folded, count: number): Folded {
  return { text: folded.text.slice(count), starts: folded.starts.slice(count), ends: folded.ends.slice(count) };
}
