import Quill from 'quill1';
import 'quill1/dist/quill.snow.css';
import { exposeModel } from './model';

const quill = new Quill('#editor', { theme: 'snow' });
// Quill's model always ends with a newline.
exposeModel(() => quill.getText().replace(/\n$/, ''));
