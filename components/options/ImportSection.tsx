import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportInput, ImportProgress, ImportRefusal } from '@/lib/import/batch';
import { droppedInputs, folderInputs, MAX_FILES_PER_IMPORT } from '@/lib/import/dropped';
import { IMPORT_EXTENSIONS } from '@/lib/import/formats';
import { useT, type Translate } from '../i18n';
import type { ImportSession, ImportStreamEvent, OptionsActions, Preview } from './model';
import { OutlineRows } from './Outline';
import { useNotify } from './toast';

/** Titles named in the "imported" message; the count covers the rest. */
const TITLES_SHOWN = 5;
/** Up to this many files, their outlines are shown open. */
const OPEN_OUTLINES = 3;
/** A pasted text's title: a speech title is rarely 40 characters. */
const TITLE_MAX = 200;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A refusal in the UI language: the file, the line where it helps, what is wrong and what to do. */
export function refusalMessage(t: Translate, path: string, refusal: ImportRefusal): string {
  const args = refusal.kind === 'unexpected' ? [refusal.reason] : refusal.args;
  // Message names allow only letters, digits and `_`.
  return t(`importProblem_${refusal.kind.replaceAll('-', '_')}`, path, refusal.line, ...args);
}

/**
 * Choose files or a folder, drop them on the page, or paste text; each file is read in a worker and
 * reported on its own line (its outline, or why it was refused). Nothing is stored before "save".
 */
