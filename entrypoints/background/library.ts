import { walkSections, type Source } from '@/lib/corpus';
import type { FavouriteInput, LibraryItem, LibraryScope } from '@/lib/messages';
import { buildEntries, LibrarySearch, renderSection, type LibraryEntry, type PaletteHit } from '@/lib/palette';
import { editFavourites, favouritesItem, validateEntries, type Favourite } from '@/lib/settings';
import { FavouriteSchema } from '@/lib/settings/schema';
import { currentCorpus, currentSettings, enabledSources, onCorpusChange } from './matcher';

/**
 * The library search of the palette, the popup and the side panel: Fuse.js over the entries of
 * lib/palette, built in the background once (like the matcher) and rebuilt when the imported sources
 * or the favourites change. The pages only render what it answers.
 */
interface Library {
  search: LibrarySearch;
  entries: readonly LibraryEntry[];
  sources: readonly Source[];
  favourites: ReadonlySet<string>;
}

let library: Promise<Library> | null = null;

async function buildLibrary(): Promise<Library> {
  const [prepared, favourites] = await Promise.all([currentCorpus(), loadFavouriteList()]);
  const entries = buildEntries(prepared, favourites);
  return { search: new LibrarySearch(entries), entries, sources: prepared.sources, favourites: new Set(favourites.map((f) => f.text)) };
}

function currentLibrary(): Promise<Library> {
  library ??= buildLibrary();
  library.catch(() => (library = null));
  return library;
}

export function watchFavourites(): void {
  onCorpusChange(() => (library = null));
  favouritesItem.watch(() => (library = null));
}

async function loadFavouriteList(): Promise<Favourite[]> {
  return validateEntries('favourites', await favouritesItem.getValue(), FavouriteSchema).values;
}

function toItem(entry: LibraryEntry, favourites: ReadonlySet<string>, highlights: PaletteHit['highlights'] = []): LibraryItem {
  return {
    id: entry.id,
    kind: entry.kind,
    label: entry.label,
    text: entry.text,
    source: entry.source,
    sourceTitle: entry.sourceTitle,
    trail: entry.trail,
    highlights,
    favourite: entry.kind === 'favourite' || favourites.has(entry.text),
    ...(entry.abbreviation ? { abbreviation: entry.abbreviation } : {}),
  };
}

/** One row per titled section, in outline order: the section with its body, or the heading when it has none. */
function outline(source: Source, favourites: ReadonlySet<string>): LibraryItem[] {
  const items: LibraryItem[] = [];
  for (const section of walkSections(source.sections)) {
    if (!section.heading) continue;
    const hasBody = section.paragraphs.length > 0 || section.children.length > 0;
    const text = hasBody ? renderSection(section).join('\n') : section.heading;
    items.push({
      id: `${section.id}/${hasBody ? 'body' : 'h'}`,
      kind: hasBody ? 'section' : 'heading',
      label: section.heading,
      text,
      source: source.id,
      sourceTitle: source.title,
      trail: section.trail,
      depth: section.trail.length,
      highlights: [],
      favourite: favourites.has(text),
    });
  }
  return items;
}

export async function queryLibrary(query: string, scope: LibraryScope, limit: number): Promise<LibraryItem[]> {
  const [lib, preferences] = await Promise.all([currentLibrary(), currentSettings()]);
  const enabled = enabledSources(lib.sources, preferences);
  const sources = enabled ? new Set(enabled) : undefined;
  const max = Math.max(1, Math.min(limit, 200));
  const trimmed = query.trim();
  const search = (only: ReadonlySet<string> | undefined, keep: (entry: LibraryEntry) => boolean) =>
    lib.search
      .search(trimmed, { limit: trimmed ? 500 : lib.entries.length, ...(only ? { sources: only } : {}) })
      .filter((hit) => keep(hit.entry))
      .slice(0, max)
      .map((hit) => toItem(hit.entry, lib.favourites, hit.highlights));

  switch (scope.type) {
    case 'sources':
      return lib.sources
        .filter((s) => !sources || sources.has(s.id))
        .filter((s) => !trimmed || s.title.includes(trimmed))
        .map((s) => ({ id: `source:${s.id}`, kind: 'source', label: s.title, text: '', source: s.id, sourceTitle: s.title, trail: [], highlights: [], favourite: false }));
    case 'source': {
      const source = lib.sources.find((s) => s.id === scope.source);
      if (!source) return [];
      if (!trimmed) return outline(source, lib.favourites).slice(0, max);
      return search(new Set([source.id]), (entry) => entry.source === source.id && entry.kind !== 'favourite');
    }
    case 'formulations':
      return search(sources, (entry) => entry.kind === 'formulation');
    case 'favourites':
      return search(sources, (entry) => entry.kind === 'favourite');
    case 'all':
      return search(sources, () => true);
  }
}

/** Pins `item` or, when its text is a favourite already, unpins it. */
export async function toggleFavourite(item: FavouriteInput): Promise<boolean> {
  const pinned = await editFavourites((values) => {
    const was = values.some((f) => f.text === item.text);
    const next = was
      ? values.filter((f) => f.text !== item.text)
      : [
          ...values,
          {
            id: crypto.randomUUID(),
            text: item.text,
            ...(item.source ? { source: item.source } : {}),
            ...(item.sourceTitle ? { sourceTitle: item.sourceTitle } : {}),
            createdAt: Date.now(),
          } satisfies Favourite,
        ];
    return { next, result: !was };
  });
  library = null;
  return pinned;
}
