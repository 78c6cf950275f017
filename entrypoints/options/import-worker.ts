/**
 * The import worker: reads and parses the chosen files off the page's thread, reporting each as it is
 * done, and saves them to the library itself, so the page never holds (or copies) a large source.
 */
import { ImportJob } from '@/lib/import/batch';
import type { ImportWorkerReply, ImportWorkerRequest } from '@/lib/import/worker-messages';
import { addSources, LibraryLimitError, openLibraryDb } from '@/lib/library-store';

// The character maps wxt.config.ts copies into the extension.
const job = new ImportJob({ url: new URL('/pdfjs-cmaps/', self.location.href).href, fetchedByParser: true });
const reply = (message: ImportWorkerReply) => self.postMessage(message);

self.onmessage = async ({ data: request }: MessageEvent<ImportWorkerRequest>) => {
  if (request.type === 'read') return job.readAll(request.inputs, reply);
  if (request.type === 'stop') return job.stop();
  // The page opened the library (and moved any old storage into it) before anything could be imported.
  try {
    reply({ type: 'saved', ok: true, ids: await addSources(await openLibraryDb(), job.documents, request.reserved) });
  } catch (error) {
    // A refusal by the library limit explains itself; anything else is still answered, so the page does not wait forever.
    reply({ type: 'saved', ok: false, message: error instanceof LibraryLimitError ? error.message : String(error) });
  }
};
