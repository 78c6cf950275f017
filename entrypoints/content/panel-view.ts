import { deepActiveElement } from '@/lib/editor';
import type { PaletteHandlers, PanelView } from '@/lib/assistant';
import { createUiHost, type UiHost } from '@/lib/assistant/ui-host';
import { renderPanel, type PageUi } from '@/components/panel/mount';
import type { LibraryApi } from '@/components/palette/Palette';

const NOTICE_MS = 2500;

export interface DiagnosticView extends PanelView {
  /** Timing diagnostics for pages that ask for them (data-gongwen-debug): the host's dataset. */
  readonly diagnostics: DOMStringMap | null;
  /** Shows a short notice at the top of the page. */
  notify(message: string): void;
  /** The palette's handlers while it is open in this frame. */
  readonly palette: PaletteHandlers | null;
}

/**
 * The panel, the palette and notices in one closed shadow root (lib/assistant/ui-host.ts). Its CSS
 * comes from the background, so the extension exposes no web-accessible file a page could probe.
 */
export function createPanelView(api: LibraryApi, css: () => Promise<string>): DiagnosticView {
  let host: UiHost | null = null;
  const latest: PageUi = { state: null, handlers: null, palette: null, notice: null, api };
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let showing = false;

  const draw = () => {
    const visible = latest.state !== null || latest.palette !== null || latest.notice !== null;
    if (visible && !host) host = createUiHost(document, css());
    if (!host) return;
    // Raised when it appears: above a dialog or fullscreen element that opened since.
    if (visible && !showing) host.raise(deepActiveElement(document));
    showing = visible;
    renderPanel(host.root, { ...latest });
  };

  return {
    get diagnostics() {
      return host?.dataset ?? null;
    },
    get palette() {
      return latest.palette;
    },
    render(state, handlers) {
      Object.assign(latest, { state, handlers });
      draw();
    },
    hide() {
      if (!latest.state) return;
      Object.assign(latest, { state: null, handlers: null });
      draw();
    },
    contains: (event) => host?.contains(event) ?? false,
    openPalette(handlers) {
      latest.palette = handlers;
      draw();
    },
    closePalette() {
      latest.palette = null;
      draw();
    },
    notify(message) {
      clearTimeout(noticeTimer);
      latest.notice = message;
      draw();
      noticeTimer = setTimeout(() => {
        latest.notice = null;
        draw();
      }, NOTICE_MS);
    },
  };
}