export function ImportSection({ actions }: { actions: OptionsActions }) {
  const t = useT();
  const notify = useNotify();
  const [previews, setPreviews] = useState<Preview[]>([]);
  const [session, setSession] = useState<ImportSession | null>(null);
  /** While files are being read. */
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [pasted, setPasted] = useState('');
  const [pastedTitle, setPastedTitle] = useState('');
  const [notice, setNotice] = useState('');
  /** Whether the files of this read are few enough to show their outlines open. */
  const [outlinesOpen, setOutlinesOpen] = useState(true);
  const [status, setStatus] = useState('');
  const ready = previews.flatMap((p) => (p.outcome.ok ? [p.outcome.preview] : []));
  // Files arrive faster than the page draws; they are added once per frame.
  const arrived = useRef<{ previews: Preview[]; progress: ImportProgress | null }>({ previews: [], progress: null });
  const stopping = useRef(false);

  function read({ inputs, skipped }: { inputs: ImportInput[]; skipped: number }): void {
    session?.discard();
    setSession(null);
    setProgress(null);
    setStatus('');
    setPreviews([]);
    arrived.current = { previews: [], progress: null };
    const skippedNote = skipped > 0 ? t('importSkipped', skipped) : '';
    if (inputs.length > MAX_FILES_PER_IMPORT) return setNotice(t('importTooManyFiles', MAX_FILES_PER_IMPORT));
    if (inputs.length === 0) return setNotice(`${t('importNothing', IMPORT_EXTENSIONS.join(' '))}${skippedNote}`);
    setNotice(skippedNote);
    setOutlinesOpen(inputs.length <= OPEN_OUTLINES);
    let frame = 0;
    let filesDone = 0;
    const flush = () => {
      frame = 0;
      const { previews: batch, progress: latest } = arrived.current;
      arrived.current = { previews: [], progress: null };
      setPreviews((shown) => [...shown, ...batch]);
      if (latest) setProgress((now) => now && latest);
    };
    const started = actions.readFiles(inputs, (event: ImportStreamEvent) => {
      if (event.type === 'file') {
        filesDone = event.progress.filesDone;
        arrived.current.previews.push({ path: event.path, outcome: event.outcome });
        arrived.current.progress = event.progress;
        frame ||= requestAnimationFrame(flush);
        return;
      }
      cancelAnimationFrame(frame);
      flush();
      setProgress(null);
      // Stopped by the writer: say how many files were left unread.
      if (event.type === 'done' && stopping.current) setNotice(t('importStopped', inputs.length - filesDone));
      if (event.type === 'crashed') {
        setSession(null);
        setNotice(t('importCrashed', event.reason));
      }
    });
    stopping.current = false;
    setSession(started);
    setProgress({ filesDone: 0, filesTotal: inputs.length, bytesDone: 0, bytesTotal: inputs.reduce((n, input) => n + input.file.size, 0) });
  }

  // Files or folders dropped anywhere on the page are imported, rather than opened by the browser.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      document.getElementById('import')?.scrollIntoView();
      void droppedInputs(event.dataTransfer).then(read);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  return (
    <section id="import" aria-labelledby="import-title">
      <h2 id="import-title">{t('navImport')}</h2>
      <p class="hint">{t('importHint')}</p>
      <div class="toolbar">
        <label class="file-button">
          {t('importChoose')}
          <input
            type="file"
            name="files"
            accept={IMPORT_EXTENSIONS.join(',')}
            multiple
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              read({ inputs: files.map((file) => ({ path: file.name, file })), skipped: 0 });
            }}
          />
        </label>
        <label class="file-button">
          {t('importChooseFolder')}
          <input
            type="file"
            name="folder"
            // Preact passes unknown attributes through; browsers know this one only by its prefixed name.
            {...{ webkitdirectory: true }}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              read(folderInputs(files));
            }}
          />
        </label>
        <span class="hint">{t('importDrop')}</span>
      </div>
      <details>
        <summary>{t('importPaste')}</summary>
        <input value={pastedTitle} maxLength={TITLE_MAX} placeholder={t('importPasteName')} aria-label={t('importPasteName')} onInput={(e) => setPastedTitle(e.currentTarget.value)} />
        <textarea rows={8} value={pasted} aria-label={t('importPaste')} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button
          type="button"
          disabled={pasted.trim() === ''}
          onClick={() => {
            // Pasted text is read like a file of that name, with the title as its first line.
            const title = pastedTitle.trim();
            const name = `${title || t('importPastedName')}.txt`;
            read({ inputs: [{ path: name, file: new File([title ? `${title}\n${pasted}` : pasted], name) }], skipped: 0 });
          }}
        >
          {t('importParse')}
        </button>
      </details>
      {progress && (
        <div class="import-progress" role="status">
          <progress max={progress.bytesTotal || 1} value={progress.bytesDone} />
          <span>{t('importProgress', progress.filesDone, progress.filesTotal, megabytes(progress.bytesDone), megabytes(progress.bytesTotal))}</span>
          <button
            type="button"
            onClick={() => {
              stopping.current = true;
              session?.stop();
            }}
          >
            {t('importStop')}
          </button>
        </div>
      )}
      {notice && <p class="notice">{notice}</p>}
      <ul class="import-report">
        {previews.map((preview, i) => (
          <ReportLine key={`${i}:${preview.path}`} preview={preview} open={outlinesOpen} />
        ))}
      </ul>
      {ready.length > 0 && session && !progress && (
        <div class="toolbar">
          <button
            type="button"
            class="primary"
            onClick={async () => {
              const outcome = await session.save();
              if (!outcome.ok) return setStatus(outcome.message);
              const titles = ready.slice(0, TITLES_SHOWN).map((p) => `《${p.title}》`);
              setSession(null);
              setPreviews((shown) => shown.filter((p) => !p.outcome.ok));
              setPasted('');
              const saved = t('importSaved', ready.length, titles.join('、') + (ready.length > TITLES_SHOWN ? '…' : ''));
              setStatus(saved);
              // 撤销 moves the new sources to the bin, like deleting them one by one.
              notify({ text: saved, action: { label: t('undo'), run: () => outcome.ids.forEach((id) => void actions.deleteSource(id)) } });
            }}
          >
            {t('importSaveAll', ready.length)}
          </button>
          <button
            type="button"
            onClick={() => {
              session.discard();
              setSession(null);
              setPreviews([]);
            }}
          >
            {t('cancel')}
          </button>
        </div>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}

/** One file: its title, path and counts with its outline, or why it was refused and what to do. */
function ReportLine({ preview, open }: { preview: Preview; open: boolean }) {
  const t = useT();
  const [outlineOpen, setOutlineOpen] = useState(open);
  const { outcome } = preview;
  if (!outcome.ok) {
    return (
      <li class="error" role="alert">
        {t('importErrorLabel')}
        {refusalMessage(t, preview.path, outcome.refusal)}
      </li>
    );
  }
  const { title, encoding, sections, paragraphs, characters, rows } = outcome.preview;
  return (
    <li class="preview">
      <details open={open} onToggle={(e) => setOutlineOpen(e.currentTarget.open)}>
        <summary>
          <strong>{t('importPreview', title)}</strong>
          <span class="hint">
            {' '}
            {preview.path} · {t('importEncoding', encoding)} · {t('importCounts', sections, paragraphs, characters)}
          </span>
        </summary>
        {outlineOpen && <OutlineRows rows={rows} />}
      </details>
    </li>
  );
}
