import { useState } from 'preact/hooks';
import { countSource, type Source } from '@/lib/corpus';
import { useT } from '../i18n';
import { Outline } from './Outline';

interface Props {
  source: Source;
  imported: boolean;
  enabled: boolean;
  onToggle(enabled: boolean): void;
  onRename?(title: string): void;
  onDelete?(): void;
}

export function SourceRow({ source, imported, enabled, onToggle, onRename, onDelete }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(source.title);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const counts = countSource(source);
  return (
    <li class="source-row" data-source-id={source.id}>
      <label class="switch">
        <input type="checkbox" role="switch" checked={enabled} aria-label={t('sourceEnabledFor', source.title)} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <span class="source-title">{source.title}</span>
      </label>
      <span class="badge">{imported ? t('sourceImported') : t('sourceBundled')}</span>
      {/* The file it came from tells apart two imports with the same title. */}
      {imported && <span class="counts">{source.file}</span>}
      <span class="counts">{t('sourceCounts', counts.sections, counts.paragraphs, counts.sentences)}</span>
      {imported && onRename && onDelete && (
        <span class="row-actions">
          {editing ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (title.trim()) onRename(title.trim());
                setEditing(false);
              }}
            >
              <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} aria-label={t('sourceRename')} />
              <button type="submit">{t('save')}</button>
              <button type="button" onClick={() => setEditing(false)}>
                {t('cancel')}
              </button>
            </form>
          ) : (
            <button type="button" onClick={() => setEditing(true)}>
              {t('sourceRename')}
            </button>
          )}
          {/* No confirmation: the source goes to the bin, and the toast offers 撤销. */}
          <button type="button" class="danger" onClick={onDelete}>
            {t('sourceDelete')}
          </button>
        </span>
      )}
      {/* Drawn only when opened: 500 imported sources would otherwise put tens of thousands of rows in the page. */}
      <details onToggle={(e) => setOutlineOpen(e.currentTarget.open)}>
        <summary>{t('sourceOutline')}</summary>
        {outlineOpen && <Outline sections={source.sections} />}
      </details>
    </li>
  );
}
