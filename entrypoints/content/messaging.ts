import type { Suggestion } from '@/lib/match/types';
import { isSuggestResponse, type GongwenRequest } from '@/lib/messages';

function send(request: GongwenRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/** Suggestions from the background; none when it cannot answer (e.g. the extension was updated). */
export async function requestSuggestions(context: string, limit: number): Promise<Suggestion[]> {
  try {
    const response = await send({ type: 'gongwen/suggest', context, limit });
    return isSuggestResponse(response) ? response.suggestions : [];
  } catch {
    return [];
  }
}

export function warmUp(): void {
  send({ type: 'gongwen/warm-up' }).catch(() => undefined);
}

export function openOptions(): void {
  send({ type: 'gongwen/open-options' }).catch(() => undefined);
}

/** 此站暂停: the background adds the host to the settings' switched-off sites. */
export function pauseSite(host: string): void {
  send({ type: 'gongwen/pause-site', host }).catch(() => undefined);
}
