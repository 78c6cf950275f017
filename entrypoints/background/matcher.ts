import { prepared as seeds } from 'virtual:seed-corpus';
import { onLibraryChange, readPreparedSources, readSnapshot, readSources, writePreparedSources, writeSnapshot, type LibraryDB } from '@/lib/library-store';
import {
  assembleMatcher,
  isPreparedSource,
  isStoredMatcher,
  matcherSnapshot,
  packSnapshot,
  prepareCorpus,
  unpackSnapshot,
  type Matcher,
  type MatcherSnapshot,
  type PreparedCorpus,
  type PreparedSource,
  type Suggestion,
} from '@/lib/match';
import { loadSettings, watchSettings, type Settings } from '@/lib/settings';
import { openLibrary } from '@/lib/settings/library';

/**
 * The one matcher of the browser: the bundled seeds plus the writer's imported sources (IndexedDB).
 * Preparing and indexing 500 speeches takes seconds, so the result is stored as a snapshot beside the
 * sources, valid for one library revision: a woken service worker assembles the matcher from it
 * without preparing again. After an edit the previous matcher keeps answering until the new one is
 * ready, and only the sources whose text changed are prepared again (each source's preparation is
 * cached beside the snapshot, keyed by its text's hash). Settings are read per request from a cache that storage change events keep current.
 */
interface Loaded {
  matcher: Matcher;
  snapshot: MatcherSnapshot;
  /** For a matcher of an earlier revision: the sources that still exist (a deleted one is never suggested). */
  present?: ReadonlySet<string>;
}

let loading: Promise<Loaded> | null = null;
/** The last matcher that finished loading: answers while a newer one is being built. */
let ready: Loaded | null = null;
let settings: Promise<Settings> | null = null;
const corpusListeners: (() => void)[] = [];

async function load(): Promise<Loaded> {
  const db = await openLibrary();
  // With nothing in memory (a start or a wake), even a snapshot of an earlier revision is worth reading.
  const starting = ready === null;
  const stored = await readSnapshot(db, { evenStale: starting });
  const previous = stored && isStoredMatcher(stored.data) ? unpackSnapshot(stored.data) : null;
  if (stored?.current && previous) return { matcher: assembleMatcher(previous), snapshot: previous };
  const { values, revision } = await readSources(db);
  const sources = [...seeds.sources, ...values.map((entry) => entry.source)];
  const ids = new Set(sources.map((source) => source.id));
  // The browser quit while the last edit was being prepared: answer from the snapshot before it, limited
  // to the sources that still exist, rather than say 素材库加载中… for the seconds preparing takes.
  if (previous && starting && ready === null) {
    ready = { matcher: assembleMatcher(previous), snapshot: previous, present: ids };
    // Preparing holds the worker's one thread for seconds, and no request is answered meanwhile: wait
    // for a pause in the writer's typing first (a start counts as activity: the first keystroke is near).
    askedAt = Date.now();
    await writerPause();
  }
  if (values.length === 0) {
    const snapshot = matcherSnapshot(seeds);
    return { matcher: assembleMatcher(snapshot), snapshot };
  }
  const cached = await readPreparedSources(db).catch(() => new Map<string, unknown>());
  const fresh = new Map<string, PreparedSource>();
  const cache = {
    get: (id: string) => {
      const entry = cached.get(id);
      return isPreparedSource(entry) ? entry : undefined;
    },
    set: (id: string, entry: PreparedSource) => void fresh.set(id, entry),
  };
  // Imported text gets pinyin from the bundled table (all 6,763 GB2312 characters); rarer characters still match exactly.
  const snapshot = matcherSnapshot(prepareCorpus(sources, seeds.pinyin, cache));
  await persist(db, revision, snapshot, fresh, ids);
  return { matcher: assembleMatcher(snapshot), snapshot };
}

