export { buildEntries, formulationId, pinyinOf, renderSection, type EntryKind, type FavouriteLike, type LibraryEntry } from './entries';
export { LibraryFinder, type FindOptions, type FoundRow } from './find';
export { LibrarySearch, type PaletteHit } from './search';
