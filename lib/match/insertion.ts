import type { Alignment } from './align';
import { isCloser, unbalanced, withoutStrayClosers } from './brackets';
import { fold, WILDCARD, type Folded } from './fold';
import type { Phonetics } from './pinyin';
import type { Correction, InsertMode, Range, SuggestionReason } from './types';

/**
 * The insertion contract: how accepting a match changes what the writer typed. A `continue` keeps
 * every typed character (same-sound IME errors aside) and appends; a `replace` swaps the current
 * clause for a near match. Anything that would break the writer's text (touch an earlier sentence,
 * lose one of their numbers, unbalance a bracket, double words at the seam) is not offered.
 */
export interface Insertion {
  mode: InsertMode;
  reason: SuggestionReason;
  replace: Range;
  text: string;
  corrections: Correction[];
}

/** What the writer typed in the active sentence. */
export interface Typed {
  context: string;
  /** The folded query; offsets in `context`. */
  folded: Folded;
  /** Where the active sentence's words start (after its numbering): nothing before is ever touched. */
  sentence: number;
}

/** The unit a query was aligned against, and the passage (it, its paragraph or its section) inserted from. */
export interface MatchedPassage {
  unit: string;
  /** `unit` folded (offsets in `unit`). */
  folded: Folded;
  passage: string;
  /** Where `unit` starts in `passage`. */
  offset: number;
}

