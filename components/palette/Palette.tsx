import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { FavouriteInput, LibraryItem, LibraryScope } from '@/lib/messages';
import { choiceAt, INITIAL_STATE, paletteKey, reducePalette, scopeOf, shortPart, TABS, type PaletteTab } from '@/lib/palette/state';
import { kindLabel, partActions } from '../kind-labels';
import { Highlighted } from '../panel/Highlighted';
import { FavouriteStar } from '../panel/FavouriteStar';
import { t } from '../i18n';

/** Where the palette gets its rows: the background, by message, from the page and the extension pages alike. */
export interface LibraryApi {
  query(query: string, scope: LibraryScope): Promise<LibraryItem[]>;
  toggleFavourite(item: FavouriteInput): Promise<boolean>;
}

interface Props {
  api: LibraryApi;
  /** Enter or a click on a row: insert (or copy) `text`. */
  onChoose(text: string, item: LibraryItem): void;
  /** Esc. Without it (popup, side panel) Esc clears the search box. */
  onClose?(): void;
  /** `dialog`: the overlay in the page; `embedded`: part of the popup or side panel. */
  variant: 'dialog' | 'embedded';
  /** What choosing does, for the hint line: 插入 or 复制. */
  action: string;
}

/** Pauses typing this long before asking the background, so a burst of keys costs one search. */
const TYPING_PAUSE_MS = 60;
let instances = 0;

export function Palette({ api, onChoose, onClose, variant, action }: Props) {
  const [state, dispatch] = useReducer(reducePalette, INITIAL_STATE);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const id = useRef(`gw-palette-${++instances}`).current;

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    const request = state.request;
    const timer = setTimeout(() => {
      api
        .query(state.query, scopeOf(state))
        .then((items) => dispatch({ type: 'results', request, items }))
        .catch(() => dispatch({ type: 'results', request, items: [] }));
    }, state.query ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
    // One search per request number: the reducer bumps it whenever the list must change.
  }, [state.request]);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [state.active, state.items]);

  const choose = (index: number, short = false) => {
    const choice = choiceAt(state, index);
    if (choice?.type === 'open') dispatch({ type: 'open-source', id: choice.id, title: choice.title });
    else if (choice) onChoose(short ? shortPart(choice.item) : choice.text, choice.item);
  };

  const [marks, mark] = useReducer((current: ReadonlyMap<string, boolean>, [itemId, on]: [string, boolean]) => new Map(current).set(itemId, on), new Map<string, boolean>());
  const isFavourite = (item: LibraryItem) => marks.get(item.id) ?? item.favourite;
  const toggle = (item: LibraryItem | undefined) => {
    if (!item || item.kind === 'source') return;
    const input: FavouriteInput = { text: item.text, ...(item.source ? { source: item.source, sourceTitle: item.sourceTitle } : {}) };
    api.toggleFavourite(input).then((on) => mark([item.id, on]), () => undefined);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const key = paletteKey(event, state);
    if (!key) return;
    if (key.type === 'close') {
      if (onClose) onClose();
      else if (state.query) dispatch({ type: 'query', query: '' });
      else return;
    } else if (key.type === 'choose') choose(state.active, key.short);
    else if (key.type === 'favourite') toggle(state.items[state.active]);
    else dispatch(key);
    event.preventDefault();
  };

  const activeId = state.active >= 0 ? `${id}-${state.active}` : undefined;
  const empty = state.items.length === 0;
  const body = (
    <div
      class={`palette ${variant}`}
      role={variant === 'dialog' ? 'dialog' : 'region'}
      aria-modal={variant === 'dialog' ? true : undefined}
      aria-label={t('paletteTitle')}
      // Keys typed here are the palette's: the page's own shortcuts must not see them.
      onKeyDown={(e) => e.stopPropagation()}
      onKeyUp={(e) => e.stopPropagation()}
      onKeyPress={(e) => e.stopPropagation()}
    >
      <div class="palette-search">
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-activedescendant={activeId}
          aria-autocomplete="list"
          aria-label={t('paletteSearchLabel')}
          placeholder={t('paletteSearchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          value={state.query}
          onInput={(e) => dispatch({ type: 'query', query: e.currentTarget.value })}
          onKeyDown={onKeyDown}
        />
      </div>
      <div class="palette-tabs" role="tablist" aria-label={t('paletteTabsLabel')}>
        {TABS.map((tab: PaletteTab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            tabIndex={-1}
            aria-selected={state.tab === tab}
            class={state.tab === tab ? 'tab active' : 'tab'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => dispatch({ type: 'tab', tab })}
          >
            {t(`tab_${tab}`)}
          </button>
        ))}
      </div>
      {state.source && (
        <div class="palette-crumb">
          <button type="button" tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={() => dispatch({ type: 'back' })}>
            {t('paletteBack')}
          </button>
          <span>{state.source.title}</span>
        </div>
      )}
      <ul ref={list} id={`${id}-list`} class="palette-list" role="listbox" aria-label={t('paletteListLabel')}>
        {state.items.map((item, index) => {
          const favourite = isFavourite(item);
          const trail = [item.sourceTitle, ...item.trail].filter(Boolean).join(' › ');
          const actions = partActions(item, action);
          return (
            <li
              key={item.id}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === state.active}
              class={index === state.active ? 'row active' : 'row'}
              style={item.depth ? { paddingLeft: `${8 + item.depth * 16}px` } : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => index !== state.active && dispatch({ type: 'select', index })}
              onClick={() => choose(index)}
            >
              <span class={`badge ${item.kind}`}>{kindLabel(item.kind)}</span>
              <div class="row-body">
                <div class="label">
                  <Highlighted text={item.label} ranges={item.highlights} />
                  {item.abbreviation && <code class="abbr">{item.abbreviation}</code>}
                </div>
                {item.preview && <div class="preview">{item.preview}</div>}
                {item.kind !== 'source' && trail && !state.source && <div class="trail">{trail}</div>}
                {actions && (
                  <div class="actions">
                    {actions.map((label, i) => (
                      <button
                        key={label}
                        type="button"
                        tabIndex={-1}
                        onClick={(e) => {
                          e.stopPropagation();
                          // The smaller part first: 插入标题, then 插入标题及正文.
                          choose(index, i === 0);
                        }}
                      >
                        {label}
                      </button>
                    ))}
                  </div>
                )}
              </div>
              {item.kind !== 'source' && (
                <FavouriteStar on={favourite} onToggle={() => toggle(item)} hint={t('favouriteAddHintPalette')} />
              )}
            </li>
          );
        })}
      </ul>
      {empty && <p class="palette-empty">{state.query ? t('paletteNoMatch') : state.tab === 'favourites' ? t('paletteNoFavourites') : '…'}</p>}
      <footer class="palette-hint">
        {t('paletteKeys', state.tab === 'sources' && !state.source ? t('paletteOpen') : action)}
        {onClose ? t('paletteKeysEsc') : ''}
      </footer>
    </div>
  );
  if (variant === 'embedded') return body;
  return (
    <div class="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose?.()}>
      {body}
    </div>
  );
}
