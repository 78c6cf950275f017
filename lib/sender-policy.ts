import { siteOf } from './settings/hosts';
import type { GongwenRequest } from './messages';

/**
 * Who may ask the background what. A content script runs inside pages we do not control, so what it
 * asks is bounded: the site it acts on is the one the browser says it runs on, never one it names;
 * it gets at most what a writer sees at once; it cannot reach what only extension pages may; and it
 * can pin as a favourite only a passage the background has shown that tab.
 */

/** The parts of `runtime.MessageSender` the policy reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Caller =
  /** One of our own pages: options, popup, side panel. */
  | { kind: 'extension' }
  /** A content script in a web page's frame. */
  | { kind: 'page'; tabId: number; frameId: number; site: string };

/** Suggestions per request and library rows per request that a page may have. */
export const PAGE_LIMITS = { suggestions: 10, libraryItems: 50, reportedSuggestions: 10 } as const;

/** Who sent a message; null for anyone else (another extension, a page without a tab). */
export function callerOf(sender: SenderInfo, self: { id: string; origin: string }): Caller | null {
  if (sender.id !== self.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(self.origin) && (sender.origin === undefined || sender.origin === self.origin)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  return { kind: 'page', tabId, frameId: sender.frameId ?? 0, site: siteOf({ origin: sender.origin ?? '', href: url }) };
}

const clamp = (value: number, max: number) => (Number.isFinite(value) ? Math.max(1, Math.min(Math.floor(value), max)) : 1);

/**
 * The request as the background will carry it out for `caller` (limits clamped), or null when the
 * caller may not make it. `shown(text)`: whether the background has sent `text` to this caller's tab.
 */
export function authorize(request: GongwenRequest, caller: Caller, shown: (text: string) => boolean): GongwenRequest | null {
  if (caller.kind === 'extension') return request;
  switch (request.type) {
    case 'gongwen/suggest':
      return { ...request, limit: clamp(request.limit, PAGE_LIMITS.suggestions) };
    case 'gongwen/library':
      return { ...request, limit: clamp(request.limit, PAGE_LIMITS.libraryItems) };
    case 'gongwen/favourite':
      return shown(request.item.text) ? request : null;
    case 'gongwen/editor-state':
      return { ...request, suggestions: request.suggestions.slice(0, PAGE_LIMITS.reportedSuggestions) };
    case 'gongwen/set-site':
      return caller.site ? request : null;
    case 'gongwen/editor-tab':
      return null;
    default:
      return request;
  }
}

/**
 * Requests per second a frame may make for library text (suggestions, search): far above a writer's
 * pace, far below what scraping the library would need.
 */
export class RequestBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst = 40,
    private readonly perSecond = 20,
  ) {}

  take(key: string, now: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    if (this.buckets.size > 500 && !this.buckets.has(key)) this.buckets.clear();
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}

/** The passages recently sent to each tab, so a favourite can be checked against them; bounded. */
export class ShownTexts {
  private readonly byTab = new Map<number, Set<string>>();

  constructor(private readonly perTab = 600) {}

  add(tabId: number, texts: Iterable<string>): void {
    let set = this.byTab.get(tabId);
    if (!set) {
      if (this.byTab.size > 200) this.byTab.clear();
      set = new Set();
      this.byTab.set(tabId, set);
    }
    for (const text of texts) {
      set.delete(text);
      set.add(text);
    }
    // A Set iterates in insertion order: drop the oldest.
    for (const text of set) {
      if (set.size <= this.perTab) break;
      set.delete(text);
    }
  }

  has(tabId: number, text: string): boolean {
    return this.byTab.get(tabId)?.has(text) ?? false;
  }
}
