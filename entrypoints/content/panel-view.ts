import { deepActiveElement } from '@/lib/editor';
import type { PaletteHandlers, PanelView } from '@/lib/assistant';
import { createUiHost, type UiHost } from '@/lib/assistant/ui-host';
import { drawingFrameOf } from '@/lib/assistant/drawing-frame';
import { renderPanel, type Notice, type PageUi } from '@/components/panel/mount';
import type { LibraryApi } from '@/components/palette/Palette';

const NOTICE_MS = 2500;
/** A notice with an undo stays long enough to reach for it. */
const NOTICE_WITH_ACTION_MS = 8000;

export interface DiagnosticView extends PanelView {
  /** Timing diagnostics for pages that ask for them (data-gongwen-debug): the host's dataset. */
  readonly diagnostics: DOMStringMap | null;
  /** Shows a short notice at the top of the page, with one optional action (撤销). */
  notify(message: string, action?: Notice['action']): void;
  /** The palette's handlers while it is open in this frame. */
  readonly palette: PaletteHandlers | null;
}

/**
 * The panel, the palette and notices in one closed shadow root (lib/assistant/ui-host.ts). Its CSS
 * comes from the background, so the extension exposes no web-accessible file a page could probe.
 * In a same-origin iframe it is drawn in the top document (lib/assistant/drawing-frame.ts), with
 * every position this frame measured shifted by the frame's offset.
 */
export function createPanelView(api: LibraryApi, css: () => Promise<string>): DiagnosticView {
  let host: UiHost | null = null;
  const latest: PageUi = { state: null, handlers: null, palette: null, notice: null, api, marks: [] };
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let showing = false;

  const frame = drawingFrameOf(window);
  const away = frame.window !== window;

  const draw = () => {
    const visible = latest.state !== null || latest.palette !== null || latest.notice !== null || latest.marks.length > 0;
    if (visible && !host) {
      host = createUiHost(frame.window.document, css());
      void host.styled.then(() => showing && draw());
      // The top document scrolls and resizes on its own: the frame (and so the caret) moves within it.
      if (away) for (const type of ['scroll', 'resize']) frame.window.addEventListener(type, () => showing && draw(), { capture: true, passive: true });
    }
    if (!host) return;
    // Raised when it appears: above a dialog or fullscreen element that opened since.
    if (visible && !showing) host.raise(frame.outerFrame ?? deepActiveElement(document));
    showing = visible;
    const { x, y } = away ? frame.offset() : { x: 0, y: 0 };
    const state = latest.state && { ...latest.state, caret: { left: latest.state.caret.left + x, top: latest.state.caret.top + y, bottom: latest.state.caret.bottom + y } };
    const marks = latest.marks.map((mark) => ({ ...mark, left: mark.left + x, top: mark.top + y }));
    renderPanel(host.root, { ...latest, state, marks });
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
    markPlaceholders(marks) {
      if (marks.length === 0 && latest.marks.length === 0) return;
      latest.marks = marks;
      draw();
    },
    notify(message, action) {
      clearTimeout(noticeTimer);
      latest.notice = action ? { text: message, action } : { text: message };
      draw();
      noticeTimer = setTimeout(
        () => {
          latest.notice = null;
          draw();
        },
        action ? NOTICE_WITH_ACTION_MS : NOTICE_MS,
      );
    },
  };
}
