import { isGongwenRequest, type GongwenRequest, type SuggestResponse } from '@/lib/messages';
import { loadSettings, settingsItem, withSiteDisabled } from '@/lib/settings';
import { suggest, warmUpMatcher, watchLibrary } from './matcher';

async function pauseSite(host: string): Promise<void> {
  const settings = await loadSettings();
  await settingsItem.setValue({ ...settings, disabledSites: withSiteDisabled(settings.disabledSites, host) });
}

async function handle(request: GongwenRequest): Promise<SuggestResponse | null> {
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
      await pauseSite(request.host);
      return null;
  }
}

export default defineBackground(() => {
  watchLibrary();
  browser.runtime.onMessage.addListener((message: unknown) => {
    // Other extensions' and other features' messages are not ours to answer.
    if (!isGongwenRequest(message)) return undefined;
    return handle(message).catch(() => null);
  });
});
