import { prepared } from 'virtual:seed-corpus';
import { createMatcher, type Matcher, type Suggestion } from '@/lib/match';

/**
 * The one matcher of the browser. The corpus is bundled (MV3 service workers cannot import()
 * lazily) but the index is built on the first request, so an idle browser pays nothing.
 */
let matcher: Matcher | null = null;

function instance(): Matcher {
  return (matcher ??= createMatcher(prepared));
}

export function warmUpMatcher(): void {
  instance();
}

export function suggest(context: string, limit: number): Suggestion[] {
  return instance().suggest(context, { limit });
}
