import type { Suggestion } from './match/types';

/**
 * Messages between the content script and the background, which owns the one matcher of the
 * browser. Types plus a guard only, so both sides share them without pulling in code.
 */
export type GongwenRequest =
  /** Sent on the first focus of an editable: build the index before the writer pauses. */
  | { type: 'gongwen/warm-up' }
  /** `context` is the bounded text before the caret (never the whole page). */
  | { type: 'gongwen/suggest'; context: string; limit: number }
  | { type: 'gongwen/open-options' }
  /** 此站暂停 from the panel: switch the assistant off on `host`. */
  | { type: 'gongwen/pause-site'; host: string };

export interface SuggestResponse {
  suggestions: Suggestion[];
}

const REQUEST_TYPES: ReadonlySet<string> = new Set(['gongwen/warm-up', 'gongwen/suggest', 'gongwen/open-options', 'gongwen/pause-site']);

/** At most this many characters before the caret travel to the background. */
export const MAX_CONTEXT_CHARS = 200;

export function isGongwenRequest(message: unknown): message is GongwenRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type } = message as { type?: unknown };
  if (typeof type !== 'string' || !REQUEST_TYPES.has(type)) return false;
  if (type === 'gongwen/pause-site') return typeof (message as { host?: unknown }).host === 'string';
  if (type !== 'gongwen/suggest') return true;
  const { context, limit } = message as { context?: unknown; limit?: unknown };
  return typeof context === 'string' && context.length <= MAX_CONTEXT_CHARS && typeof limit === 'number';
}

export function isSuggestResponse(value: unknown): value is SuggestResponse {
  return typeof value === 'object' && value !== null && Array.isArray((value as { suggestions?: unknown }).suggestions);
}
