import { createEditor, $getRoot } from 'lexical';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { exposeModel } from './model';

const editor = createEditor({ namespace: 'matrix', onError: (error) => console.error(error) });
editor.setRootElement(document.querySelector('#editor'));
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
exposeModel(() => editor.getEditorState().read(() => $getRoot().getTextContent()));
