/**
 * "此站暂停": hosts where the writer switched the assistant off. Pure logic; the content script
 * passes in its storage. The settings page will take this over later, so it stays tiny.
 */
export const PAUSED_SITES_KEY = 'pausedSites';

/** The part of `browser.storage.local` this module needs. */
export interface SiteStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function readPausedSites(stored: Record<string, unknown>): string[] {
  const value = stored[PAUSED_SITES_KEY];
  return Array.isArray(value) ? value.filter((host): host is string => typeof host === 'string') : [];
}

export function isSitePaused(pausedSites: readonly string[], host: string): boolean {
  return host !== '' && pausedSites.includes(host.toLowerCase());
}

export async function loadPausedSites(storage: SiteStorage): Promise<string[]> {
  return readPausedSites(await storage.get(PAUSED_SITES_KEY));
}

export async function pauseSite(storage: SiteStorage, host: string): Promise<void> {
  const sites = await loadPausedSites(storage);
  const normalized = host.toLowerCase();
  if (normalized === '' || sites.includes(normalized)) return;
  await storage.set({ [PAUSED_SITES_KEY]: [...sites, normalized] });
}
