import { createEditor, createToolbar } from '@wangeditor/editor';
import '@wangeditor/editor/dist/css/style.css';
import { exposeModel } from './model';

// wangEditor 5 (Slate underneath), the rich text editor of many Chinese OA and CMS systems.
const editor = createEditor({ selector: '#editor', mode: 'default' });
createToolbar({ editor, selector: '#toolbar', mode: 'default' });
exposeModel(() => editor.getText());
