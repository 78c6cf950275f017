import type { PassageMatch, PassageSearch } from '../match/passage-search';
import type { LibraryItem } from '../messages';
import type { EntryKind, LibraryEntry } from './entries';
import type { LibrarySearch } from './search';

/**
 * One search for the palette, the popup and the side panel: the passage search (every unit the inline
 * panel suggests, with its pinyin and homophone tolerance) and Fuse.js over the short labels
 * (headings, formulations, favourites and their abbreviations), merged so that each passage is one
 * row: a heading found by both is shown once, a sentence as part of its paragraph.
 */
export interface FoundRow extends Omit<LibraryItem, 'kind' | 'depth' | 'favourite'> {
  kind: EntryKind;
  /** (0, 1]; higher is better. */
  score: number;
}

export interface FindOptions {
  limit: number;
  /** Only these source ids (favourites are always searched). */
  sources?: ReadonlySet<string>;
  /** Only rows of these kinds. */
  kinds?: ReadonlySet<EntryKind>;
}

/** Longest query searched: a search box holds a phrase, not a page. */
const MAX_FIND_CHARS = 64;
const PREVIEW_CHARS = 120;
/** Chinese queries up to this many characters also go to Fuse.js: a word may be a heading's. */
const SHORT_QUERY = 4;
const KIND_ORDER: Record<EntryKind, number> = { favourite: 0, heading: 1, formulation: 2, paragraph: 3 };

export class LibraryFinder {
  private readonly byId: ReadonlyMap<string, LibraryEntry>;
  private readonly titles: ReadonlyMap<string, string>;
  /** Source ids in the matcher's order: a unit names its source by index. */
  private readonly sourceIds: readonly string[];

  constructor(
    private readonly labels: LibrarySearch,
    private readonly passages: PassageSearch,
    entries: readonly LibraryEntry[],
    sources: readonly { id: string; title: string }[],
  ) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    this.titles = new Map(sources.map((s) => [s.id, s.title]));
    this.sourceIds = sources.map((s) => s.id);
  }

  /** Best first; each passage once, favourites merged into the passage of the same text. */
  find(query: string, { limit, sources, kinds }: FindOptions): FoundRow[] {
    const text = query.trim().slice(0, MAX_FIND_CHARS);
    const rows = new Map<string, FoundRow>();
    const add = (row: FoundRow) => {
      if (kinds && !kinds.has(row.kind)) return;
      const previous = rows.get(row.id);
      if (!previous || previous.score < row.score) rows.set(row.id, previous && row.highlights.length === 0 ? { ...row, highlights: previous.highlights } : row);
    };
    const onlyFavourites = kinds?.size === 1 && kinds.has('favourite');
    // Fuse.js for what the passage search cannot see (favourites, abbreviations, pinyin of whole
    // headings) and for short queries; a longer phrase is the passage search's, which tolerates typos too.
    if (!text || onlyFavourites || isShort(text)) {
      // Rows of other kinds are dropped afterwards: with a kind filter (or the whole list) take every hit.
      const hits = text && !kinds ? Math.max(limit, 50) : Number.POSITIVE_INFINITY;
      for (const hit of this.labels.search(text, { limit: hits, ...(sources ? { sources } : {}) })) {
        add({ ...rowOf(hit.entry), highlights: hit.highlights, score: 1 - hit.score });
      }
    }
    if (text && !onlyFavourites) {
      for (const match of this.passages.search(text, { limit, ...(sources ? { sources: [...sources] } : {}) })) add(this.rowOfPassage(match));
    }
    const byText = new Map<string, FoundRow>();
    const ranked = [...rows.values()].sort((a, b) => b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.label.length - b.label.length);
    for (const row of ranked) {
      // A favourite that is a passage found here is that passage's row.
      if (!byText.has(row.text)) byText.set(row.text, row);
    }
    return [...byText.values()].slice(0, limit);
  }

  /** A passage found by the matcher's search, as the palette row of its heading, formulation or paragraph. */
  private rowOfPassage({ passage, part, score, highlights }: PassageMatch): FoundRow {
    const found = part ?? passage;
    const entry = this.byId.get(found.id) ?? this.byId.get(passage.id);
    if (entry) return { ...rowOf(entry), highlights: entry.label.startsWith(found.text) || found.text.startsWith(entry.label) ? highlights : [], score };
    const sentence = part && part.text !== passage.text ? part.text : undefined;
    const source = this.sourceIds[passage.source] ?? '';
    return {
      id: passage.id,
      kind: 'paragraph',
      label: found.text,
      text: passage.text,
      ...(sentence ? { short: sentence, preview: glimpse(passage.text.replace(sentence, ' … ')) } : {}),
      source,
      sourceTitle: this.titles.get(source) ?? '',
      trail: [...passage.trail],
      highlights,
      score,
    };
  }
}

/** A library entry as a row, before it is scored. */
function rowOf(entry: LibraryEntry): Omit<FoundRow, 'score' | 'highlights'> {
  const { id, kind, label, text, short, source, sourceTitle, trail, abbreviation } = entry;
  const rest = text.startsWith(label) ? text.slice(label.length).replace(/^[\s。．.，,：:；;]+/, '') : '';
  return {
    id,
    kind,
    label,
    text,
    ...(short ? { short } : {}),
    ...(rest ? { preview: glimpse(rest) } : {}),
    source,
    sourceTitle,
    trail,
    ...(abbreviation ? { abbreviation } : {}),
  };
}

/** Latin letters (pinyin, an abbreviation) or at most SHORT_QUERY characters of anything else. */
function isShort(text: string): boolean {
  return /^[\x21-\x7e\s\uff01-\uff5e]+$/.test(text) || [...text.replace(/\s+/g, '')].length <= SHORT_QUERY;
}

function glimpse(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS)}…` : flat;
}
