import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PanelHandlers, PanelState } from '@/lib/assistant';
import { t } from '../i18n';
import { keepOnLine, placePanel, type PlacedAt } from './position';
import { SuggestionOption } from './SuggestionOption';

interface Props {
  state: PanelState;
  handlers: PanelHandlers;
}

/** Clicks must not take focus or the selection from the editor. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

export function Panel({ state, handlers }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const placedAt = useRef<PlacedAt | null>(null);
  const { suggestions, activeIndex, collapsed, caret, favourites } = state;

  // Measure once and place once, after every render, writing the style directly: no state, so no
  // re-render, so placement cannot loop whatever the measures are.
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    element.style.maxHeight = '';
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    // The viewport of the document the panel is drawn in (the top one for an editor in an iframe).
    const view = element.ownerDocument.defaultView ?? window;
    const placed = placePanel(caret, size, { width: view.innerWidth, height: view.innerHeight });
    element.style.visibility = placed ? 'visible' : 'hidden';
    if (!placed) return;
    const placement = keepOnLine(placedAt.current, caret, placed, size.width, view.innerWidth);
    placedAt.current = { caret, placement };
    element.style.left = `${placement.left}px`;
    element.style.top = `${placement.top}px`;
    // Never taller than measured under the stylesheet's cap (40% of the viewport); shorter when the line leaves less room.
    element.style.maxHeight = `${Math.min(placement.maxHeight, size.height || placement.maxHeight)}px`;
  });

  const count = t('panelCount', suggestions.length);

  return (
    <div ref={root} class={collapsed ? 'panel collapsed' : 'panel'} style={{ visibility: 'hidden' }} onMouseDown={keepEditorFocus}>
      <header class="header">
        <span class="brand">{t('panelBrand')}</span>
        <span class="count" aria-hidden="true">
          {count}
        </span>
        <span class="actions">
          {!collapsed && (
            <>
              <button type="button" tabIndex={-1} onClick={handlers.openPalette} title={t('panelPaletteTitle')}>
                {t('panelPalette')}
              </button>
              <button type="button" tabIndex={-1} onClick={handlers.openOptions} title={t('panelOptionsTitle')}>
                {t('panelOptions')}
              </button>
              <button type="button" tabIndex={-1} onClick={handlers.pauseSite} title={t('panelPauseTitle')}>
                {t('panelPause')}
              </button>
            </>
          )}
          <button type="button" tabIndex={-1} class="collapse" onClick={handlers.toggleCollapsed} aria-expanded={!collapsed}>
            {t(collapsed ? 'panelExpand' : 'panelCollapse')}
          </button>
        </span>
      </header>
      {!collapsed && (
        <>
          <ul class="list" role="listbox" aria-label={t('panelListLabel')} aria-activedescendant={`gongwen-option-${activeIndex}`}>
            {state.loading && suggestions.length === 0 && (
              <li class="loading" aria-live="polite">
                {t('panelLoading')}
              </li>
            )}
            {suggestions.map((suggestion, index) => (
              <SuggestionOption
                key={suggestion.id}
                context={state.context}
                suggestion={suggestion}
                index={index}
                active={index === activeIndex}
                favourite={favourites[index] ?? false}
                onPick={handlers.pick}
                onHover={handlers.setActive}
                onFavourite={handlers.favourite}
                onVariants={handlers.variants}
              />
            ))}
          </ul>
          <footer class="hint">{t('panelKeys')}</footer>
        </>
      )}
    </div>
  );
}
