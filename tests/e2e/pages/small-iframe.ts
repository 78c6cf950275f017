import { exposeModel } from './model';

// A 200-px-high editing frame, as OA forms embed them: a panel drawn inside it would be cut off.
const frame = document.querySelector<HTMLIFrameElement>('#frame');
const inner = frame?.contentDocument;
if (inner) {
  inner.open();
  inner.write('<!doctype html><html data-gongwen-debug><body style="margin:0"><div id="editor" contenteditable="true" style="height:180px;padding:4px;font:16px/1.6 sans-serif"><p><br></p></div></body></html>');
  inner.close();
}
exposeModel(() => (inner?.querySelector<HTMLElement>('#editor')?.innerText ?? '').replace(/\n$/, ''));
