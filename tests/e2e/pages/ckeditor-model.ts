import type { Editor } from 'ckeditor5';

/** The model's plain text, one line per block: what CKEditor saves, not its view's DOM. */
export function ckeditorText(editor: Editor): string {
  const root = editor.model.document.getRoot();
  if (!root) return '';
  return Array.from(root.getChildren(), (block) =>
    block.is('element') ? Array.from(block.getChildren(), (node) => (node.is('$text') ? node.data : '')).join('') : '',
  ).join('\n');
}
