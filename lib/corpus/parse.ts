import { advertLineCount } from './advert';
import { CorpusError } from './errors';
import { stableHash } from './hash';
import { continuesItem, headingMarker, type ItemMarker, itemMarker, opensItems } from './markers';
import { findPlaceholders } from './placeholders';
import { firstSentenceEnd, splitSentences } from './sentences';
import type { Section, SectionRole, Source } from './types';

/** How many paragraphs ahead an enumeration may continue. */
const ITEM_LOOKAHEAD = 8;

interface Entry {
  text: string;
  line: number;
}

interface OpenItem {
  section: Section;
  marker: ItemMarker;
  parent: Section;
}

/** Spaces, including the full-width ones that pad lines in the seeds. */
const trimLine = (line: string) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

/** A source id is derived from the file name so that it stays the same from build to build. */
export function sourceIdFromFile(file: string): string {
  const stem = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');
  const slug = stem.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length >= 3 && /[a-z0-9]/.test(slug)) return slug;
  // Names without Latin letters (most Chinese file names): a short, stable hash of the name.
  return `src-${stableHash(stem)}`;
}

/** Splits `rest` into a heading sentence, its closing punctuation and the body that follows on the same line. */
function splitHeading(rest: string): { heading: string; headingEnd?: string; body: string } {
  const end = firstSentenceEnd(rest);
  if (end < 0) return { heading: rest.trim(), body: '' };
  const sentence = rest.slice(0, end);
  const punct = /[。！？!?]+$/.exec(sentence)?.[0] ?? '';
  return { heading: sentence.slice(0, sentence.length - punct.length).trim(), headingEnd: punct, body: rest.slice(end).trim() };
}

function looksLikeTitle(text: string): boolean {
  return text.length <= 60 && !/[。！？!?；;：:]$/.test(text) && !headingMarker(text) && !itemMarker(text);
}

const SALUTATION = /^[^。！？!?]{1,30}[：:]$/;

/** Parses one speech in the seed format into its outline. Throws {@link CorpusError} on input it cannot use. */
export function parseSource(raw: string, file: string): Source {
  if (raw.length === 0) throw new CorpusError(file, 1, 'the file is empty', { kind: 'empty' });
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const advertLines = advertLineCount(lines);
  const entries: Entry[] = [];
  lines.forEach((line, index) => {
    if (index < advertLines) return;
    const text = trimLine(line);
    if (text !== '') entries.push({ text, line: index + 1 });
  });
  if (entries.length === 0) {
    const reason = advertLines > 0 ? 'there is no text after the advert block' : 'the file has no text, only white space';
    throw new CorpusError(file, Math.max(1, advertLines), reason, { kind: advertLines > 0 ? 'advert-only' : 'no-text' });
  }

  const id = sourceIdFromFile(file);
  let cursor = 0;
  let title = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');
  const first = entries[0];
  if (first && looksLikeTitle(first.text)) {
    title = first.text;
    cursor = 1;
  }
  let salutation: string | undefined;
  const second = entries[cursor];
  if (second && SALUTATION.test(second.text)) {
    salutation = second.text;
    cursor++;
  }
  const body = entries.slice(cursor);
  const sections = new OutlineBuilder(body).build();
  assignIds(sections, `${id}:`, []);
  return { id, file, title, ...(salutation === undefined ? {} : { salutation }), sections };
}

/** Builds the section tree from body lines. One instance per source. */
class OutlineBuilder {
  private readonly roots: Section[] = [];
  private readonly parents = new Map<Section, Section | undefined>();
  /** Open headings, outermost first. */
  private readonly stack: Section[] = [];
  private openItem: OpenItem | undefined;
  /** The non-item section that took the latest paragraph: a new enumeration hangs below it. */
  private holder: Section | undefined;
  /** Headings whose body stood on the heading line itself (`（一）标题。正文…`). */
  private readonly compact = new Set<Section>();

  constructor(private readonly entries: readonly Entry[]) {}

  build(): Section[] {
    this.entries.forEach((entry, index) => this.take(entry, index));
    return this.roots;
  }

  private take(entry: Entry, index: number): void {
    const heading = headingMarker(entry.text);
    if (heading) {
      this.openItem = undefined;
      while ((this.stack.at(-1)?.level ?? 0) >= heading.level) this.stack.pop();
      const { heading: text, headingEnd, body } = splitHeading(heading.rest);
      const section = this.create('heading', heading.level, entry.line, this.stack.at(-1), { number: heading.number, heading: text, headingEnd });
      this.stack.push(section);
      this.holder = section;
      if (body) {
        this.compact.add(section);
        this.addParagraph(section, body, entry.line);
      }
      return;
    }

    const marker = itemMarker(entry.text);
    if (marker) {
      const continued = this.openItem && continuesItem(this.openItem.marker, marker) ? this.openItem.parent : undefined;
      const parent = continued ?? (opensItems(marker) && this.continuedLater(index, marker) ? this.paragraphHolder() : undefined);
      if (parent) {
        const { heading: text, headingEnd, body } = splitHeading(marker.rest);
        const item = this.create('item', parent.level + 1, entry.line, parent, { number: marker.number, heading: text, headingEnd });
        this.openItem = { section: item, marker, parent };
        if (body) this.addParagraph(item, body, entry.line);
        return;
      }
    }

    // A plain paragraph stays with the open item only when the enumeration goes on after it.
    if (this.openItem && this.continuedLater(index, this.openItem.marker)) {
      this.addParagraph(this.openItem.section, entry.text, entry.line);
      return;
    }
    this.openItem = undefined;
    this.addParagraph(this.paragraphHolder(), entry.text, entry.line);
  }

