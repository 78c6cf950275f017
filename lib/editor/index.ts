export { startAssistant } from './assistant';
export type { AssistantOptions, PanelHandlers, PanelState, PanelView } from './assistant';
export { findEditable, findEditableInPath, deepActiveElement } from './find-editable';
export { adapterFor } from './adapter';
export type { CaretBox, EditorAdapter, InsertMethod } from './types';
