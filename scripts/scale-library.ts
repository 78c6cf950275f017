import type { Page } from 'playwright-core';
import { parseSource } from '../lib/corpus';
import type { ImportedSource } from '../lib/settings';
import { seedTexts, syntheticSpeeches } from './bench-corpus';

/**
 * A library `scale` times the seeds, as the writer would have imported it: near-copies of the seed
 * speeches with filler (scripts/bench-corpus.ts), 5 × (scale − 1) of them. For the browser benchmark
 * and the e2e tests, which store it straight into the extension's IndexedDB rather than through
 * 500 file choosers.
 */
export function scaledLibrary(scale: number): ImportedSource[] {
  const seeds = seedTexts();
  return syntheticSpeeches(seeds, (scale - 1) * seeds.length, scale).map((speech, i) => ({
    source: parseSource(speech.text, speech.file),
    encoding: 'utf-8',
    importedAt: 1_700_000_000_000 + i,
  }));
}

/**
 * Stores `entries` in the library from an extension page (the options page), as one edit, and
 * announces it like the options page does; resolves to the new revision.
 */
export async function storeLibrary(page: Page, entries: readonly ImportedSource[]): Promise<number> {
  return page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gongwen-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['sources', 'meta'], 'readwrite');
    const sources = tx.objectStore('sources');
    const meta = tx.objectStore('meta');
    for (const record of records) sources.put(record);
    const revision = await new Promise<number>((resolve) => {
      const read = meta.get('revision');
      read.onsuccess = () => {
        const next = (typeof read.result === 'number' ? read.result : 0) + 1;
        meta.put(next, 'revision');
        resolve(next);
      };
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const channel = new BroadcastChannel('gongwen-library');
    channel.postMessage('changed');
    channel.close();
    return revision;
  }, entries);
}

/** The library's revision and the revision its stored matcher snapshot was made from, read from an extension page. */
export async function libraryRevisions(page: Page): Promise<{ revision: number; snapshot: number; sources: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gongwen-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['meta', 'sources']);
    // No named helpers in here: tsx would wrap them in a `__name` call the page does not have.
    const [revision, snapshot, sources] = await Promise.all(
      [tx.objectStore('meta').get('revision'), tx.objectStore('meta').get('snapshot'), tx.objectStore('sources').count()].map(
        (request: IDBRequest) => new Promise<unknown>((resolve) => (request.onsuccess = () => resolve(request.result))),
      ),
    );
    db.close();
    return { revision: Number(revision ?? 0), snapshot: Number(snapshot ?? -1), sources: Number(sources) };
  });
}

/** The stored sources, read from an extension page (for before/after comparisons in tests). */
export async function storedSources(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gongwen-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const request = db.transaction('sources').objectStore('sources').getAll();
    const all = await new Promise<unknown[]>((resolve) => (request.onsuccess = () => resolve(request.result)));
    db.close();
    return all;
  });
}

/** Empties the library from an extension page, as one edit, announced like the options page does. */
export async function clearLibrary(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gongwen-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['sources', 'meta'], 'readwrite');
    tx.objectStore('sources').clear();
    const meta = tx.objectStore('meta');
    const read = meta.get('revision');
    read.onsuccess = () => meta.put((typeof read.result === 'number' ? read.result : 0) + 1, 'revision');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const channel = new BroadcastChannel('gongwen-library');
    channel.postMessage('changed');
    channel.close();
  });
}
