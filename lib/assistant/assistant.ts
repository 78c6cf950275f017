import type { AssistantController, AssistantOptions } from './assistant-types';
import { assistantController } from './assistant-controller';
import { trackComposition } from './composition';
import { trackEditorFocus } from './editor-focus';
import { deepActiveElement, findEditable, findEditableInPath, mayUse } from '../editor/find-editable';
import { watchPasswordFields } from '../editor/secret-field';
import { createInserter } from './insertion';
import { listenToPage } from './page-listeners';
import { createPaletteLauncher } from './palette-launcher';
import { panelViewSlot } from './panel-view-slot';
import { createPlaceholderNavigation } from './placeholder-navigation';
import { createSuggestionSession } from './suggestion-session';

/**
 * Starts the in-page assistant of one frame: it follows the focused editable, suggests beside the
 * caret, inserts through the editor's adapter and answers the extension's commands.
 */
export function startAssistant(options: AssistantOptions): AssistantController {
  const { doc } = options;
  const win = doc.defaultView ?? window;
  // The parts call each other back (focus hides the panel, the panel's buttons leave the editor);
  // every such call happens after all of them exist.
  // A commit from the IME also tells which editor the writer is in: some editors take focus before
  // this script arrives and deliver IME text with no input event outside the composition.
  const composition = trackComposition(doc, {
    // The IME's candidate window opens at the caret, where the panel is; and the panel's suggestions
    // are for the text before this word.
    started: () => session.hide(),
    ended: (event) => {
      const field = options.isPaused() ? null : findEditable(event);
      if (field) editor.activate(field);
      session.schedule(true);
    },
  });
  const report = () => options.onEditorState?.(editor.current() !== null, session.shown?.suggestions ?? []);
  const hidePanel = () => session.hide();
  const view = panelViewSlot(() => options.panel());
  const placeholders = createPlaceholderNavigation(view);
  const editor = trackEditorFocus({ doc, options, hidePanel, forgetPlaceholders: () => placeholders.forget(), report, typed: (committed) => session.schedule(committed) });
  const inserter = createInserter({ options, placeholders, hidePanel });
  const palette = createPaletteLauncher({ editor, view, inserter, placeholders, hidePanel });
  const session = createSuggestionSession({
    win,
    options,
    editor,
    view,
    composition,
    inserter,
    paletteOpen: () => palette.isOpen,
    filling: () => placeholders.waiting,
    report,
    actions: {
      pauseSite: () => {
        editor.deactivate();
        options.pauseSite();
      },
      openOptions: () => options.openOptions(),
      openPalette: () => void palette.open(),
    },
  });
  // A field that turns into a password field (or back) while focused: drop it, and any pending request.
  const stopWatchingFields = watchPasswordFields(doc, (field) => {
    const target = editor.current();
    if (target && (field === target.element || field.contains(target.element)) && !mayUse(target.element)) editor.deactivate();
  });
  const stopListening = listenToPage({ doc, win, options, editor, session, placeholders, inserter, palette, composition, view });

  // A field may already have focus when the script arrives (autofocus).
  const active = deepActiveElement(doc);
  if (active && !options.isPaused()) {
    const field = findEditableInPath([active]);
    if (field) editor.activate(field);
  }

  const stop = () => {
    session.hide();
    palette.dispose();
    inserter.dispose();
    composition.dispose();
    stopListening();
    stopWatchingFields();
  };
  return assistantController({ win, options, editor, session, inserter, palette, stop });
}