/** A clause ends at these; opening quotes and brackets do not end one, so a clause never starts inside a pair. */
const CLAUSE_END = /[，、：；,;:。！？!?\n]/;
const SENTENCE_END = /[。！？!?；;\n]/;
const HAN = /\p{Script=Han}/u;
const OPENING = /[《“‘（(【「『]/;
const WORD = /[\p{L}\p{N}]/u;
/** Characters at the seam that, repeated on both sides, mean the same words would stand twice. */
const SEAM = 4;

/** Full-width form of ASCII punctuation, so that a writer's `,` meets the corpus's `，`; a straight quote is either curly one. */
const wide = (char: string) => {
  if (/["“”＂]/.test(char)) return '”';
  if (/['‘’＇]/.test(char)) return '’';
  const code = char.charCodeAt(0);
  return code > 0x20 && code < 0x7f ? String.fromCharCode(code + 0xfee0) : char;
};

/** The enumeration comma `、` separates items of one clause: corrections may span them. */
const CLAUSE_END_BUT_ITEMS = /[，：；,;:。！？!?\n]/;

/** Where the clause holding offset `at` of `text` starts, not before `floor`, white space skipped. */
export function clauseStart(text: string, at: number, floor = 0, ends = CLAUSE_END): number {
  let start = floor;
  for (let i = at - 1; i >= floor; i--) {
    if (ends.test(text[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  while (start < at && /\s/.test(text[start] ?? '')) start++;
  return start;
}

/**
 * Joins the rest of a passage to what was typed: the punctuation the writer already typed after
 * their last word is not inserted again. Undefined when the writer's marks contradict the passage's
 * in a way that cannot be joined (they closed the sentence, or a closing mark would be lost).
 */
function joinRest(typedTail: string, rest: string): string | undefined {
  const lead = rest.length - rest.replace(/^[^\p{L}\p{N}]+/u, '').length;
  const marks = Array.from(typedTail.replace(/\s+/g, ''), wide);
  let i = 0;
  let k = 0;
  while (i < lead && k < marks.length) {
    const char = rest[i] ?? '';
    if (/\s/.test(char)) i++;
    else if (wide(char) === marks[k]) [i, k] = [i + 1, k + 1];
    else break;
  }
  if (k === marks.length) return rest.slice(i);
  const gap = rest.slice(i, lead);
  if (Array.from(gap).some(isCloser) || (marks.some((m) => SENTENCE_END.test(m)) && !SENTENCE_END.test(gap))) return undefined;
  return rest.slice(lead);
}

function sameSound(phonetics: Phonetics, a: string, b: string): boolean {
  const readings = phonetics.readingsOf(b);
  return phonetics.readingsOf(a).some((id) => readings.includes(id));
}

/** How a typed position lines up with the unit: found as typed, as a same-sound character, as a placeholder's value, or not at all. */
function pairing(typed: Typed, a: Alignment, match: MatchedPassage, phonetics: Phonetics, i: number): 'same' | 'sound' | 'value' | 'other' {
  const t = a.textOf[i] ?? -1;
  if (t < 0) return 'other';
  const q = typed.folded.text[i] ?? '';
  const c = match.folded.text[t] ?? '';
  if (q === c) return 'same';
  if (c === WILDCARD) return 'value';
  if (q !== WILDCARD && HAN.test(q) && HAN.test(c) && sameSound(phonetics, q, c)) return 'sound';
  return 'other';
}

/**
 * Same-sound characters of the matched part that the corpus writes otherwise (`理伦` for `理论`).
 * A correction shows with the character before it, so that it reads as a word.
 */
function correctionsOf(typed: Typed, a: Alignment, match: MatchedPassage, phonetics: Phonetics): Correction[] {
  const fixes: { at: number; to: string }[] = [];
  const m = typed.folded.text.length;
  const clause = clauseStart(typed.context, typed.folded.starts[m - 1] ?? 0, typed.sentence, CLAUSE_END_BUT_ITEMS);
  const first = typed.folded.starts.findIndex((s) => s >= clause);
  /** Found as typed, or the clause's edge. */
  const anchor = (i: number) => i < first || i >= m || pairing(typed, a, match, phonetics, i) === 'same';
  for (let i = Math.max(first, a.queryStart); i < a.queryEnd; i++) {
    // Only inside the current clause, between characters found as typed: a same-sound pair among other words is chance (`是` for `适`).
    if (first < 0 || !anchor(i - 1) || !anchor(i + 1)) continue;
    if (pairing(typed, a, match, phonetics, i) !== 'sound') continue;
    const t = a.textOf[i] ?? -1;
    fixes.push({ at: typed.folded.starts[i] ?? 0, to: match.unit[match.folded.starts[t] ?? 0] ?? '' });
  }
  const corrections: Correction[] = [];
  for (const fix of fixes) {
    const last = corrections.at(-1);
    if (last && last.at + last.from.length >= fix.at) {
      // Adjacent (or sharing the shown neighbour): one correction.
      const gap = typed.context.slice(last.at + last.from.length, fix.at);
      last.from += gap + typed.context[fix.at];
      last.to += gap + fix.to;
      continue;
    }
    const before = typed.context[fix.at - 1] ?? '';
    const lead = fix.at > typed.sentence && HAN.test(before) ? before : '';
    corrections.push({ at: fix.at - lead.length, from: lead + (typed.context[fix.at] ?? ''), to: lead + fix.to });
  }
  return corrections;
}

/**
 * Continue: the alignment reaches the caret, so what follows the matched stretch in the passage is
 * appended. Every typed character stays, except same-sound corrections inside the matched part.
 */
export function continueAfter(typed: Typed, a: Alignment, match: MatchedPassage, phonetics: Phonetics): Insertion | undefined {
  const { context, folded } = typed;
  const m = folded.text.length;
  // The last text character a typed one lines up with: a placeholder the alignment ran on to, unfilled, is still ahead.
  const last = Math.max(...a.textOf);
  if (a.queryEnd !== m || last < 0) return undefined;
  const end = match.offset + (match.folded.ends[last] ?? 0);
  const typedEnd = folded.ends[m - 1] ?? context.length;
  const joined = joinRest(context.slice(typedEnd), match.passage.slice(end));
  if (joined === undefined) return undefined;
  const rest = withoutStrayClosers(context.slice(typed.sentence), joined);
  const corrections = correctionsOf(typed, a, match, phonetics);
  // Closing punctuation alone is worth inserting only with a correction.
  if (!WORD.test(rest) && (corrections.length === 0 || rest === '')) return undefined;
  const first = corrections[0];
  if (!first) return { mode: 'continue', reason: 'continue', replace: [context.length, context.length], text: rest, corrections };
  let kept = context.slice(first.at);
  for (const c of corrections) kept = kept.slice(0, c.at - first.at) + c.to + kept.slice(c.at - first.at + c.from.length);
  return { mode: 'continue', reason: 'homophone', replace: [first.at, context.length], text: kept + rest, corrections };
}

/**
 * Replace: the current clause (the one holding the last typed word) becomes the passage from the
 * start of the corresponding corpus clause, with the writer's values put in the placeholders they
 * filled. Undefined when the clause hardly matches, when it would drop one of the writer's numbers,
 * or when it would change nothing (then it is a continuation).
 */
export function replaceClause(typed: Typed, a: Alignment, match: MatchedPassage, phonetics: Phonetics): Insertion | undefined {
  const { context, folded } = typed;
  const m = folded.text.length;
  const lastWord = folded.starts[m - 1];
  if (lastWord === undefined) return undefined;
  const clause = clauseStart(context, lastWord, typed.sentence);
  const firstTyped = folded.starts.findIndex((s) => s >= clause);
  // The query was cut short inside this clause: its beginning is unknown.
  if (firstTyped < 0 || fold(context.slice(clause, folded.starts[firstTyped])).text !== '') return undefined;
  let firstPair = -1;
  let found = 0;
  for (let i = firstTyped; i < m; i++) {
    if (pairing(typed, a, match, phonetics, i) === 'other') continue;
    found++;
    if (firstPair < 0) firstPair = i;
  }
  if (firstPair < 0 || found < Math.max(2, (m - firstTyped) / 2)) return undefined;
  const alignedAt = match.folded.starts[a.textOf[firstPair] ?? 0] ?? 0;
  let unitStart = clauseStart(match.unit, alignedAt);
  let start = clauseStart(context, lastWord, typed.sentence);
  if (fold(match.unit.slice(unitStart, alignedAt)).text === '' && pairing(typed, a, match, phonetics, firstPair) === 'same') {
    // The corpus clause opens where the match does, on the very character typed: the writer's own words before it stay.
    start = openingBefore(context, folded.starts[firstPair] ?? start, start);
    unitStart = openingBefore(match.unit, alignedAt, unitStart);
  }
  if (!bringsWords(typed, a, match, phonetics, firstTyped, unitStart)) return undefined;
  const base = match.offset + unitStart;
  let text = match.passage.slice(base);
  // The writer's values go where the corpus has placeholders (rightmost first, so offsets hold).
  const values = new Map<number, [number, number]>();
  for (const [i, value] of valueTargets(typed, a, match, phonetics, firstTyped).entries()) {
    if (value < 0 || (match.folded.starts[value] ?? 0) < unitStart) continue;
    const span = values.get(value);
    values.set(value, [span?.[0] ?? folded.starts[i] ?? 0, folded.ends[i] ?? 0]);
  }
  for (const [t, [from, to]] of [...values].sort((x, y) => y[0] - x[0])) {
    const s = match.offset + (match.folded.starts[t] ?? 0) - base;
    const e = match.offset + (match.folded.ends[t] ?? 0) - base;
    text = text.slice(0, s) + context.slice(from, to) + text.slice(e);
  }
  for (let i = firstTyped; i < m; i++) {
    if (folded.text[i] === WILDCARD && !text.includes(context.slice(folded.starts[i], folded.ends[i]))) return undefined;
  }
  const typedClause = fold(context.slice(start)).text;
  if (fold(text.slice(0, 2 * (context.length - start) + 8)).text.startsWith(typedClause)) return undefined;
  return { mode: 'replace', reason: 'near', replace: [start, context.length], text, corrections: [] };
}

/** Where the opening marks (`《`, `“`, `（`) right before offset `at` start, not before `floor`. */
function openingBefore(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor && OPENING.test(text[start - 1] ?? '')) start--;
  return start;
}

/**
 * Whether replacing brings corpus words the clause lacks (a different word, one the writer left out,
 * the corpus's own opening words); a replacement that would only delete the writer's words is none.
 */
function bringsWords(typed: Typed, a: Alignment, match: MatchedPassage, phonetics: Phonetics, firstTyped: number, unitStart: number): boolean {
  const paired = new Set<number>();
  for (let i = firstTyped; i < typed.folded.text.length; i++) {
    const t = a.textOf[i] ?? -1;
    if (t < 0) continue;
    if (pairing(typed, a, match, phonetics, i) === 'other') return true;
    paired.add(t);
  }
  const last = Math.max(...paired);
  for (let t = 0; t < last; t++) {
    if ((match.folded.starts[t] ?? 0) >= unitStart && !paired.has(t) && match.folded.text[t] !== WILDCARD) return true;
  }
  return false;
}

/**
 * For each typed position from `from`: the placeholder (text position) whose value it is part of, or
 * -1. Typed characters that match nothing, written right against a value, belong to it: `市财政局`
 * for `XX` may line up as `市` against another word and only `财政局` against the placeholder.
 */
function valueTargets(typed: Typed, a: Alignment, match: MatchedPassage, phonetics: Phonetics, from: number): number[] {
  const { folded } = typed;
  const m = folded.text.length;
  const how = Array.from({ length: m }, (_, i) => (i < from ? 'other' : pairing(typed, a, match, phonetics, i)));
  const target = how.map((h, i) => (h === 'value' ? (a.textOf[i] ?? -1) : -1));
  const joined = (i: number) => folded.ends[i] === folded.starts[i + 1];
  for (let i = from + 1; i < m; i++) if (target[i] === -1 && how[i] === 'other' && joined(i - 1)) target[i] = target[i - 1] ?? -1;
  for (let i = m - 2; i >= from; i--) if (target[i] === -1 && how[i] === 'other' && joined(i)) target[i] = target[i + 1] ?? -1;
  return target.map((t, i) => (i < from ? -1 : t));
}

/**
 * Pinyin and keywords are a query, not the writer's words: the passage goes in their place. Pinyin
 * brings the passage from the term it spells on (the writer's words before it usually are the
 * passage's own lead-in); keywords bring the clause that holds the first of them.
 */
export function inPlaceOfQuery(match: MatchedPassage, textStart: number, queryStart: number, context: string, reason: 'pinyin' | 'keywords'): Insertion {
  const at = match.folded.starts[textStart] ?? 0;
  const start = reason === 'pinyin' ? openingBefore(match.unit, at, 0) : clauseStart(match.unit, at);
  const mode = reason === 'pinyin' ? 'continue' : 'replace';
  return { mode, reason, replace: [queryStart, context.length], text: match.passage.slice(match.offset + start), corrections: [] };
}

/**
 * The rules every insertion keeps, checked on the result: nothing before the active sentence changes,
 * `replace` ends at the caret, no bracket or quote of the sentence is left without its partner that
 * had one, and the words at the seam do not stand twice.
 */
export function keepsRules(context: string, sentence: number, insertion: Insertion): boolean {
  const [start, end] = insertion.replace;
  if (end !== context.length || start < Math.min(sentence, end) || start > end) return false;
  const result = context.slice(0, start) + insertion.text;
  const from = Math.min(sentence, start);
  if (unbalanced(result.slice(from)) > unbalanced(context.slice(from))) return false;
  // A continuation's corrected words are the writer's, re-typed; letters and keywords are a query, not words.
  const appended = insertion.reason === 'continue' || insertion.reason === 'homophone';
  const kept = appended ? result.slice(from, end) : context.slice(from, start);
  const added = appended ? result.slice(end) : insertion.text;
  // The seam is all that can repeat: a few dozen characters either side of it.
  const keptTail = fold(kept.slice(-40)).text;
  const addedHead = fold(added.slice(0, 40)).text;
  for (let k = SEAM; k <= Math.min(keptTail.length, addedHead.length, 16); k++) {
    const head = addedHead.slice(0, k);
    if (keptTail.endsWith(head) && head.replaceAll(WILDCARD, '').length >= SEAM) return false;
  }
  // A word right against its own copy (`增强增强`): two characters are enough when nothing stands between.
  const word = /^\p{Script=Han}{2}/u.exec(added)?.[0];
  return !(word && kept.endsWith(word));
}
