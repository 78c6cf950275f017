import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeModel } from './model';

let current = '';

/** A controlled textarea: React state is the model, and it re-renders the DOM from it. */
function Form() {
  const [value, setValue] = useState('');
  current = value;
  return createElement('textarea', {
    id: 'editor',
    rows: 8,
    value,
    onChange: (event: { target: HTMLTextAreaElement }) => setValue(event.target.value),
  });
}

const container = document.querySelector('#root');
if (container) createRoot(container).render(createElement(Form));
exposeModel(() => current);
