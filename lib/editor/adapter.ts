import { createContentEditableAdapter } from './contenteditable-adapter';
import { isTextControl, type EditableField } from './find-editable';
import { createTextControlAdapter } from './text-control-adapter';
import type { EditorAdapter } from './types';

/** One adapter per editor family; no editor is special-cased by name. */
export function adapterFor(field: EditableField): EditorAdapter {
  return isTextControl(field) ? createTextControlAdapter(field) : createContentEditableAdapter(field);
}
