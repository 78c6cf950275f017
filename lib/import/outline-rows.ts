import type { Section } from '../corpus';

/** One heading of an outline, flattened for a list that draws only the rows in view. */
export interface OutlineRow {
  id: string;
  /** Nesting below the top headings, from 0. */
  depth: number;
  number: string;
  heading: string;
}

/** The headings of an outline in reading order; untitled sections (openings, continuations) show only their children. */
export function outlineRows(sections: readonly Section[], depth = 0, rows: OutlineRow[] = []): OutlineRow[] {
  for (const section of sections) {
    if (section.heading) {
      rows.push({ id: section.id, depth, number: section.number ?? '', heading: section.heading });
      outlineRows(section.children, depth + 1, rows);
    } else {
      outlineRows(section.children, depth, rows);
    }
  }
  return rows;
}
