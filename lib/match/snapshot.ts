import { stableHash } from '../corpus';
import { packColumns, unpackColumns, type Columns } from './columns';
import { fold, foldKey } from './fold';
import { BigramIndex, type Postings } from './ngram-index';
import { Phonetics } from './pinyin';
import { nearDuplicates, type NearDuplicates } from './near-duplicates';
import { buildLexiconKeys, type LexiconKeys } from './pinyin-query';
import type { PreparedCorpus } from './prepare';
import { buildUnits, unitParts, type Unit } from './units';

/** The prepared corpus without the outlines: what suggesting needs besides the parts. */
export interface MatcherCorpus extends Omit<PreparedCorpus, 'sources'> {
  sources: { id: string; title: string }[];
}

/** What building the index computes, in a form that survives structured cloning (IndexedDB). */
export interface MatcherParts {
  units: Unit[];
  /** Folded text of each aligned unit; undefined for the others. */
  folded: (string | undefined)[];
  postings: Postings;
  /** In how many aligned units each folded character occurs. */
  df: Map<string, number>;
  lexicon: LexiconKeys;
  /** Groups of near-identical passages, suggested once (lib/match/near-duplicates.ts). */
  variants: NearDuplicates;
}

/** Bumped whenever the parts change shape or meaning: an older stored snapshot is rebuilt, never misread. */
export const SNAPSHOT_VERSION = 2;

/**
 * Everything a matcher is made of, computed once. The background stores it in IndexedDB so that a
 * woken service worker assembles the matcher in milliseconds instead of preparing and indexing again.
 */
export interface MatcherSnapshot {
  version: typeof SNAPSHOT_VERSION;
  corpus: MatcherCorpus;
  parts: MatcherParts;
}

export function matcherSnapshot(prepared: PreparedCorpus): MatcherSnapshot {
  const sources = prepared.sources.map((s) => ({ id: s.id, title: s.title }));
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const units: Unit[] = buildUnits(prepared.sources);
  for (const f of prepared.formulations) {
    const [first, ...rest] = f.sources.map((id) => sourceIndex.get(id) ?? -1).filter((i) => i >= 0);
    if (first === undefined) continue;
    units.push({ id: `f:${stableHash(foldKey(f.text))}`, source: first, kind: 'formulation', text: f.text, trail: f.trail, parent: -1, aligned: true, alsoIn: rest });
  }
  const folded = units.map((u) => (u.aligned ? fold(u.text).text : undefined));
  const phonetics = new Phonetics(prepared.pinyin);
  const postings = BigramIndex.build(folded, phonetics).export();
  const df = new Map<string, number>();
  for (const text of folded) for (const ch of new Set(text ?? '')) df.set(ch, (df.get(ch) ?? 0) + 1);
  const { pinyin, formulations, terms, version } = prepared;
  const lexicon = buildLexiconKeys(terms, phonetics);
  // Formulations are folded by their text already; every other unit is grouped with its variants. A
  // sentence and a one-sentence paragraph insert alike, so the aligned units are grouped together.
  const parts = unitParts(units);
  const variants = nearDuplicates(
    units.map((u, i) => (u.kind === 'formulation' ? { kind: u.kind } : u.aligned ? { kind: 'aligned', text: folded[i] ?? '' } : { kind: u.kind, ...(parts[i] ? { parts: parts[i] } : { text: fold(u.text).text }) })),
    units.map((u) => u.source),
  );
  return { version: SNAPSHOT_VERSION, corpus: { version, sources, pinyin, formulations, terms }, parts: { units, folded, postings, df, lexicon, variants } };
}

/**
 * A snapshot as IndexedDB keeps it. Structured cloning costs per object, so the units and the folded
 * texts travel column by column (lib/match/columns.ts): at 100× the seeds, 130,000 units as objects
 * took ~160 ms to read back and their folded texts ~135 ms.
 */
export interface StoredMatcher extends Omit<MatcherSnapshot, 'parts'> {
  parts: Omit<MatcherParts, 'folded' | 'units'> & { units: Columns; folded: Columns };
}

export function packSnapshot({ version, corpus, parts }: MatcherSnapshot): StoredMatcher {
  return { version, corpus, parts: { ...parts, units: packColumns(parts.units), folded: packColumns(parts.folded.map((text) => ({ text }))) } };
}

export function unpackSnapshot({ version, corpus, parts }: StoredMatcher): MatcherSnapshot {
  const units = unpackColumns<Unit>(parts.units);
  const folded = unpackColumns<{ text?: string }>(parts.folded).map((row) => row.text);
  return { version, corpus, parts: { ...parts, units, folded } };
}

/** Whether `value` looks like a stored snapshot of this version (a structural check, not a deep one: we wrote it). */
export function isStoredMatcher(value: unknown): value is StoredMatcher {
  if (typeof value !== 'object' || value === null) return false;
  const { version, corpus, parts } = value as Partial<StoredMatcher>;
  return (
    version === SNAPSHOT_VERSION &&
    Array.isArray(corpus?.sources) &&
    typeof parts?.units?.count === 'number' &&
    parts.postings?.keys instanceof Float64Array &&
    typeof parts.folded?.count === 'number' &&
    parts.lexicon?.owners instanceof Uint32Array &&
    parts.variants?.group instanceof Int32Array &&
    parts.variants.rank instanceof Int32Array &&
    parts.df instanceof Map
  );
}
