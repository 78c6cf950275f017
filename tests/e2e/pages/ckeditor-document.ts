import { DecoupledEditor, Essentials, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { ckeditorText } from './ckeditor-model';
import { exposeModel } from './model';

const element = document.querySelector<HTMLElement>('#editor');
if (element) {
  DecoupledEditor.create(element, { licenseKey: 'GPL', plugins: [Essentials, Paragraph] })
    .then((editor) => {
      const toolbar = editor.ui.view.toolbar.element;
      if (toolbar) document.querySelector('#toolbar')?.append(toolbar);
      exposeModel(() => ckeditorText(editor));
    })
    .catch((error: unknown) => console.error(error));
}
