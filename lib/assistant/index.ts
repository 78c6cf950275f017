export { startAssistant } from './assistant';
export type { AssistantController, AssistantOptions, PaletteHandlers, PanelHandlers, PanelState, PanelView } from './assistant-types';
