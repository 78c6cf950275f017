import { render } from 'preact';
import type { PaletteHandlers, PanelHandlers, PanelState, PlaceholderMark } from '@/lib/assistant';
import { Palette, type LibraryApi } from '../palette/Palette';
import { t } from '../i18n';
import { Panel } from './Panel';
import { PlaceholderMarks } from './PlaceholderMarks';

export interface Notice {
  text: string;
  /** One button beside the text, e.g. 撤销. */
  action?: { label: string; run(): void };
}

/** Clicks must not take focus or the selection from the editor. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

/** Everything the assistant shows in the page's shadow root. */
export interface PageUi {
  state: PanelState | null;
  handlers: PanelHandlers | null;
  palette: PaletteHandlers | null;
  /** A short notice (the site command's result, a pause with its undo), or null. */
  notice: Notice | null;
  api: LibraryApi;
  /** Fill mode's placeholder marks (lib/assistant/placeholder-navigation.ts); empty when off. */
  marks: readonly PlaceholderMark[];
}

/** The live region stays mounted while the panel comes and goes, so count changes are announced. */
function PanelRoot({ state, handlers, palette, notice, api, marks }: PageUi) {
  return (
    <>
      <PlaceholderMarks marks={marks} />
      <div class="status" role="status" aria-live="polite">
        {notice?.text ?? (state ? t('panelCount', state.suggestions.length) : '')}
      </div>
      {state && handlers && !palette && <Panel state={state} handlers={handlers} />}
      {palette && <Palette api={api} variant="dialog" action={t('actionInsert')} onChoose={(text) => palette.insert(text)} onClose={palette.close} />}
      {notice && (
        <div class="notice" onMouseDown={keepEditorFocus}>
          <span aria-hidden="true">{notice.text}</span>
          {notice.action && (
            <button type="button" class="notice-action" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
        </div>
      )}
    </>
  );
}

export function renderPanel(container: HTMLElement, ui: PageUi): void {
  render(<PanelRoot {...ui} />, container);
}
