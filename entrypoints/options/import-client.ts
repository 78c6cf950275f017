import type { ImportSaveOutcome, ImportSession, ImportStreamEvent } from '@/components/options/model';
import type { ImportInput } from '@/lib/import/batch';
import type { ImportWorkerReply, ImportWorkerRequest } from '@/lib/import/worker-messages';
import ImportWorker from './import-worker?worker';

/**
 * Reads `inputs` in a worker of their own (see import-worker.ts). The worker keeps the parsed sources
 * until `save` (ids in `reserved`, the bundled sources', are not given to imports) or `discard`.
 */
export function readInWorker(inputs: readonly ImportInput[], reserved: readonly string[], onEvent: (event: ImportStreamEvent) => void): ImportSession {
  const worker = new ImportWorker();
  const post = (request: ImportWorkerRequest) => worker.postMessage(request);
  let saving: ((outcome: ImportSaveOutcome) => void) | null = null;
  worker.onmessage = ({ data }: MessageEvent<ImportWorkerReply>) => {
    if (data.type !== 'saved') return onEvent(data);
    saving?.(data.ok ? { ok: true, ids: data.ids } : { ok: false, message: data.message });
    saving = null;
    if (data.ok) worker.terminate();
  };
  // The worker died (out of memory, a bug): what it reported so far stays on the page, but cannot be saved.
  worker.onerror = (error) => {
    worker.terminate();
    onEvent({ type: 'crashed', reason: error.message });
    saving?.({ ok: false, message: error.message });
  };
  post({ type: 'read', inputs });
  return {
    stop: () => post({ type: 'stop' }),
    discard: () => worker.terminate(),
    save: () =>
      new Promise((resolve) => {
        saving = resolve;
        post({ type: 'save', reserved });
      }),
  };
}
