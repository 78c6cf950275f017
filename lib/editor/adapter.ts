import { createContentEditableAdapter } from './contenteditable-adapter';
import { createEditContextAdapter, editContextOf } from './edit-context-adapter';
import { isTextControl, type EditableField } from './find-editable';
import { createHiddenInputAdapter, isHiddenInput } from './hidden-input-adapter';
import { createTextControlAdapter } from './text-control-adapter';
import type { EditorAdapter } from './types';

/** One adapter per editor family, chosen by what the field is and how it shows; none by editor name. */
export function adapterFor(field: EditableField): EditorAdapter {
  const context = editContextOf(field);
  if (context) return createEditContextAdapter(field, context);
  if (isHiddenInput(field)) return createHiddenInputAdapter(field);
  return isTextControl(field) ? createTextControlAdapter(field) : createContentEditableAdapter(field);
}
