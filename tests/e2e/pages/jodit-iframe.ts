import { Jodit } from 'jodit';
import 'jodit/es2021/jodit.min.css';
import { exposeModel, textOfHtml } from './model';

// The editing area is an iframe, as in classic OA editors.
const editor = Jodit.make('#editor', { iframe: true, height: 320 });
// The frame's document is Jodit's: mark it for the assistant's diagnostics as the other pages are.
editor.ed.documentElement.setAttribute('data-gongwen-debug', '');
exposeModel(() => textOfHtml(editor.value));
