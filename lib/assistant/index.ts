export { startAssistant } from './assistant';
export type { AssistantController, AssistantOptions, PaletteHandlers, PanelHandlers, PanelState, PanelView, PlaceholderMark } from './assistant-types';
