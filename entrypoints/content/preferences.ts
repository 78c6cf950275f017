import { abbreviationsOf, readFavourites, type Abbreviation } from '@/lib/assistant/abbreviations';
import { isSiteDisabled, withSiteDisabled } from '@/lib/settings/hosts';
import { FAVOURITES_KEY, repairSettings, SETTINGS_KEY, type Settings } from '@/lib/settings/settings-schema';
import { setSite } from './messaging';

export interface Preferences {
  current(): Settings | null;
  isPaused(): boolean;
  pause(): void;
  /** Switches the site on or off; resolves to whether it is on afterwards. */
  toggleSite(): boolean;
  abbreviations(): readonly Abbreviation[];
  isFavourite(text: string): boolean;
  /** Records a change this tab made, before the storage event reports it. */
  setFavourite(text: string, favourite: boolean): void;
}

/**
 * The writer's settings and favourites as this tab sees them, kept current by storage change events,
 * so a change on the options page applies here at once. Read-only here: the background writes, with
 * the versioned storage items. Until storage answers, the site counts as switched off, so nothing is
 * read before we know. Favourites are validated entry by entry; a malformed one is skipped here and
 * reported on the options page.
 */
export function watchPreferences(host: string, onSettingsChange: () => void): Preferences {
  let settings: Settings | null = null;
  let favourites = new Set<string>();
  let abbreviations: Abbreviation[] = [];
  const setFavourites = (raw: unknown) => {
    const list = readFavourites(raw);
    favourites = new Set(list.map((f) => f.text));
    abbreviations = abbreviationsOf(list);
  };
  browser.storage.local
    .get([SETTINGS_KEY, FAVOURITES_KEY])
    .then((stored) => {
      settings = repairSettings(stored[SETTINGS_KEY]);
      setFavourites(stored[FAVOURITES_KEY]);
    })
    .catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const change = changes[SETTINGS_KEY];
    if (change) {
      settings = repairSettings(change.newValue);
      onSettingsChange();
    }
    const favouritesChange = changes[FAVOURITES_KEY];
    if (favouritesChange) setFavourites(favouritesChange.newValue);
  });
  const isPaused = () => !settings || isSiteDisabled(settings.disabledSites, host);
  const setEnabled = (enabled: boolean) => {
    if (settings) {
      const disabledSites = enabled ? settings.disabledSites.filter((site) => site !== host.toLowerCase()) : withSiteDisabled(settings.disabledSites, host);
      settings = { ...settings, disabledSites };
    }
    setSite(enabled);
  };
  return {
    current: () => settings,
    isPaused,
    pause: () => setEnabled(false),
    toggleSite: () => {
      const enabled = isPaused();
      setEnabled(enabled);
      return enabled;
    },
    abbreviations: () => abbreviations,
    isFavourite: (text) => favourites.has(text),
    setFavourite: (text, favourite) => {
      favourites = new Set(favourites);
      if (favourite) favourites.add(text);
      else favourites.delete(text);
    },
  };
}
