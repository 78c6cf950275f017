import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeModel } from './model';

let current = EditorState.createEmpty();

/** Draft.js keeps its model in an immutable EditorState that React re-renders from. */
function DraftEditor() {
  const [state, setState] = useState(current);
  current = state;
  return createElement(Editor, { editorState: state, onChange: setState });
}

const container = document.querySelector('#root');
if (container) createRoot(container).render(createElement(DraftEditor));
exposeModel(() => current.getCurrentContent().getPlainText());
