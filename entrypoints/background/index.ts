import { isGongwenRequest, type GongwenRequest, type SuggestResponse } from '@/lib/messages';
import { suggest, warmUpMatcher } from './matcher';

async function handle(request: GongwenRequest): Promise<SuggestResponse | null> {
  switch (request.type) {
    case 'gongwen/warm-up':
      warmUpMatcher();
      return null;
    case 'gongwen/suggest':
      return { suggestions: suggest(request.context, request.limit) };
    case 'gongwen/open-options':
      await browser.runtime.openOptionsPage();
      return null;
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    // Other extensions' and other features' messages are not ours to answer.
    if (!isGongwenRequest(message)) return undefined;
    return handle(message).catch(() => null);
  });
});
