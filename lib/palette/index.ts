export { buildEntries, pinyinOf, renderSection, type EntryKind, type FavouriteLike, type LibraryEntry } from './entries';
export { LibrarySearch, type PaletteHit } from './search';
