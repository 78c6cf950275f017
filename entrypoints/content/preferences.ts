import { isSiteDisabled, withSiteDisabled } from '@/lib/settings/hosts';
import { repairSettings, SETTINGS_KEY, type Settings } from '@/lib/settings/settings-schema';
import { pauseSite } from './messaging';

/**
 * The writer's settings as this tab sees them, kept current by storage change events, so a change on
 * the options page applies here at once. Read-only here: the background writes, with the versioned
 * storage item. Until storage answers, the site counts as switched off, so nothing is read before we know.
 */
export function watchPreferences(host: string): { current(): Settings | null; isPaused(): boolean; pause(): void } {
  let settings: Settings | null = null;
  browser.storage.local
    .get(SETTINGS_KEY)
    .then((stored) => (settings = repairSettings(stored[SETTINGS_KEY])))
    .catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) settings = repairSettings(change.newValue);
  });
  return {
    current: () => settings,
    isPaused: () => !settings || isSiteDisabled(settings.disabledSites, host),
    pause: () => {
      if (settings) settings = { ...settings, disabledSites: withSiteDisabled(settings.disabledSites, host) };
      pauseSite(host);
    },
  };
}
