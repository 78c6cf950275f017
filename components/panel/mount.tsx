import { render } from 'preact';
import type { PaletteHandlers, PanelHandlers, PanelState } from '@/lib/assistant';
import { Palette, type LibraryApi } from '../palette/Palette';
import { Panel } from './Panel';

/** Everything the assistant shows in the page's shadow root. */
export interface PageUi {
  state: PanelState | null;
  handlers: PanelHandlers | null;
  palette: PaletteHandlers | null;
  /** A short notice (the site command's result), or null. */
  notice: string | null;
  api: LibraryApi;
}

/** The live region stays mounted while the panel comes and goes, so count changes are announced. */
function PanelRoot({ state, handlers, palette, notice, api }: PageUi) {
  return (
    <>
      <div class="status" role="status" aria-live="polite">
        {notice ?? (state ? `${state.suggestions.length} 条建议` : '')}
      </div>
      {state && handlers && !palette && <Panel state={state} handlers={handlers} />}
      {palette && <Palette api={api} variant="dialog" action="插入" onChoose={(text) => palette.insert(text)} onClose={palette.close} />}
      {notice && (
        <div class="notice" aria-hidden="true">
          {notice}
        </div>
      )}
    </>
  );
}

export function renderPanel(container: HTMLElement, ui: PageUi): void {
  render(<PanelRoot {...ui} />, container);
}
