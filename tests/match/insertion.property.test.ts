import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, walkSections } from '../../lib/corpus';
import { applySuggestion, type Suggestion } from '../../lib/match';
import { foldKey } from '../../lib/match/fold';
import { toPinyin } from '../../scripts/pinyin';
import { seedMatcher, seedPrepared } from './helpers';

/**
 * The insertion contract, for contexts a writer could produce from the corpus: a prefix of a passage
 * cut anywhere, with their own values in the placeholders, IME homophones, their own sentences
 * before, and a few words changed. Whatever is suggested, accepting it keeps what was typed.
 */
const matcher = seedMatcher();

const sentences = seedPrepared().sources.flatMap((source) =>
  [...walkSections(source.sections)].flatMap((section) => [section.heading, ...section.paragraphs.flatMap((p) => splitSentences(p))]).map((s) => s.trim()),
).filter((s) => foldKey(s).length >= 8);

const HAN = /\p{Script=Han}/u;
const PLACEHOLDER = /XXXX|XX%?|X%?|×/g;
const VALUES = ['15', '48', '210', '全局', '市财政局', '2020', '3.5'];
const OWN_SENTENCES = ['今年以来，我们认真落实上级部署。', '同志们：', '会上，大家交流了经验。\n', ''];
/** Writer's words for near-copies: common characters, so that the passage stays recognisable. */
const OTHER_WORDS = ['我们', '进一步', '切实', '全体', '认真'];

/** Characters of the corpus grouped by their commonest reading (pinyin-pro, not the matcher's table). */
const homophones = new Map<string, string[]>();
for (const char of new Set(sentences.join(''))) {
  if (!HAN.test(char)) continue;
  const reading = toPinyin(char)[0];
  if (reading) homophones.set(reading, [...(homophones.get(reading) ?? []), char]);
}
const soundsAlike = (a: string, b: string) => toPinyin(a).some((r) => toPinyin(b).includes(r));

interface Written {
  /** Everything before the caret. */
  context: string;
  /** The writer's own sentences before the passage: never touched. */
  before: string;
  /** Values the writer typed for placeholders: kept in the result. */
  values: string[];
}

/** A passage prefix as a writer would type it. */
const written: fc.Arbitrary<Written> = fc
  .record({
    sentence: fc.constantFrom(...sentences),
    cut: fc.double({ min: 0.3, max: 1, noNaN: true }),
    before: fc.constantFrom(...OWN_SENTENCES),
    values: fc.array(fc.constantFrom(...VALUES), { minLength: 4, maxLength: 4 }),
    swap: fc.option(fc.nat(), { nil: undefined }),
    change: fc.option(fc.record({ at: fc.nat(), word: fc.constantFrom(...OTHER_WORDS) }), { nil: undefined }),
  })
  .map(({ sentence, cut, before, values, swap, change }) => {
    let typed = sentence.slice(0, Math.max(6, Math.round(sentence.length * cut)));
    const han = [...typed.matchAll(/\p{Script=Han}/gu)].map((m) => m.index);
    if (swap !== undefined && han.length > 0) {
      const at = han[swap % han.length] ?? 0;
      const char = typed[at] ?? '';
      const other = (homophones.get(toPinyin(char)[0] ?? '') ?? []).find((c) => c !== char);
      if (other) typed = typed.slice(0, at) + other + typed.slice(at + 1);
    }
    if (change && han.length > 4) {
      const at = han[change.at % han.length] ?? 0;
      // Two characters of the passage become the writer's word (words, not punctuation).
      if (HAN.test(typed[at + 1] ?? '')) typed = typed.slice(0, at) + change.word + typed.slice(at + 2);
    }
    // Values last, so that a swap or a changed word never lands inside one.
    const used: string[] = [];
    typed = typed.replace(PLACEHOLDER, () => {
      const value = values[used.length % values.length] ?? '15';
      used.push(value);
      return value;
    });
    return { context: before + typed, before, values: used };
  });

