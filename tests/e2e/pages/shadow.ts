import { exposeModel } from './model';

/** A form field web component: its textarea lives in an open shadow root. */
class OaField extends HTMLElement {
  readonly textarea: HTMLTextAreaElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>textarea{width:100%;font:inherit}</style><label>正文<textarea id="editor" rows="8"></textarea></label>';
    const textarea = root.querySelector('textarea');
    if (!textarea) throw new Error('no textarea');
    this.textarea = textarea;
  }
}

customElements.define('oa-field', OaField);
const field = document.querySelector<OaField>('#field');
exposeModel(() => field?.textarea.value ?? '');
