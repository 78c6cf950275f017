import { favouritesItem, validateEntries } from './items';
import { FavouriteSchema, type Favourite } from './schema';

/**
 * Edits the stored favourites atomically across the extension: the read, the change and the write run
 * under one Web Lock, which every context of the extension (background, options pages) shares, so two
 * tabs pinning at the same moment both keep their pin. Entries that failed validation are written back
 * untouched, so a corrupt entry is never lost by an edit elsewhere. Resolves to what `edit` returned.
 */
export async function editFavourites<T>(edit: (valid: Favourite[]) => { next: Favourite[]; result: T }): Promise<T> {
  const run = async () => {
    const raw = await favouritesItem.getValue();
    const { values, problems } = validateEntries('favourites', raw, FavouriteSchema);
    const corrupt = Array.isArray(raw) ? problems.filter((p) => p.index >= 0).map((p) => raw[p.index]) : [];
    const { next, result } = edit(values);
    await favouritesItem.setValue([...next, ...corrupt]);
    return result;
  };
  // Node (the unit tests) has no Web Locks; there is only one context there.
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request('gongwen-favourites', run) : run();
}
