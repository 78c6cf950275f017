import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import { useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { Section } from '@/lib/corpus';
import { outlineRows, type OutlineRow } from '@/lib/import/outline-rows';

/** Height of one outline row in pixels; the stylesheet gives `.outline-row` the same. */
const ROW_HEIGHT = 24;
/** Rows in view before the outline scrolls. */
const VISIBLE_ROWS = 12;

/** The headings of a source's outline, indented by level. */
export function Outline({ sections }: { sections: readonly Section[] }) {
  const rows = useMemo(() => outlineRows(sections), [sections]);
  return <OutlineRows rows={rows} />;
}

/**
 * Outline rows, of which only those in view are drawn: a 5 MB text has tens of thousands of
 * headings, which would freeze the page if all were put in it at once.
 */
export function OutlineRows({ rows }: { rows: readonly OutlineRow[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLDivElement, HTMLDivElement>({
        count: rows.length,
        getScrollElement: () => scroller.current,
        estimateSize: () => ROW_HEIGHT,
        overscan: 8,
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        onChange: redraw,
      }),
  );
  virtualizer.setOptions({ ...virtualizer.options, count: rows.length });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  if (rows.length === 0) return null;
  return (
    <div class="outline" ref={scroller} role="list" style={{ height: `${Math.min(rows.length, VISIBLE_ROWS) * ROW_HEIGHT}px` }}>
      <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return row ? (
            <div key={row.id} role="listitem" class="outline-row" style={{ transform: `translateY(${item.start}px)`, paddingLeft: `${row.depth * 1.5}em` }}>
              <span class="outline-number">{row.number}</span>
              {row.heading}
            </div>
          ) : null;
        })}
      </div>
    </div>
  );
}
