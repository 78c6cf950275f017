import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PanelHandlers, PanelState, PanelView } from '@/lib/editor';
import { renderPanel } from '@/components/panel/mount';

/** The host takes no room and sits above the page; the panel inside positions itself. */
const HOST_CSS = ':host{position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;overflow:visible !important;z-index:2147483647 !important;}';

export interface DiagnosticView extends PanelView {
  /** The shadow host, once created; diagnostics go on its dataset in debug mode. */
  readonly host: HTMLElement | null;
}

/**
 * The panel in an open shadow root. Creating it loads its CSS asynchronously, so whatever is
 * rendered before it is ready is kept and drawn when it is.
 */
export function createPanelView(ctx: ContentScriptContext): DiagnosticView {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let latest: { state: PanelState | null; handlers: PanelHandlers | null } = { state: null, handlers: null };

  const draw = () => {
    if (!ui) return;
    if (!ui.shadowHost.isConnected) ui.mount();
    renderPanel(ui.uiContainer, latest.state, latest.handlers);
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
    render(state, handlers) {
      latest = { state, handlers };
      draw();
    },
    hide() {
      if (!latest.state) return;
      latest = { state: null, handlers: null };
      draw();
    },
    contains(event) {
      return ui !== null && event.composedPath().includes(ui.shadowHost);
    },
  };
}
