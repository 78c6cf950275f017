import type { CaretBox } from '@/lib/editor/types';

const GAP = 6;
const MARGIN = 8;
/** Below this the panel is not worth showing on that side. */
const MIN_HEIGHT = 48;

export interface Placement {
  left: number;
  top: number;
  /** The panel is cut to this height (its list scrolls) when neither side of the line has room. */
  maxHeight: number;
}

interface Size {
  width: number;
  height: number;
}

/**
 * Below the caret line, or above it when there is no room below; when neither side fits, on the side
 * with more room and shortened: never over the line being typed. Kept inside the viewport
 * horizontally. A pure function of its inputs, applied once per render, so placement cannot loop;
 * any measure that is not a finite number (textarea-caret's NaN line height, a detached element) or
 * a viewport with no room means no placement at all.
 */
export function placePanel(caret: CaretBox, size: Size, viewport: Size): Placement | null {
  const measures = [caret.left, caret.top, caret.bottom, size.width, size.height, viewport.width, viewport.height];
  if (!measures.every(Number.isFinite) || size.width < 0 || size.height < 0) return null;
  const lineTop = Math.min(caret.top, caret.bottom);
  const lineBottom = Math.max(caret.top, caret.bottom);
  // The line is out of sight (scrolled away): so is the panel.
  if (lineBottom < 0 || lineTop > viewport.height) return null;
  const roomBelow = viewport.height - MARGIN - (lineBottom + GAP);
  const roomAbove = lineTop - GAP - MARGIN;
  const below = size.height <= roomBelow || roomBelow >= roomAbove;
  const room = below ? roomBelow : roomAbove;
  if (room < Math.min(MIN_HEIGHT, size.height)) return null;
  const height = Math.min(size.height, room);
  const top = below ? lineBottom + GAP : lineTop - GAP - height;
  const left = Math.max(MARGIN, Math.min(caret.left, viewport.width - size.width - MARGIN));
  return { left, top, maxHeight: room };
}

export interface PlacedAt {
  caret: CaretBox;
  placement: Placement;
}

/**
 * While the caret moves along the same line, the panel keeps the left edge it had, as long as it
 * still fits: it does not drift sideways under the writer's eyes with every character typed.
 */
export function keepOnLine(previous: PlacedAt | null, caret: CaretBox, placement: Placement, width: number, viewportWidth: number): Placement {
  if (!previous) return placement;
  const lineHeight = Math.abs(caret.bottom - caret.top);
  const sameLine = Math.abs(previous.caret.top - caret.top) <= lineHeight / 2 && Math.abs(previous.caret.bottom - caret.bottom) <= lineHeight / 2;
  const left = previous.placement.left;
  const fits = left >= 0 && left + width <= viewportWidth - MARGIN;
  return sameLine && fits && Number.isFinite(left) ? { ...placement, left } : placement;
}
