import type { PanelView } from './assistant-types';

/** The page UI, built on first use so that a page that is never typed in builds none. */
export interface PanelViewSlot {
  /** The view, building it now if need be. */
  get(): PanelView;
  /** The view if it has been built: hiding or closing what was never built needs nothing. */
  built(): PanelView | null;
  /** Whether an event happened inside our UI; false while there is none. */
  contains(event: Event): boolean;
}

export function panelViewSlot(build: () => PanelView): PanelViewSlot {
  let view: PanelView | null = null;
  return {
    get: () => (view ??= build()),
    built: () => view,
    contains: (event) => view?.contains(event) ?? false,
  };
}
