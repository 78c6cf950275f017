import type { SuggestAnswer } from '@/lib/assistant';
import type { Suggestion } from '@/lib/match/types';
import {
  isFavouriteResponse,
  isLibraryResponse,
  isSuggestResponse,
  isUiCssResponse,
  type FavouriteInput,
  type GongwenRequest,
  type LibraryItem,
  type LibraryScope,
} from '@/lib/messages';

function send(request: GongwenRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/** Suggestions from the background; none when it cannot answer (e.g. the extension was updated). */
export async function requestSuggestions(context: string, limit: number, variantsOf?: string): Promise<SuggestAnswer> {
  try {
    const response = await send({ type: 'gongwen/suggest', context, limit, ...(variantsOf ? { variantsOf } : {}) });
    if (!isSuggestResponse(response)) return { suggestions: [] };
    return response.loading ? { suggestions: response.suggestions, loading: true } : { suggestions: response.suggestions };
  } catch {
    return { suggestions: [] };
  }
}

export function warmUp(): void {
  send({ type: 'gongwen/warm-up' }).catch(() => undefined);
}

export function openOptions(): void {
  send({ type: 'gongwen/open-options' }).catch(() => undefined);
}

/** 此站暂停 and the site command: the background writes the settings' switched-off sites, for the site it sees us on. */
export function setSite(enabled: boolean): void {
  send({ type: 'gongwen/set-site', enabled }).catch(() => undefined);
}

/** The CSS of our shadow-root UI; the background holds it so that no extension file is web-accessible. */
export async function requestUiCss(): Promise<string> {
  const response = await send({ type: 'gongwen/ui-css' });
  return isUiCssResponse(response) ? response.css : '';
}

/** The palette's list: the background searches (Fuse.js and the entries live there, not in every tab). */
export async function queryLibrary(query: string, scope: LibraryScope, limit = 50): Promise<LibraryItem[]> {
  const response = await send({ type: 'gongwen/library', query, scope, limit });
  return isLibraryResponse(response) ? response.items : [];
}

/** Pins or unpins; resolves to whether `item` is a favourite afterwards. */
export async function toggleFavourite(item: FavouriteInput): Promise<boolean> {
  const response = await send({ type: 'gongwen/favourite', item });
  if (!isFavouriteResponse(response)) throw new Error('no answer');
  return response.favourite;
}

/** For the side panel: this frame's editor and its suggestions. Nobody listening is fine. */
export function reportEditorState(focused: boolean, suggestions: readonly Suggestion[]): void {
  send({ type: 'gongwen/editor-state', focused, suggestions: [...suggestions] }).catch(() => undefined);
}
