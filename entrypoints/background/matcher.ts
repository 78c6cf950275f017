import { prepared as seeds } from 'virtual:seed-corpus';
import { createMatcher, prepareCorpus, type Matcher, type PreparedCorpus, type Suggestion } from '@/lib/match';
import { importedSourcesItem, loadImportedSources, loadSettings, watchSettings, type Settings } from '@/lib/settings';

/**
 * The one matcher of the browser: the bundled seeds plus the writer's imported sources. The corpus is
 * bundled (MV3 service workers cannot import() lazily) but the index is built on the first request,
 * so an idle browser pays nothing. Settings are read per request from a cache that storage change
 * events keep current, so a source switched off on the options page is gone from the next suggestion.
 */
let corpus: Promise<PreparedCorpus> | null = null;
let matcher: Promise<Matcher> | null = null;
let settings: Promise<Settings> | null = null;
const corpusListeners: (() => void)[] = [];

async function buildCorpus(): Promise<PreparedCorpus> {
  const { values } = await loadImportedSources().catch(() => ({ values: [] }));
  if (values.length === 0) return seeds;
  // Imported text gets pinyin from the bundled table (all 6,763 GB2312 characters); rarer characters still match exactly.
  return prepareCorpus([...seeds.sources, ...values.map((entry) => entry.source)], seeds.pinyin);
}

/** Seeds plus imported sources, prepared once; shared by the matcher and the library search. */
export function currentCorpus(): Promise<PreparedCorpus> {
  corpus ??= buildCorpus().catch(() => seeds);
  return corpus;
}

function currentMatcher(): Promise<Matcher> {
  matcher ??= currentCorpus().then(createMatcher, () => createMatcher(seeds));
  return matcher;
}

export function currentSettings(): Promise<Settings> {
  settings ??= loadSettings();
  return settings;
}

/** Calls `listener` whenever the imported sources change (the library search rebuilds too). */
export function onCorpusChange(listener: () => void): void {
  corpusListeners.push(listener);
}

/** Registers the storage watchers; called once when the background starts. */
export function watchLibrary(): void {
  importedSourcesItem.watch(() => {
    corpus = null;
    matcher = null;
    corpusListeners.forEach((listener) => listener());
  });
  watchSettings((changed) => (settings = Promise.resolve(changed)));
}

export function warmUpMatcher(): void {
  void currentMatcher();
}

/** The ids of the sources the writer has not switched off; undefined when all are on. */
export function enabledSources(all: readonly { id: string }[], preferences: Settings): string[] | undefined {
  const disabled = new Set(preferences.disabledSources);
  return disabled.size > 0 ? all.map((s) => s.id).filter((id) => !disabled.has(id)) : undefined;
}

export async function suggest(context: string, limit: number): Promise<Suggestion[]> {
  const [index, preferences] = await Promise.all([currentMatcher(), currentSettings()]);
  const sources = enabledSources(index.sources, preferences);
  return index.suggest(context, {
    limit: Math.min(limit, preferences.limit),
    kinds: preferences.kinds,
    ...(sources ? { sources } : {}),
  });
}
