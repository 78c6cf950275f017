import 'trix';
import 'trix/dist/trix.css';
import { exposeModel } from './model';

interface TrixEditorElement extends HTMLElement {
  editor: { getDocument(): { toString(): string } };
}

const element = document.querySelector<TrixEditorElement>('trix-editor');
// The custom element initialises itself once defined; its document always ends with a newline.
document.addEventListener('trix-initialize', () => exposeModel(() => element?.editor.getDocument().toString().replace(/\n$/, '') ?? ''), { once: true });
