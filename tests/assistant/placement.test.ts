import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepOnLine, placePanel } from '@/components/panel/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 400, height: 300 };

/** Any number a measurement can produce, including the ones that froze tabs (NaN) and degenerate ones. */
const measure = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -5000, max: 5000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, 1e9) },
);
const extent = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 4000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0, 1e9) },
);
const caretArb = fc.record({ left: measure, top: measure, bottom: measure });
const sizeArb = fc.record({ width: extent, height: extent });

describe('panel placement', () => {
  it('sits below the caret line, never over it', () => {
    expect(placePanel({ left: 100, top: 200, bottom: 220 }, size, viewport)).toEqual({ left: 100, top: 226, maxHeight: 566 });
  });

  it('goes above the line when there is no room below, and stays inside the viewport', () => {
    const placement = placePanel({ left: 900, top: 700, bottom: 720 }, size, viewport);
    expect(placement).toEqual({ left: 592, top: 394, maxHeight: 686 });
    expect(394 + size.height).toBeLessThanOrEqual(700);
    expect(592 + size.width).toBeLessThanOrEqual(viewport.width);
  });

  it('gives no placement for the NaN line height textarea-caret reports for line-height: normal', () => {
    expect(placePanel({ left: 10, top: 20, bottom: Number.NaN }, size, viewport)).toBeNull();
  });

  it('is either null or finite, and null exactly when a measure is not finite (property)', () => {
    fc.assert(
      fc.property(caretArb, sizeArb, sizeArb, (caret, panel, view) => {
        const placement = placePanel(caret, panel, view);
        const finite = [caret.left, caret.top, caret.bottom, panel.width, panel.height, view.width, view.height].every(Number.isFinite);
        if (!finite) return placement === null;
        return placement === null || [placement.left, placement.top, placement.maxHeight].every(Number.isFinite);
      }),
      { numRuns: 5000 },
    );
  });

  it('never covers the caret line and stays in the viewport (property)', () => {
    fc.assert(
      fc.property(caretArb, sizeArb, sizeArb, (caret, panel, view) => {
        const placement = placePanel(caret, panel, view);
        if (!placement) return true;
        const height = Math.min(panel.height, placement.maxHeight);
        const lineTop = Math.min(caret.top, caret.bottom);
        const lineBottom = Math.max(caret.top, caret.bottom);
        const clearOfLine = placement.top >= lineBottom || placement.top + height <= lineTop;
        const inside = placement.top >= 0 && placement.top + height <= view.height && placement.left >= 0;
        const fitsWide = panel.width + 16 > view.width || placement.left + panel.width <= view.width;
        return clearOfLine && inside && fitsWide && placement.maxHeight > 0;
      }),
      { numRuns: 5000 },
    );
  });

  it('is a pure function: placing again gives the same place, so nothing can ping-pong (property)', () => {
    fc.assert(
      fc.property(caretArb, sizeArb, sizeArb, (caret, panel, view) => {
        expect(placePanel(caret, panel, view)).toEqual(placePanel({ ...caret }, { ...panel }, { ...view }));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('panel on one line', () => {
  it('keeps its left edge while the caret moves along the same line, and follows it to another line (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 700 }), (start, advance, top) => {
        const first = { left: start, top, bottom: top + 20 };
        const placedFirst = placePanel(first, size, viewport);
        if (!placedFirst) return true;
        const moved = { ...first, left: start + advance };
        const placedMoved = placePanel(moved, size, viewport);
        if (!placedMoved) return true;
        const kept = keepOnLine({ caret: first, placement: placedFirst }, moved, placedMoved, size.width, viewport.width);
        const nextLine = keepOnLine({ caret: first, placement: placedFirst }, { ...moved, top: top + 24, bottom: top + 44 }, placedMoved, size.width, viewport.width);
        return kept.left === placedFirst.left && kept.top === placedMoved.top && nextLine.left === placedMoved.left;
      }),
    );
  });
});
