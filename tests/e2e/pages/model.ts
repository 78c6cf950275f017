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

/** The text of an editor's HTML output (its saved value), one line per block, as the writer reads it. */
export function textOfHtml(html: string): string {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const blocks = holder.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre');
  const lines = blocks.length > 0 ? Array.from(blocks, (block) => block.textContent ?? '') : [holder.textContent ?? ''];
  return lines.join('\n').replace(/[\u200B\uFEFF]/g, '').replace(/\u00A0/g, ' ').replace(/\n+$/, '');
}
