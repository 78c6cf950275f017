/** `https://OA.example.cn/path` or `oa.example.cn` → `oa.example.cn`; empty when it is not a host name. */
export function hostOf(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '' || /\s/.test(trimmed)) return '';
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return '';
  }
}

/** Whether the writer switched the assistant off on `host` (from the options page or the panel's 此站暂停). */
export function isSiteDisabled(disabledSites: readonly string[], host: string): boolean {
  const normalized = host.toLowerCase();
  return normalized !== '' && disabledSites.includes(normalized);
}

/** The list with `host` added once. */
export function withSiteDisabled(disabledSites: readonly string[], host: string): string[] {
  const normalized = host.toLowerCase();
  return normalized === '' || disabledSites.includes(normalized) ? [...disabledSites] : [...disabledSites, normalized];
}

/**
 * The site a frame belongs to. about:blank and srcdoc frames have no host of their own but inherit
 * the origin of the page that made them, so they count as that page's site; opaque origins have none.
 */
export function siteOf(location: { origin?: string; href?: string }): string {
  const origin = location.origin && location.origin !== 'null' ? location.origin : '';
  return hostOf(origin) || (location.href?.startsWith('http') ? hostOf(location.href) : '');
}
