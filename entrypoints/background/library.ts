import { walkSections, type Source } from '@/lib/corpus';
import { PassageSearch } from '@/lib/match/passage-search';
import type { FavouriteInput, LibraryItem, LibraryScope } from '@/lib/messages';
import { buildEntries, LibraryFinder, LibrarySearch, renderSection, type EntryKind, type FoundRow } from '@/lib/palette';
import { editFavourites, favouritesItem, validateEntries, type Favourite } from '@/lib/settings';
import { FavouriteSchema } from '@/lib/settings/schema';
import { currentCorpus, currentSettings, currentSnapshot, enabledSources, onCorpusChange } from './matcher';

/**
 * The library search of the palette, the popup and the side panel (lib/palette/find.ts): the
 * matcher's passage search over every unit plus Fuse.js over the labels, built in the background once
 * and rebuilt when the imported sources or the favourites change. The pages only render what it answers.
 */
interface Library {
  finder: LibraryFinder;
  sources: readonly Source[];
  favourites: ReadonlySet<string>;
}

let library: Promise<Library> | null = null;

async function buildLibrary(): Promise<Library> {
  const [prepared, snapshot, favourites] = await Promise.all([currentCorpus(), currentSnapshot(), loadFavouriteList()]);
  const entries = buildEntries(prepared, favourites);
  const finder = new LibraryFinder(new LibrarySearch(entries), new PassageSearch(snapshot), entries, snapshot.corpus.sources);
  return { finder, sources: prepared.sources, favourites: new Set(favourites.map((f) => f.text)) };
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

function toItem({ score: _score, ...row }: FoundRow, favourites: ReadonlySet<string>): LibraryItem {
  return { ...row, favourite: row.kind === 'favourite' || favourites.has(row.text) };
}

/** One row per titled section, in outline order: its heading, inserted alone or with its body. */
function outline(source: Source, favourites: ReadonlySet<string>): LibraryItem[] {
  const items: LibraryItem[] = [];
  for (const section of walkSections(source.sections)) {
    if (!section.heading) continue;
    const hasBody = section.paragraphs.length > 0 || section.children.length > 0;
    const text = hasBody ? renderSection(section).join('\n') : section.heading;
    items.push({
      id: `${section.id}/h`,
      kind: 'heading',
      label: section.heading,
      text,
      ...(hasBody ? { short: section.heading } : {}),
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
  const search = (only: ReadonlySet<string> | undefined, kinds?: readonly EntryKind[]) =>
    lib.finder
      .find(trimmed, { limit: max, ...(only ? { sources: only } : {}), ...(kinds ? { kinds: new Set(kinds) } : {}) })
      .map((row) => toItem(row, lib.favourites));

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
      return search(new Set([source.id]), ['heading', 'formulation', 'paragraph']).filter((item) => item.source === source.id);
    }
    case 'formulations':
      return search(sources, ['formulation']);
    case 'favourites':
      return search(sources, ['favourite']);
    case 'all':
      return search(sources);
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
