import Quill from 'quill';
import { exposeModel } from './model';

const quill = new Quill('#editor', {});
// Quill's model always ends with a newline.
exposeModel(() => quill.getText().replace(/\n$/, ''));
