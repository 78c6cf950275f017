import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { exposeModel } from './model';

// Slate applies typing from beforeinput to its model and renders from the model.
const editor = withHistory(withReact(createEditor()));
const initialValue: Descendant[] = [{ children: [{ text: '' }] } as Descendant];

function SlateEditor() {
  const [value] = useState(initialValue);
  return createElement(Slate, { editor, initialValue: value, children: createElement(Editable, { id: 'editor', className: 'box' }) });
}

const container = document.querySelector('#root');
if (container) createRoot(container).render(createElement(SlateEditor));
exposeModel(() => editor.children.map((block) => Node.string(block)).join('\n'));
