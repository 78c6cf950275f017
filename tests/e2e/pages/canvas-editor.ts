import Editor from '@hufe921/canvas-editor';
import { exposeModel } from './model';

// Text drawn on a canvas; keystrokes go into a hidden textarea that the editor empties after each input.
const container = document.querySelector<HTMLDivElement>('#editor');
if (container) {
  const editor = new Editor(container, { main: [] }, { height: 300, width: 700, margins: [20, 20, 20, 20] });
  exposeModel(() =>
    editor.command
      .getValue()
      .data.main.map((element) => element.value)
      .join('')
      .replace(/[\u200B\n]/g, ''),
  );
}
