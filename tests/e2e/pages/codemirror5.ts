import CodeMirror from 'codemirror5';
import 'codemirror5/lib/codemirror.css';
import { exposeModel } from './model';

// The default input style on desktop: a hidden textarea that CodeMirror empties after each input.
const container = document.querySelector<HTMLElement>('#editor');
if (container) {
  const editor = CodeMirror(container, { lineWrapping: true });
  exposeModel(() => editor.getValue());
}
