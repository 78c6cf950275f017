import { useState } from 'preact/hooks';
import type { ImportedDocument } from '@/lib/corpus';
import { useT } from '../i18n';
import type { OptionsActions, Preview } from './model';
import { Outline } from './Outline';

/** Choose or paste documents, see their parsed outline, then save them. Nothing is stored before "save". */
export function ImportSection({ actions }: { actions: OptionsActions }) {
  const t = useT();
  const [previews, setPreviews] = useState<Preview[]>([]);
  const [pasted, setPasted] = useState('');
  const [pastedTitle, setPastedTitle] = useState('');
  const [status, setStatus] = useState('');
  const ready: ImportedDocument[] = previews.flatMap((p) => (p.ok ? [p.document] : []));

  return (
    <section id="import" aria-labelledby="import-title">
      <h2 id="import-title">{t('navImport')}</h2>
      <p class="hint">{t('importHint')}</p>
      <label class="file-button">
        {t('importChoose')}
        <input
          type="file"
          accept=".txt,.md,.markdown,.docx,text/plain,text/markdown"
          multiple
          onChange={async (e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            setStatus('');
            setPreviews(await actions.previewFiles(files));
          }}
        />
      </label>
      <details>
        <summary>{t('importPaste')}</summary>
        <input value={pastedTitle} placeholder={t('importPasteName')} aria-label={t('importPasteName')} onInput={(e) => setPastedTitle(e.currentTarget.value)} />
        <textarea rows={8} value={pasted} aria-label={t('importPaste')} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="button" disabled={pasted.trim() === ''} onClick={() => setPreviews([actions.previewText(pasted, pastedTitle)])}>
          {t('importParse')}
        </button>
      </details>
      {previews.map((preview) =>
        preview.ok ? (
          <article class="preview" key={preview.name}>
            <h3>{t('importPreview', preview.document.source.title)}</h3>
            <p class="hint">
              {preview.name} · {t('importEncoding', preview.document.encoding)}
            </p>
            <Outline sections={preview.document.source.sections} />
          </article>
        ) : (
          <p class="error" role="alert" key={preview.name}>
            {/* The reason is ours, not part of the translation, so it shows even where a message lookup fails. */}
            {t('importErrorLabel')}
            {preview.message}
          </p>
        ),
      )}
      {ready.length > 0 && (
        <div class="toolbar">
          <button
            type="button"
            class="primary"
            onClick={async () => {
              const outcome = await actions.saveImports(ready);
              if (!outcome.ok) return setStatus(outcome.message);
              setPreviews([]);
              setPasted('');
              setStatus(t('importSaved', ready.map((d) => d.source.title).join('、')));
            }}
          >
            {t('importSaveAll')}
          </button>
          <button type="button" onClick={() => setPreviews([])}>
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
