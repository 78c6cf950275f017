import { prepared as seeds } from 'virtual:seed-corpus';
import { createMatcher, prepareCorpus, type Matcher, type Suggestion } from '@/lib/match';
import { importedSourcesItem, loadImportedSources, loadSettings, watchSettings, type Settings } from '@/lib/settings';

/**
 * The one matcher of the browser: the bundled seeds plus the writer's imported sources. The corpus is
 * bundled (MV3 service workers cannot import() lazily) but the index is built on the first request,
 * so an idle browser pays nothing. Settings are read per request from a cache that storage change
 * events keep current, so a source switched off on the options page is gone from the next suggestion.
 */
let matcher: Promise<Matcher> | null = null;
let settings: Promise<Settings> | null = null;

async function buildMatcher(): Promise<Matcher> {
  const { values } = await loadImportedSources().catch(() => ({ values: [] }));
  if (values.length === 0) return createMatcher(seeds);
  // Imported text gets pinyin from the bundled table (all 6,763 GB2312 characters); rarer characters still match exactly.
  return createMatcher(prepareCorpus([...seeds.sources, ...values.map((entry) => entry.source)], seeds.pinyin));
}

function currentMatcher(): Promise<Matcher> {
  matcher ??= buildMatcher().catch(() => createMatcher(seeds));
  return matcher;
}

function currentSettings(): Promise<Settings> {
  settings ??= loadSettings();
  return settings;
}

/** Registers the storage watchers; called once when the background starts. */
export function watchLibrary(): void {
  importedSourcesItem.watch(() => (matcher = null));
  watchSettings((changed) => (settings = Promise.resolve(changed)));
}

export function warmUpMatcher(): void {
  void currentMatcher();
}

export async function suggest(context: string, limit: number): Promise<Suggestion[]> {
  const [index, preferences] = await Promise.all([currentMatcher(), currentSettings()]);
  const disabled = new Set(preferences.disabledSources);
  return index.suggest(context, {
    limit: Math.min(limit, preferences.limit),
    kinds: preferences.kinds,
    ...(disabled.size > 0 ? { sources: index.sources.map((s) => s.id).filter((id) => !disabled.has(id)) } : {}),
  });
}
