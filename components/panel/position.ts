import type { CaretBox } from '@/lib/editor/types';

const GAP = 6;
const MARGIN = 8;

export interface Placement {
  left: number;
  top: number;
}

/**
 * Below the caret line, or above it when there is no room below: never over the line being
 * typed. Kept inside the viewport horizontally.
 */
export function placePanel(caret: CaretBox, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = caret.bottom + GAP;
  const above = caret.top - GAP - size.height;
  const fitsBelow = below + size.height <= viewport.height - MARGIN;
  const top = fitsBelow || above < MARGIN ? below : above;
  const left = Math.max(MARGIN, Math.min(caret.left, viewport.width - size.width - MARGIN));
  return { left, top };
}
