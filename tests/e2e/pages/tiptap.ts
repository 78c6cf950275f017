import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { exposeModel } from './model';

const element = document.querySelector<HTMLElement>('#editor');
const editor = new Editor({ element, extensions: [StarterKit], content: '<p></p>' });
exposeModel(() => editor.getText());
