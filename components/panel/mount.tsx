import { render } from 'preact';
import type { PanelHandlers, PanelState } from '@/lib/editor';
import { Panel } from './Panel';
import './panel.css';

interface RootProps {
  state: PanelState | null;
  handlers: PanelHandlers | null;
}

/** The live region stays mounted while the panel comes and goes, so count changes are announced. */
function PanelRoot({ state, handlers }: RootProps) {
  return (
    <>
      <div class="status" role="status" aria-live="polite">
        {state ? `${state.suggestions.length} 条建议` : ''}
      </div>
      {state && handlers && <Panel state={state} handlers={handlers} />}
    </>
  );
}

export function renderPanel(container: HTMLElement, state: PanelState | null, handlers: PanelHandlers | null): void {
  render(<PanelRoot state={state} handlers={handlers} />, container);
}
