import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { FavouriteInput, LibraryItem, LibraryScope } from '@/lib/messages';
import { choiceAt, headingOnly, INITIAL_STATE, paletteKey, reducePalette, scopeOf, TABS, type PaletteTab } from '@/lib/palette/state';
import { Highlighted } from '../panel/Highlighted';
import { FavouriteStar } from '../panel/FavouriteStar';
import { ENTRY_LABELS, TAB_LABELS } from './labels';

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

  const choose = (index: number, onlyHeading = false) => {
    const choice = choiceAt(state, index);
    if (choice?.type === 'open') dispatch({ type: 'open-source', id: choice.id, title: choice.title });
    else if (choice) onChoose(onlyHeading ? headingOnly(choice.item) : choice.text, choice.item);
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
    } else if (key.type === 'choose') choose(state.active, key.headingOnly);
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
      aria-label="快速插入"
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
          aria-label="搜索素材库"
          placeholder="搜索标题、提法、收藏：中文或拼音（如 zzjs）"
          autocomplete="off"
          spellcheck={false}
          value={state.query}
          onInput={(e) => dispatch({ type: 'query', query: e.currentTarget.value })}
          onKeyDown={onKeyDown}
        />
      </div>
      <div class="palette-tabs" role="tablist" aria-label="浏览">
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
            {TAB_LABELS[tab]}
          </button>
        ))}
      </div>
      {state.source && (
        <div class="palette-crumb">
          <button type="button" tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={() => dispatch({ type: 'back' })}>
            ‹ 来源
          </button>
          <span>{state.source.title}</span>
        </div>
      )}
      <ul ref={list} id={`${id}-list`} class="palette-list" role="listbox" aria-label="素材">
        {state.items.map((item, index) => {
          const favourite = isFavourite(item);
          const trail = [item.sourceTitle, ...item.trail].filter(Boolean).join(' › ');
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
              <span class={`badge ${item.kind}`}>{ENTRY_LABELS[item.kind]}</span>
              <div class="row-body">
                <div class="label">
                  <Highlighted text={item.label} ranges={item.highlights} />
                  {item.abbreviation && <code class="abbr">{item.abbreviation}</code>}
                </div>
                {item.text && item.text !== item.label && <div class="preview">{item.text.slice(item.label.length, item.label.length + 120).replace(/^[\s。．.，,：:；;]+/, '')}</div>}
                {item.kind !== 'source' && trail && !state.source && <div class="trail">{trail}</div>}
              </div>
              {item.kind !== 'source' && (
                <FavouriteStar on={favourite} onToggle={() => toggle(item)} hint="收藏（Ctrl+D）" />
              )}
            </li>
          );
        })}
      </ul>
      {empty && <p class="palette-empty">{state.query ? '没有找到相符的素材' : state.tab === 'favourites' ? '还没有收藏：在任一条目上按 Ctrl+D 或点 ☆' : '…'}</p>}
      <footer class="palette-hint">
        ↑↓ 选择 · Enter {state.tab === 'sources' && !state.source ? '打开' : action} · Shift+Enter 仅标题 · Tab 切换分类 · Ctrl+D 收藏{onClose ? ' · Esc 关闭' : ''}
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
