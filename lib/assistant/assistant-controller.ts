import type { AssistantController, AssistantOptions } from './assistant-types';
import { rememberCaret } from '../editor/caret-memory';
import type { EditorFocus } from './editor-focus';
import type { Inserter } from './insertion';
import type { PaletteLauncher } from './palette-launcher';
import type { SuggestionSession } from './suggestion-session';

interface ControllerParts {
  win: Window;
  options: Pick<AssistantOptions, 'preferences'>;
  editor: EditorFocus;
  session: SuggestionSession;
  inserter: Inserter;
  palette: PaletteLauncher;
  stop(): void;
}

/** What browser commands, the side panel and the popup can ask of the assistant of this frame. */
export function assistantController({ win, options, editor, session, inserter, palette, stop }: ControllerParts): AssistantController {
  /**
   * After an insertion asked for by the side panel or popup: ask for the page's focus back, so the
   * writer types on. Browsers grant it when they allow (the popup closes itself, which always works).
   */
  const returnFocus = () => {
    try {
      win.focus();
    } catch {
      // Cross-origin or detached frames may refuse; the editor keeps its caret regardless.
    }
  };

  return {
    stop,
    hasEditor: () => editor.focused(),
    suggestions: () => session.shown?.suggestions ?? [],
    suggestNow: async () => {
      session.cancelScheduled();
      // Paused meanwhile (the site command): take the panel away.
      if (editor.focused()) await session.refresh();
      else session.hide();
    },
    insertTop: async () => {
      if (!editor.focused()) return;
      const shown = session.shown;
      if (shown) return void (await session.insert(shown.activeIndex));
      session.cancelScheduled();
      const showing = await session.refresh();
      if (showing && options.preferences()?.automatic) await session.insert(0);
    },
    insertSuggestion: async (id) => {
      const target = editor.current();
      const index = session.shown?.suggestions.findIndex((s) => s.id === id) ?? -1;
      if (!target || index < 0 || !editor.focused()) return null;
      await rememberCaret(target.element)();
      return session.insert(index).finally(returnFocus);
    },
    openPalette: () => palette.open(),
    insertText: async (text) => {
      const target = editor.current();
      if (!target || !editor.focused()) return null;
      // The side panel or popup has focus now; the page keeps its active element and selection meanwhile.
      await rememberCaret(target.element)();
      return inserter.insertAtCaret(target, text).finally(returnFocus);
    },
  };
}