  /** Where a paragraph outside any enumeration goes. */
  private paragraphHolder(): Section {
    const current = this.holder;
    if (!current) {
      const opening = this.create('opening', 1, this.entries[0]?.line ?? 1, undefined, { heading: '' });
      this.stack.push(opening);
      this.holder = opening;
      return opening;
    }
    // After a list of one-line headings (（一）…（五）, each heading and body on one line), a further
    // paragraph no longer belongs to the last of them but to what encloses the list: `下一步，…`.
    if (this.compact.delete(current) && this.allSiblingsCompact(current)) {
      const parent = this.parents.get(current);
      const depth = this.stack.indexOf(current);
      if (depth >= 0) this.stack.length = depth;
      return parent ?? this.rootContinuation(current.line);
    }
    return current;
  }

  private allSiblingsCompact(section: Section): boolean {
    const siblings = this.parents.get(section)?.children ?? this.roots;
    const headings = siblings.filter((s) => s.role === 'heading');
    return headings.length >= 2 && headings.every((s) => s === section || this.compact.has(s));
  }

  private rootContinuation(line: number): Section {
    const section = this.create('continuation', 1, line, undefined, { heading: '' });
    this.stack.push(section);
    return section;
  }

  /**
   * Whether a later paragraph, before the next heading, continues the enumeration `marker` belongs to.
   * An item rarely spans more than a few paragraphs; the bound keeps long files linear.
   */
  private continuedLater(index: number, marker: ItemMarker): boolean {
    const limit = Math.min(this.entries.length, index + 1 + ITEM_LOOKAHEAD);
    for (let j = index + 1; j < limit; j++) {
      const text = this.entries[j]?.text ?? '';
      if (headingMarker(text)) return false;
      const next = itemMarker(text);
      if (next && continuesItem(marker, next)) return true;
    }
    return false;
  }

  /** Adds a paragraph, turning an inline enumeration (`…。一是…。二是…。`) into child items. */
  private addParagraph(target: Section, text: string, line: number): void {
    const holder = target.children.length > 0 ? this.continuationOf(target, line) : target;
    if (holder.role !== 'item') this.holder = holder;
    const inline = inlineItems(text);
    if (!inline) {
      pushParagraph(holder, text, line);
      return;
    }
    if (inline.intro) pushParagraph(holder, inline.intro, line);
    for (const { marker, text: itemText } of inline.items) {
      const { heading, headingEnd, body } = splitHeading(itemText.slice(marker.number.length));
      const item = this.create('item', holder.level + 1, line, holder, { number: marker.number, heading, headingEnd });
      if (body) pushParagraph(item, body, line);
      this.openItem = { section: item, marker, parent: holder };
    }
  }

  /** Paragraphs after a section's children go to an untitled section, so document order is kept. */
  private continuationOf(target: Section, line: number): Section {
    const last = target.children.at(-1);
    if (last?.role === 'continuation' && last.children.length === 0) return last;
    if (target.role === 'continuation') {
      const parent = this.parents.get(target);
      return parent ? this.continuationOf(parent, line) : this.rootContinuation(line);
    }
    return this.create('continuation', target.level + 1, line, target, { heading: '' });
  }

  private create(
    role: SectionRole,
    level: number,
    line: number,
    parent: Section | undefined,
    fields: { number?: string; heading: string; headingEnd?: string | undefined },
  ): Section {
    const section: Section = {
      id: '',
      role,
      level,
      ...(fields.number === undefined ? {} : { number: fields.number }),
      heading: fields.heading,
      ...(fields.headingEnd ? { headingEnd: fields.headingEnd } : {}),
      trail: [],
      line,
      paragraphs: [],
      paragraphLines: [],
      placeholders: findPlaceholders(fields.heading, 'heading'),
      children: [],
    };
    this.parents.set(section, parent);
    (parent ? parent.children : this.roots).push(section);
    return section;
  }
}

function pushParagraph(section: Section, text: string, line: number): void {
  section.placeholders.push(...findPlaceholders(text, section.paragraphs.length));
  section.paragraphs.push(text);
  section.paragraphLines.push(line);
}

interface InlineItem {
  marker: ItemMarker;
  /** The item's text, marker included, up to the next item. */
  text: string;
}

/** Finds a run of two or more enumeration items that start sentences inside one paragraph. */
export function inlineItems(text: string): { intro: string; items: InlineItem[] } | undefined {
  const starts: { offset: number; marker: ItemMarker }[] = [];
  let offset = 0;
  for (const sentence of splitSentences(text)) {
    const lead = sentence.length - sentence.trimStart().length;
    const marker = itemMarker(sentence.slice(lead));
    const previous = starts.at(-1);
    if (marker && (previous ? continuesItem(previous.marker, marker) : opensItems(marker))) {
      starts.push({ offset: offset + lead, marker });
    }
    offset += sentence.length;
  }
  const [first] = starts;
  if (!first || starts.length < 2) return undefined;
  const items = starts.map(({ offset: start, marker }, k) => ({
    marker,
    text: text.slice(start, starts[k + 1]?.offset ?? text.length).trim(),
  }));
  return { intro: text.slice(0, first.offset).trim(), items };
}

function assignIds(sections: Section[], prefix: string, trail: string[]): void {
  sections.forEach((section, index) => {
    section.id = `${prefix}${index + 1}`;
    section.trail = trail;
    assignIds(section.children, `${section.id}.`, section.heading ? [...trail, section.heading] : trail);
  });
}
