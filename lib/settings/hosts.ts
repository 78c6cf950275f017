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
