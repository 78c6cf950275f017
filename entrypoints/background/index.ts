import type { EditorTabResponse, FavouriteResponse, GongwenRequest, LibraryResponse, SuggestResponse } from '@/lib/messages';
import { isGongwenRequest } from '@/lib/messages';
import { loadSettings, settingsItem, withSiteDisabled } from '@/lib/settings';
import { runCommand } from './commands';
import { queryLibrary, toggleFavourite, watchFavourites } from './library';
import { suggest, warmUpMatcher, watchLibrary } from './matcher';

type Response = SuggestResponse | LibraryResponse | FavouriteResponse | EditorTabResponse | null;

/** The tab whose editor reported focus last: the target of the popup or side panel when they are opened as tabs. */
let editorTab: number | null = null;

async function setSite(host: string, enabled: boolean): Promise<void> {
  const settings = await loadSettings();
  const normalized = host.toLowerCase();
  const disabledSites = enabled ? settings.disabledSites.filter((site) => site !== normalized) : withSiteDisabled(settings.disabledSites, host);
  await settingsItem.setValue({ ...settings, disabledSites });
}

async function handle(request: GongwenRequest, tabId: number | undefined): Promise<Response> {
  switch (request.type) {
    case 'gongwen/warm-up':
      warmUpMatcher();
      return null;
    case 'gongwen/suggest':
      return { suggestions: await suggest(request.context, request.limit) };
    case 'gongwen/open-options':
      await browser.runtime.openOptionsPage();
      return null;
    case 'gongwen/pause-site':
      await setSite(request.host, false);
      return null;
    case 'gongwen/set-site':
      await setSite(request.host, request.enabled);
      return null;
    case 'gongwen/library':
      return { items: await queryLibrary(request.query, request.scope, request.limit) };
    case 'gongwen/favourite':
      return { favourite: await toggleFavourite(request.item) };
    case 'gongwen/editor-state':
      if (tabId !== undefined && request.focused) editorTab = tabId;
      return null;
    case 'gongwen/editor-tab':
      return { tabId: editorTab };
  }
}

export default defineBackground(() => {
  watchLibrary();
  watchFavourites();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Other extensions' and other features' messages are not ours to answer.
    if (!isGongwenRequest(message)) return undefined;
    return handle(message, sender.tab?.id).catch(() => null);
  });
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab).catch(() => undefined));
  // For the e2e tests only: headless Chromium cannot press manifest shortcuts, so the tests call the
  // very function the listener above calls, from the service worker (see tests/e2e/keyboard.test.ts).
  (globalThis as { gongwenRunCommand?: typeof runCommand }).gongwenRunCommand = runCommand;
});
