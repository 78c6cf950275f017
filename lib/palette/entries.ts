import { stableHash, walkSections, type Section, type Source } from '../corpus';
import { foldKey } from '../match/fold';
import type { PreparedCorpus } from '../match/prepare';
import { Phonetics } from '../match/pinyin';

/** What the palette lists and searches: a heading stands for its section too (see `short`). */
export type EntryKind = 'favourite' | 'formulation' | 'heading' | 'paragraph';

export interface LibraryEntry {
  id: string;
  kind: EntryKind;
  /** What is inserted: a heading with its body, a whole paragraph. */
  text: string;
  /** The smaller part that may be inserted instead: the heading alone, the sentence that matched. */
  short?: string;
  /** A one-line label: the heading, the formulation, the favourite's text. */
  label: string;
  source: string;
  sourceTitle: string;
  trail: string[];
  /** Full toneless pinyin of the label (`zhengzhijianshe`) and its initials (`zzjs`), for pinyin search. */
  pinyin: string;
  initials: string;
  /** A favourite's abbreviation, searched too. */
  abbreviation?: string;
}

/** A favourite as the palette needs it (see lib/settings `Favourite`). */
export interface FavouriteLike {
  id: string;
  text: string;
  abbreviation?: string;
  source?: string;
  sourceTitle?: string;
}

/** Pinyin of a label: the commonest reading of each Han character; other characters are skipped. */
export function pinyinOf(text: string, phonetics: Phonetics): { pinyin: string; initials: string } {
  let pinyin = '';
  let initials = '';
  for (const char of text) {
    const [id] = phonetics.readingsOf(char);
    const syllable = id === undefined ? undefined : phonetics.syllables[id];
    if (!syllable) continue;
    pinyin += syllable;
    initials += syllable[0];
  }
  return { pinyin, initials };
}

/**
 * A section as it would be inserted, one paragraph per line. A heading closed by `。` carried its body on
 * the same line in the source and keeps it there. Sub-sections keep their numbers; the top one does not,
 * because the writer's own numbering decides where it goes.
 */
export function renderSection(section: Section, withNumber = false): string[] {
  const lines: string[] = [];
  let rest = section.paragraphs;
  if (section.heading) {
    const head = (withNumber ? (section.number ?? '') : '') + section.heading + (section.headingEnd ?? '');
    const inline = section.headingEnd && rest.length > 0;
    lines.push(inline ? head + (rest[0] ?? '') : head);
    if (inline) rest = rest.slice(1);
  }
  lines.push(...rest);
  for (const child of section.children) lines.push(...renderSection(child, true));
  return lines;
}

/** A formulation's id: the matcher's unit id for it, so that its search hits and its entry are one row. */
export function formulationId(text: string): string {
  return `f:${stableHash(foldKey(text))}`;
}

/**
 * The browsable library: every titled section once (its heading, inserted alone or with its body),
 * every mined formulation and every favourite. Paragraphs are found by the passage search: there are
 * too many to list. A heading's id is the matcher's unit id for it (`<section>/h`).
 */
export function buildEntries(prepared: PreparedCorpus, favourites: readonly FavouriteLike[] = []): LibraryEntry[] {
  const phonetics = new Phonetics(prepared.pinyin);
  const titles = new Map(prepared.sources.map((s: Source) => [s.id, s.title]));
  const entries: LibraryEntry[] = [];
  const add = (entry: Omit<LibraryEntry, 'pinyin' | 'initials'>) => entries.push({ ...entry, ...pinyinOf(entry.label, phonetics) });

  for (const favourite of favourites) {
    add({
      id: `fav:${favourite.id}`,
      kind: 'favourite',
      text: favourite.text,
      label: favourite.text,
      source: favourite.source ?? '',
      sourceTitle: favourite.sourceTitle ?? '',
      trail: [],
      ...(favourite.abbreviation ? { abbreviation: favourite.abbreviation } : {}),
    });
  }
  for (const source of prepared.sources) {
    for (const section of walkSections(source.sections)) {
      if (!section.heading) continue;
      const hasBody = section.paragraphs.length > 0 || section.children.length > 0;
      add({
        id: `${section.id}/h`,
        kind: 'heading',
        label: section.heading,
        text: hasBody ? renderSection(section).join('\n') : section.heading,
        ...(hasBody ? { short: section.heading } : {}),
        source: source.id,
        sourceTitle: source.title,
        trail: section.trail,
      });
    }
  }
  for (const formulation of prepared.formulations) {
    const source = formulation.sources[0] ?? '';
    add({ id: formulationId(formulation.text), kind: 'formulation', text: formulation.text, label: formulation.text, source, sourceTitle: titles.get(source) ?? '', trail: formulation.trail });
  }
  return entries;
}
