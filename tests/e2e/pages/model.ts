/** Every test page exposes its editor's own model text, so tests check the model, not the DOM. */
declare global {
  interface Window {
    __modelText?: () => string;
    __ready?: boolean;
  }
}

export function exposeModel(read: () => string): void {
  window.__modelText = read;
  window.__ready = true;
}
