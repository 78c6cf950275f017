export { findEditable, findEditableInPath, deepActiveElement } from './find-editable';
export { adapterFor } from './adapter';
export type { CaretBox, EditorAdapter, InsertMethod } from './types';
