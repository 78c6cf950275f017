/**
 * Where a frame draws its UI. An editor in a same-origin iframe (classic OA editors, often only a
 * couple of hundred pixels high) gets its panel drawn in the topmost same-origin ancestor document,
 * at the caret's position there, so nothing clips it. A cross-origin parent is out of reach: the
 * panel then fits the frame itself.
 */
export interface DrawingFrame {
  /** The window whose document holds the UI. */
  readonly window: Window;
  /** The outermost frame element on the way there (for dialogs and fullscreen), or null when drawing at home. */
  readonly outerFrame: Element | null;
  /** Where this frame's viewport starts in the drawing window's viewport. */
  offset(): { x: number; y: number };
}

function reachableParent(win: Window): { frame: Element; parent: Window } | null {
  try {
    const frame = win.frameElement;
    const parent = win.parent;
    // frameElement is null when the parent is cross-origin; reading its document would throw.
    if (!frame || parent === win || !parent.document) return null;
    return { frame, parent };
  } catch {
    return null;
  }
}

export function drawingFrameOf(win: Window): DrawingFrame {
  const frames: Element[] = [];
  let target = win;
  for (let step = reachableParent(target); step; step = reachableParent(target)) {
    frames.push(step.frame);
    target = step.parent;
  }
  return {
    window: target,
    outerFrame: frames[frames.length - 1] ?? null,
    offset: () => {
      let x = 0;
      let y = 0;
      for (const frame of frames) {
        const rect = frame.getBoundingClientRect();
        x += rect.left + frame.clientLeft;
        y += rect.top + frame.clientTop;
      }
      return { x, y };
    },
  };
}
