import { splitSentences, type Section, type Source } from '../corpus';
import type { UnitKind } from './types';

/** A passage the matcher can suggest. */
export interface Unit {
  /** Stable across builds: derived from the section id and the position inside the section. */
  id: string;
  /** Index into the matcher's source list. */
  source: number;
  kind: UnitKind;
  text: string;
  trail: readonly string[];
  /**
   * The larger unit a match may grow into: a sentence's paragraph, a heading's section; -1 for none.
   * Only sentences, headings and formulations are matched; paragraphs and sections are reached this way,
   * so a long paragraph never has to be aligned against what was typed.
   */
  parent: number;
  /** Whether the query is aligned against this unit; paragraphs of several sentences and sections are not. */
  aligned: boolean;
  /** Other sources holding the same formulation, for source filters. Empty for other kinds. */
  alsoIn: readonly number[];
  /**
   * What follows the unit in reading order once it (and its parent) is typed to the end: the next
   * paragraph after a paragraph's last sentence, the first subsection after a heading without a body;
   * -1 for none.
   */
  next?: number;
  /** The numbering that opens a heading or section in the text (`（一）`), shown when it is inserted as what follows. */
  marker?: string;
}

/**
 * Cuts every source into units: each heading, each section with a body, each paragraph and each
 * sentence. A paragraph of one sentence is a single `paragraph` unit, not two identical ones.
 */
export function buildUnits(sources: readonly Source[]): Unit[] {
  const units: Unit[] = [];
  const add = (unit: Omit<Unit, 'alsoIn' | 'aligned'>, aligned = true): number => units.push({ ...unit, aligned, alsoIn: [] }) - 1;
  /** Adds a section and its subsections; returns the unit that opens it (its section or heading), -1 for none. */
  const addSection = (section: Section, sourceIndex: number): number => {
    const trail = section.heading ? [...section.trail, section.heading] : section.trail;
    let sectionUnit = -1;
    if (section.heading && section.paragraphs.length > 0) {
      sectionUnit = add({ id: `${section.id}/body`, source: sourceIndex, kind: 'section', text: sectionBody(section), trail: section.trail, parent: -1, marker: section.number }, false);
    }
    let headingUnit = -1;
    if (section.heading) {
      headingUnit = add({ id: `${section.id}/h`, source: sourceIndex, kind: 'heading', text: section.heading + (section.headingEnd ?? ''), trail: section.trail, parent: sectionUnit, marker: section.number });
    }
    /** Units whose `next` is the paragraph about to be added. */
    let ending: number[] = [];
    section.paragraphs.forEach((paragraph, p) => {
      const sentences = splitSentences(paragraph).map((s) => s.trim()).filter((s) => s !== '');
      const single = sentences.length <= 1;
      const paragraphUnit = add({ id: `${section.id}/p${p}`, source: sourceIndex, kind: 'paragraph', text: paragraph, trail, parent: -1 }, single);
      for (const u of ending) (units[u] as Unit).next = paragraphUnit;
      ending = [paragraphUnit];
      if (single) return;
      sentences.forEach((sentence, s) => {
        const sentenceUnit = add({ id: `${section.id}/p${p}.${s}`, source: sourceIndex, kind: 'sentence', text: sentence, trail, parent: paragraphUnit });
        if (s === sentences.length - 1) ending.push(sentenceUnit);
      });
    });
    const firstChild = section.children.map((child) => addSection(child, sourceIndex)).find((u) => u >= 0);
    if (headingUnit >= 0 && sectionUnit < 0 && firstChild !== undefined) (units[headingUnit] as Unit).next = firstChild;
    return sectionUnit >= 0 ? sectionUnit : headingUnit;
  };
  sources.forEach((source, sourceIndex) => {
    for (const section of source.sections) addSection(section, sourceIndex);
  });
  return units;
}

/**
 * A heading with its body, as it would be inserted. A heading closed by `。` carried its body on the
 * same line in the source; one without punctuation stood on a line of its own.
 */
function sectionBody(section: Section): string {
  const separator = section.headingEnd ? '' : '\n';
  return section.heading + (section.headingEnd ?? '') + separator + section.paragraphs.join('\n');
}

/**
 * What each paragraph of several sentences and each section is made of (its sentences; its heading
 * and paragraphs), as unit indices; undefined for the other units. Relies on buildUnits' order: a
 * unit's pieces follow it, under ids that extend its own.
 */
export function unitParts(units: readonly Unit[]): (number[] | undefined)[] {
  return units.map((unit, i) => {
    if (unit.kind === 'paragraph' && !unit.aligned) {
      const parts: number[] = [];
      for (let j = i + 1; units[j]?.parent === i; j++) parts.push(j);
      return parts;
    }
    if (unit.kind !== 'section') return undefined;
    const prefix = `${unit.id.slice(0, -'/body'.length)}/`;
    const parts: number[] = [];
    for (let j = i + 1; units[j]?.id.startsWith(prefix); j++) {
      const part = units[j] as Unit;
      if (part.kind === 'heading' || (part.kind === 'paragraph' && /\/p\d+$/.test(part.id))) parts.push(j);
    }
    return parts;
  });
}
