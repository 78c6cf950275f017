import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource, splitSentences, walkSections } from '../../lib/corpus';
import { applySuggestion, assembleMatcher, matcherSnapshot, prepareCorpus, type Matcher, type MatcherSnapshot, type Suggestion } from '../../lib/match';
import { fold, foldKey } from '../../lib/match/fold';
import { nearDuplicates } from '../../lib/match/near-duplicates';
import { seedTexts, syntheticSpeeches } from '../../scripts/bench-corpus';
import { evaluate, loadQueries, type EvalReport } from '../../scripts/evaluate';
import { pinyinTableFor } from '../../scripts/pinyin';
import { SEEDS_DIR } from '../../scripts/prepared';
import { loadSourcesFromDir } from '../../scripts/seeds';
import { seedMatcher } from './helpers';

const HELDOUT = `${import.meta.dirname}/../fixtures/heldout-style.jsonl`;

const ORIGINAL = '要坚持把党的政治建设摆在首位，引导党员干部增强“四个意识”、坚定“四个自信”、做到“两个维护”，全年开展培训12次。';
/** Independent edits of ORIGINAL, as next year's reports make them. */
const EDITS = [
  '要坚持把党的政治建设放在首位，引导党员干部增强“四个意识”、坚定“四个自信”、做到“两个维护”，全年开展培训30次。',
  '要坚持把党的政治建设摆在首位，引导广大干部增强“四个意识”、坚定“四个自信”、做到“两个维护”，全年开展培训X次。',
  '引导党员干部增强“四个意识”、坚定“四个自信”、做到“两个维护”，要坚持把党的政治建设摆在首位，全年开展培训8次。',
];
const OTHER = '要扎实做好党风廉政建设宣传教育各项活动，推动全面从严治党向纵深发展，营造风清气正的良好氛围。';

/** Groups folded texts of one kind, each from the source given. */
function group(texts: readonly string[], sources = texts.map((_, i) => i)) {
  return nearDuplicates(
    texts.map((text) => ({ kind: 'aligned', text: fold(text).text })),
    sources,
  );
}

describe('near-duplicate groups', () => {
  it('puts a passage with its edited copies (a word, figures, clauses reordered), and a different passage apart', () => {
    const { group: of } = group([ORIGINAL, ...EDITS, OTHER]);
    expect(new Set([of[0], of[1], of[2], of[3]]).size).toBe(1);
    expect(of[4]).toBe(4);
  });

  it('is represented by the consensus, the original of independent edits, wherever it comes in the library', () => {
    const { group: of, rank } = group([...EDITS, ORIGINAL]);
    expect(of[0]).toBe(3);
    expect(rank[3]).toBe(0);
    expect([...rank].sort()).toEqual([0, 1, 2, 3]);
  });

  it('gives ties to the writer’s own and newest: the later source', () => {
    const { group: of } = group([ORIGINAL, ORIGINAL, ORIGINAL], [0, 7, 3]);
    expect([...of]).toEqual([1, 1, 1]);
  });

  it('leaves short passages alone unless they fold alike: a changed word changes a heading', () => {
    const { group: of } = group(['加强政治建设', '加强思想建设', '加强政治建设。']);
    expect([...of]).toEqual([2, 1, 2]);
  });
});

/** Text without the paired marks the insertion rules may leave out. */
const unpaired = (text: string) => text.replace(/[《》“”‘’（）()]/g, '');

/** The same matcher with every group split up: what suggesting was before folding. */
function unfolded(snapshot: MatcherSnapshot): Matcher {
  const count = snapshot.parts.units.length;
  const variants = { group: Int32Array.from({ length: count }, (_, i) => i), rank: new Int32Array(count) };
  return assembleMatcher({ ...snapshot, parts: { ...snapshot.parts, variants } });
}

