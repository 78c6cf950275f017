/** How a section was introduced in the text. */
export type SectionRole =
  /** Text before the first heading: the opening of the speech. */
  | 'opening'
  /** A numbered heading line: `一、`, `（一）`, `1.`, `（1）`. */
  | 'heading'
  /** An item of an enumeration: `一是…`, `首先，…`, `第一，…`, inline or opening a paragraph. */
  | 'item'
  /** Paragraphs that follow a section's sub-sections without a heading of their own (`下一步，…`). */
  | 'continuation';

/** A placeholder such as `X`, `×`, `XX`, `X%` standing for a name or number the writer fills in. */
export interface PlaceholderSpan {
  /** `heading`, or the index into `paragraphs`. */
  where: 'heading' | number;
  start: number;
  end: number;
  text: string;
}

export interface Section {
  /** Stable within a source: `<sourceId>:<path>` where path is the 1-based position in the outline, e.g. `2.1.3`. */
  id: string;
  role: SectionRole;
  /** Depth in the outline: 1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for `（1）`; items sit one below their parent. */
  level: number;
  /** The marker exactly as written: `一、`, `（一）`, `一是`, `首先，`. */
  number?: string;
  /** The heading without its marker and closing punctuation; empty for openings and continuations. */
  heading: string;
  /** The punctuation that closed the heading sentence (`。`), kept so the parse is lossless. */
  headingEnd?: string;
  /** Headings of the enclosing sections, outermost first (the source title excluded). */
  trail: string[];
  /** 1-based line in the file where the section starts. */
  line: number;
  paragraphs: string[];
  /** 1-based line of each paragraph. */
  paragraphLines: number[];
  placeholders: PlaceholderSpan[];
  children: Section[];
}

export interface Source {
  id: string;
  /** File name the source was read from. */
  file: string;
  title: string;
  salutation?: string;
  sections: Section[];
}

export interface Corpus {
  sources: Source[];
}
