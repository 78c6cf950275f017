import ace from 'ace-builds';
import { exposeModel } from './model';

// Ace draws its own lines; keystrokes go into a transparent textarea that follows the cursor.
const editor = ace.edit('editor', { useWorker: false, wrap: true, fontSize: 16 });
exposeModel(() => editor.getValue());