/** Stores the snapshot and the sources' fresh preparations for later; if that fails, the matcher still answers now and the next wake prepares again. */
async function persist(db: LibraryDB, revision: number, snapshot: MatcherSnapshot, fresh: ReadonlyMap<string, PreparedSource>, keep: ReadonlySet<string>): Promise<void> {
  try {
    await writePreparedSources(db, fresh, keep);
    await writeSnapshot(db, revision, packSnapshot(snapshot));
  } catch (error) {
    console.warn('gongwen: the prepared library could not be stored', error);
  }
}

function current(): Promise<Loaded> {
  if (!loading) {
    const started = load();
    loading = started;
    started.then(
      (loaded) => {
        if (loading === started) ready = loaded;
      },
      () => {
        if (loading === started) loading = null;
      },
    );
  }
  return loading;
}

/** The matcher's parts, for the library's passage search over the same units. */
export async function currentSnapshot(): Promise<MatcherSnapshot> {
  return (await current()).snapshot;
}

/** Seeds plus imported sources, outlines included; for the library search. */
export async function currentCorpus(): Promise<PreparedCorpus> {
  const { snapshot } = await current();
  const { values } = await readSources(await openLibrary());
  return { ...snapshot.corpus, sources: [...seeds.sources, ...values.map((entry) => entry.source)] };
}

export function currentSettings(): Promise<Settings> {
  settings ??= loadSettings();
  return settings;
}

/** Calls `listener` whenever the imported sources change (the library search rebuilds too). */
export function onCorpusChange(listener: () => void): void {
  corpusListeners.push(listener);
}

/** Registers the watchers; called once when the background starts. */
export function watchLibrary(): void {
  onLibraryChange(() => {
    loading = null;
    corpusListeners.forEach((listener) => listener());
    // Rebuild (and store the snapshot) now, while the worker is awake, not on the writer's next keystroke.
    void current();
  });
  watchSettings((changed) => (settings = Promise.resolve(changed)));
}

export function warmUpMatcher(): void {
  void current();
}

/** The ids of the sources the writer has not switched off (and, if given, that still exist); undefined when all are. */
export function enabledSources(all: readonly { id: string }[], preferences: Settings, present?: ReadonlySet<string>): string[] | undefined {
  const disabled = new Set(preferences.disabledSources);
  if (disabled.size === 0 && !present) return undefined;
  return all.map((s) => s.id).filter((id) => !disabled.has(id) && (!present || present.has(id)));
}

/** When the last suggestion was asked for. */
let askedAt = 0;
/** A pause this long in the writer's requests lets a matcher of an earlier revision be replaced. */
const PAUSE_MS = 3000;

function writerPause(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const quiet = Date.now() - askedAt;
      if (quiet >= PAUSE_MS) resolve();
      else setTimeout(check, PAUSE_MS - quiet);
    };
    check();
  });
}

/** How long a request waits for the first matcher before answering that the library is loading. */
const LOADING_WAIT_MS = 250;

/**
 * Suggestions, or `loading` when the library is still being loaded (the panel says so; the next
 * keystroke asks again). With `variantsOf`, every version of that folded suggestion's passage.
 */
export async function suggest(context: string, limit: number, variantsOf?: string): Promise<{ suggestions: Suggestion[]; loading?: true }> {
  askedAt = Date.now();
  const loaded = ready ?? (await Promise.race([current(), new Promise<null>((resolve) => setTimeout(() => resolve(null), LOADING_WAIT_MS))]));
  if (!loaded) return { suggestions: [], loading: true };
  const preferences = await currentSettings();
  const sources = enabledSources(loaded.matcher.sources, preferences, loaded.present);
  const filters = { kinds: preferences.kinds, ...(sources ? { sources } : {}) };
  if (variantsOf !== undefined) return { suggestions: loaded.matcher.variants(context, variantsOf, filters).slice(0, limit) };
  return { suggestions: loaded.matcher.suggest(context, { limit: Math.min(limit, preferences.limit), ...filters }) };
}
