import { browser } from 'wxt/browser';
import { announceLibraryChange, migrateLegacySources, openLibraryDb, type LibraryDB } from '../library-store';

let opened: Promise<LibraryDB> | null = null;

/**
 * The library database of this extension context, with imported sources of the old storage.local
 * layout moved in first. Options pages and the background may open it at the same moment; a Web Lock
 * (shared by every context of the extension) lets one of them migrate while the others wait; a move
 * is announced like any other edit of the library.
 */
export function openLibrary(): Promise<LibraryDB> {
  opened ??= openLibraryDb().then(async (db) => {
    const migrate = () =>
      migrateLegacySources(db, {
        get: async (key) => (await browser.storage.local.get(key))[key],
        remove: (keys) => browser.storage.local.remove([...keys]),
      });
    const locks = globalThis.navigator?.locks;
    const report = await (locks ? locks.request('gongwen-library-migration', migrate) : migrate());
    // A running background holds a matcher of the library before the move: tell it to rebuild.
    if (report) announceLibraryChange();
    return db;
  });
  opened.catch(() => (opened = null));
  return opened;
}