/** Pair marks the result gets wrong that the context did not: closers that close nothing, openers left open. */
function pairProblems(context: string, result: string): string[] {
  const problems: string[] = [];
  for (const [open, close] of [['《', '》'], ['“', '”'], ['（', '）'], ['(', ')']] as const) {
    const count = (text: string) => {
      let depth = 0;
      let stray = 0;
      for (const char of text) {
        if (char === open) depth++;
        else if (char === close && --depth < 0) [depth, stray] = [0, stray + 1];
      }
      return { stray, open: depth };
    };
    const [before, after] = [count(context), count(result)];
    if (after.stray > before.stray) problems.push(`${close} closes nothing`);
    if (after.open > before.open) problems.push(`${open} left open`);
  }
  return problems;
}

function check({ context, before, values }: Written, s: Suggestion): void {
  const result = applySuggestion(context, s);
  const [start, end] = s.replace;
  const where = `${JSON.stringify(context)} → ${JSON.stringify(result)} (${s.mode}/${s.reason})`;
  expect(end, where).toBe(context.length);
  // The writer's own sentences before the passage stay as they are.
  expect(result.startsWith(before), where).toBe(true);
  expect(start, where).toBeGreaterThanOrEqual(before.length);
  for (const value of values) expect(result, where).toContain(value);
  expect(pairProblems(context.slice(before.length), result.slice(before.length)), where).toEqual([]);
  if (s.mode === 'continue') {
    // Every typed character stays, except the listed same-sound corrections.
    const corrected = new Set<number>();
    for (const c of s.corrections) {
      expect(context.slice(c.at, c.at + c.from.length), where).toBe(c.from);
      expect(c.to.length, where).toBe(c.from.length);
      [...c.from].forEach((char, k) => {
        if (char === c.to[k]) return;
        expect(soundsAlike(char, c.to[k] ?? ''), `${where}: ${char}→${c.to[k]}`).toBe(true);
        corrected.add(c.at + k);
      });
    }
    for (let i = 0; i < context.length; i++) if (!corrected.has(i)) expect(result[i], `${where} at ${i}`).toBe(context[i]);
    // Nothing of what was typed is inserted again right after it.
    const typed = foldKey(context);
    const tail = typed.slice(-4);
    const added = foldKey(result.slice(context.length));
    if (tail.length === 4 && !foldKey(s.passage).includes(tail + tail)) expect(added.startsWith(tail), where).toBe(false);
  } else {
    // A replace touches the current clause only: it starts at a clause boundary or where the corpus
    // wording starts with the same character, so no word is cut.
    const boundary = start === before.length || /[，、：；,;:。！？\s]/.test(context[start - 1] ?? '') || foldKey(context.slice(start))[0] === foldKey(s.text)[0];
    expect(boundary, where).toBe(true);
    expect(/[。！？；\n]/.test(context.slice(start).replace(/[。！？；]+[”’）)]*$/, '')), where).toBe(false);
  }
}

describe('insertion contract (property-based, over the seed corpus)', () => {
  it('keeps every typed character, the writer’s values, earlier sentences and balanced pairs, whatever is suggested', () => {
    fc.assert(
      fc.property(written, (w) => {
        for (const s of matcher.suggest(w.context)) check(w, s);
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('continues an exact prefix with exactly the rest of its passage, never doubling it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.double({ min: 0.4, max: 0.9, noNaN: true }), (sentence, cut) => {
        const context = sentence.slice(0, Math.round(sentence.length * cut));
        if (foldKey(context).length < 6 || foldKey(sentence.slice(context.length)) === '') return;
        const suggestions = matcher.suggest(context, { limit: 10 });
        for (const s of suggestions) check({ context, before: '', values: [] }, s);
        // A continuation from the passage it was cut from completes it exactly: nothing doubled, nothing lost.
        for (const s of suggestions.filter((x) => x.mode === 'continue' && x.passage.startsWith(sentence) && x.highlights[0]?.[0] === 0)) {
          expect(foldKey(applySuggestion(context, s)).startsWith(foldKey(sentence)), `${context} ⇒ ${sentence}`).toBe(true);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
