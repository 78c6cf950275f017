import { startAssistant } from '@/lib/editor';
import { MAX_CONTEXT_CHARS } from '@/lib/messages';
import { openOptions, requestSuggestions, warmUp } from './messaging';
import { createPanelView, type DiagnosticView } from './panel-view';
import { watchPreferences } from './preferences';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    // Pages opt into timing diagnostics (the browser benchmark and e2e tests do).
    const debug = () => document.documentElement.hasAttribute('data-gongwen-debug');
    const preferences = watchPreferences(location.hostname);
    let view: DiagnosticView | null = null;
    let requests = 0;
    const start = () => startAssistant({
      doc: document,
      maxContextChars: MAX_CONTEXT_CHARS,
      preferences: () => {
        const settings = preferences.current();
        return settings ? { debounceMs: settings.debounceMs, minChars: settings.minChars, limit: settings.limit, automatic: settings.mode === 'auto' } : null;
      },
      suggest: (context, limit) => {
        if (debug()) document.documentElement.dataset.gongwenRequests = String(++requests);
        return requestSuggestions(context, limit);
      },
      warmUp: () => {
        warmUp();
        // Load the panel's CSS now, so the first suggestions do not wait for it.
        view ??= createPanelView(ctx);
      },
      panel: () => (view ??= createPanelView(ctx)),
      isPaused: preferences.isPaused,
      pauseSite: preferences.pause,
      openOptions,
      onRendered: (milliseconds) => {
        if (debug() && view?.host) view.host.dataset.renderMs = milliseconds.toFixed(2);
      },
      onInserted: (method) => {
        if (debug() && view?.host) view.host.dataset.insertMethod = method ?? 'failed';
      },
    });
    let stop = start();
    // document.open() (about:blank frames written by script, old pages) erases every event
    // listener of the document; mutation observers survive it, so start again when it happens.
    let root = document.documentElement;
    const reopened = new MutationObserver(() => {
      if (document.documentElement === root) return;
      root = document.documentElement;
      stop();
      view = null;
      stop = start();
    });
    reopened.observe(document, { childList: true });
    ctx.onInvalidated(() => {
      reopened.disconnect();
      stop();
    });
  },
});
