import { basicSetup, EditorView } from 'codemirror';
import { exposeModel } from './model';

const view = new EditorView({ parent: document.querySelector('#editor') ?? document.body, extensions: [basicSetup, EditorView.lineWrapping] });
exposeModel(() => view.state.doc.toString());