describe('folding in a library of near-copies (10× the seeds)', () => {
  const texts = seedTexts();
  const speeches = syntheticSpeeches(texts, 9 * texts.length, 10).map((s) => parseSource(s.text, s.file));
  const seeds = seedMatcher();
  const sources = [...loadSourcesFromDir(SEEDS_DIR), ...speeches];
  const prepared = prepareCorpus(sources, pinyinTableFor(sources));
  const snapshot = matcherSnapshot(prepared);
  const folded = assembleMatcher(snapshot);
  const plain = unfolded(snapshot);
  const score = (matcher: Matcher, file?: string): EvalReport => evaluate(loadQueries(file), (query) => matcher.suggest(query));
  const rate = (r: EvalReport) => ({ hit1: r.total.hit1 / r.total.queries, hit5: r.total.hit5 / r.total.queries });

  it('keeps the public set’s 1× hit@1 and hit@5, and answers no negative', () => {
    const atOne = rate(score(seeds));
    const report = score(folded);
    expect(rate(report).hit1).toBeGreaterThanOrEqual(atOne.hit1);
    expect(rate(report).hit5).toBeGreaterThanOrEqual(atOne.hit5);
    expect(report.falsePositives).toEqual([]);
  });

  it('finds the held-out passage in the top 5 at least as often as without folding, and in ≥ 95%', () => {
    const report = score(folded, HELDOUT);
    expect(rate(report).hit5).toBeGreaterThanOrEqual(rate(score(plain, HELDOUT)).hit5);
    expect(rate(report).hit5).toBeGreaterThanOrEqual(0.95);
    expect(report.falsePositives).toEqual([]);
  });

  it('folds: some rows stand for five or more versions of their passage', () => {
    const shown = loadQueries().flatMap((q) => folded.suggest(q.query).map((s) => ({ q: q.query, s })));
    expect(shown.some(({ s }) => (s.variants ?? 0) >= 5)).toBe(true);
  });

  /** Prefixes of the library's sentences, the seeds' and their near-copies', as a writer types them. */
  const sentences = prepared.sources
    .flatMap((source) => [...walkSections(source.sections)].flatMap((section) => section.paragraphs.flatMap((p) => splitSentences(p))))
    .map((s) => s.trim())
    .filter((s) => foldKey(s).length >= 10);
  const context = fc.record({ sentence: fc.constantFrom(...sentences), cut: fc.double({ min: 0.3, max: 0.9, noNaN: true }) }).map(({ sentence, cut }) => sentence.slice(0, Math.max(6, Math.round(sentence.length * cut))));

  it('never hides the best match: it is shown, or one expand away in a row that matches as well (within 2%)', () => {
    fc.assert(
      fc.property(context, (typed) => {
        const [best] = plain.suggest(typed);
        const rows = folded.suggest(typed);
        if (!best) {
          expect(rows).toEqual([]);
          return;
        }
        expect(rows[0]?.score ?? 0).toBeGreaterThanOrEqual(best.score * 0.98 - 0.001);
        // What the writer gets, folded: the same insertion is shown once, and the writer's 56 stands for the corpus's X.
        const same = (s: Suggestion) => foldKey(applySuggestion(typed, s)) === foldKey(applySuggestion(typed, best));
        const reachable = rows.some((row) => same(row) || (row.variants !== undefined && folded.variants(typed, row.id).some(same)));
        expect(reachable).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('inserts the version shown, and every version listed on expanding keeps the insertion contract', () => {
    fc.assert(
      fc.property(context, (typed) => {
        for (const row of folded.suggest(typed)) {
          // What the row shows is what it inserts: a continuation adds the rest of its own passage
          // (less a closing mark whose opener the writer did not type).
          if (row.mode === 'continue' && row.corrections.length === 0) expect(unpaired(row.passage)).toContain(unpaired(row.text).slice(0, 12));
          if (!row.variants) continue;
          const versions = folded.variants(typed, row.id);
          expect(versions[0]?.id).toBe(row.id);
          expect(versions[0]?.text).toBe(row.text);
          expect(versions.length).toBeLessThanOrEqual(Math.min(10, row.variants + 1));
          for (const version of versions) {
            expect(version.replace[1]).toBe(typed.length);
            if (version.mode === 'continue' && version.corrections.length === 0) expect(applySuggestion(typed, version).startsWith(typed)).toBe(true);
            if (version.mode === 'replace') expect(version.replace[0]).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
