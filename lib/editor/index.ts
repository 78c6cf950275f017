export { startAssistant } from './assistant';
export type { AssistantController, AssistantOptions, PaletteHandlers, PanelHandlers, PanelState, PanelView } from './assistant-types';
export { findEditable, findEditableInPath, deepActiveElement } from './find-editable';
export { adapterFor } from './adapter';
export type { CaretBox, EditorAdapter, InsertMethod } from './types';
