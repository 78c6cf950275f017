import { exposeModel } from './model';

const editor = document.querySelector<HTMLInputElement>('#editor');
exposeModel(() => editor?.value ?? '');
