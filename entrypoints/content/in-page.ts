import { deepActiveElement } from '@/lib/editor';
import { startAssistant, type AssistantController } from '@/lib/assistant';
import type { Suggestion } from '@/lib/match/types';
import { isTabRequest, MAX_CONTEXT_CHARS, type CommandName, type EditorState, type InsertResponse, type SiteResponse, type TabRequest } from '@/lib/messages';
import type { LibraryApi } from '@/components/palette/Palette';
import { t } from '@/components/i18n';
import { openOptions, queryLibrary, reportEditorState, requestSuggestions, requestUiCss, toggleFavourite, warmUp } from './messaging';
import { siteOf } from '@/lib/settings/hosts';
import { createPanelView, type DiagnosticView } from './panel-view';
import { watchPreferences } from './preferences';

/**
 * The assistant in one document: watches its editors, suggests, inserts, answers the extension's
 * requests. The content script runs it in every frame; the welcome page runs it for its demo editor.
 */
export function runInPage(): void {
  // Pages opt into timing diagnostics (the browser benchmark and e2e tests do).
  const debug = () => document.documentElement.hasAttribute('data-gongwen-debug');
  const host = siteOf(location);
  const topFrame = window === window.top;
  // A source switched off, a kind or a site changed elsewhere: the panel on show follows at once.
  const preferences = watchPreferences(host, () => {
    if (assistant.suggestions().length > 0) void assistant.suggestNow();
  });
  const api: LibraryApi = {
    query: (query, scope) => queryLibrary(query, scope),
    toggleFavourite: async (item) => {
      const favourite = await toggleFavourite(item);
      preferences.setFavourite(item.text, favourite);
      return favourite;
    },
  };
  let view: DiagnosticView | null = null;
  let css: Promise<string> | null = null;
  const uiCss = () => (css ??= requestUiCss());
  const ui = () => (view ??= createPanelView(api, uiCss));
  let requests = 0;
  /** The last state reported to the side panel, so that only changes travel. */
  let reported = '';
  const report = (focused: boolean, suggestions: readonly Suggestion[]) => {
    const key = `${focused}:${suggestions.map((s) => s.id).join(',')}`;
    if (key === reported) return;
    reported = key;
    reportEditorState(focused, suggestions);
  };

  const start = () => startAssistant({
    doc: document,
    maxContextChars: MAX_CONTEXT_CHARS,
    preferences: () => {
      const settings = preferences.current();
      return settings ? { debounceMs: settings.debounceMs, minChars: settings.minChars, limit: settings.limit, automatic: settings.mode === 'auto' } : null;
    },
    suggest: (context, limit, variantsOf) => {
      if (!extensionAlive()) return Promise.resolve({ suggestions: [] });
      if (debug()) document.documentElement.dataset.gongwenRequests = String(++requests);
      return requestSuggestions(context, limit, variantsOf);
    },
    warmUp: () => {
      warmUp();
      // Load the panel's CSS now, so the first suggestions do not wait for it.
      void uiCss();
    },
    panel: ui,
    isPaused: preferences.isPaused,
    // 此站暂停 says what it did, with an undo: a pause that persists must never be a silent surprise.
    pauseSite: () => {
      preferences.pause();
      ui().notify(t('notePaused', host), {
        label: t('undo'),
        run: () => {
          if (preferences.isPaused()) preferences.toggleSite();
          ui().notify(t('noteResumed', host));
        },
      });
    },
    openOptions,
    abbreviations: preferences.abbreviations,
    isFavourite: preferences.isFavourite,
    toggleFavourite: async (suggestion) => {
      // A favourite is the whole passage, not the few words this suggestion would add.
      await api.toggleFavourite({ text: suggestion.passage, source: suggestion.source, sourceTitle: suggestion.sourceTitle });
    },
    onEditorState: report,
    onRendered: (milliseconds) => {
      if (debug() && view?.diagnostics) view.diagnostics.renderMs = milliseconds.toFixed(2);
    },
    onInserted: (method) => {
      if (debug() && view?.diagnostics) view.diagnostics.insertMethod = method ?? 'failed';
    },
  });
  let assistant: AssistantController = start();

  /** Whether focus sits in a child frame, whose own content script handles the commands. */
  const focusInFrame = () => /^i?frame$/.test(deepActiveElement(document)?.localName ?? '');

  const runCommand = (command: CommandName) => {
    if (command === 'toggle-site') {
      if (!topFrame) return;
      const enabled = preferences.toggleSite();
      if (!enabled) void assistant.suggestNow();
      ui().notify(enabled ? t('noteResumed', host) : t('notePausedToggle', host));
      return;
    }
    // The palette is open here: its shortcut closes it again (focus goes back to the editor); other commands wait.
    const open = view?.palette;
    if (open) {
      if (command === 'open-palette') open.close();
      return;
    }
    if (assistant.hasEditor()) {
      if (command === 'open-palette') assistant.openPalette();
      else void assistant.insertTop();
      return;
    }
    // Only one frame speaks up: the top one, when focus is not in a child frame.
    if (!topFrame || focusInFrame()) return;
    ui().notify(preferences.isPaused() ? t('notePausedHint', host) : t('noteNoEditor'));
  };

  /** Requests from the background (commands) and from the popup and side panel. */
  const onTabMessage = (message: unknown): Promise<InsertResponse | EditorState | SiteResponse> | undefined => {
    if (!isTabRequest(message)) return undefined;
    const request: TabRequest = message;
    switch (request.type) {
      case 'gongwen/command':
        runCommand(request.command);
        return undefined;
      case 'gongwen/insert':
        // Frames without the focused editor stay silent, so the answer comes from the one that inserted.
        if (!assistant.hasEditor()) return undefined;
        return (request.suggestion ? assistant.insertSuggestion(request.suggestion) : Promise.resolve(null))
          .then((method) => method ?? (request.suggestion ? null : assistant.insertText(request.text)))
          .then((method) => ({ method }));
      case 'gongwen/get-state':
        if (!assistant.hasEditor()) return undefined;
        // Answer, and report again so that a side panel opened just now learns which frame it is.
        reported = '';
        report(true, assistant.suggestions());
        return Promise.resolve({ focused: true, suggestions: [...assistant.suggestions()] });
      case 'gongwen/site':
        if (!topFrame) return undefined;
        if (request.enabled !== undefined && request.enabled === preferences.isPaused()) preferences.toggleSite();
        return Promise.resolve({ host, enabled: !preferences.isPaused() });
    }
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  // document.open() (about:blank frames written by script, old pages) erases every event
  // listener of the document; mutation observers survive it, so start again when it happens.
  let root = document.documentElement;
  const reopened = new MutationObserver(() => {
    if (document.documentElement === root) return;
    root = document.documentElement;
    assistant.stop();
    view = null;
    assistant = start();
  });
  reopened.observe(document, { childList: true });
  let stopped = false;
  /** False, and everything stopped, once the extension was reloaded or removed under this page. */
  function extensionAlive(): boolean {
    if (browser.runtime?.id) return true;
    if (!stopped) {
      stopped = true;
      reopened.disconnect();
      assistant.stop();
    }
    return false;
  }
}
