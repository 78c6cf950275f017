import {
  isEditorState,
  isFavouriteResponse,
  isInsertResponse,
  isLibraryResponse,
  isSiteResponse,
  type EditorState,
  type EditorTabResponse,
  type GongwenRequest,
  type InsertResponse,
  type SiteResponse,
  type TabRequest,
} from '@/lib/messages';
import type { LibraryApi } from '../palette/Palette';

/**
 * The popup and the side panel talk to the background (library search, favourites) and to the
 * content scripts of one tab (insert, editor state, site switch). No `tabs` permission: a tab's id is
 * all `tabs.query` and `tabs.sendMessage` need, and neither reads the tab's address.
 */

function send(request: GongwenRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

function sendToTab(tabId: number, request: TabRequest): Promise<unknown> {
  // No content script there (the browser's own pages, the web store): nobody to answer.
  return browser.tabs.sendMessage(tabId, request).catch(() => undefined);
}

export const libraryApi: LibraryApi = {
  async query(query, scope) {
    const response = await send({ type: 'gongwen/library', query, scope, limit: 100 });
    return isLibraryResponse(response) ? response.items : [];
  },
  async toggleFavourite(item) {
    const response = await send({ type: 'gongwen/favourite', item });
    if (!isFavouriteResponse(response)) throw new Error('no answer');
    return response.favourite;
  },
};

/**
 * The tab this page works on: the active tab of its window. When this page is itself that tab (it
 * was opened as a tab rather than as the toolbar popup or in the side panel, as the e2e tests do,
 * because headless Chromium shows neither), it is the tab whose editor reported focus last.
 */
export async function targetTab(): Promise<{ tabId: number | null; asTab: boolean }> {
  const [[active], self] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), browser.tabs.getCurrent()]);
  const asTab = self !== undefined;
  if (active?.id !== undefined && active.id !== self?.id) return { tabId: active.id, asTab };
  const response = (await send({ type: 'gongwen/editor-tab' }).catch(() => null)) as EditorTabResponse | null;
  return { tabId: typeof response?.tabId === 'number' ? response.tabId : null, asTab };
}

/** The focused editor of the tab, or null when it has none (then the pages offer copying). */
export async function editorState(tabId: number): Promise<EditorState | null> {
  const response = await sendToTab(tabId, { type: 'gongwen/get-state' });
  return isEditorState(response) && response.focused ? response : null;
}

/**
 * Inserts at the caret the writer left in the tab's focused editor; null when no frame had one. With
 * `suggestion` (an id of the suggestions on show), it replaces the typed words as the panel would.
 */
export async function insertIntoTab(tabId: number, text: string, suggestion?: string): Promise<InsertResponse | null> {
  const response = await sendToTab(tabId, { type: 'gongwen/insert', text, ...(suggestion ? { suggestion } : {}) });
  return isInsertResponse(response) ? response : null;
}

/** The site of the tab and whether the assistant works there; with `enabled`, switches it first. */
export async function siteOfTab(tabId: number, enabled?: boolean): Promise<SiteResponse | null> {
  const response = await sendToTab(tabId, enabled === undefined ? { type: 'gongwen/site' } : { type: 'gongwen/site', enabled });
  return isSiteResponse(response) ? response : null;
}

/** The clipboard, from a click in an extension page: no permission needed. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

/** Chrome's side panel API (not in webextension-polyfill's types); Firefox has `sidebarAction`. */
interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

/** This page's window, looked up ahead: opening the side panel must happen right in the click handler. */
export async function currentWindowId(): Promise<number | null> {
  return (await browser.windows.getCurrent()).id ?? null;
}

/** Opens the side panel (Chrome) or sidebar (Firefox) of the window; call it synchronously from a click. */
export function openSidePanel(windowId: number | null): void {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromeApi && windowId !== null) void chromeApi.open({ windowId }).catch(() => undefined);
  else void (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open().catch(() => undefined);
}
