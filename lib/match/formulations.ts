import { walkSections, type Source } from '../corpus';
import { foldKey } from './fold';

/** A recurring formulation (规范提法) found in the corpus. Plain JSON, part of the prepared corpus. */
export interface Formulation {
  text: string;
  /** Ids of the sources that use it, first occurrence first. */
  sources: string[];
  /** Heading trail of the first occurrence. */
  trail: string[];
  /** How often it occurs in the corpus. */
  count: number;
}

/** Where a formulation may end: clause punctuation. `、` is not one: it joins the parts of a formulation. */
const CLAUSE = /[，。；：！？,;:!?\n]/;
/** Two or more quoted terms, each with a short verb before it: `增强“四个意识”、坚定“四个自信”、做到“两个维护”`. */
const QUOTED_SERIES = /(?:[\p{Script=Han}]{0,4}“[^“”]{1,16}”[、，,]?){2,}/gu;
const QUOTED_TERM = /“([^“”]{2,16})”/g;
/** Folded length bounds of a formulation: shorter is a word, longer is a sentence. */
const MIN_CLAUSE = 6;
const MAX_CLAUSE = 40;

interface Occurrence {
  text: string;
  source: string;
  trail: string[];
}

/** Headings and paragraphs of every source, with where they sit. */
function* passages(sources: readonly Source[]): Generator<Occurrence> {
  for (const source of sources) {
    for (const section of walkSections(source.sections)) {
      const trail = section.heading ? [...section.trail, section.heading] : section.trail;
      if (section.heading) yield { text: section.heading, source: source.id, trail: section.trail };
      for (const paragraph of section.paragraphs) yield { text: paragraph, source: source.id, trail };
    }
  }
}

/**
 * Mines recurring formulations: clauses that recur verbatim in different passages, series of quoted
 * terms whose terms recur, and recurring quoted terms (`“三会一课”`). Counting by folded text makes
 * `强化“四个意识”` and `强化四个意识` one formulation.
 */
export function mineFormulations(sources: readonly Source[]): Formulation[] {
  const found = new Map<string, Formulation>();
  const termCounts = new Map<string, number>();
  const all = [...passages(sources)];
  for (const { text } of all) {
    for (const m of text.matchAll(QUOTED_TERM)) termCounts.set(foldKey(m[1] ?? ''), (termCounts.get(foldKey(m[1] ?? '')) ?? 0) + 1);
  }
  /** Surface forms of each folded formulation: the most common one is shown. */
  const surfaces = new Map<string, Map<string, number>>();
  const note = (text: string, where: Occurrence, seen: Set<string>) => {
    const key = foldKey(text);
    if (seen.has(key)) return;
    seen.add(key);
    const forms = surfaces.get(key) ?? new Map<string, number>();
    surfaces.set(key, forms.set(text, (forms.get(text) ?? 0) + 1));
    const entry = found.get(key);
    if (entry) {
      entry.count++;
      if (!entry.sources.includes(where.source)) entry.sources.push(where.source);
    } else {
      found.set(key, { text, sources: [where.source], trail: where.trail, count: 1 });
    }
  };
  const series = new Set<string>();
  for (const where of all) {
    const seen = new Set<string>();
    for (const clause of where.text.split(CLAUSE)) {
      const text = clause.trim().replace(/[、]+$/, '');
      const length = foldKey(text).length;
      if (length >= MIN_CLAUSE && length <= MAX_CLAUSE) note(text, where, seen);
    }
    for (const m of where.text.matchAll(QUOTED_SERIES)) {
      const text = m[0].replace(/[、，,]+$/, '');
      const recurring = [...text.matchAll(QUOTED_TERM)].filter((t) => (termCounts.get(foldKey(t[1] ?? '')) ?? 0) >= 2);
      if (recurring.length >= 2) {
        note(text, where, seen);
        series.add(foldKey(text));
      }
    }
    for (const m of where.text.matchAll(QUOTED_TERM)) {
      if ((termCounts.get(foldKey(m[1] ?? '')) ?? 0) >= 2) note(m[0], where, seen);
    }
  }
  return [...found.entries()]
    .filter(([key, f]) => f.count >= 2 || series.has(key) || /^“[^“”]+”$/.test(f.text))
    .map(([key, f]) => ({ ...f, text: mostCommon(surfaces.get(key)) ?? f.text }));
}

function mostCommon(counts: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [text, count] of counts ?? []) {
    if (count > bestCount) [best, bestCount] = [text, count];
  }
  return best;
}
