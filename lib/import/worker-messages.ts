import type { ImportEvent, ImportInput } from './batch';

/** What the options page asks its import worker: read files (once), stop reading, save what was read. */
export type ImportWorkerRequest = { type: 'read'; inputs: readonly ImportInput[] } | { type: 'stop' } | { type: 'save'; reserved: readonly string[] };

/** The worker's answers: the reading events, then, after `save`, whether it was stored. */
export type ImportWorkerReply = ImportEvent | { type: 'saved'; ok: true; ids: string[] } | { type: 'saved'; ok: false; message: string };
