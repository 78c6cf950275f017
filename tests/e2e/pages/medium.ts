import MediumEditor from 'medium-editor';
import 'medium-editor/dist/css/medium-editor.css';
import { exposeModel, textOfHtml } from './model';

const editor = new MediumEditor('#editor', { placeholder: false });
exposeModel(() => textOfHtml(editor.getContent()));
