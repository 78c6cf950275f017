import { exposeModel } from './model';

// An about:blank frame written by script, as OA systems and older rich editors make them.
const frame = document.querySelector<HTMLIFrameElement>('#frame');
const inner = frame?.contentDocument;
if (inner) {
  inner.open();
  inner.write('<!doctype html><html data-gongwen-debug><body><div id="editor" contenteditable="true" style="min-height:300px;border:1px solid #ccc;padding:8px"><p><br></p></div></body></html>');
  inner.close();
}
exposeModel(() => (inner?.querySelector<HTMLElement>('#editor')?.innerText ?? '').replace(/\n$/, ''));
