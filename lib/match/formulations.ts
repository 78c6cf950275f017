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

/** Two or more quoted terms, each with its own short verb: `增强“四个意识”、坚定“四个自信”、做到“两个维护”`. */
const QUOTED_SERIES = /(?:\p{Script=Han}{1,4}“[^“”]{1,16}”[、，,]?){2,}/gu;
const QUOTED_TERM = /“([^“”]{2,16})”/g;
/** A quotation of a whole sentence, or a name with a placeholder in it (`“XX义工•红色情怀”`), is not a term. */
const NOT_A_TERM = /[。！？!?]$|[X×Ｘ]/;
/** A numbered formula opens with a number: `“两学一做”`, `“四个意识”`, `“十四五”`. */
const NUMBERED = /^[一二三四五六七八九十两]\p{Script=Han}/u;
/**
 * Clauses joined by `、`; the first runs on into the words before it (`我们要围绕中心`), so it is cut to
 * the length of the second.
 */
const PARALLEL = /(\p{Script=Han}{2,})((?:、\p{Script=Han}{2,8}){1,5})(?![\p{Script=Han}、])/gu;

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

/** Whether `text` is clauses of one length (two Han characters or more each): the shape of a fixed formula, not of a list. */
function clausesOfOneLength(text: string, separators: RegExp): string[] | undefined {
  const parts = text.split(separators);
  const length = parts[0]?.length ?? 0;
  return parts.length >= 2 && parts.every((part) => part.length === length && /^\p{Script=Han}{2,}$/u.test(part)) ? parts : undefined;
}

/** Unquoted, only three clauses or more, or two of four characters (`不忘初心、牢记使命`), make a formula: `党员、干部` is a list. */
function isParallel(text: string): boolean {
  const parts = clausesOfOneLength(text, /、/);
  return parts !== undefined && (parts.length >= 3 || (parts[0]?.length ?? 0) >= 4);
}

/** A quoted term is a formulation when it recurs, is numbered, or is parallel clauses; scare quotes (`“渗透”`) are not. */
function isQuotedFormulation(term: string, count: number): boolean {
  if (NOT_A_TERM.test(term)) return false;
  return count >= 2 || NUMBERED.test(term) || clausesOfOneLength(term, /[、，,]/) !== undefined;
}

/**
 * Mines formulations (规范提法) by the rule a writer applies: a phrase the speeches set off as a term.
 * - a quoted term that recurs (`“主题党日”`), is numbered (`“两学一做”`, even once) or is parallel clauses (`“网格连心、组团服务”`);
 * - a series of quoted terms, each after a short verb, whose terms recur (`增强“四个意识”、坚定“四个自信”、做到“两个维护”`);
 * - parallel clauses of one length joined by `、` that recur in two passages (`围绕中心、建设队伍、服务群众`).
 * A phrase that merely recurs (`组织建设`, `疫情发生以来`, `习近平总书记指出`) is not one. Counting by
 * folded text makes `强化“四个意识”` and `强化四个意识` one formulation.
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
  /** Formulations kept whatever their count; the others need two passages. */
  const set = new Set<string>();
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
  for (const where of all) {
    const seen = new Set<string>();
    for (const m of where.text.matchAll(QUOTED_SERIES)) {
      const text = m[0].replace(/[、，,]+$/, '');
      const recurring = [...text.matchAll(QUOTED_TERM)].filter((t) => (termCounts.get(foldKey(t[1] ?? '')) ?? 0) >= 2);
      if (recurring.length >= 2) {
        note(text, where, seen);
        set.add(foldKey(text));
      }
    }
    for (const m of where.text.matchAll(QUOTED_TERM)) {
      if (!isQuotedFormulation(m[1] ?? '', termCounts.get(foldKey(m[1] ?? '')) ?? 0)) continue;
      note(m[0], where, seen);
      set.add(foldKey(m[0]));
    }
    for (const [, lead = '', rest = ''] of where.text.matchAll(PARALLEL)) {
      const second = rest.slice(1).split('、')[0] ?? '';
      const text = lead.slice(-second.length) + rest;
      if (isParallel(text)) note(text, where, seen);
    }
  }
  return [...found.entries()]
    .filter(([key, f]) => f.count >= 2 || set.has(key))
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
