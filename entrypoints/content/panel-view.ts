import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PaletteHandlers, PanelView } from '@/lib/assistant';
import { renderPanel, type PageUi } from '@/components/panel/mount';
import type { LibraryApi } from '@/components/palette/Palette';

/** The host takes no room and sits above the page; the panel inside positions itself. */
const HOST_CSS = ':host{position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;overflow:visible !important;z-index:2147483647 !important;}';
const NOTICE_MS = 2500;

export interface DiagnosticView extends PanelView {
  /** The shadow host, once created; diagnostics go on its dataset in debug mode. */
  readonly host: HTMLElement | null;
  /** Shows a short notice at the top of the page. */
  notify(message: string): void;
  /** The palette's handlers while it is open in this frame. */
  readonly palette: PaletteHandlers | null;
}

/**
 * The panel, the palette and notices in one open shadow root. Creating it loads its CSS
 * asynchronously, so whatever is rendered before it is ready is kept and drawn when it is.
 */
export function createPanelView(ctx: ContentScriptContext, api: LibraryApi): DiagnosticView {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  const latest: PageUi = { state: null, handlers: null, palette: null, notice: null, api };
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  const draw = () => {
    if (!ui) return;
    if (!ui.shadowHost.isConnected) ui.mount();
    renderPanel(ui.uiContainer, { ...latest });
  };

  createShadowRootUi(ctx, {
    name: 'gongwen-panel',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css: HOST_CSS,
    onMount: () => undefined,
  })
    .then((created) => {
      ui = created;
      created.mount();
      draw();
    })
    .catch(() => {
      // Without its UI the assistant stays silent rather than noisy.
    });

  return {
    get host() {
      return ui?.shadowHost ?? null;
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
    contains(event) {
      return ui !== null && event.composedPath().includes(ui.shadowHost);
    },
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
