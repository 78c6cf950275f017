import { rememberCaret } from '../editor/caret-memory';
import type { EditorFocus } from './editor-focus';
import type { Inserter } from './insertion';
import type { PanelViewSlot } from './panel-view-slot';
import type { PlaceholderNavigation } from './placeholder-navigation';

/** The quick-insert palette over the focused editor; its search box takes focus while it is open. */
export interface PaletteLauncher {
  /** While open, the editor keeps its adapter but nothing is suggested over it and its keys are the palette's. */
  readonly isOpen: boolean;
  /** Opens the palette; false when this frame has no focused editor (true when it is open already). */
  open(): boolean;
  /** The assistant stops: close the palette if it is open. */
  dispose(): void;
}

interface PaletteLauncherParts {
  editor: EditorFocus;
  view: PanelViewSlot;
  inserter: Inserter;
  placeholders: PlaceholderNavigation;
  hidePanel(): void;
}

export function createPaletteLauncher({ editor, view, inserter, placeholders, hidePanel }: PaletteLauncherParts): PaletteLauncher {
  let showing = false;
  return {
    get isOpen() {
      return showing;
    },
    open: () => {
      const target = editor.current();
      if (showing || !target || !editor.focused()) return showing;
      hidePanel();
      placeholders.forget();
      // The search box takes focus: the caret goes back where the writer left it afterwards.
      const restore = rememberCaret(target.element);
      showing = true;
      const palette = view.get();
      const finish = () => {
        showing = false;
        palette.closePalette();
      };
      palette.openPalette({
        insert: (text) => {
          finish();
          void restore()
            .then(() => inserter.insertAtCaret(target, text))
            .catch(() => undefined);
        },
        close: () => {
          finish();
          void restore().catch(() => undefined);
        },
      });
      return true;
    },
    dispose: () => {
      if (showing) view.built()?.closePalette();
      showing = false;
    },
  };
}
