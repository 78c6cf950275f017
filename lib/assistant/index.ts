export { startAssistant } from './assistant';
export type { AssistantController, AssistantOptions, PaletteHandlers, PanelHandlers, PanelState, PanelView, SuggestAnswer, PlaceholderMark } from './assistant-types';
