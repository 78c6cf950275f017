import { splitSentences } from './sentences';
import type { Section, Source } from './types';

/** Visits every section in document order (a section before its children). */
export function* walkSections(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.children);
  }
}

/** The section's own text as written: marker, heading, its punctuation, then its paragraphs. */
export function sectionText(section: Section): string {
  return (section.number ?? '') + section.heading + (section.headingEnd ?? '') + section.paragraphs.join('');
}

export interface SourceCounts {
  sections: number;
  headings: number;
  items: number;
  paragraphs: number;
  sentences: number;
  placeholders: number;
  characters: number;
}

export function countSource(source: Source): SourceCounts {
  const counts: SourceCounts = { sections: 0, headings: 0, items: 0, paragraphs: 0, sentences: 0, placeholders: 0, characters: 0 };
  for (const section of walkSections(source.sections)) {
    counts.sections++;
    if (section.role === 'heading') counts.headings++;
    if (section.role === 'item') counts.items++;
    counts.paragraphs += section.paragraphs.length;
    counts.sentences += section.paragraphs.reduce((n, p) => n + splitSentences(p).length, 0);
    counts.placeholders += section.placeholders.length;
    counts.characters += sectionText(section).length;
  }
  return counts;
}
