import { isSitePaused, loadPausedSites, pauseSite, PAUSED_SITES_KEY, readPausedSites, type SiteStorage } from '@/lib/sites';

const storage: SiteStorage = browser.storage.local;

/**
 * Whether the writer paused the assistant on this site, kept current across tabs. Until storage
 * answers the site counts as paused, so nothing is read before we know.
 */
export function watchSitePause(host: string): { isPaused(): boolean; pause(): void } {
  let paused = true;
  loadPausedSites(storage)
    .then((sites) => (paused = isSitePaused(sites, host)))
    .catch(() => (paused = false));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PAUSED_SITES_KEY in changes) {
      paused = isSitePaused(readPausedSites({ [PAUSED_SITES_KEY]: changes[PAUSED_SITES_KEY]?.newValue }), host);
    }
  });
  return {
    isPaused: () => paused,
    pause: () => {
      paused = true;
      pauseSite(storage, host).catch(() => undefined);
    },
  };
}
