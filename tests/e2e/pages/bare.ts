import { exposeModel } from './model';

const editor = document.querySelector<HTMLTextAreaElement>('#editor');
exposeModel(() => editor?.value ?? '');
