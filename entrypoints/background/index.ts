import type { EditorTabResponse, FavouriteResponse, GongwenRequest, LibraryResponse, SuggestResponse, UiCssResponse } from '@/lib/messages';
import { isGongwenRequest } from '@/lib/messages';
import { authorize, callerOf, RequestBudget, ShownTexts, type Caller } from '@/lib/sender-policy';
import panelCss from '@/components/panel/panel.css?inline';
import paletteCss from '@/components/palette/palette.css?inline';
import { editSettings, withSiteDisabled } from '@/lib/settings';
import { runCommand } from './commands';
import { queryLibrary, toggleFavourite, watchFavourites } from './library';
import { suggest, warmUpMatcher, watchLibrary } from './matcher';

type Response = SuggestResponse | LibraryResponse | FavouriteResponse | EditorTabResponse | UiCssResponse | null;

/** The tab whose editor reported focus last: the target of the popup or side panel when they are opened as tabs. */
let editorTab: number | null = null;
/** What each tab has been sent, and how fast its frames may ask for more (lib/sender-policy.ts). */
const shown = new ShownTexts();
const budget = new RequestBudget();

async function setSite(host: string, enabled: boolean): Promise<void> {
  const normalized = host.toLowerCase();
  await editSettings((settings) => ({
    ...settings,
    disabledSites: enabled ? settings.disabledSites.filter((site) => site !== normalized) : withSiteDisabled(settings.disabledSites, host),
  }));
}

/** Remembers what a page was sent, so that it can pin exactly those passages. */
function remember(caller: Caller, texts: string[]): void {
  if (caller.kind === 'page') shown.add(caller.tabId, texts);
}

async function handle(request: GongwenRequest, caller: Caller): Promise<Response> {
  const tabId = caller.kind === 'page' ? caller.tabId : undefined;
  switch (request.type) {
    case 'gongwen/warm-up':
      warmUpMatcher();
      return null;
    case 'gongwen/suggest': {
      const { suggestions, loading } = await suggest(request.context, request.limit, request.variantsOf);
      // A suggestion is pinned as its whole passage (see the content script's toggleFavourite).
      remember(caller, suggestions.flatMap((s) => [s.text, s.passage]));
      return { suggestions, ...(loading ? { loading } : {}) };
    }
    case 'gongwen/open-options':
      await browser.runtime.openOptionsPage();
      return null;
    case 'gongwen/set-site':
      if (caller.kind === 'page') await setSite(caller.site, request.enabled);
      return null;
    case 'gongwen/ui-css':
      return { css: `${panelCss}\n${paletteCss}` };
    case 'gongwen/library': {
      const items = await queryLibrary(request.query, request.scope, request.limit);
      remember(caller, items.map((item) => item.text));
      return { items };
    }
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
  // Whatever woke the worker, the writer is most likely typing: start reading the stored index now,
  // while the waking message is still on its way.
  warmUpMatcher();
  watchLibrary();
  watchFavourites();
  // First run: a short welcome page with a demo editor, the keys, and how to bring one's own documents.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
  // Who we are, worked out once: every message's sender is checked against it.
  const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Other extensions' and other features' messages are not ours to answer.
    if (!isGongwenRequest(message)) return undefined;
    const caller = callerOf(sender, self);
    if (!caller) return undefined;
    const costly = message.type === 'gongwen/suggest' || message.type === 'gongwen/library';
    if (caller.kind === 'page' && costly && !budget.take(`${caller.tabId}:${caller.frameId}`, Date.now())) return Promise.resolve(null);
    const allowed = authorize(message, caller, (text) => caller.kind === 'page' && shown.has(caller.tabId, text));
    return allowed
      ? handle(allowed, caller).catch((error: unknown) => {
          console.warn('gongwen: request failed', message.type, error);
          return null;
        })
      : Promise.resolve(null);
  });
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab).catch(() => undefined));
  // For the e2e tests only: headless Chromium cannot press manifest shortcuts, so the tests call the
  // very function the listener above calls, from the service worker (see tests/e2e/keyboard.test.ts).
  (globalThis as { gongwenRunCommand?: typeof runCommand }).gongwenRunCommand = runCommand;
});
