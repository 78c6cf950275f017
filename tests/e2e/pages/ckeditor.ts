import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { exposeModel } from './model';

const element = document.querySelector<HTMLElement>('#editor');
if (element) {
  ClassicEditor.create(element, { licenseKey: 'GPL', plugins: [Essentials, Paragraph] })
    .then((editor) => {
      // The model's plain text, not the view's DOM.
      exposeModel(() => {
        const root = editor.model.document.getRoot();
        if (!root) return '';
        return Array.from(root.getChildren(), (block) =>
          block.is('element') ? Array.from(block.getChildren(), (node) => (node.is('$text') ? node.data : '')).join('') : '',
        ).join('\n');
      });
    })
    .catch((error: unknown) => console.error(error));
}
